#pragma once

#include "common/Result.h"
#include "monitoring/NpaMatrix.h"
#include "monitoring/ReportValue.h"
#include "monitoring/TargetProgress.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

namespace vigia {

class ReviewStore;
class TargetStore;

// What the dashboard and the country report show (docs/monitoring.md),
// read once: the reports that count, every target with its progress and
// the NPA matrix; and the series and comparisons cut from them. Values are
// taken the way progress takes them (ProgressCalculator::valueFor): one per
// period, the report finalized last winning, breakdowns summed only where
// they partition the total, units never mixed.
class DashboardData
{
    Q_DECLARE_TR_FUNCTIONS(vigia::DashboardData)

public:
    struct Point
    {
        QDate periodStart;
        QDate periodEnd;
        double value = 0;
    };
    struct CountryValue
    {
        QString country;
        double value = 0;
        QDate periodEnd;
    };
    struct StatusCounts
    {
        int onTrack = 0;
        int atRisk = 0;
        int offTrack = 0;
        int noData = 0;
    };

    // With `country`, only that country's reports, targets and assessments:
    // what its views and its report need, a thirtieth of a region's reports.
    [[nodiscard]] static Result<DashboardData> load(TargetStore &targets, ReviewStore &reviews,
                                                    const QString &country = {});
    // Only what compare() needs for `indicator`: its reports in every
    // country, without targets, progress or NPA assessments (the regional
    // view; a fourteenth of the region's reports, none of its targets).
    [[nodiscard]] static Result<DashboardData>
    loadRegion(TargetStore &targets, ReviewStore &reviews, const QString &indicator);
    // The countries load() would find something for, without reading the
    // reports: those with a target, a counted report or an assessment.
    [[nodiscard]] static Result<QStringList> countries(TargetStore &targets, ReviewStore &reviews);
    // From data already read (tests, benchmarks).
    [[nodiscard]] static DashboardData fromParts(QList<ReportValue> reports,
                                                 QList<TargetProgress> progress, NpaMatrix npa);

    // The same data as it stood at the end of `year`: reports of later
    // periods left out and progress computed again.
    [[nodiscard]] DashboardData asOf(int year) const;

    [[nodiscard]] const QList<ReportValue> &reports() const { return m_reports; }
    [[nodiscard]] const QList<TargetProgress> &progress() const { return m_progress; }
    [[nodiscard]] const NpaMatrix &npa() const { return m_npa; }

    // Countries with a report, a target or an assessment, sorted.
    [[nodiscard]] QStringList countries() const;
    // Years in which some report's period ends, sorted.
    [[nodiscard]] QList<int> years() const;
    // The target of a country, indicator and breakdown, if any.
    [[nodiscard]] const TargetProgress *targetFor(const QString &country, const QString &indicator,
                                                  const QString &disaggregation) const;
    [[nodiscard]] QList<TargetProgress> progressOf(const QString &country) const;
    [[nodiscard]] StatusCounts statusCounts(const QString &country) const;

    // One value per period for a country's indicator (`disaggregation`
    // empty for the total), periods ending in [fromYear, toYear], oldest
    // first. Reports in another unit than `unit` are left out (`unit` empty:
    // the target's, else the first report's); `*unitUsed` tells which.
    [[nodiscard]] QList<Point> series(const QString &country, const QString &indicator,
                                      const QString &disaggregation, int fromYear, int toYear,
                                      QString *unitUsed = nullptr) const;
    // Every country's value of the latest period ending in `year`, largest
    // first. Only one unit is compared: the most common one; countries
    // reporting in another (budgets in other currencies) are counted in
    // `*otherUnits`.
    [[nodiscard]] QList<CountryValue> compare(const QString &indicator,
                                              const QString &disaggregation, int year,
                                              QString *unitUsed = nullptr,
                                              int *otherUnits = nullptr) const;

private:
    QList<ReportValue> m_reports;
    QList<TargetProgress> m_progress;
    NpaMatrix m_npa;
};

} // namespace vigia
