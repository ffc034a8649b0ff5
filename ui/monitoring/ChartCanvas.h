#pragma once

#include <QStringList>

class QChart;
class QStandardItemModel;

namespace vigia {

// What every dashboard chart does before it draws (ProgressChart,
// RegionChart): nothing left of the last drawing, neither series nor axes,
// numbers in the interface's locale, and the table beside the chart emptied
// down to its headers.
class ChartCanvas
{
public:
    static void reset(QChart *chart, QStandardItemModel *table, const QStringList &headers);
};

} // namespace vigia
