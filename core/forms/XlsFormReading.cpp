#include "forms/XlsFormReading.h"

namespace vigia {

Error XlsFormReading::error(const QString &sheet, int row, const QString &column,
                            const QString &what) const
{
    const QString where = column.isEmpty()
                              ? tr("%1 row %2").arg(sheet).arg(row)
                              : tr("%1 row %2, column %3").arg(sheet).arg(row).arg(column);
    return Error(ErrorCode::Validation, tr("%1: %2: %3").arg(m_workbook.fileName(), where, what));
}

QString XlsFormReading::languageOf(const XlsFormHeader::Column &column) const
{
    if (!column.language.isEmpty())
        return column.language;
    return m_defaultLanguage.isEmpty() ? QStringLiteral("default") : m_defaultLanguage;
}

QString XlsFormReading::normalizedFlag(const QString &value)
{
    const QString lower = value.trimmed().toLower();
    if (lower == u"yes" || lower == u"true" || lower == u"true()" || lower == u"1")
        return QStringLiteral("yes");
    if (lower.isEmpty() || lower == u"no" || lower == u"false" || lower == u"false()" ||
        lower == u"0")
        return {};
    return value.trimmed();
}

bool XlsFormReading::isRowEmpty(const XlsxSheet &sheet, int row)
{
    for (const XlsxSheet::Entry &entry : sheet.rowCells(row)) {
        if (!entry.cell.text().trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace vigia
