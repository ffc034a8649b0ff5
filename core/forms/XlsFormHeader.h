#pragma once

#include "common/Result.h"
#include "xlsx/XlsxSheet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigia {

// The header row of an XLSForm sheet, made canonical: names lower-cased and
// trimmed, old spellings and pyxform's aliases mapped to current names
// ("list name" → list_name, "jr:requiredMsg" → required_message,
// "bind::relevant" → relevant, "caption" → label), and the language of per-language
// columns split off ("label::Español (es)" → label, es).
class XlsFormHeader
{
    Q_DECLARE_TR_FUNCTIONS(vigia::XlsFormHeader)

public:
    // Which sheet the header belongs to: some aliases apply to one only.
    enum class Sheet
    {
        Survey,
        Choices,
        Settings,
    };

    struct Column
    {
        int index = 0;    // 0-based column of the sheet
        QString base;     // "label", "image", "required", or an unknown name
        QString language; // normalized code, empty for a column without one
    };

    // Columns whose text can be per language.
    [[nodiscard]] static bool isTextColumn(const QString &base);
    [[nodiscard]] static bool isMediaColumn(const QString &base);
    // "Español (es)" → "es", "English" → "english", " EN " → "en".
    [[nodiscard]] static QString languageCode(const QString &language);

    // Reads row 0 of `sheet`. Two columns meaning the same (such as two
    // "label" columns) are an error naming the sheet, the column and both
    // column letters.
    [[nodiscard]] static Result<XlsFormHeader> read(const XlsxSheet &sheet, Sheet kind);

    [[nodiscard]] const QList<Column> &columns() const { return m_columns; }
    // The column index of `base` without a language, or -1.
    [[nodiscard]] int indexOf(const QString &base) const;

private:
    QList<Column> m_columns;
};

} // namespace vigia
