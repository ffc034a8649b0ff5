#pragma once

#include "cli/CliCommand.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigia {

class CliContext;

// vigiactl backup, restore and confirm-restore (docs/backup-format.md).
class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::BackupCommands)

public:
    // Adds the rows of the backup group to the command table.
    static void addCommands(QList<CliCommand> &commands);

    [[nodiscard]] static Status backup(CliContext &ctx);
    [[nodiscard]] static Status restore(CliContext &ctx);
    [[nodiscard]] static Status confirmRestore(CliContext &ctx);
};

} // namespace vigia
