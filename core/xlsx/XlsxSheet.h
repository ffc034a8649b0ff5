#pragma once

#include "xlsx/XlsxCell.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vigia {

// One worksheet's values. Only rows that hold at least one value are kept,
// in sheet order, each with its spreadsheet row number, so that an error can
// say "survey row 14" even when blank rows came before it. Indices passed to
// the accessors are 0-based; rowNumber() is the 1-based number people see.
//
// Rows are sparse: a row keeps only its cells that hold a value, so memory
// follows the cells present in the file, not how far right they sit (one
// value in column ALL on every row used to cost a thousand cells per row).
class XlsxSheet
{
public:
    // A cell that holds a value, with its 0-based column.
    struct Entry
    {
        int column = 0;
        XlsxCell cell;
    };
    // The cells of one row that hold a value, in strictly increasing column
    // order and none of them empty.
    using Row = QList<Entry>;

    XlsxSheet() = default;
    XlsxSheet(QString name, QList<int> rowNumbers, QList<Row> rows);

    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] int rowCount() const { return int(m_rows.size()); }
    // One past the last column that holds a value in any row.
    [[nodiscard]] int columnCount() const { return m_columnCount; }
    // Cells held in memory: those that hold a value, in every row.
    [[nodiscard]] qint64 cellCount() const { return m_cellCount; }
    [[nodiscard]] int rowNumber(int row) const;
    // An empty cell when row or column is out of range or holds no value.
    [[nodiscard]] XlsxCell cell(int row, int column) const;
    // The cells of one row that hold a value; none when row is out of range.
    [[nodiscard]] const Row &rowCells(int row) const;
    // The display texts of one row from column A up to its last value, empty
    // where a cell holds none. Built on each call: prefer rowCells() or
    // cell() to walk many rows.
    [[nodiscard]] QStringList rowTexts(int row) const;
    [[nodiscard]] QList<QStringList> rows() const;

    // 0 → "A", 27 → "AB"; empty for a negative column.
    [[nodiscard]] static QString columnName(int column);
    // "A" → 0, "ab" → 27; -1 unless the text is 1–3 letters within XFD.
    [[nodiscard]] static int columnIndex(QStringView letters);

private:
    QString m_name;
    QList<int> m_rowNumbers;
    QList<Row> m_rows;
    int m_columnCount = 0;
    qint64 m_cellCount = 0;
};

} // namespace vigia
