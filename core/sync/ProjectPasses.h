#pragma once

#include "common/Result.h"
#include "project/WorkspaceProjects.h"
#include "sync/SyncPass.h"
#include "sync/SyncReport.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace vigia {

class HubConnection;
class Workspace;

// One sync pass per project the workspace joined that names a hub
// (docs/sync.md, "Several projects"): the one loop of `vigiactl sync` and of
// the app's SyncAgent. Each project's pass runs on its own store with its own
// connection to its own hub; a failure of one does not stop the others.
//
// It switches `ws` from store to store for the time of run() (a
// ProjectVisit: the project remembered for next time is unchanged), so
// nothing else may hold that workspace's op log, records or forms meanwhile;
// the store open before is open again afterwards.
class ProjectPasses
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ProjectPasses)

public:
    struct Pass
    {
        QByteArray projectId;
        QString name;
        SyncReport report;
        Status outcome;
    };

    struct Hooks
    {
        SyncReport::Progress progress;
        // The connection of the pass under way, then nullptr: to abort it.
        std::function<void(HubConnection *)> connected;
        std::function<bool()> stop; // asked before each project
        // After each pass, while its project's store is still open.
        std::function<void(const Pass &)> finished;
    };

    explicit ProjectPasses(Workspace &ws);

    // Every project joined whose store names a hub (its own setting or its
    // manifest's), in the workspace's order.
    [[nodiscard]] Result<QList<WorkspaceProjects::Entry>> withHub() const;
    [[nodiscard]] QList<Pass> run(const QList<WorkspaceProjects::Entry> &projects,
                                  const SyncPass::Options &options, int timeoutMs,
                                  const Hooks &hooks = {});

    // Every failed pass's message, after its project's name when there were
    // several. Its code: the failures' own when they agree, else Failure; a
    // refusal (Untrusted) only when every project was refused.
    [[nodiscard]] static Status outcome(const QList<Pass> &passes);
    // The passes' counts added up; problems after their project's name.
    [[nodiscard]] static SyncReport merged(const QList<Pass> &passes);

private:
    Workspace &m_ws;
};

} // namespace vigia
