#pragma once

#include "forms/FormDefinition.h"

#include <QSet>
#include <QString>

namespace vigia {

// Finds the row of an answer's address, and the keys addresses end with. A name may be used once in
// each repeat level (docs/form-format.md, "Names"), so looking a name up in the whole tree
// (FormDefinition::findRow) may find the row of another level.
class FormRowFinder
{
public:
    // The row `address` names ("age", "members[2]/name", "members"): each
    // step looked up in the repeat the step before it names, through its
    // groups. Instance numbers are not checked; nullptr when a step is not
    // in its level.
    [[nodiscard]] static const FormRow *at(const FormDefinition &definition,
                                           const QString &address);
    // The names used more than once among `rows` and the groups inside them
    // (one repeat level). Such a row's key, what its address ends with, is
    // its group path in the level ("respondent/age"); any other row's key is
    // its name.
    [[nodiscard]] static QSet<QString> sharedNames(const QList<FormRow> &rows);
};

} // namespace vigia
