#include "xlsx/XlsxSheet.h"

#include <algorithm>

namespace vigia {

namespace {
// XFD, the last column of Excel and LibreOffice alike.
constexpr int kMaxColumns = 16384;
} // namespace

XlsxSheet::XlsxSheet(QString name, QList<int> rowNumbers, QList<Row> rows)
    : m_name(std::move(name))
    , m_rowNumbers(std::move(rowNumbers))
    , m_rows(std::move(rows))
{
    Q_ASSERT(m_rowNumbers.size() == m_rows.size());
    for (const Row &row : std::as_const(m_rows)) {
        Q_ASSERT(std::adjacent_find(row.cbegin(), row.cend(), [](const Entry &a, const Entry &b) {
                     return a.column >= b.column;
                 }) == row.cend());
        if (!row.isEmpty())
            m_columnCount = qMax(m_columnCount, row.constLast().column + 1);
        m_cellCount += row.size();
    }
}

int XlsxSheet::rowNumber(int row) const
{
    return row >= 0 && row < m_rowNumbers.size() ? m_rowNumbers.at(row) : 0;
}

XlsxCell XlsxSheet::cell(int row, int column) const
{
    if (column < 0)
        return {};
    const Row &cells = rowCells(row);
    const auto it = std::lower_bound(cells.cbegin(), cells.cend(), column,
                                     [](const Entry &e, int c) { return e.column < c; });
    return it != cells.cend() && it->column == column ? it->cell : XlsxCell();
}

const XlsxSheet::Row &XlsxSheet::rowCells(int row) const
{
    static const Row none;
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : none;
}

QStringList XlsxSheet::rowTexts(int row) const
{
    const Row &cells = rowCells(row);
    if (cells.isEmpty())
        return {};
    QStringList texts(cells.constLast().column + 1);
    for (const Entry &e : cells)
        texts[e.column] = e.cell.text();
    return texts;
}

QList<QStringList> XlsxSheet::rows() const
{
    QList<QStringList> all;
    all.reserve(m_rows.size());
    for (int r = 0; r < m_rows.size(); ++r)
        all.append(rowTexts(r));
    return all;
}

QString XlsxSheet::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

int XlsxSheet::columnIndex(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int n = 0;
    for (QChar c : letters) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return -1;
        n = n * 26 + (u - u'A' + 1);
    }
    return n <= kMaxColumns ? n - 1 : -1;
}

} // namespace vigia
