#include "xlsx/XlsxSheetParser.h"

#include "xlsx/XlsxPackage.h"
#include "xlsx/XlsxSerialDate.h"
#include "xlsx/XlsxSharedStrings.h"
#include "xlsx/XlsxStyles.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace vigia {

namespace {
constexpr int kMaxRowNumber = 16777216;

bool columnBefore(const XlsxSheet::Entry &a, const XlsxSheet::Entry &b)
{
    return a.column < b.column;
}

// Cells arrive in column order from every writer we know, but r="" may name
// them in any order, or twice: the last value of a column wins, as when a
// row is repeated.
void sortRow(XlsxSheet::Row &cells)
{
    if (std::is_sorted(cells.cbegin(), cells.cend(), columnBefore) &&
        std::adjacent_find(cells.cbegin(), cells.cend(),
                           [](const XlsxSheet::Entry &a, const XlsxSheet::Entry &b) {
                               return a.column == b.column;
                           }) == cells.cend())
        return;
    std::stable_sort(cells.begin(), cells.end(), columnBefore);
    qsizetype kept = 0;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (kept > 0 && cells.at(kept - 1).column == cells.at(i).column)
            cells[kept - 1] = cells.at(i);
        else
            cells[kept++] = cells.at(i);
    }
    cells.resize(kept);
}

// Both sorted; where both hold a column, the later row's value wins.
XlsxSheet::Row mergeRows(const XlsxSheet::Row &earlier, const XlsxSheet::Row &later)
{
    XlsxSheet::Row merged;
    merged.reserve(earlier.size() + later.size());
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < earlier.size() || j < later.size()) {
        if (j == later.size() ||
            (i < earlier.size() && earlier.at(i).column < later.at(j).column)) {
            merged.append(earlier.at(i++));
        } else {
            if (i < earlier.size() && earlier.at(i).column == later.at(j).column)
                ++i;
            merged.append(later.at(j++));
        }
    }
    return merged;
}
} // namespace

XlsxSheetParser::XlsxSheetParser(const QString &fileName, const XlsxLimits &limits,
                                 const QStringList &sharedStrings, const XlsxStyles &styles,
                                 bool date1904)
    : m_fileName(fileName)
    , m_limits(limits)
    , m_sharedStrings(sharedStrings)
    , m_styles(styles)
    , m_date1904(date1904)
{}

bool XlsxSheetParser::parseReference(QStringView ref, int *column, int *row)
{
    qsizetype letters = 0;
    while (letters < ref.size() && ref.at(letters).isLetter())
        ++letters;
    const int c = XlsxSheet::columnIndex(ref.left(letters));
    const QStringView digits = ref.mid(letters);
    if (c < 0 || digits.isEmpty() || digits.size() > 8)
        return false;
    for (QChar d : digits) {
        if (d < QLatin1Char('0') || d > QLatin1Char('9'))
            return false;
    }
    const int r = digits.toInt();
    if (r < 1 || r > kMaxRowNumber)
        return false;
    *column = c;
    *row = r;
    return true;
}

Result<XlsxSheet> XlsxSheetParser::parse(const QString &sheetName, const QString &part,
                                         const QByteArray &data)
{
    m_sheetName = sheetName;
    m_part = part;
    m_rows.clear();
    m_cellCount = 0;
    m_error = Error();
    QXmlStreamReader xml(data);
    m_xml = &xml;
    if (XlsxPackage::enterRoot(xml)) {
        while (xml.readNextStartElement()) {
            if (xml.name() != u"sheetData") {
                xml.skipCurrentElement();
            } else if (!readSheetData()) {
                break;
            }
        }
        while (!m_error.isError() && !xml.atEnd())
            xml.readNext();
    }
    m_xml = nullptr;
    if (m_error.isError())
        return m_error;
    if (xml.hasError())
        return XlsxPackage::malformed(m_fileName, part, xml);
    return XlsxSheet(sheetName, m_rows.keys(), m_rows.values());
}

