#include "forms/FormValidator.h"

#include <algorithm>

namespace vigia {

// pyxform's rule: the rows directly in one group or repeat differ. Names
// used twice in one repeat level, in different groups, are stored under
// their group path (docs/form-format.md, "Names").
void FormValidator::indexNames(const QList<FormRow> &rows, const QString &container)
{
    QHash<QString, const FormRow *> siblings;
    for (const FormRow &row : rows) {
        const QString &name = row.name();
        const QString path = container.isEmpty() ? name : container + u'/' + name;
        if (!name.isEmpty()) {
            m_named[name].append(&row);
            m_paths.insert(&row, path);
            if (const FormRow *sibling = siblings.value(name); !sibling) {
                siblings.insert(name, &row);
            } else if (sibling->sourceRow() > 0) {
                m_nameProblems.insert(&row, tr("%1: the name %2 is already used in row %3 of "
                                               "the same group or repeat; rename one of them.")
                                                .arg(where(row, QStringLiteral("name")), name)
                                                .arg(sibling->sourceRow()));
            } else {
                m_nameProblems.insert(&row, tr("%1: the name %2 is used twice in the same "
                                               "group or repeat; rename one of them.")
                                                .arg(where(row, QStringLiteral("name")), name));
            }
        }
        if (row.type().isContainer())
            indexNames(row.children(), path);
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
