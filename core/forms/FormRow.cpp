#include "forms/FormRow.h"

namespace vigia {

const QStringList &FormRow::textColumns()
{
    static const QStringList columns = {
        QStringLiteral("label"),
        QStringLiteral("hint"),
        QStringLiteral("guidance_hint"),
        QStringLiteral("required_message"),
        QStringLiteral("constraint_message"),
    };
    return columns;
}

const QStringList &FormRow::propertyColumns()
{
    static const QStringList columns = {
        QStringLiteral("required"),      QStringLiteral("constraint"),
        QStringLiteral("relevant"),      QStringLiteral("calculation"),
        QStringLiteral("choice_filter"), QStringLiteral("default"),
        QStringLiteral("read_only"),     QStringLiteral("appearance"),
        QStringLiteral("repeat_count"),  QStringLiteral("parameters"),
        QStringLiteral("indicator"),
    };
    return columns;
}

const QStringList &FormRow::expressionColumns()
{
    // `default` is left out: XLSForm authors mostly write literal defaults
    // ("0", "yes"), which are not expressions.
    static const QStringList columns = {
        QStringLiteral("required"),      QStringLiteral("constraint"),
        QStringLiteral("relevant"),      QStringLiteral("calculation"),
        QStringLiteral("choice_filter"), QStringLiteral("read_only"),
        QStringLiteral("repeat_count"),
    };
    return columns;
}

void FormRow::setText(const QString &column, const QString &language, const QString &value)
{
    FormText &text = m_texts[column];
    text.set(language, value);
    if (text.isEmpty())
        m_texts.remove(column);
}

void FormRow::setMedia(const QString &kind, const QString &language, const QString &file)
{
    FormText &text = m_media[kind];
    text.set(language, file);
    if (text.isEmpty())
        m_media.remove(kind);
}

void FormRow::setProperty(const QString &column, const QString &value)
{
    // An empty setting is the same as none, so definitions compare equal.
    if (value.isEmpty())
        m_properties.remove(column);
    else
        m_properties.insert(column, value);
}

bool FormRow::isConstantFlag(const QString &value)
{
    return value.isEmpty() || value == u"yes";
}

void FormRow::setAttribute(const QString &column, const QString &value)
{
    if (value.isEmpty())
        m_attributes.remove(column);
    else
        m_attributes.insert(column, value);
}

} // namespace vigia
