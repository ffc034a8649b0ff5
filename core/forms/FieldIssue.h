#pragma once

#include <QString>

namespace vigia {

// One problem with one field of a record, as FormSession::validateAll()
// reports it. The message is already translated into the session's language,
// so `vigiactl` and the desktop show it as it is.
class FieldIssue
{
public:
    enum class Kind
    {
        Required,   // no answer, and the field needs one
        Constraint, // the answer breaks the field's constraint
        Type,       // the answer is not of the field's type (not a number, not a choice…)
        Evaluation, // one of the field's expressions could not be evaluated
    };

    FieldIssue() = default;
    FieldIssue(QString field, Kind kind, QString message)
        : m_field(std::move(field))
        , m_kind(kind)
        , m_message(std::move(message))
    {}

    [[nodiscard]] const QString &field() const { return m_field; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const QString &message() const { return m_message; }

    friend bool operator==(const FieldIssue &, const FieldIssue &) = default;

private:
    QString m_field;
    Kind m_kind = Kind::Required;
    QString m_message;
};

} // namespace vigia