bool XlsxSheetParser::readSheetData()
{
    QXmlStreamReader &xml = *m_xml;
    int lastRow = 0;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"row") {
            xml.skipCurrentElement();
            continue;
        }
        // Writers may leave out r=""; a row then follows the previous one.
        int rowNumber = lastRow + 1;
        const QXmlStreamAttributes attributes = xml.attributes();
        const QStringView r = attributes.value(QLatin1StringView("r"));
        if (!r.isEmpty()) {
            bool ok = false;
            rowNumber = r.toInt(&ok);
            if (!ok || rowNumber < 1 || rowNumber > kMaxRowNumber)
                return damaged(tr("the row number %1 is not valid").arg(r.toString()));
        }
        lastRow = rowNumber;
        XlsxSheet::Row cells;
        if (!readRow(rowNumber, cells))
            return false;
        if (cells.isEmpty())
            continue; // a row of formatting only
        sortRow(cells);
        auto it = m_rows.find(rowNumber);
        if (it == m_rows.end()) {
            if (m_rows.size() >= m_limits.maxRows) {
                return fail(Error(
                    ErrorCode::Validation,
                    tr("%1 cannot be imported: the sheet \"%2\" (%3) has more than %4 rows with "
                       "values, the limit for one sheet. Delete the rows the form does not need, "
                       "then import again.")
                        .arg(m_fileName, m_sheetName, m_part)
                        .arg(m_limits.maxRows)));
            }
            m_cellCount += cells.size();
            m_rows.insert(rowNumber, std::move(cells));
        } else {
            // The same row twice: keep every value, later ones winning.
            XlsxSheet::Row merged = mergeRows(*it, cells);
            m_cellCount += merged.size() - it->size();
            *it = std::move(merged);
        }
    }
    return !xml.hasError();
}

bool XlsxSheetParser::readRow(int rowNumber, XlsxSheet::Row &cells)
{
    QXmlStreamReader &xml = *m_xml;
    int nextColumn = 0;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"c") {
            xml.skipCurrentElement();
            continue;
        }
        if (!readCell(rowNumber, nextColumn, cells))
            return false;
    }
    return !xml.hasError();
}

bool XlsxSheetParser::readCell(int rowNumber, int &nextColumn, XlsxSheet::Row &cells)
{
    QXmlStreamReader &xml = *m_xml;
    const QXmlStreamAttributes a = xml.attributes();
    int column = nextColumn;
    const QStringView r = a.value(QLatin1StringView("r"));
    if (!r.isEmpty()) {
        int refRow = 0;
        if (!parseReference(r, &column, &refRow))
            return damaged(tr("the cell reference %1 is not valid").arg(r.toString()));
    }
    nextColumn = column + 1;
    const QString ref = XlsxSheet::columnName(column) + QString::number(rowNumber);
    const QString type = a.value(QLatin1StringView("t")).toString();
    const int style = a.value(QLatin1StringView("s")).toInt();

    QString value;
    QString inlineText;
    bool hasValue = false;
    bool hasInline = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v") {
            value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            hasValue = true;
        } else if (xml.name() == u"is") {
            inlineText = XlsxSharedStrings::readRichText(xml);
            hasInline = true;
        } else {
            xml.skipCurrentElement(); // the formula <f> and extensions
        }
    }
    if (xml.hasError())
        return false;

    XlsxCell cell;
    if (!makeCell(ref, type, style, hasValue ? &value : nullptr, hasInline ? &inlineText : nullptr,
                  cell))
        return false;
    if (cell.isEmpty())
        return true;
    if (column >= m_limits.maxColumns) {
        return fail(Error(ErrorCode::Validation,
                          tr("%1 cannot be imported: the sheet \"%2\" (%3) has a value in cell "
                             "%4, beyond the limit of %5 columns for one sheet. Delete the "
                             "columns the form does not need, then import again.")
                              .arg(m_fileName, m_sheetName, m_part, ref)
                              .arg(m_limits.maxColumns)));
    }
    if (cell.text().size() > m_limits.maxCellTextLength) {
        return fail(Error(ErrorCode::Validation,
                          tr("%1 cannot be imported: cell %2 of the sheet \"%3\" (%4) holds %5 "
                             "characters, more than the limit of %6 for one cell. Shorten it, "
                             "then import again.")
                              .arg(m_fileName, ref, m_sheetName, m_part)
                              .arg(cell.text().size())
                              .arg(m_limits.maxCellTextLength)));
    }
    // Checked before appending so that the refusal costs no memory.
    if (!reserveCell(cells, ref))
        return false;
    cells.append({column, cell});
    return true;
}

