#pragma once

#include <QObject>
#include <QString>

class QChart;
class QStandardItemModel;

namespace vigia {

class DashboardData;

// The regional view (docs/monitoring.md, "Dashboard"): one indicator
// compared across countries for one year, as a bar chart sorted from the
// largest value, and the same numbers as a table beside it.
class RegionChart : public QObject
{
    Q_OBJECT

public:
    explicit RegionChart(QObject *parent = nullptr);

    // Fills `chart` (emptied first) and `table`. Returns a note for people
    // when countries were left out for reporting in another unit, else "".
    QString build(const DashboardData &data, const QString &indicator,
                  const QString &disaggregation, int year, QChart *chart,
                  QStandardItemModel *table) const;
};

} // namespace vigia
