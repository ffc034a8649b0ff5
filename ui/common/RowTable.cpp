#include "ui/common/RowTable.h"

#include <QHeaderView>

namespace vigia {

RowTable::RowTable(const QString &objectName, int columns, QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(objectName);
    setColumnCount(columns);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
}

} // namespace vigia
