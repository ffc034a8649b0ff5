#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigia {

class CliContext;
class Workspace;
struct CliCommand;

// vigiactl sync, and the project commands that talk to a hub: join with a
// code, register, invitation codes, join requests.
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::SyncCommands)

public:
    static void addCommands(QList<CliCommand> &commands);
    [[nodiscard]] static Status sync(CliContext &ctx);
    [[nodiscard]] static Status join(CliContext &ctx);
    [[nodiscard]] static Status registerProject(CliContext &ctx);
    [[nodiscard]] static Status inviteCode(CliContext &ctx);
    [[nodiscard]] static Status requestsList(CliContext &ctx);
    [[nodiscard]] static Status requestsApprove(CliContext &ctx);

private:
    // One pass per project with a hub, each reported under its name.
    [[nodiscard]] static Status syncEveryProject(CliContext &ctx, Workspace &ws);
};

} // namespace vigia
