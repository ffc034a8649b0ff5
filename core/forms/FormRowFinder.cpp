#include "forms/FormRowFinder.h"

#include "forms/FormPath.h"

#include <QHash>

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

const FormRow *findDirect(const QList<FormRow> &rows, const QString &name)
{
    for (const FormRow &row : rows) {
        if (row.name() == name)
            return &row;
    }
    return nullptr;
}

void countNames(const QList<FormRow> &rows, QHash<QString, int> &counts)
{
    for (const FormRow &row : rows) {
        ++counts[row.name()];
        if (row.type().kind() == FormType::Kind::Group)
            countNames(row.children(), counts);
    }
}

} // namespace

QSet<QString> FormRowFinder::sharedNames(const QList<FormRow> &rows)
{
    QHash<QString, int> counts;
    countNames(rows, counts);
    QSet<QString> shared;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 1)
            shared.insert(it.key());
    }
    return shared;
}

const FormRow *FormRowFinder::at(const FormDefinition &definition, const QString &address)
{
    const QList<FormPath::Step> steps = FormPath::parse(address);
    if (steps.isEmpty())
        return nullptr;
    // The repeat instances first, each opening its level.
    const QList<FormRow> *level = &definition.rows();
    qsizetype i = 0;
    for (; i < steps.size() && steps[i].index > 0; ++i) {
        const FormRow *repeat = findInLevel(*level, steps[i].name);
        if (!repeat || repeat->type().kind() != FormType::Kind::Repeat)
            return nullptr;
        if (i == steps.size() - 1)
            return repeat;
        level = &repeat->children();
    }
    // Then a name, found through the level's groups, or a group path from
    // the level's top ("respondent/age").
    if (i == steps.size() - 1)
        return findInLevel(*level, steps[i].name);
    const FormRow *row = nullptr;
    for (; i < steps.size(); ++i) {
        if (steps[i].index > 0 || (row && row->type().kind() != FormType::Kind::Group))
            return nullptr;
        row = findDirect(row ? row->children() : *level, steps[i].name);
        if (!row)
            return nullptr;
    }
    return row;
}

} // namespace vigia
