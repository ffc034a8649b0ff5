#pragma once

#include "common/Result.h"
#include "forms/FormType.h"
#include "forms/XlsFormHeader.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace vigia {

class FormRow;
class XlsFormReading;
class XlsxSheet;

// The survey sheet of an XLSForm workbook: one FormRow per row, groups and
// repeats nested from their begin and end rows, pyxform's type spellings
// (XlsFormTypeName), the rows' columns, and the choices of the files
// select_one_from_file rows name when a folder of them was given. Read last:
// it needs the default language and the external lists.
class XlsFormSurveyReader
{
    Q_DECLARE_TR_FUNCTIONS(vigia::XlsFormImporter)

public:
    explicit XlsFormSurveyReader(XlsFormReading &reading)
        : m_reading(reading)
    {}

    [[nodiscard]] Status read();

private:
    [[nodiscard]] Status fillRow(const XlsxSheet &sheet, const XlsFormHeader &header, int row,
                                 FormRow &target) const;
    // select_one_from_file over an attached file: its choices added, the
    // type made select_one (or select_multiple).
    [[nodiscard]] Status attachChoices(const XlsxSheet &sheet, int number, const QString &file,
                                       FormType &type);

    XlsFormReading &m_reading;
    QSet<QString> m_fileLists; // files whose choices are already in
};

} // namespace vigia
