#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigia {

class CliContext;
struct CliCommand;

// vigiactl export: the finalized records as CSV, XLSX or CSV with SPSS
// syntax, de-identified when asked (Exporter), or the codebook and coded
// narratives in REFI-QDA (RefiQdaExport) (docs/exports.md).
class ExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ExportCommands)

public:
    static void addCommands(QList<CliCommand> &commands);
    [[nodiscard]] static Status run(CliContext &ctx);

private:
    [[nodiscard]] static Status runRefiQda(CliContext &ctx);
};

} // namespace vigia
