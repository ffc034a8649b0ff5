#pragma once

#include "export/ExportTable.h"

#include <QString>

namespace vigia {

class FormDefinition;

// The SPSS syntax (.sps) that reads one exported CSV file: GET DATA with
// each variable's type, VARIABLE LABELS and VALUE LABELS for the choices of
// each select, in the form's default language. SPSS names must start with a
// letter and hold letters, digits, '_' and '.': Vigia's own columns ("_id")
// become "v_id", other names have what SPSS refuses replaced by '_'.
class SpssSyntaxWriter
{
public:
    [[nodiscard]] static QString syntax(const ExportTable &table, const FormDefinition &form,
                                        const QString &csvFileName);
    // The SPSS name of an exported column.
    [[nodiscard]] static QString variableName(const QString &column);
    // 'text' with its quotes doubled.
    [[nodiscard]] static QString quoted(const QString &text);
};

} // namespace vigia
