#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigia {

class CliContext;
struct CliCommand;

// vigiactl history RECORD [FIELD]: who changed what, when, through which
// bundle, and whether the writers' chains and clocks can be trusted (History).
class HistoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::HistoryCommands)

public:
    static void addCommands(QList<CliCommand> &commands);
    [[nodiscard]] static Status show(CliContext &ctx);
};

} // namespace vigia
