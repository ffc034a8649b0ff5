#pragma once

#include "cli/CliCommand.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigia {

class CliContext;

// vigiactl project list: the projects of a workspace that joined several
// (docs/vigiactl.md); the global --project chooses among them.
class WorkspaceProjectCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::WorkspaceProjectCommands)

public:
    static void addCommands(QList<CliCommand> &commands);

    [[nodiscard]] static Status list(CliContext &ctx);
};

} // namespace vigia
