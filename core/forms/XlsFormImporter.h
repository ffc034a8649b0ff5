#pragma once

#include "common/Result.h"
#include "forms/FormDefinition.h"
#include "forms/XlsFormHeader.h"
#include "forms/XlsFormImport.h"
#include "xlsx/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace vigia {

// Turns an XLSForm workbook (survey, choices and settings sheets) into a
// FormDefinition. Errors name the sheet, row and column; expressions are not
// parsed here but by FormValidator, which uses the row numbers kept on each
// FormRow.
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

private:
    XlsFormImporter(const XlsxWorkbook &workbook, QString attachDir)
        : m_workbook(workbook)
        , m_attachDir(std::move(attachDir))
    {}

    [[nodiscard]] Status readSettings();
    [[nodiscard]] Status readSurvey();
    [[nodiscard]] Status readChoices(const QString &sheetName);
    [[nodiscard]] Status fillRow(const XlsxSheet &sheet, const XlsFormHeader &header, int row,
                                 FormRow &target) const;
    // select_one_from_file over an attached file: its choices added, the
    // type made select_one (or select_multiple).
    [[nodiscard]] Status attachChoices(const XlsxSheet &sheet, int number, const QString &file,
                                       FormType &type);
    [[nodiscard]] QString languageOf(const XlsFormHeader::Column &column) const;
    [[nodiscard]] Error error(const QString &sheet, int row, const QString &column,
                              const QString &what) const;

    const XlsxWorkbook &m_workbook;
    QString m_attachDir;
    QSet<QString> m_fileLists; // files whose choices are already in
    QStringList m_choiceFiles; // every file a row names, attached or not
    FormDefinition m_definition;
    QStringList m_warnings;
    QString m_defaultLanguage;
    QSet<QString> m_externalLists; // lists of the external_choices sheet
};

} // namespace vigia
