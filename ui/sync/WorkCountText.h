#pragma once

#include "project/OutboxSummary.h"

#include <QCoreApplication>
#include <QString>

namespace vigia {

// OutboxSummary's counts in words: "3 records and 5 codings". Shared by the
// status bar and the Sync page, so both say the same thing the same way.
class WorkCountText
{
    Q_DECLARE_TR_FUNCTIONS(vigia::WorkCountText)

public:
    // Empty when there is nothing to count.
    [[nodiscard]] static QString items(const OutboxSummary::Counts &counts);
    // items(), or "nothing" when empty.
    [[nodiscard]] static QString itemsOrNothing(const OutboxSummary::Counts &counts);
    // The status bar's line: what is not yet exported, else what waits for
    // a receipt, else that nothing waits.
    [[nodiscard]] static QString statusLine(const OutboxSummary &summary);
};

} // namespace vigia
