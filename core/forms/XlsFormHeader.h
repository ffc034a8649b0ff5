#pragma once

#include "common/Result.h"
#include "xlsx/XlsxSheet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigia {

// The header row of an XLSForm sheet, made canonical: names lower-cased and
// trimmed, old spellings mapped to current ones ("list name" → list_name,
// "jr:requiredMsg" → required_message), and the language of per-language
// columns split off ("label::Español (es)" → label, es).
class XlsFormHeader
{
    Q_DECLARE_TR_FUNCTIONS(vigia::XlsFormHeader)

public:
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
    [[nodiscard]] static Result<XlsFormHeader> read(const XlsxSheet &sheet);

    [[nodiscard]] const QList<Column> &columns() const { return m_columns; }
    // The column index of `base` without a language, or -1.
    [[nodiscard]] int indexOf(const QString &base) const;

private:
    QList<Column> m_columns;
};

} // namespace vigia
