#pragma once

#include <QString>
#include <QStringList>

namespace vigia {

// A survey row's type. The names are XLSForm's (the JSON format writes them
// as they are), so a form reads the same in a workbook and in Vigia.
class FormType
{
public:
    enum class Kind
    {
        Unknown, // a name Vigia does not know; FormValidator reports it
        Text,
        Narrative, // multi-line text that can be coded
        Integer,
        Decimal,
        Date,
        DateTime,
        Time,
        SelectOne,
        SelectMultiple,
        Note,
        Calculate,
        Acknowledge,
        Range,
        Geopoint, // entered as numbers on the desktop
        Hidden,
        Start, // metadata: filled automatically
        End,
        Today,
        DeviceId,
        Group,
        Repeat,
        NotCollected, // media and device types a desktop cannot capture
    };

    FormType() = default;
    // The type called `name` ("integer", "select_one", "image"); Unknown
    // when Vigia does not know it, keeping the name for the message.
    [[nodiscard]] static FormType fromName(const QString &name);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] bool isKnown() const { return m_kind != Kind::Unknown; }
    [[nodiscard]] bool isSelect() const
    {
        return m_kind == Kind::SelectOne || m_kind == Kind::SelectMultiple;
    }
    [[nodiscard]] bool isContainer() const
    {
        return m_kind == Kind::Group || m_kind == Kind::Repeat;
    }
    [[nodiscard]] bool isMetadata() const
    {
        return m_kind == Kind::Start || m_kind == Kind::End || m_kind == Kind::Today ||
               m_kind == Kind::DeviceId;
    }
    // Whether a record stores a value for this row that a person or the
    // clock provides (containers and notes hold none; NotCollected rows are
    // kept only so that the form still reads as written).
    [[nodiscard]] bool isCollected() const;

    // The names of NotCollected types, for the importer's warnings.
    [[nodiscard]] static const QStringList &notCollectedNames();

    friend bool operator==(const FormType &a, const FormType &b) { return a.m_name == b.m_name; }

private:
    FormType(Kind kind, QString name)
        : m_kind(kind)
        , m_name(std::move(name))
    {}

    Kind m_kind = Kind::Unknown;
    QString m_name;
};

} // namespace vigia
