#pragma once

#include <QObject>
#include <QString>

class QChart;
class QStandardItemModel;

namespace vigia {

class DashboardData;

// One indicator of one country against its milestone path
// (docs/monitoring.md, "Dashboard"): the reported values, the path from the
// baseline through the milestones to the target, and the target date
// marked; and the same numbers as a table, the chart's text alternative.
// Labels and numbers follow the interface language and QLocale.
class ProgressChart : public QObject
{
    Q_OBJECT

public:
    explicit ProgressChart(QObject *parent = nullptr);

    // Fills `chart` (emptied first) and `table`.
    void build(const DashboardData &data, const QString &country, const QString &indicator,
               const QString &disaggregation, int fromYear, int toYear, QChart *chart,
               QStandardItemModel *table) const;
};

} // namespace vigia
