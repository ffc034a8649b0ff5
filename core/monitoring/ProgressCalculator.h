#pragma once

#include "common/Result.h"
#include "monitoring/ReportValue.h"
#include "monitoring/TargetProgress.h"

#include <QCoreApplication>
#include <QList>

namespace vigia {

class ReviewStore;
class TargetStore;

// Progress of every target from the finalized indicator reports that are
// approved or received (docs/monitoring.md): per target the latest period's
// value, the path there and the status.
class ProgressCalculator
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ProgressCalculator)

public:
    ProgressCalculator(TargetStore &targets, ReviewStore &reviews);

    // Every live target of `country` (all when empty) with its progress. A
    // target whose reports mix units gets its `error` and no value; the
    // others are unaffected.
    [[nodiscard]] Result<QList<TargetProgress>> progress(const QString &country = {});

    // The finalized, not deleted indicator reports that are approved or
    // received (not rejected, not sent back for changes); of `country` only
    // when given, of `indicator` only when given.
    [[nodiscard]] Result<QList<ReportValue>> reports(const QString &country = {},
                                                     const QString &indicator = {});

    // One target against reports (of any country and indicator: the others
    // are skipped). Refuses reports in another unit than the target's.
    [[nodiscard]] static Result<TargetProgress> compute(const Target &target,
                                                        const QList<ReportValue> &reports);
    // compute() for each target, a failed one given its `error`. The reports
    // are grouped by country and indicator first, so that each target looks
    // only at its own: a dashboard holds hundreds of targets and thousands
    // of reports.
    [[nodiscard]] static QList<TargetProgress> computeAll(const QList<Target> &targets,
                                                          const QList<ReportValue> &reports);
    // The report's value for a target's disaggregation: the answer itself,
    // or for a missing total of a count, the sum of a breakdown whose every
    // category is answered (one that partitions the total). `summed` tells
    // which.
    [[nodiscard]] static std::optional<double>
    valueFor(const Target &target, const ReportValue &report, bool *summed = nullptr);

private:
    TargetStore &m_targets;
    ReviewStore &m_reviews;
};

} // namespace vigia
