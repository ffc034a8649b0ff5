#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigia {

class CliContext;
struct CliCommand;

// vigiactl conflicts list | resolve: the open conflicts and their resolution
// (Conflicts).
class ConflictCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ConflictCommands)

public:
    static void addCommands(QList<CliCommand> &commands);
    [[nodiscard]] static Status list(CliContext &ctx);
    [[nodiscard]] static Status resolve(CliContext &ctx);
};

} // namespace vigia
