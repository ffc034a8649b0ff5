#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace vigia {

class CliContext;

// vigiactl comments list | add: a record's comment thread (CommentStore).
class CommentCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::CommentCommands)

public:
    [[nodiscard]] static Status list(CliContext &ctx);
    [[nodiscard]] static Status add(CliContext &ctx);
};

} // namespace vigia
