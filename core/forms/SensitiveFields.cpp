#include "forms/SensitiveFields.h"

#include "forms/FormDefinition.h"

namespace vigia {

namespace {
void collect(const QList<FormRow> &rows, bool inherited, QStringList &names)
{
    for (const FormRow &row : rows) {
        const bool sensitive = inherited || row.isSensitive();
        if (sensitive)
            names.append(row.name());
        collect(row.children(), sensitive, names);
    }
}
} // namespace

QStringList SensitiveFields::of(const FormDefinition &form)
{
    QStringList names;
    collect(form.rows(), false, names);
    return names;
}

} // namespace vigia
