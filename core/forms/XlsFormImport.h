#pragma once

#include "forms/FormDefinition.h"

#include <QStringList>

namespace vigia {

// What importing a workbook gives: the definition, and what the author
// should know about it (rows kept but not collected, loops made groups).
class XlsFormImport
{
public:
    XlsFormImport() = default;
    XlsFormImport(FormDefinition definition, QStringList warnings, bool versionDerived = false)
        : m_definition(std::move(definition))
        , m_warnings(std::move(warnings))
        , m_versionDerived(versionDerived)
    {}

    [[nodiscard]] const FormDefinition &definition() const { return m_definition; }
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }
    // Whether the workbook had no version and the importer derived one from
    // the form's content (XlsFormImporter::contentVersion).
    [[nodiscard]] bool versionDerived() const { return m_versionDerived; }
    // The files select_one_from_file and select_multiple_from_file rows
    // name, in the order of their rows, whether or not they were attached:
    // the app's import dialog offers a folder only when there are some.
    [[nodiscard]] const QStringList &choiceFiles() const { return m_choiceFiles; }
    void setChoiceFiles(QStringList files) { m_choiceFiles = std::move(files); }

private:
    FormDefinition m_definition;
    QStringList m_warnings;
    bool m_versionDerived = false;
    QStringList m_choiceFiles;
};

} // namespace vigia
