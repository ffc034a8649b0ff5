#include "sync/ProjectPasses.h"

#include "common/LogCategories.h"
#include "common/UuidText.h"
#include "db/Database.h"
#include "project/ProjectStore.h"
#include "store/ProjectVisit.h"
#include "store/Workspace.h"
#include "sync/HubConnection.h"
#include "sync/HubEndpoint.h"
#include "sync/SyncStore.h"

#include <memory>

namespace vigia {

namespace {
Result<bool> namesHub(Database &db)
{
    auto set = SyncStore(db).value(SyncStore::kHubUrl);
    if (!set)
        return set.error();
    if (!set.value().isEmpty())
        return true;
    auto state = ProjectStore(db).load();
    if (!state)
        return state.error();
    return state.value() && state.value()->manifest && !state.value()->manifest->hubUrl.isEmpty();
}

QString labelled(const QString &name, const QString &text, bool several)
{
    return several ? ProjectPasses::tr("%1: %2").arg(name, text) : text;
}
} // namespace

ProjectPasses::ProjectPasses(Workspace &ws)
    : m_ws(ws)
{}

Result<QList<WorkspaceProjects::Entry>> ProjectPasses::withHub() const
{
    auto all = WorkspaceProjects(m_ws).list();
    if (!all)
        return all.error();
    QList<WorkspaceProjects::Entry> out;
    for (const WorkspaceProjects::Entry &e : all.value()) {
        std::unique_ptr<Database> own;
        Database *db = &m_ws.database();
        if (e.store != m_ws.projectStore()) {
            auto opened = m_ws.openProjectDatabase(e.store);
            if (!opened)
                return opened.error();
            own = opened.take();
            db = own.get();
        }
        auto hub = namesHub(*db);
        if (!hub)
            return hub.error();
        if (hub.value())
            out.append(e);
    }
    return out;
}

QList<ProjectPasses::Pass> ProjectPasses::run(const QList<WorkspaceProjects::Entry> &projects,
                                              const SyncPass::Options &options, int timeoutMs,
                                              const Hooks &hooks)
{
    QList<Pass> passes;
    const ProjectVisit quiet;
    const QByteArray home = m_ws.projectStore();
    for (const WorkspaceProjects::Entry &e : projects) {
        if (hooks.stop && hooks.stop())
            break;
        Pass pass{e.projectId, e.name.isEmpty() ? UuidText::of(e.projectId) : e.name, {}, {}};
        pass.outcome = m_ws.switchProjectStore(e.store);
        auto endpoint = pass.outcome ? HubEndpoint::of(m_ws, timeoutMs)
                                     : Result<HubConnection::Options>(pass.outcome.error());
        if (!endpoint) {
            pass.outcome = endpoint.error();
        } else {
            HubConnection connection(endpoint.value());
            if (hooks.connected)
                hooks.connected(&connection);
            SyncPass syncPass(m_ws, connection, options);
            pass.outcome = syncPass.run(hooks.progress);
            if (hooks.connected)
                hooks.connected(nullptr);
            pass.report = syncPass.report();
        }
        if (!pass.outcome)
            qCInfo(lcSync) << "the pass of project" << e.projectId.toHex() << "failed";
        if (hooks.finished && m_ws.projectStore() == e.store)
            hooks.finished(pass);
        passes.append(pass);
    }
    if (m_ws.projectStore() != home)
        if (Status s = m_ws.switchProjectStore(home); !s)
            qCWarning(lcSync) << "could not go back to the store open before the sync:"
                              << s.error().message();
    return passes;
}

Status ProjectPasses::outcome(const QList<Pass> &passes)
{
    const bool several = passes.size() > 1;
    QStringList messages;
    QList<ErrorCode> codes;
    for (const Pass &p : passes) {
        if (p.outcome)
            continue;
        messages.append(labelled(p.name, p.outcome.error().message(), several));
        if (!codes.contains(p.outcome.error().code()))
            codes.append(p.outcome.error().code());
    }
    if (messages.isEmpty())
        return {};
    ErrorCode code = codes.size() == 1 ? codes.first() : ErrorCode::Failure;
    // The projects that still sync keep the agent going.
    if (code == ErrorCode::Untrusted && messages.size() < passes.size())
        code = ErrorCode::Failure;
    return Error(code, messages.join(QLatin1Char(' ')));
}

SyncReport ProjectPasses::merged(const QList<Pass> &passes)
{
    const bool several = passes.size() > 1;
    SyncReport out;
    for (const Pass &p : passes) {
        const SyncReport &r = p.report;
        out.bundlesSent += r.bundlesSent;
        out.opsSent += r.opsSent;
        out.bundlesReceived += r.bundlesReceived;
        out.alreadyApplied += r.alreadyApplied;
        out.quarantined += r.quarantined;
        out.refused += r.refused;
        out.receiptsAccepted += r.receiptsAccepted;
        out.acknowledged += r.acknowledged;
        out.receiptsSent += r.receiptsSent;
        out.manifestUpdated = out.manifestUpdated || r.manifestUpdated;
        out.manifestPublished = out.manifestPublished || r.manifestPublished;
        if (qAbs(r.clockSkewSeconds) > qAbs(out.clockSkewSeconds))
            out.clockSkewSeconds = r.clockSkewSeconds;
        out.bytesUp += r.bytesUp;
        out.bytesDown += r.bytesDown;
        out.retryAfterSeconds = std::max(out.retryAfterSeconds, r.retryAfterSeconds);
        out.sendingHeld = out.sendingHeld || r.sendingHeld;
        out.restoreConfirmed = out.restoreConfirmed || r.restoreConfirmed;
        for (const QString &problem : r.problems)
            out.problems.append(labelled(p.name, problem, several));
    }
    return out;
}

} // namespace vigia
