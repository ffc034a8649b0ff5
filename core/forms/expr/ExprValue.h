#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace vigia {

// A value in the expression language, with ODK's coercion rules. The empty
// string *is* the empty value: a field nobody answered, '' and string('') are
// all Empty, so `${x} = ''` holds exactly when x was left blank.
class ExprValue
{
public:
    enum class Type
    {
        Empty,
        String,
        Number,
        Boolean,
        Date,
        DateTime,
        NodeSet, // the values of one field across repeat instances
    };

    ExprValue() = default;
    [[nodiscard]] static ExprValue string(const QString &text);
    [[nodiscard]] static ExprValue number(double value);
    [[nodiscard]] static ExprValue boolean(bool value);
    [[nodiscard]] static ExprValue date(const QDate &value);
    [[nodiscard]] static ExprValue dateTime(const QDateTime &value);
    [[nodiscard]] static ExprValue nodeSet(const QList<ExprValue> &nodes);

    [[nodiscard]] Type type() const { return m_type; }
    [[nodiscard]] bool isEmpty() const { return m_type == Type::Empty; }
    [[nodiscard]] bool isDateLike() const
    {
        return m_type == Type::Date || m_type == Type::DateTime;
    }

    // XPath's string(), number() and boolean(); a node-set converts through its
    // first node, as in XPath, except boolean() which asks "any node at all?".
    // A date's number is its days since 1970-01-01 (fractional for a
    // date-time, counted on its own wall clock so that date(now()) = today()),
    // and so is the number of a string that reads as an ISO date, as in ODK.
    [[nodiscard]] QString toString() const;
    [[nodiscard]] double toNumber() const;
    [[nodiscard]] bool toBoolean() const;
    // The calendar date, or an invalid QDate when the value is not one.
    [[nodiscard]] QDate toDate() const;
    [[nodiscard]] QList<ExprValue> nodes() const;

    // Integers print without ".0", as ODK shows them; others in the shortest
    // form that reads back to the same double.
    [[nodiscard]] static QString formatNumber(double value);

private:
    Type m_type = Type::Empty;
    QString m_string;
    double m_number = 0;
    bool m_boolean = false;
    QDate m_date;
    QDateTime m_dateTime;
    // Shared so that copying a value stays cheap; a node-set is never modified.
    std::shared_ptr<const QList<ExprValue>> m_nodes;
};

} // namespace vigia
