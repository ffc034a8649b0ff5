#pragma once

#include <QStringList>

namespace vigia {

class FormDefinition;

// The fields of a form whose answers may identify a person
// (docs/form-format.md, `sensitive`): rows marked so, and every row inside a
// group or repeat marked so. Their answers stay out of the records list, the
// preview and the search index; only the open record shows them.
class SensitiveFields
{
public:
    // Their names, in form order.
    [[nodiscard]] static QStringList of(const FormDefinition &form);
};

} // namespace vigia
