#include "forms/XlsFormChoicesReader.h"

#include "forms/XlsFormReading.h"

namespace vigia {

Status XlsFormChoicesReader::read(XlsFormReading &reading, const QString &sheetName, bool external)
{
    const XlsxWorkbook &workbook = reading.workbook();
    if (!workbook.hasSheet(sheetName))
        return {};
    auto sheet = workbook.sheet(sheetName);
    if (!sheet)
        return sheet.error();
    const XlsxSheet &choices = sheet.value();
    auto header = XlsFormHeader::read(choices, XlsFormHeader::Sheet::Choices);
    if (!header)
        return header.error();
    const int listColumn = header.value().indexOf(QStringLiteral("list_name"));
    const int nameColumn = header.value().indexOf(QStringLiteral("name"));
    if (listColumn < 0 || nameColumn < 0) {
        return reading.error(choices.name(), choices.rowNumber(0), QString(),
                             tr("the sheet needs a list_name and a name column; add them to its "
                                "first row."));
    }
    for (int row = 1; row < choices.rowCount(); ++row) {
        if (XlsFormReading::isRowEmpty(choices, row))
            continue;
        const QString list = choices.cell(row, listColumn).text().trimmed();
        const QString name = choices.cell(row, nameColumn).text().trimmed();
        if (list.isEmpty() && name.isEmpty())
            continue; // a row of notes beside the lists
        if (list.isEmpty() || name.isEmpty()) {
            return reading.error(
                choices.name(), choices.rowNumber(row),
                list.isEmpty() ? QStringLiteral("list_name") : QStringLiteral("name"),
                tr("the choice has no %1; fill it in or delete the row.")
                    .arg(list.isEmpty() ? QStringLiteral("list_name") : QStringLiteral("name")));
        }
        FormChoice choice(list, name);
        choice.setSourceRow(choices.rowNumber(row));
        for (const XlsFormHeader::Column &column : header.value().columns()) {
            if (column.index == listColumn || column.index == nameColumn)
                continue;
            const QString text = choices.cell(row, column.index).text().trimmed();
            if (column.base == u"label")
                choice.setLabel(reading.languageOf(column), text);
            else if (XlsFormHeader::isMediaColumn(column.base))
                choice.setMedia(column.base, reading.languageOf(column), text);
            else
                choice.setAttribute(column.language.isEmpty()
                                        ? column.base
                                        : column.base + QStringLiteral("::") + column.language,
                                    text);
        }
        if (external)
            reading.externalLists().insert(list);
        reading.definition().appendChoice(std::move(choice));
    }
    return {};
}

} // namespace vigia
