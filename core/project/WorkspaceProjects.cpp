#include "project/WorkspaceProjects.h"

#include "common/UuidText.h"
#include "db/Database.h"
#include "project/Invitation.h"
#include "project/ProjectStore.h"
#include "store/ProjectStores.h"
#include "store/Workspace.h"

#include <memory>

namespace vigia {

namespace {
QString spelled(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex());
}

// Ids are typed with or without dashes, in either case.
QString normalized(const QString &selector)
{
    QString s = selector.trimmed().toLower();
    s.remove(QLatin1Char('-'));
    s.remove(QLatin1Char('{'));
    s.remove(QLatin1Char('}'));
    return s;
}
} // namespace

WorkspaceProjects::WorkspaceProjects(Workspace &ws)
    : m_ws(ws)
{}

Result<QList<WorkspaceProjects::Entry>> WorkspaceProjects::list() const
{
    QList<QByteArray> stores{QByteArray()};
    stores.append(ProjectStores::list(m_ws.path()));
    QList<Entry> out;
    for (const QByteArray &store : std::as_const(stores)) {
        std::unique_ptr<Database> own;
        Database *db = &m_ws.database();
        if (store != m_ws.projectStore()) {
            auto opened = m_ws.openProjectDatabase(store);
            if (!opened)
                return opened.error();
            own = opened.take();
            db = own.get();
        }
        auto state = ProjectStore(*db).load();
        if (!state)
            return state.error();
        if (!state.value())
            continue; // a root store that joined nothing yet
        const ProjectStore::State &s = *state.value();
        Entry e;
        e.projectId = s.projectId;
        e.store = store;
        e.role = m_ws.role();
        e.current = store == m_ws.projectStore();
        if (s.manifest) {
            e.name = s.manifest->name;
            e.country = s.manifest->country;
            if (const ManifestDevice *me = s.manifest->device(m_ws.deviceId().toRfc4122()))
                e.role = me->role;
        } else if (auto inv = Invitation::open(s.invitation)) {
            e.name = inv.value().projectName;
        }
        out.append(e);
    }
    return out;
}

QString WorkspaceProjects::known() const
{
    auto all = list();
    if (!all)
        return {};
    QStringList lines;
    for (const Entry &e : all.value())
        lines.append(QStringLiteral("%1 (%2)").arg(e.name, UuidText::of(e.projectId)));
    return lines.join(QStringLiteral(", "));
}

Result<WorkspaceProjects::Entry> WorkspaceProjects::find(const QString &selector) const
{
    auto all = list();
    if (!all)
        return all.error();
    const QString wanted = normalized(selector);
    QList<Entry> byId;
    for (const Entry &e : all.value()) {
        if (!wanted.isEmpty() && spelled(e.projectId).startsWith(wanted))
            byId.append(e);
    }
    if (byId.size() == 1)
        return byId.first();
    if (byId.size() > 1)
        return Error(ErrorCode::Usage,
                     tr("'%1' is the start of several projects' ids: %2. Give more of the id.")
                         .arg(selector, known()));
    QList<Entry> byName;
    for (const Entry &e : all.value()) {
        if (!e.name.isEmpty() && e.name.compare(selector.trimmed(), Qt::CaseInsensitive) == 0)
            byName.append(e);
    }
    if (byName.size() == 1)
        return byName.first();
    if (byName.size() > 1)
        return Error(ErrorCode::Usage,
                     tr("Several projects are called '%1': %2. Give the project's id instead.")
                         .arg(selector, known()));
    if (all.value().isEmpty())
        return Error(ErrorCode::NotFound,
                     tr("This workspace is not part of a project yet. Join one with 'vigiactl "
                        "project join INVITATION', or create one with 'vigiactl project create'."));
    return Error(
        ErrorCode::NotFound,
        tr("This workspace has no project '%1'. Its projects: %2.").arg(selector, known()));
}

Status WorkspaceProjects::select(const QString &selector)
{
    auto entry = find(selector);
    if (!entry)
        return entry.error();
    return m_ws.switchProjectStore(entry.value().store);
}

Status WorkspaceProjects::switchTo(const QByteArray &projectId)
{
    auto all = list();
    if (!all)
        return all.error();
    for (const Entry &e : all.value()) {
        if (e.projectId == projectId)
            return m_ws.switchProjectStore(e.store);
    }
    return Error(ErrorCode::NotFound,
                 tr("This workspace has not joined the project %1.").arg(UuidText::of(projectId)));
}

Status WorkspaceProjects::prepareFor(const QByteArray &projectId)
{
    auto current = ProjectStore(m_ws.database()).load();
    if (!current)
        return current.error();
    if (!current.value() || current.value()->projectId == projectId)
        return {}; // as with one project: the store decides (ProjectStore::pin)
    auto all = list();
    if (!all)
        return all.error();
    for (const Entry &e : all.value()) {
        if (e.projectId == projectId)
            return Error(ErrorCode::Failure,
                         tr("This workspace already joined the project %1 (%2); nothing was "
                            "changed. Work in it with --project %2, or choose it in the app's "
                            "navigation.")
                             .arg(e.name, UuidText::of(e.projectId)));
    }
    return m_ws.addProjectStore(projectId);
}

Status WorkspaceProjects::abandon(const QByteArray &previous)
{
    const QByteArray made = m_ws.projectStore();
    if (made == previous || made.isEmpty())
        return {};
    return m_ws.removeProjectStore(made, previous);
}

} // namespace vigia
