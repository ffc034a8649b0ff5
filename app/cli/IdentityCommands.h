#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace vigia {

class CliContext;
class Workspace;

// vigiactl init and vigiactl identity show.
class IdentityCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::IdentityCommands)

public:
    [[nodiscard]] static Status init(CliContext &ctx);
    [[nodiscard]] static Status show(CliContext &ctx);

private:
    static void print(CliContext &ctx, const Workspace &ws);
};

} // namespace vigia
