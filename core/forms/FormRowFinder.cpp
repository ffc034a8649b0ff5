#include "forms/FormRowFinder.h"

#include "forms/FormPath.h"

namespace vigia {

namespace {

// The row called `name` among `rows` and the groups inside them, not inside
// a repeat: the rows of one repeat level.
const FormRow *findInLevel(const QList<FormRow> &rows, const QString &name)
{
    for (const FormRow &row : rows) {
        if (row.name() == name)
            return &row;
        if (row.type().kind() == FormType::Kind::Group) {
            if (const FormRow *found = findInLevel(row.children(), name))
                return found;
        }
    }
    return nullptr;
}

} // namespace

const FormRow *FormRowFinder::at(const FormDefinition &definition, const QString &address)
{
    const QList<FormPath::Step> steps = FormPath::parse(address);
    if (steps.isEmpty())
        return nullptr;
    const QList<FormRow> *level = &definition.rows();
    const FormRow *row = nullptr;
    for (const FormPath::Step &step : steps) {
        if (row) {
            // Only a repeat opens a level; groups never appear in addresses.
            if (row->type().kind() != FormType::Kind::Repeat)
                return nullptr;
            level = &row->children();
        }
        row = findInLevel(*level, step.name);
        if (!row)
            return nullptr;
    }
    return row;
}

} // namespace vigia
