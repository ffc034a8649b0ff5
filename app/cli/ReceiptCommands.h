#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace vigia {

class CliContext;

// vigiactl receipt export | import.
class ReceiptCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ReceiptCommands)

public:
    [[nodiscard]] static Status exportTo(CliContext &ctx);
    [[nodiscard]] static Status import(CliContext &ctx);
};

} // namespace vigia
