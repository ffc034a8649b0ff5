#pragma once

#include "common/Result.h"
#include "forms/FormDefinition.h"
#include "forms/XlsFormImport.h"
#include "xlsx/XlsxWorkbook.h"

#include <QCoreApplication>

namespace vigia {

// Turns an XLSForm workbook (survey, choices and settings sheets) into a
// FormDefinition, one sheet reader after another over a shared
// XlsFormReading (XlsFormSettingsReader, XlsFormChoicesReader,
// XlsFormSurveyReader), then the warnings of what Vigia ignores. Errors name
// the sheet, row and column; expressions are not parsed here but by
// FormValidator, which uses the row numbers kept on each FormRow.
class XlsFormImporter
{
    Q_DECLARE_TR_FUNCTIONS(vigia::XlsFormImporter)

public:
    // An .xls file gets a "save it as .xlsx" error instead of a zip error.
    // `attachDir` holds the files select_one_from_file rows name; their
    // choices become part of the definition. Without it such rows are kept
    // but not collected.
    [[nodiscard]] static Result<XlsFormImport> importFile(const QString &path,
                                                          const QString &attachDir = {});
    [[nodiscard]] static Result<XlsFormImport> importWorkbook(const XlsxWorkbook &workbook,
                                                              const QString &attachDir = {});
    // The version a form without one gets: "auto-" and the start of the
    // SHA-256 of its canonical JSON written without a version, so the same
    // form always gets the same version and a changed one a new version.
    [[nodiscard]] static QString contentVersion(const FormDefinition &definition);
};

} // namespace vigia
