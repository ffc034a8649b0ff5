#include "monitoring/ProgressCalculator.h"

#include "monitoring/CountedRecords.h"

#include "monitoring/ProgressRule.h"
#include "store/IndicatorCatalog.h"
#include "store/RecordFilter.h"
#include "store/RecordStore.h"
#include "store/ReviewStore.h"
#include "store/TargetStore.h"

#include <QCborValue>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace vigia {

namespace {
std::optional<double> numberOf(const QCborValue &v)
{
    if (v.isInteger())
        return double(v.toInteger());
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

ReportValue reportFrom(const Record &r)
{
    const auto text = [&](const char *field) {
        return r.values.value(QLatin1String(field)).toString();
    };
    ReportValue v;
    v.record = r.id;
    v.country = text("country");
    v.indicator = text("indicator");
    v.periodStart = QDate::fromString(text("period_start"), Qt::ISODate);
    v.periodEnd = QDate::fromString(text("period_end"), Qt::ISODate);
    v.unit = text("unit");
    if (v.unit == QLatin1String("currency"))
        v.unit = text("currency");
    v.total = numberOf(r.values.value(IndicatorCatalog::valueField(v.indicator)));
    for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("by_")))
            continue;
        if (const auto n = numberOf(it.value()))
            v.parts.insert(it.key(), *n);
    }
    v.updatedHlc = r.updatedHlc;
    return v;
}
} // namespace

ProgressCalculator::ProgressCalculator(TargetStore &targets, ReviewStore &reviews)
    : m_targets(targets)
    , m_reviews(reviews)
{}

Result<QList<ReportValue>> ProgressCalculator::reports(const QString &country,
                                                       const QString &indicator)
{
    QList<ReportValue> out;
    const Status read = CountedRecords::forEach(
        m_reviews, IndicatorCatalog::kFormId,
        [&out](const Record &report) {
            out.append(reportFrom(report));
            return Status();
        },
        country, indicator.isEmpty() ? QString() : QStringLiteral("indicator"), indicator);
    if (!read)
        return read.error();
    return out;
}

std::optional<double> ProgressCalculator::valueFor(const Target &target, const ReportValue &report,
                                                   bool *summed)
{
    if (summed)
        *summed = false;
    const IndicatorCatalog &catalog = IndicatorCatalog::builtin();
    if (!target.disaggregation.isEmpty()) {
        const QString field =
            IndicatorCatalog::partField(target.disaggregation.section(QLatin1Char('='), 0, 0),
                                        target.disaggregation.section(QLatin1Char('='), 1));
        if (report.parts.contains(field))
            return report.parts.value(field);
        return std::nullopt;
    }
    if (report.total)
        return report.total;
    // A median or an amount per currency does not add up.
    if (!catalog.isAdditive(target.indicator))
        return std::nullopt;
    // Only a breakdown with every category answered ("not recorded"
    // included) partitions the total; a partial one would undercount.
    for (const QString &dimension : catalog.dimensions(target.indicator)) {
        double sum = 0;
        bool complete = true;
        for (const QString &category : catalog.categories(dimension)) {
            const QString field = IndicatorCatalog::partField(dimension, category);
            if (!report.parts.contains(field)) {
                complete = false;
                break;
            }
            sum += report.parts.value(field);
        }
        if (complete && !catalog.categories(dimension).isEmpty()) {
            if (summed)
                *summed = true;
            return sum;
        }
    }
    return std::nullopt;
}

Result<TargetProgress> ProgressCalculator::compute(const Target &target,
                                                   const QList<ReportValue> &reports)
{
    TargetProgress out;
    out.target = target;
    struct Candidate
    {
        const ReportValue *report;
        double value;
        bool summed;
    };
    QList<Candidate> candidates;
    for (const ReportValue &r : reports) {
        if (r.country != target.country || r.indicator != target.indicator)
            continue;
        if (r.unit != target.unit) {
            return Error(ErrorCode::Validation,
                         tr("A report of %1 in %2 gives its value in %3, but the target is in "
                            "%4; values in different units are never mixed. Correct the report "
                            "(record %5) or set the target in its unit.")
                             .arg(target.indicator, target.country, r.unit, target.unit,
                                  r.record.toString(QUuid::WithoutBraces)));
        }
        if (!r.periodEnd.isValid())
            continue;
        bool summed = false;
        if (const auto value = valueFor(target, r, &summed))
            candidates.append({&r, *value, summed});
    }
    if (candidates.isEmpty())
        return out;
    // The latest period: the latest end, and of two ending together the
    // longer one. Within it, the report finalized last wins.
    const auto later = [](const Candidate &a, const Candidate &b) {
        const ReportValue &x = *a.report;
        const ReportValue &y = *b.report;
        if (x.periodEnd != y.periodEnd)
            return x.periodEnd > y.periodEnd;
        if (x.periodStart != y.periodStart)
            return x.periodStart < y.periodStart;
        if (x.updatedHlc != y.updatedHlc)
            return x.updatedHlc > y.updatedHlc;
        return x.record < y.record;
    };
    std::sort(candidates.begin(), candidates.end(), later);
    const Candidate &best = candidates.first();
    out.latestValue = best.value;
    out.summed = best.summed;
    out.report = best.report->record;
    out.periodStart = best.report->periodStart;
    out.periodEnd = best.report->periodEnd;
    for (qsizetype i = 1; i < candidates.size(); ++i) {
        const ReportValue &r = *candidates.at(i).report;
        if (r.periodStart == out.periodStart && r.periodEnd == out.periodEnd)
            out.superseded.append(r.record);
    }
    out.expected = ProgressRule::pathAt(target, out.periodEnd);
    out.status = ProgressRule::judge(target, out.periodEnd, best.value);
    return out;
}

QList<TargetProgress> ProgressCalculator::computeAll(const QList<Target> &targets,
                                                     const QList<ReportValue> &reports)
{
    const auto key = [](const QString &country, const QString &indicator) {
        return country + QLatin1Char('\n') + indicator;
    };
    QHash<QString, QList<ReportValue>> grouped;
    for (const ReportValue &r : reports)
        grouped[key(r.country, r.indicator)].append(r);
    QList<TargetProgress> out;
    out.reserve(targets.size());
    for (const Target &t : targets) {
        auto p = compute(t, grouped.value(key(t.country, t.indicator)));
        if (p) {
            out.append(p.take());
        } else {
            TargetProgress failed;
            failed.target = t;
            failed.error = p.error();
            out.append(failed);
        }
    }
    return out;
}

Result<QList<TargetProgress>> ProgressCalculator::progress(const QString &country)
{
    auto targets = m_targets.list(country);
    if (!targets)
        return targets.error();
    auto all = reports(country);
    if (!all)
        return all.error();
    return computeAll(targets.value(), all.value());
}

} // namespace vigia
