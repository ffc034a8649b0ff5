#include "forms/XlsFormSettingsReader.h"

#include "forms/XlsFormReading.h"

#include <QFileInfo>

namespace vigia {

Status XlsFormSettingsReader::read(XlsFormReading &reading)
{
    static const QString kSettings = QStringLiteral("settings");
    FormDefinition &definition = reading.definition();
    const XlsxWorkbook &workbook = reading.workbook();
    definition.setFormId(QFileInfo(workbook.fileName()).completeBaseName());
    if (!workbook.hasSheet(kSettings))
        return {};
    auto sheet = workbook.sheet(kSettings);
    if (!sheet)
        return sheet.error();
    auto header = XlsFormHeader::read(sheet.value(), XlsFormHeader::Sheet::Settings);
    if (!header)
        return header.error();
    // The first row after the header holds the values.
    const int row = 1;
    const auto value = [&](int column) { return sheet.value().cell(row, column).text().trimmed(); };
    const int languageColumn = header.value().indexOf(QStringLiteral("default_language"));
    if (languageColumn >= 0 && !value(languageColumn).isEmpty())
        reading.setDefaultLanguage(XlsFormHeader::languageCode(value(languageColumn)));
    definition.setDefaultLanguage(reading.defaultLanguage());
    for (const XlsFormHeader::Column &column : header.value().columns()) {
        const QString text = value(column.index);
        if (column.base == u"default_language")
            continue;
        if (column.base == u"form_id" && column.language.isEmpty()) {
            if (!text.isEmpty())
                definition.setFormId(text);
        } else if (column.base == u"version" && column.language.isEmpty()) {
            definition.setVersion(text);
        } else if (column.base == u"allow_choice_duplicates" && column.language.isEmpty()) {
            // Written yes, TRUE or true(): FormValidator reads "yes".
            definition.setAttribute(column.base, XlsFormReading::normalizedFlag(text));
        } else if (column.base == u"form_title") {
            definition.setTitle(reading.languageOf(column), text);
        } else {
            definition.setAttribute(column.language.isEmpty()
                                        ? column.base
                                        : column.base + QStringLiteral("::") + column.language,
                                    text);
        }
    }
    return {};
}

} // namespace vigia
