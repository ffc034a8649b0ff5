#pragma once

#include "forms/FormDefinition.h"
#include "forms/XlsFormHeader.h"
#include "xlsx/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace vigia {

// What the readers of one workbook's sheets share while XlsFormImporter
// runs them (settings, then choices, then survey): the workbook, the
// definition they fill, the warnings, the default language the settings set
// and the lists the external_choices sheet holds. Also what every one of
// them needs to word an error and to read a cell.
class XlsFormReading
{
    // The readers' messages keep the importer's translation context.
    Q_DECLARE_TR_FUNCTIONS(vigia::XlsFormImporter)

public:
    XlsFormReading(const XlsxWorkbook &workbook, QString attachDir)
        : m_workbook(workbook)
        , m_attachDir(std::move(attachDir))
    {}

    [[nodiscard]] const XlsxWorkbook &workbook() const { return m_workbook; }
    // The folder of choice files; empty when none was given.
    [[nodiscard]] const QString &attachDir() const { return m_attachDir; }
    [[nodiscard]] FormDefinition &definition() { return m_definition; }
    [[nodiscard]] const FormDefinition &definition() const { return m_definition; }
    [[nodiscard]] QStringList &warnings() { return m_warnings; }
    // Every file a select_one_from_file row names, attached or not.
    [[nodiscard]] QStringList &choiceFiles() { return m_choiceFiles; }
    // The default_language setting, as a code; empty without one.
    [[nodiscard]] const QString &defaultLanguage() const { return m_defaultLanguage; }
    void setDefaultLanguage(const QString &language) { m_defaultLanguage = language; }
    // The lists of the external_choices sheet.
    [[nodiscard]] QSet<QString> &externalLists() { return m_externalLists; }

    // "form.xlsx: survey row 4, column type: what".
    [[nodiscard]] Error error(const QString &sheet, int row, const QString &column,
                              const QString &what) const;
    // A column without a language is in the form's default language.
    [[nodiscard]] QString languageOf(const XlsFormHeader::Column &column) const;

    // What authors write in required and read_only: yes/no in any spelling
    // ("yes", or empty for no), or an expression, kept.
    [[nodiscard]] static QString normalizedFlag(const QString &value);
    [[nodiscard]] static bool isRowEmpty(const XlsxSheet &sheet, int row);

private:
    const XlsxWorkbook &m_workbook;
    QString m_attachDir;
    FormDefinition m_definition;
    QStringList m_warnings;
    QStringList m_choiceFiles;
    QString m_defaultLanguage;
    QSet<QString> m_externalLists;
};

} // namespace vigia
