#pragma once

#include "cli/CliCommand.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigia {

class CliContext;

// vigiactl store rekey.
class StoreCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::StoreCommands)

public:
    // Adds the rows of the store group to the command table.
    static void addCommands(QList<CliCommand> &commands);

    [[nodiscard]] static Status rekey(CliContext &ctx);
};

} // namespace vigia
