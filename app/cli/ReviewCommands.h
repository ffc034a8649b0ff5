#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace vigia {

class CliContext;

// vigiactl review set | list: the review state of finalized records
// (ReviewStore). Coordinators set any state; a researcher only lists.
class ReviewCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ReviewCommands)

public:
    [[nodiscard]] static Status set(CliContext &ctx);
    [[nodiscard]] static Status list(CliContext &ctx);
};

} // namespace vigia
