#pragma once

#include "common/Result.h"
#include "project/InboxEntry.h"

#include <QCoreApplication>
#include <QList>

namespace vigia {

class CliContext;
struct CliCommand;

// vigiactl inbox list: every bundle this device received and what became of it.
class InboxCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::InboxCommands)

public:
    static void addCommands(QList<CliCommand> &commands);
    [[nodiscard]] static Status list(CliContext &ctx);
    [[nodiscard]] static QString stateText(InboxEntry::State state);
};

} // namespace vigia
