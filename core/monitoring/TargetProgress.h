#pragma once

#include "common/Error.h"
#include "monitoring/ProgressStatus.h"
#include "store/Target.h"

#include <QDate>
#include <QList>
#include <QUuid>

#include <optional>

namespace vigia {

// A target and where it stands (docs/monitoring.md).
struct TargetProgress
{
    Target target;
    ProgressStatus status = ProgressStatus::NoData;
    std::optional<double> latestValue; // of the latest period reported
    std::optional<double> expected;    // the path at that period's end
    QDate periodStart;
    QDate periodEnd;
    QUuid report;            // the report the latest value comes from
    QList<QUuid> superseded; // other reports of that period, older
    bool summed = false;     // the total is the sum of a complete breakdown
    Error error;             // set when the reports cannot be compared (mixed units)
};

} // namespace vigia
