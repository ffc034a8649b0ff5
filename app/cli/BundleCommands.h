#pragma once

#include "cli/CliCommand.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigia {

class CliContext;

// vigiactl bundle export | import | inspect | verify.
class BundleCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::BundleCommands)

public:
    // Adds the rows of the bundle and receipt groups to the command table.
    static void addCommands(QList<CliCommand> &commands);

    [[nodiscard]] static Status exportTo(CliContext &ctx);
    [[nodiscard]] static Status import(CliContext &ctx);
    [[nodiscard]] static Status inspect(CliContext &ctx);
    [[nodiscard]] static Status verify(CliContext &ctx);
    [[nodiscard]] static Status quarantineList(CliContext &ctx);
    [[nodiscard]] static Status quarantineDrop(CliContext &ctx);
};

} // namespace vigia
