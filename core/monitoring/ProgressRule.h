#pragma once

#include "monitoring/ProgressStatus.h"
#include "store/Target.h"

#include <QDate>

namespace vigia {

// The status rule of docs/monitoring.md, as pure functions so that tests
// check it on hand-computed cases.
class ProgressRule
{
public:
    // The milestone path at `date`: straight lines from the baseline (at the
    // end of its year) through each milestone to the target; the baseline
    // before it, the target value after the target date.
    [[nodiscard]] static double pathAt(const Target &target, const QDate &date);
    // True when a smaller value is the better one: the target lies below its
    // baseline, or, when they are equal, the indicator is one where less is
    // better (months from complaint to sentence).
    [[nodiscard]] static bool lowerIsBetter(const Target &target);
    // The status of `value` reported for a period ending at `periodEnd`: on
    // track at or ahead of the path, at risk behind it by at most a tenth of
    // the path's value, off track further behind.
    [[nodiscard]] static ProgressStatus judge(const Target &target, const QDate &periodEnd,
                                              double value);
};

} // namespace vigia
