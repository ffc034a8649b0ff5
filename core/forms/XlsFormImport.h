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

private:
    FormDefinition m_definition;
    QStringList m_warnings;
    bool m_versionDerived = false;
};

} // namespace vigia
