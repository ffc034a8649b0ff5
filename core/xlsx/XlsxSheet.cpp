#include "xlsx/XlsxSheet.h"

namespace vigia {

namespace {
// XFD, the last column of Excel and LibreOffice alike.
constexpr int kMaxColumns = 16384;
} // namespace

XlsxSheet::XlsxSheet(QString name, QList<int> rowNumbers, QList<QList<XlsxCell>> rows)
    : m_name(std::move(name))
    , m_rowNumbers(std::move(rowNumbers))
    , m_rows(std::move(rows))
{
    Q_ASSERT(m_rowNumbers.size() == m_rows.size());
    for (const QList<XlsxCell> &row : std::as_const(m_rows)) {
        m_columnCount = qMax(m_columnCount, int(row.size()));
        m_cellCount += row.size();
    }
}

int XlsxSheet::rowNumber(int row) const
{
    return row >= 0 && row < m_rowNumbers.size() ? m_rowNumbers.at(row) : 0;
}

XlsxCell XlsxSheet::cell(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0)
        return {};
    const QList<XlsxCell> &cells = m_rows.at(row);
    return column < cells.size() ? cells.at(column) : XlsxCell();
}

QStringList XlsxSheet::rowTexts(int row) const
{
    QStringList texts;
    if (row < 0 || row >= m_rows.size())
        return texts;
    const QList<XlsxCell> &cells = m_rows.at(row);
    texts.reserve(cells.size());
    for (const XlsxCell &c : cells)
        texts.append(c.text());
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
