#include "ui/monitoring/ProgressChart.h"

#include "monitoring/DashboardData.h"
#include "monitoring/ProgressRule.h"
#include "ui/monitoring/ChartCanvas.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QStandardItemModel>
#include <QValueAxis>

#include <algorithm>

namespace vigia {

namespace {
qreal when(const QDate &date)
{
    return qreal(date.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

QStandardItem *number(const QLocale &locale, double value)
{
    auto *item = new QStandardItem(locale.toString(value, 'f', value == qRound64(value) ? 0 : 2));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

ProgressChart::ProgressChart(QObject *parent)
    : QObject(parent)
{}

void ProgressChart::build(const DashboardData &data, const QString &country,
                          const QString &indicator, const QString &disaggregation, int fromYear,
                          int toYear, QChart *chart, QStandardItemModel *table) const
{
    const QLocale locale;
    ChartCanvas::reset(chart, table, {tr("Period end"), tr("Reported"), tr("Milestone path")});

    QString unit;
    const auto points = data.series(country, indicator, disaggregation, fromYear, toYear, &unit);
    const TargetProgress *target = data.targetFor(country, indicator, disaggregation);

    auto *reported = new QLineSeries;
    reported->setName(tr("Reported"));
    reported->setPointsVisible(true);
    qreal low = 0;
    qreal high = 1;
    QDate first;
    QDate last;
    const auto widen = [&](const QDate &d, double v) {
        high = std::max(high, qreal(v));
        low = std::min(low, qreal(v));
        if (!first.isValid() || d < first)
            first = d;
        if (!last.isValid() || d > last)
            last = d;
    };
    for (const DashboardData::Point &p : points) {
        reported->append(when(p.periodEnd), p.value);
        widen(p.periodEnd, p.value);
        QList<QStandardItem *> row{
            new QStandardItem(locale.toString(p.periodEnd, QLocale::ShortFormat)),
            number(locale, p.value)};
        if (target)
            row.append(number(locale, ProgressRule::pathAt(target->target, p.periodEnd)));
        else
            row.append(new QStandardItem(tr("no target")));
        table->appendRow(row);
    }
    chart->addSeries(reported);

    QScatterSeries *targetMark = nullptr;
    if (target) {
        const Target &t = target->target;
        auto *path = new QLineSeries;
        path->setName(tr("Milestone path"));
        QPen pen = path->pen();
        pen.setStyle(Qt::DashLine);
        path->setPen(pen);
        const QDate baseline(t.baselineYear, 12, 31);
        path->append(when(baseline), t.baselineValue);
        widen(baseline, t.baselineValue);
        for (const Milestone &m : t.milestones) {
            path->append(when(m.date), m.value);
            widen(m.date, m.value);
        }
        path->append(when(t.targetDate), t.targetValue);
        widen(t.targetDate, t.targetValue);
        chart->addSeries(path);
        targetMark = new QScatterSeries;
        targetMark->setName(
            tr("Target, %1").arg(locale.toString(t.targetDate, QLocale::ShortFormat)));
        targetMark->setMarkerSize(12);
        targetMark->append(when(t.targetDate), t.targetValue);
        chart->addSeries(targetMark);
        table->appendRow(
            {new QStandardItem(
                 tr("Target: %1").arg(locale.toString(t.targetDate, QLocale::ShortFormat))),
             new QStandardItem(), number(locale, t.targetValue)});
    }

    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy"));
    x->setTitleText(tr("Period end"));
    if (first.isValid()) {
        x->setRange(first.addMonths(-6).startOfDay(Qt::UTC), last.addMonths(6).startOfDay(Qt::UTC));
    }
    auto *y = new QValueAxis;
    y->setRange(low, high * 1.1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(unit.isEmpty() ? indicator : tr("%1 (%2)").arg(indicator, unit));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    const QString breakdown = disaggregation.isEmpty() ? tr("total") : disaggregation;
    chart->setTitle(tr("%1 in %2 (%3)").arg(indicator, country, breakdown));
    Q_UNUSED(targetMark);
}

} // namespace vigia