bool XlsxSheetParser::reserveCell(const XlsxSheet::Row &cells, const QString &ref)
{
    // The row being read counts whole, even where it repeats a kept row or
    // names a cell twice: at most a refusal a little early for such a file,
    // never more memory than the limit.
    if (m_cellCount + cells.size() < m_limits.maxCells)
        return true;
    return fail(Error(ErrorCode::Validation,
                      tr("%1 cannot be imported: up to cell %4, the sheet \"%2\" (%3) holds more "
                         "than %5 cells with values, the limit for one sheet. Delete the rows "
                         "and columns the form does not need, then import again.")
                          .arg(m_fileName, m_sheetName, m_part, ref)
                          .arg(m_limits.maxCells)));
}

bool XlsxSheetParser::makeCell(const QString &ref, QStringView type, int style,
                               const QString *value, const QString *inlineText, XlsxCell &cell)
{
    if (type == u"inlineStr") {
        const QString *text = inlineText ? inlineText : value;
        cell = text ? XlsxCell::fromText(*text) : XlsxCell();
        return true;
    }
    if (!value)
        return true; // a styled cell without a value
    if (type == u"s") {
        bool ok = false;
        const int index = value->trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size()) {
            return damaged(tr("cell %1 refers to shared text number %2, but there are %3")
                               .arg(ref, *value)
                               .arg(m_sharedStrings.size()));
        }
        cell = XlsxCell::fromText(m_sharedStrings.at(index));
        return true;
    }
    if (type == u"str") {
        cell = XlsxCell::fromText(*value);
        return true;
    }
    if (type == u"b") {
        const QString v = value->trimmed();
        if (v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0)
            cell = XlsxCell::fromBoolean(true);
        else if (v == u"0" || v.compare(u"false", Qt::CaseInsensitive) == 0)
            cell = XlsxCell::fromBoolean(false);
        else
            return damaged(tr("cell %1 should hold TRUE or FALSE but holds \"%2\"").arg(ref, v));
        return true;
    }
    if (type == u"e") {
        cell = XlsxCell::fromError(value->trimmed());
        return true;
    }
    if (type == u"d") {
        // ISO 8601 text, written by strict OOXML and some converters.
        const QString v = value->trimmed();
        const QDateTime dt = QDateTime::fromString(v, Qt::ISODate);
        if (dt.isValid() && v.contains(QLatin1Char('T')))
            cell = XlsxCell::fromDateTime(dt.date(), dt.time());
        else if (const QDate d = QDate::fromString(v, Qt::ISODate); d.isValid())
            cell = XlsxCell::fromDate(d);
        else
            cell = XlsxCell::fromText(v);
        return true;
    }
    if (type.isEmpty() || type == u"n") {
        const QString v = value->trimmed();
        if (v.isEmpty())
            return true;
        bool ok = false;
        const double number = v.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return damaged(tr("cell %1 should hold a number but holds \"%2\"").arg(ref, v));
        cell = numberCell(number, style);
        return true;
    }
    // A type from a later version of the format: its text is the best guess.
    cell = XlsxCell::fromText(*value);
    return true;
}

XlsxCell XlsxSheetParser::numberCell(double value, int style) const
{
    switch (m_styles.kindOf(style)) {
    case XlsxNumberFormat::Kind::Number:
        break;
    case XlsxNumberFormat::Kind::Date:
        if (const QDate d = XlsxSerialDate::date(value, m_date1904); d.isValid())
            return XlsxCell::fromDate(d);
        break;
    case XlsxNumberFormat::Kind::DateTime:
        if (const QDate d = XlsxSerialDate::date(value, m_date1904); d.isValid())
            return XlsxCell::fromDateTime(d, XlsxSerialDate::time(value));
        // A time alone (day 0) in a date-and-time format.
        if (value >= 0 && value < 1)
            return XlsxCell::fromTime(XlsxSerialDate::time(value));
        break;
    case XlsxNumberFormat::Kind::Time:
        if (const QTime t = XlsxSerialDate::time(value); t.isValid())
            return XlsxCell::fromTime(t);
        break;
    }
    // Out of the calendar's range: the number is all there is.
    return XlsxCell::fromNumber(value);
}

bool XlsxSheetParser::fail(Error error)
{
    m_error = std::move(error);
    m_xml->raiseError(QStringLiteral("stopped")); // ends every reading loop
    return false;
}

bool XlsxSheetParser::damaged(const QString &problem)
{
    return fail(XlsxPackage::damaged(m_fileName, m_part,
                                     tr("%1 in the sheet \"%2\"").arg(problem, m_sheetName)));
}

} // namespace vigia
