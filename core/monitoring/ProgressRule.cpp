#include "monitoring/ProgressRule.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace vigia {

namespace {
struct Point
{
    qint64 day;
    double value;
};

QList<Point> pathOf(const Target &t)
{
    QList<Point> points{{QDate(t.baselineYear, 12, 31).toJulianDay(), t.baselineValue}};
    for (const Milestone &m : t.milestones)
        points.append({m.date.toJulianDay(), m.value});
    points.append({t.targetDate.toJulianDay(), t.targetValue});
    return points;
}
} // namespace

double ProgressRule::pathAt(const Target &target, const QDate &date)
{
    const QList<Point> points = pathOf(target);
    const qint64 day = date.toJulianDay();
    if (day <= points.first().day)
        return points.first().value;
    for (qsizetype i = 1; i < points.size(); ++i) {
        const Point &a = points.at(i - 1);
        const Point &b = points.at(i);
        if (day <= b.day) {
            if (b.day == a.day)
                return b.value;
            const double share = double(day - a.day) / double(b.day - a.day);
            return a.value + (b.value - a.value) * share;
        }
    }
    return points.last().value;
}

bool ProgressRule::lowerIsBetter(const Target &target)
{
    if (target.targetValue != target.baselineValue)
        return target.targetValue < target.baselineValue;
    // The indicator reference has no direction yet; of the starting set only
    // the time to sentence is better when it falls.
    return target.indicator == QLatin1String("months_to_sentence");
}

ProgressStatus ProgressRule::judge(const Target &target, const QDate &periodEnd, double value)
{
    const double expected = pathAt(target, periodEnd);
    const double shortfall = lowerIsBetter(target) ? value - expected : expected - value;
    // Dividing rather than multiplying by 0.1 keeps a shortfall of exactly
    // a tenth on the boundary (at risk) in binary floating point too.
    const double tolerance = std::abs(expected) / 10.0;
    const double slack = 1e-9 * std::max(1.0, std::abs(expected));
    if (shortfall <= slack)
        return ProgressStatus::OnTrack;
    if (shortfall <= tolerance + slack)
        return ProgressStatus::AtRisk;
    return ProgressStatus::OffTrack;
}

} // namespace vigia
