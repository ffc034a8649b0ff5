#include "ui/monitoring/ChartCanvas.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLocale>
#include <QStandardItemModel>

namespace vigia {

void ChartCanvas::reset(QChart *chart, QStandardItemModel *table, const QStringList &headers)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    table->clear();
    table->setHorizontalHeaderLabels(headers);
}

} // namespace vigia
