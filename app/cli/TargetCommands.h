#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace vigia {

class CliContext;

// vigiactl targets list | set | delete | import (docs/monitoring.md). Only a
// coordinator's workspace may change targets; every role lists them.
class TargetCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::TargetCommands)

public:
    [[nodiscard]] static Status list(CliContext &ctx);
    [[nodiscard]] static Status set(CliContext &ctx);
    [[nodiscard]] static Status remove(CliContext &ctx);
    [[nodiscard]] static Status import(CliContext &ctx);
};

} // namespace vigia
