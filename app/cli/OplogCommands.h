#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace vigia {

class CliContext;

// vigiactl oplog verify and vigiactl state-hash.
class OplogCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::OplogCommands)

public:
    // Prints "The change log is intact." or every issue, one per line, and
    // then fails with ChainBroken.
    [[nodiscard]] static Status verify(CliContext &ctx);
    [[nodiscard]] static Status stateHash(CliContext &ctx);
};

} // namespace vigia
