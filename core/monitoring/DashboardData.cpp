#include "monitoring/DashboardData.h"

#include "monitoring/CountedRecords.h"
#include "monitoring/ProgressCalculator.h"
#include "store/IndicatorCatalog.h"
#include "store/ReviewStore.h"
#include "store/TargetStore.h"

#include <QSet>

#include <algorithm>

namespace vigia {

namespace {
// A target that only names what to read, for ProgressCalculator::valueFor.
Target probe(const QString &country, const QString &indicator, const QString &disaggregation)
{
    Target t;
    t.country = country;
    t.indicator = indicator;
    t.disaggregation = disaggregation;
    return t;
}

// Of two reports for the same period the one finalized last wins, as in
// progress.
bool wins(const ReportValue &a, const ReportValue &b)
{
    if (a.updatedHlc != b.updatedHlc)
        return a.updatedHlc > b.updatedHlc;
    return a.record > b.record;
}
} // namespace

Result<DashboardData> DashboardData::load(TargetStore &targets, ReviewStore &reviews,
                                          const QString &country)
{
    ProgressCalculator calculator(targets, reviews);
    auto reports = calculator.reports(country);
    if (!reports)
        return reports.error();
    auto list = targets.list(country);
    if (!list)
        return list.error();
    QList<TargetProgress> progress = ProgressCalculator::computeAll(list.value(), reports.value());
    auto npa = NpaMatrix::load(reviews, country);
    if (!npa)
        return npa.error();
    return fromParts(reports.take(), std::move(progress), npa.take());
}

Result<DashboardData> DashboardData::loadRegion(TargetStore &targets, ReviewStore &reviews,
                                                const QString &indicator)
{
    if (indicator.isEmpty())
        return DashboardData();
    auto reports = ProgressCalculator(targets, reviews).reports({}, indicator);
    if (!reports)
        return reports.error();
    return fromParts(reports.take(), {}, {});
}

Result<QStringList> DashboardData::countries(TargetStore &targets, ReviewStore &reviews)
{
    auto withTargets = targets.countries();
    if (!withTargets)
        return withTargets.error();
    QStringList out = withTargets.take();
    for (const QString &form : QStringList{IndicatorCatalog::kFormId, NpaMatrix::kFormId}) {
        auto found = CountedRecords::countries(reviews, form);
        if (!found)
            return found.error();
        out.append(found.value());
    }
    out.removeAll(QString());
    out.removeDuplicates();
    out.sort();
    return out;
}

DashboardData DashboardData::fromParts(QList<ReportValue> reports, QList<TargetProgress> progress,
                                       NpaMatrix npa)
{
    DashboardData d;
    d.m_reports = std::move(reports);
    d.m_progress = std::move(progress);
    d.m_npa = std::move(npa);
    return d;
}

DashboardData DashboardData::asOf(int year) const
{
    const QDate end(year, 12, 31);
    QList<ReportValue> reports;
    for (const ReportValue &r : m_reports)
        if (r.periodEnd.isValid() && r.periodEnd <= end)
            reports.append(r);
    QList<Target> targets;
    targets.reserve(m_progress.size());
    for (const TargetProgress &p : m_progress)
        targets.append(p.target);
    QList<TargetProgress> progress = ProgressCalculator::computeAll(targets, reports);
    return fromParts(std::move(reports), std::move(progress), m_npa);
}

QStringList DashboardData::countries() const
{
    QStringList out;
    const auto add = [&](const QString &c) {
        if (!c.isEmpty() && !out.contains(c))
            out.append(c);
    };
    for (const ReportValue &r : m_reports)
        add(r.country);
    for (const TargetProgress &p : m_progress)
        add(p.target.country);
    for (const QString &c : m_npa.countries())
        add(c);
    out.sort();
    return out;
}

QList<int> DashboardData::years() const
{
    QList<int> out;
    for (const ReportValue &r : m_reports)
        if (r.periodEnd.isValid() && !out.contains(r.periodEnd.year()))
            out.append(r.periodEnd.year());
    std::sort(out.begin(), out.end());
    return out;
}

const TargetProgress *DashboardData::targetFor(const QString &country, const QString &indicator,
                                               const QString &disaggregation) const
{
    for (const TargetProgress &p : m_progress)
        if (p.target.country == country && p.target.indicator == indicator &&
            p.target.disaggregation == disaggregation)
            return &p;
    return nullptr;
}

QList<TargetProgress> DashboardData::progressOf(const QString &country) const
{
    QList<TargetProgress> out;
    for (const TargetProgress &p : m_progress)
        if (p.target.country == country)
            out.append(p);
    return out;
}

DashboardData::StatusCounts DashboardData::statusCounts(const QString &country) const
{
    StatusCounts c;
    for (const TargetProgress &p : m_progress) {
        if (p.target.country != country)
            continue;
        // A target whose reports cannot be compared has no status to show.
        if (p.error.isError()) {
            ++c.noData;
            continue;
        }
        switch (p.status) {
        case ProgressStatus::OnTrack:
            ++c.onTrack;
            break;
        case ProgressStatus::AtRisk:
            ++c.atRisk;
            break;
        case ProgressStatus::OffTrack:
            ++c.offTrack;
            break;
        case ProgressStatus::NoData:
            ++c.noData;
            break;
        }
    }
    return c;
}

QList<DashboardData::Point> DashboardData::series(const QString &country, const QString &indicator,
                                                  const QString &disaggregation, int fromYear,
                                                  int toYear, QString *unitUsed) const
{
    QString unit;
    if (const TargetProgress *t = targetFor(country, indicator, disaggregation))
        unit = t->target.unit;
    const Target want = probe(country, indicator, disaggregation);
    // period (start, end) -> the winning report and its value
    QMap<QPair<QDate, QDate>, QPair<const ReportValue *, double>> periods;
    for (const ReportValue &r : m_reports) {
        if (r.country != country || r.indicator != indicator || !r.periodEnd.isValid())
            continue;
        const int year = r.periodEnd.year();
        if (year < fromYear || year > toYear)
            continue;
        if (unit.isEmpty())
            unit = r.unit;
        if (r.unit != unit)
            continue;
        const auto value = ProgressCalculator::valueFor(want, r);
        if (!value)
            continue;
        const QPair<QDate, QDate> key(r.periodStart, r.periodEnd);
        const auto it = periods.constFind(key);
        if (it == periods.cend() || wins(r, *it->first))
            periods.insert(key, {&r, *value});
    }
    QList<Point> out;
    for (auto it = periods.cbegin(); it != periods.cend(); ++it)
        out.append({it.key().first, it.key().second, it->second});
    std::sort(out.begin(), out.end(), [](const Point &a, const Point &b) {
        return a.periodEnd != b.periodEnd ? a.periodEnd < b.periodEnd
                                          : a.periodStart > b.periodStart;
    });
    if (unitUsed)
        *unitUsed = unit;
    return out;
}

QList<DashboardData::CountryValue> DashboardData::compare(const QString &indicator,
                                                          const QString &disaggregation, int year,
                                                          QString *unitUsed, int *otherUnits) const
{
    QMap<QString, int> units;
    for (const ReportValue &r : m_reports)
        if (r.indicator == indicator && r.periodEnd.isValid() && r.periodEnd.year() == year)
            ++units[r.unit];
    QString unit;
    int most = 0;
    for (auto it = units.cbegin(); it != units.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            unit = it.key();
        }
    // country -> latest period's winning report
    struct Best
    {
        const ReportValue *report = nullptr;
        double value = 0;
    };
    QMap<QString, Best> best;
    QSet<QString> elsewhere;
    for (const ReportValue &r : m_reports) {
        if (r.indicator != indicator || !r.periodEnd.isValid() || r.periodEnd.year() != year)
            continue;
        if (r.unit != unit) {
            elsewhere.insert(r.country);
            continue;
        }
        const auto value =
            ProgressCalculator::valueFor(probe(r.country, indicator, disaggregation), r);
        if (!value)
            continue;
        Best &b = best[r.country];
        const ReportValue *cur = b.report;
        const bool better =
            !cur || r.periodEnd > cur->periodEnd ||
            (r.periodEnd == cur->periodEnd && r.periodStart < cur->periodStart) ||
            (r.periodEnd == cur->periodEnd && r.periodStart == cur->periodStart && wins(r, *cur));
        if (better)
            b = {&r, *value};
    }
    QList<CountryValue> out;
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        out.append({it.key(), it->value, it->report->periodEnd});
    std::sort(out.begin(), out.end(), [](const CountryValue &a, const CountryValue &b) {
        return a.value != b.value ? a.value > b.value : a.country < b.country;
    });
    if (unitUsed)
        *unitUsed = unit;
    if (otherUnits) {
        for (const CountryValue &v : out)
            elsewhere.remove(v.country);
        *otherUnits = int(elsewhere.size());
    }
    return out;
}

} // namespace vigia
