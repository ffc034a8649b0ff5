#pragma once

#include <QTableWidget>

namespace vigia {

// A read-only table of rows, as the coordinator's lists show them (forms,
// inbox): a click selects one whole row, no row numbers, and the last column
// takes the spare width.
class RowTable : public QTableWidget
{
    Q_OBJECT

public:
    RowTable(const QString &objectName, int columns, QWidget *parent = nullptr);
};

} // namespace vigia
