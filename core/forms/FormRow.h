#pragma once

#include "forms/FormText.h"
#include "forms/FormType.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace vigia {

// One survey row: a question, a note, a calculation, or a group or repeat
// holding its rows as children. Texts are per language; expressions and
// other settings are kept as written, because FormValidator and the
// validation engine parse them, not the model.
class FormRow
{
public:
    // The texts a row has per language, in the order the JSON writes them.
    static const QStringList &textColumns();
    // The single-valued settings, kept as written ("required" is "yes" for
    // always, else an expression; "read_only" likewise).
    static const QStringList &propertyColumns();
    // The columns holding expressions, for FormValidator and the graph.
    static const QStringList &expressionColumns();

    FormRow() = default;
    FormRow(FormType type, QString name)
        : m_type(std::move(type))
        , m_name(std::move(name))
    {}

    [[nodiscard]] const FormType &type() const { return m_type; }
    void setType(const FormType &type) { m_type = type; }
    [[nodiscard]] const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }

    // label, hint, required_message, constraint_message, guidance_hint.
    [[nodiscard]] FormText text(const QString &column) const { return m_texts.value(column); }
    void setText(const QString &column, const QString &language, const QString &value);
    [[nodiscard]] const QMap<QString, FormText> &texts() const { return m_texts; }
    [[nodiscard]] FormText label() const { return text(QStringLiteral("label")); }
    [[nodiscard]] FormText hint() const { return text(QStringLiteral("hint")); }

    // Media file names per kind (image, audio, video, big-image) and language.
    [[nodiscard]] const QMap<QString, FormText> &media() const { return m_media; }
    void setMedia(const QString &kind, const QString &language, const QString &file);

    // required, constraint, relevant, calculation, choice_filter, default,
    // read_only, appearance, repeat_count, parameters, indicator.
    [[nodiscard]] QString property(const QString &column) const
    {
        return m_properties.value(column);
    }
    void setProperty(const QString &column, const QString &value);
    [[nodiscard]] const QMap<QString, QString> &properties() const { return m_properties; }
    [[nodiscard]] QString required() const { return property(QStringLiteral("required")); }
    [[nodiscard]] QString constraint() const { return property(QStringLiteral("constraint")); }
    [[nodiscard]] QString relevant() const { return property(QStringLiteral("relevant")); }
    [[nodiscard]] QString calculation() const { return property(QStringLiteral("calculation")); }
    [[nodiscard]] QString choiceFilter() const { return property(QStringLiteral("choice_filter")); }
    [[nodiscard]] QString defaultValue() const { return property(QStringLiteral("default")); }
    [[nodiscard]] QString readOnly() const { return property(QStringLiteral("read_only")); }
    [[nodiscard]] QString appearance() const { return property(QStringLiteral("appearance")); }
    [[nodiscard]] QString repeatCount() const { return property(QStringLiteral("repeat_count")); }
    [[nodiscard]] QString parameters() const { return property(QStringLiteral("parameters")); }
    [[nodiscard]] QString indicator() const { return property(QStringLiteral("indicator")); }
    // "yes" (or an empty text) is a constant, anything else an expression.
    [[nodiscard]] static bool isConstantFlag(const QString &value);

    // Vigia's own: may identify a person; narrative that can be coded.
    [[nodiscard]] bool isSensitive() const { return m_sensitive; }
    void setSensitive(bool sensitive) { m_sensitive = sensitive; }
    [[nodiscard]] bool isCoding() const { return m_coding; }
    void setCoding(bool coding) { m_coding = coding; }

    // For selects: the choice list, and whether "other" may be written in.
    [[nodiscard]] const QString &listName() const { return m_listName; }
    void setListName(const QString &listName) { m_listName = listName; }
    [[nodiscard]] bool orOther() const { return m_orOther; }
    void setOrOther(bool orOther) { m_orOther = orOther; }

    // Columns Vigia does not know, kept so that nothing an author wrote is lost.
    [[nodiscard]] const QMap<QString, QString> &attributes() const { return m_attributes; }
    void setAttribute(const QString &column, const QString &value);

    [[nodiscard]] const QList<FormRow> &children() const { return m_children; }
    [[nodiscard]] QList<FormRow> &children() { return m_children; }
    void appendChild(FormRow row) { m_children.append(std::move(row)); }

    // Where the row came from ("survey" row 14 of a workbook); 0 when the
    // definition was not imported. Not part of the definition's identity.
    [[nodiscard]] int sourceRow() const { return m_sourceRow; }
    void setSourceRow(int row) { m_sourceRow = row; }

    friend bool operator==(const FormRow &a, const FormRow &b)
    {
        return a.m_type == b.m_type && a.m_name == b.m_name && a.m_texts == b.m_texts &&
               a.m_media == b.m_media && a.m_properties == b.m_properties &&
               a.m_sensitive == b.m_sensitive && a.m_coding == b.m_coding &&
               a.m_listName == b.m_listName && a.m_orOther == b.m_orOther &&
               a.m_attributes == b.m_attributes && a.m_children == b.m_children;
    }

private:
    FormType m_type;
    QString m_name;
    QMap<QString, FormText> m_texts;
    QMap<QString, FormText> m_media;
    QMap<QString, QString> m_properties;
    bool m_sensitive = false;
    bool m_coding = false;
    QString m_listName;
    bool m_orOther = false;
    QMap<QString, QString> m_attributes;
    QList<FormRow> m_children;
    int m_sourceRow = 0;
};

} // namespace vigia
