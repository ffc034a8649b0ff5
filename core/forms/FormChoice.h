#pragma once

#include "forms/FormText.h"

#include <QMap>
#include <QString>

namespace vigia {

// One answer of a choice list. Extra columns (such as the country a border
// zone belongs to, read by a choice_filter) are kept as attributes.
class FormChoice
{
public:
    FormChoice() = default;
    FormChoice(QString listName, QString name)
        : m_listName(std::move(listName))
        , m_name(std::move(name))
    {}

    [[nodiscard]] const QString &listName() const { return m_listName; }
    void setListName(const QString &listName) { m_listName = listName; }
    [[nodiscard]] const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    [[nodiscard]] const FormText &label() const { return m_label; }
    void setLabel(const QString &language, const QString &text) { m_label.set(language, text); }
    [[nodiscard]] const QMap<QString, FormText> &media() const { return m_media; }
    void setMedia(const QString &kind, const QString &language, const QString &file)
    {
        m_media[kind].set(language, file);
        if (m_media[kind].isEmpty())
            m_media.remove(kind);
    }
    [[nodiscard]] const QMap<QString, QString> &attributes() const { return m_attributes; }
    void setAttribute(const QString &column, const QString &value)
    {
        if (value.isEmpty())
            m_attributes.remove(column);
        else
            m_attributes.insert(column, value);
    }

    [[nodiscard]] int sourceRow() const { return m_sourceRow; }
    void setSourceRow(int row) { m_sourceRow = row; }

    friend bool operator==(const FormChoice &a, const FormChoice &b)
    {
        return a.m_listName == b.m_listName && a.m_name == b.m_name && a.m_label == b.m_label &&
               a.m_media == b.m_media && a.m_attributes == b.m_attributes;
    }

private:
    QString m_listName;
    QString m_name;
    FormText m_label;
    QMap<QString, FormText> m_media;
    QMap<QString, QString> m_attributes;
    int m_sourceRow = 0;
};

} // namespace vigia
