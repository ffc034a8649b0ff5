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
class XlsxSheet
{
public:
    XlsxSheet() = default;
    XlsxSheet(QString name, QList<int> rowNumbers, QList<QList<XlsxCell>> rows);

    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] int rowCount() const { return int(m_rows.size()); }
    // One past the last column that holds a value in any row.
    [[nodiscard]] int columnCount() const { return m_columnCount; }
    // Cells held in memory: every row from column A up to its last value.
    [[nodiscard]] qint64 cellCount() const { return m_cellCount; }
    [[nodiscard]] int rowNumber(int row) const;
    // An empty cell when row or column is out of range.
    [[nodiscard]] XlsxCell cell(int row, int column) const;
    // The display texts of one row, up to its last value.
    [[nodiscard]] QStringList rowTexts(int row) const;
    [[nodiscard]] QList<QStringList> rows() const;

    // 0 → "A", 27 → "AB"; empty for a negative column.
    [[nodiscard]] static QString columnName(int column);
    // "A" → 0, "ab" → 27; -1 unless the text is 1–3 letters within XFD.
    [[nodiscard]] static int columnIndex(QStringView letters);

private:
    QString m_name;
    QList<int> m_rowNumbers;
    QList<QList<XlsxCell>> m_rows;
    int m_columnCount = 0;
    qint64 m_cellCount = 0;
};

} // namespace vigia
