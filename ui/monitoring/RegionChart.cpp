#include "ui/monitoring/RegionChart.h"

#include "monitoring/DashboardData.h"
#include "ui/monitoring/ChartCanvas.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QStandardItemModel>
#include <QValueAxis>

#include <algorithm>

namespace vigia {

RegionChart::RegionChart(QObject *parent)
    : QObject(parent)
{}

QString RegionChart::build(const DashboardData &data, const QString &indicator,
                           const QString &disaggregation, int year, QChart *chart,
                           QStandardItemModel *table) const
{
    const QLocale locale;
    ChartCanvas::reset(chart, table, {tr("Country"), tr("Value"), tr("Period end")});

    QString unit;
    int others = 0;
    const auto values = data.compare(indicator, disaggregation, year, &unit, &others);
    auto *set = new QBarSet(unit.isEmpty() ? indicator : tr("%1 (%2)").arg(indicator, unit));
    QStringList countries;
    double high = 1;
    // A horizontal bar chart draws its first category at the bottom: add
    // them smallest first so that the largest is on top.
    for (auto it = values.crbegin(); it != values.crend(); ++it) {
        set->append(it->value);
        countries.append(it->country);
        high = std::max(high, it->value);
    }
    for (const DashboardData::CountryValue &v : values) {
        auto *value =
            new QStandardItem(locale.toString(v.value, 'f', v.value == qRound64(v.value) ? 0 : 2));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->appendRow({new QStandardItem(v.country), value,
                          new QStandardItem(locale.toString(v.periodEnd, QLocale::ShortFormat))});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(countries);
    auto *x = new QValueAxis;
    x->setRange(0, high * 1.1);
    x->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    const QString breakdown = disaggregation.isEmpty() ? tr("total") : disaggregation;
    chart->setTitle(tr("%1 (%2) by country, %3").arg(indicator, breakdown, QString::number(year)));
    if (others > 0)
        return tr("%n country(s) reported in another unit than %1 and are not compared.", "",
                  others)
            .arg(unit);
    return {};
}

} // namespace vigia
