#include "forms/FormValidator.h"

#include <algorithm>

namespace vigia {

// pyxform asks only that the rows directly in one group or repeat differ.
// Vigia asks it of every row of one repeat level (the groups of a level share
// it), since groups do not appear in the addresses answers are stored at
// (docs/form-format.md, "Names").
void FormValidator::indexNames(const QList<FormRow> &rows, const QString &repeat,
                               QHash<QString, const FormRow *> &level)
{
    QHash<QString, const FormRow *> siblings;
    for (const FormRow &row : rows) {
        const QString &name = row.name();
        const QString path = repeat.isEmpty() ? name : repeat + u'/' + name;
        if (!name.isEmpty()) {
            m_named[name].append(&row);
            m_paths.insert(&row, path);
            const FormRow *sibling = siblings.value(name);
            const FormRow *other = sibling ? sibling : level.value(name);
            if (other && other->sourceRow() > 0) {
                m_nameProblems.insert(
                    &row, sibling ? tr("%1: the name %2 is already used in row %3 of the same "
                                       "group or repeat; rename one of them.")
                                        .arg(where(row, QStringLiteral("name")), name)
                                        .arg(other->sourceRow())
                                  : tr("%1: the name %2 is already used in row %3, in another "
                                       "group of the same repeat level; Vigia keeps one answer "
                                       "per name in each repeat instance (or outside repeats), "
                                       "so rename one of them.")
                                        .arg(where(row, QStringLiteral("name")), name)
                                        .arg(other->sourceRow()));
            } else if (other) {
                m_nameProblems.insert(&row, tr("%1: the name %2 is used twice in the same "
                                               "repeat level; rename one of them.")
                                                .arg(where(row, QStringLiteral("name")), name));
            }
            siblings.insert(name, sibling ? sibling : &row);
            if (!other)
                level.insert(name, &row);
        }
        if (row.type().kind() == FormType::Kind::Repeat) {
            QHash<QString, const FormRow *> inner;
            indexNames(row.children(), path, inner);
        } else if (row.type().isContainer()) {
            indexNames(row.children(), repeat, level);
        }
    }
}

void FormValidator::checkRepeatNames()
{
    // An address names a repeat alone ("members[2]/age"), whatever the
    // repeats around it: a repeat's name is its own in the whole form.
    for (auto it = m_named.cbegin(); it != m_named.cend(); ++it) {
        const QList<const FormRow *> &rows = it.value();
        const bool repeat = std::any_of(rows.cbegin(), rows.cend(), [](const FormRow *row) {
            return row->type().kind() == FormType::Kind::Repeat;
        });
        if (!repeat)
            continue;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const FormRow &row = *rows[i];
            if (m_nameProblems.contains(&row))
                continue;
            m_nameProblems.insert(
                &row, rows.first()->sourceRow() > 0
                          ? tr("%1: the name %2 is already used in row %3, and one of them is a "
                               "repeat; a repeat's name must be unique in the whole form, so "
                               "rename one of them.")
                                .arg(where(row, QStringLiteral("name")), it.key())
                                .arg(rows.first()->sourceRow())
                          : tr("%1: the name %2 is used twice, and one of them is a repeat; a "
                               "repeat's name must be unique in the whole form, so rename one "
                               "of them.")
                                .arg(where(row, QStringLiteral("name")), it.key()));
        }
    }
}

QString FormValidator::describe(const FormRow &row) const
{
    return row.sourceRow() > 0 ? tr("survey row %1").arg(row.sourceRow())
                               : tr("field %1").arg(m_paths.value(&row));
}

QStringList FormValidator::referenceProblems(const FormRow &row, const QString &column,
                                             QStringList fields, bool missing) const
{
    fields.sort();
    fields.removeDuplicates();
    QStringList out;
    for (const QString &field : std::as_const(fields)) {
        const QList<const FormRow *> rows = m_named.value(field);
        if (rows.isEmpty() && missing) {
            out << tr("%1: ${%2} refers to a field that does not exist; check the name.")
                       .arg(where(row, column), field);
        } else if (rows.size() > 1) {
            // As in pyxform: ${x} names one row of the whole form, and
            // which of several it means would be a guess.
            QStringList candidates;
            for (const FormRow *candidate : rows)
                candidates << describe(*candidate);
            out << tr("%1: ${%2} is ambiguous: the name %2 is used by %3. A ${…} reference "
                      "needs a name used only once in the form; rename all but one of them.")
                       .arg(where(row, column), field, candidates.join(QStringLiteral(", ")));
        }
    }
    return out;
}

} // namespace vigia
