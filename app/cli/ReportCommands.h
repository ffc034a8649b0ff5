#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace vigia {

class CliContext;

// vigiactl report country CC --period YEAR --out FILE.pdf
// (docs/monitoring.md, "Country report"). Any role may print it.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ReportCommands)

public:
    [[nodiscard]] static Status country(CliContext &ctx);
};

} // namespace vigia
