#include "project/RoutedImporter.h"

#include "bundle/BundleReader.h"
#include "common/LogCategories.h"
#include "common/UuidText.h"
#include "project/ReceiptBook.h"
#include "project/WorkspaceProjects.h"
#include "store/ProjectVisit.h"
#include "store/Workspace.h"

#include <QDir>
#include <QHash>

#include <optional>

namespace vigia {

namespace {
// Lets a call visit the other stores without changing the project the
// workspace remembers, and brings it back to its own store at the end.
class StoreVisit
{
public:
    explicit StoreVisit(Workspace &ws)
        : m_ws(ws)
        , m_home(ws.projectStore())
    {}
    ~StoreVisit()
    {
        if (m_ws.projectStore() != m_home) {
            if (Status s = m_ws.switchProjectStore(m_home); !s)
                qCWarning(lcProject) << "could not go back to the store open before the import:"
                                     << s.error().message();
        }
    }
    StoreVisit(const StoreVisit &) = delete;
    StoreVisit &operator=(const StoreVisit &) = delete;

    [[nodiscard]] Status enter(const QByteArray &store)
    {
        return store == m_ws.projectStore() ? Status() : m_ws.switchProjectStore(store);
    }

private:
    ProjectVisit m_quiet; // first made, last gone: the switch back is not remembered either
    Workspace &m_ws;
    QByteArray m_home;
};
} // namespace

RoutedImporter::RoutedImporter(Workspace &ws)
    : m_ws(ws)
{}

QList<RoutedImporter::FileResult> RoutedImporter::importFiles(const QStringList &files,
                                                              const Hooks &hooks)
{
    return run(files, false, hooks);
}

QList<RoutedImporter::FileResult> RoutedImporter::importDir(const QString &dir)
{
    QStringList files;
    const QDir folder(dir);
    for (const QString &name :
         folder.entryList({QStringLiteral("*.vigiabundle")}, QDir::Files, QDir::Name))
        files.append(folder.filePath(name));
    QList<FileResult> out = run(files, true, {});
    // After the bundles: a receipt may name one of them.
    if (Status s = acceptReceiptsBeside({dir}); !s)
        out.append({dir, s.error()});
    return out;
}

QList<RoutedImporter::FileResult> RoutedImporter::run(const QStringList &files, bool skipOthers,
                                                      const Hooks &hooks)
{
    m_tallies.clear();
    m_skippedForOthers = 0;
    QList<std::optional<FileResult>> results(files.size());
    const auto report = [&](int i, Result<ChangeImporter::Outcome> r) {
        results[i].emplace(files.at(i), std::move(r));
        if (hooks.finished)
            hooks.finished(i, *results[i]);
    };
    const auto collect = [&] {
        QList<FileResult> out;
        for (const auto &r : std::as_const(results))
            if (r)
                out.append(*r);
        return out;
    };
    auto projects = WorkspaceProjects(m_ws).list();
    if (!projects) {
        for (int i = 0; i < files.size(); ++i)
            report(i, projects.error());
        return collect();
    }
    m_openProject.clear();
    for (const WorkspaceProjects::Entry &e : projects.value())
        if (e.current)
            m_openProject = e.projectId;

    // Grouped by store, the open one first: one switch per project at most.
    QList<QByteArray> order{m_ws.projectStore()};
    QHash<QByteArray, QList<int>> groups;
    QHash<QByteArray, const WorkspaceProjects::Entry *> entryOf; // by store
    for (const WorkspaceProjects::Entry &e : projects.value()) {
        entryOf.insert(e.store, &e);
        if (!order.contains(e.store))
            order.append(e.store);
    }
    const QByteArray me = m_ws.deviceId().toRfc4122();
    for (int i = 0; i < files.size(); ++i) {
        auto parsed = BundleReader::parseFile(files.at(i));
        if (!parsed) { // the importer says what is wrong with it, in its own words
            groups[m_ws.projectStore()].append(i);
            continue;
        }
        const BundleHeader &h = parsed.value().header();
        // A stick carries bundles for several people: those sealed to
        // others are theirs to import, not an error here.
        if (skipOthers && h.senderDevice != me && h.sealedKeyFor(me).isEmpty()) {
            ++m_skippedForOthers;
            continue;
        }
        const WorkspaceProjects::Entry *entry = nullptr;
        for (const WorkspaceProjects::Entry &e : projects.value())
            if (e.projectId == h.projectId)
                entry = &e;
        if (entry) {
            groups[entry->store].append(i);
        } else if (projects.value().isEmpty()) {
            groups[m_ws.projectStore()].append(i); // "not part of a project yet"
        } else {
            if (hooks.starting)
                hooks.starting(i);
            report(i, Error(ErrorCode::Untrusted,
                            tr("This bundle belongs to the project %1, which this workspace has "
                               "not joined; nothing was imported. Check that you took the "
                               "bundles of your own projects.")
                                .arg(UuidText::of(h.projectId))));
        }
    }

    StoreVisit visit(m_ws);
    for (const QByteArray &store : std::as_const(order)) {
        const QList<int> group = groups.value(store);
        if (group.isEmpty() || (hooks.stop && hooks.stop()))
            continue;
        const WorkspaceProjects::Entry *entry = entryOf.value(store);
        Tally *tally = entry ? &tallyFor(entry->projectId, entry->name) : nullptr;
        const Status entered = visit.enter(store);
        ChangeImporter importer(m_ws);
        for (const int i : group) {
            if (hooks.stop && hooks.stop())
                break;
            if (hooks.starting)
                hooks.starting(i);
            if (!entered) {
                report(i, entered.error());
            } else {
                const auto progress = [&hooks, i](int done, int total) {
                    if (hooks.applied)
                        hooks.applied(i, done, total);
                };
                report(i, importer.importFile(files.at(i), progress));
            }
            if (!tally)
                continue;
            const Result<ChangeImporter::Outcome> &r = results[i]->second;
            if (!r) {
                ++tally->refused;
                continue;
            }
            tally->changes += r.value().applied;
            switch (r.value().kind) {
            case ChangeImporter::Outcome::Kind::Applied:
                ++tally->applied;
                break;
            case ChangeImporter::Outcome::Kind::AlreadyApplied:
                ++tally->alreadyApplied;
                break;
            case ChangeImporter::Outcome::Kind::Quarantined:
                ++tally->quarantined;
                break;
            }
        }
    }
    return collect();
}

Status RoutedImporter::acceptReceiptsBeside(const QStringList &folders)
{
    auto projects = WorkspaceProjects(m_ws).list();
    if (!projects)
        return projects.error();
    StoreVisit visit(m_ws);
    for (const WorkspaceProjects::Entry &e : projects.value()) {
        if (Status s = visit.enter(e.store); !s)
            return s;
        for (const QString &folder : folders) {
            auto accepted = ReceiptBook::acceptBeside(m_ws, folder);
            if (!accepted)
                return accepted.error();
            if (accepted.value() > 0)
                tallyFor(e.projectId, e.name).receipts += accepted.value();
        }
    }
    return {};
}

bool RoutedImporter::routedElsewhere() const
{
    for (const Tally &t : m_tallies)
        if (t.projectId != m_openProject &&
            t.applied + t.alreadyApplied + t.quarantined + t.refused > 0)
            return true;
    return false;
}

RoutedImporter::Tally &RoutedImporter::tallyFor(const QByteArray &projectId, const QString &name)
{
    for (Tally &t : m_tallies)
        if (t.projectId == projectId)
            return t;
    Tally t;
    t.projectId = projectId;
    t.name = name.isEmpty() ? UuidText::of(projectId) : name;
    m_tallies.append(t);
    return m_tallies.last();
}

QString RoutedImporter::describe(const Tally &t)
{
    QStringList parts;
    if (t.applied > 0 || t.changes > 0)
        parts.append(tr("%n bundle(s) applied", nullptr, t.applied) + QStringLiteral(" (") +
                     tr("%n change(s)", nullptr, t.changes) + QLatin1Char(')'));
    if (t.alreadyApplied > 0)
        parts.append(tr("%n already imported", nullptr, t.alreadyApplied));
    if (t.quarantined > 0)
        parts.append(tr("%n waiting for their sender's approval", nullptr, t.quarantined));
    if (t.refused > 0)
        parts.append(tr("%n refused", nullptr, t.refused));
    if (t.receipts > 0)
        parts.append(tr("%n receipt(s) accepted", nullptr, t.receipts));
    if (parts.isEmpty())
        parts.append(tr("nothing new"));
    return tr("%1: %2").arg(t.name, parts.join(QStringLiteral("; ")));
}

} // namespace vigia
