#pragma once

#include "export/ExportValue.h"
#include "forms/FormText.h"

#include <QString>

namespace vigia {

// What an export did with a field (the dictionary's "treatment" column).
enum class FieldTreatment
{
    Kept,
    Pseudonymized,    // sensitive: a keyed pseudonym of this export only
    RemovedSensitive, // sensitive: left out
    RemovedFreeText,  // text or narrative, left out of a de-identified export
    CoarsenedToMonth, // a date with its day (and time) dropped
};

// One column of an exported table. Vigia's own columns (the record id, the
// parent keys, country, date, review state) start with '_' and have no field.
struct ExportColumn
{
    QString name;     // the header
    QString field;    // the form row's name; empty for Vigia's own columns
    QString typeName; // the form row's type as written ("select_one"), or Vigia's
    FormText label;
    ExportValue::Kind kind = ExportValue::Kind::Text;
    QString listName; // selects: their choice list
    FieldTreatment treatment = FieldTreatment::Kept;
};

} // namespace vigia
