#pragma once

#include "forms/FormChoice.h"
#include "forms/FormRow.h"
#include "forms/FormText.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace vigia {

// A whole form: its settings, its survey rows as a tree (groups and repeats
// hold their rows) and its choice lists. A definition with a given form id
// and version never changes once records use it.
class FormDefinition
{
public:
    [[nodiscard]] const QString &formId() const { return m_formId; }
    void setFormId(const QString &id) { m_formId = id; }
    [[nodiscard]] const QString &version() const { return m_version; }
    void setVersion(const QString &version) { m_version = version; }
    [[nodiscard]] const FormText &title() const { return m_title; }
    void setTitle(const QString &language, const QString &text) { m_title.set(language, text); }
    [[nodiscard]] const QString &defaultLanguage() const { return m_defaultLanguage; }
    void setDefaultLanguage(const QString &language) { m_defaultLanguage = language; }
    // Other settings (instance_name, allow_choice_duplicates, …), as written.
    [[nodiscard]] const QMap<QString, QString> &attributes() const { return m_attributes; }
    void setAttribute(const QString &key, const QString &value);

    [[nodiscard]] const QList<FormRow> &rows() const { return m_rows; }
    [[nodiscard]] QList<FormRow> &rows() { return m_rows; }
    void appendRow(FormRow row) { m_rows.append(std::move(row)); }
    [[nodiscard]] const QList<FormChoice> &choices() const { return m_choices; }
    void appendChoice(FormChoice choice) { m_choices.append(std::move(choice)); }

    // Every row, depth first in form order, containers before their children.
    void forEachRow(const std::function<void(const FormRow &)> &visit) const;
    // The row called `name` anywhere in the tree, or nullptr.
    [[nodiscard]] const FormRow *findRow(const QString &name) const;
    [[nodiscard]] bool hasList(const QString &listName) const;
    [[nodiscard]] QList<FormChoice> choicesOf(const QString &listName) const;
    // Every language any text of the form is written in, sorted.
    [[nodiscard]] QStringList languages() const;

    friend bool operator==(const FormDefinition &a, const FormDefinition &b)
    {
        return a.m_formId == b.m_formId && a.m_version == b.m_version && a.m_title == b.m_title &&
               a.m_defaultLanguage == b.m_defaultLanguage && a.m_attributes == b.m_attributes &&
               a.m_rows == b.m_rows && a.m_choices == b.m_choices;
    }

private:
    QString m_formId;
    QString m_version;
    FormText m_title;
    QString m_defaultLanguage;
    QMap<QString, QString> m_attributes;
    QList<FormRow> m_rows;
    QList<FormChoice> m_choices;
};

} // namespace vigia
