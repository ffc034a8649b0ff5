#include "forms/FormDefinition.h"

#include <QSet>

namespace vigia {

namespace {

void visitRows(const QList<FormRow> &rows, const std::function<void(const FormRow &)> &visit)
{
    for (const FormRow &row : rows) {
        visit(row);
        visitRows(row.children(), visit);
    }
}

const FormRow *findIn(const QList<FormRow> &rows, const QString &name)
{
    for (const FormRow &row : rows) {
        if (row.name() == name)
            return &row;
        if (const FormRow *found = findIn(row.children(), name))
            return found;
    }
    return nullptr;
}

} // namespace

void FormDefinition::setAttribute(const QString &key, const QString &value)
{
    if (value.isEmpty())
        m_attributes.remove(key);
    else
        m_attributes.insert(key, value);
}

void FormDefinition::forEachRow(const std::function<void(const FormRow &)> &visit) const
{
    visitRows(m_rows, visit);
}

const FormRow *FormDefinition::findRow(const QString &name) const
{
    return findIn(m_rows, name);
}

bool FormDefinition::hasList(const QString &listName) const
{
    for (const FormChoice &choice : m_choices) {
        if (choice.listName() == listName)
            return true;
    }
    return false;
}

QList<FormChoice> FormDefinition::choicesOf(const QString &listName) const
{
    QList<FormChoice> result;
    for (const FormChoice &choice : m_choices) {
        if (choice.listName() == listName)
            result.append(choice);
    }
    return result;
}

QStringList FormDefinition::languages() const
{
    QSet<QString> languages;
    // Straight from the texts' maps, and a language just seen is not hashed
    // again: a form can hold 10 000 choices, all in the same languages.
    QString last;
    const auto add = [&languages, &last](const FormText &text) {
        for (auto it = text.texts().cbegin(); it != text.texts().cend(); ++it) {
            if (it.key() == last)
                continue;
            last = it.key();
            languages.insert(last);
        }
    };
    forEachRow([&](const FormRow &row) {
        for (const FormText &text : row.texts())
            add(text);
    });
    add(m_title);
    for (const FormChoice &choice : m_choices)
        add(choice.label());
    QStringList sorted(languages.cbegin(), languages.cend());
    sorted.sort();
    return sorted;
}

} // namespace vigia
