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
    XlsFormImport(FormDefinition definition, QStringList warnings)
        : m_definition(std::move(definition))
        , m_warnings(std::move(warnings))
    {}

    [[nodiscard]] const FormDefinition &definition() const { return m_definition; }
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }

private:
    FormDefinition m_definition;
    QStringList m_warnings;
};

} // namespace vigia
