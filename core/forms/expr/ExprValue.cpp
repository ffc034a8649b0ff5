#include "forms/expr/ExprValue.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace vigia {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMsPerDay = 86'400'000.0;

// XPath's Number production: digits with an optional fraction, nothing else;
// "1e3", "0x10" and "12 kg" are not numbers.
bool isXPathNumber(QStringView s)
{
    qsizetype i = 0;
    if (i < s.size() && s[i] == QLatin1Char('-'))
        ++i;
    bool digits = false;
    while (i < s.size() && s[i].isDigit() && s[i].unicode() < 128) {
        ++i;
        digits = true;
    }
    if (i < s.size() && s[i] == QLatin1Char('.')) {
        ++i;
        while (i < s.size() && s[i].isDigit() && s[i].unicode() < 128) {
            ++i;
            digits = true;
        }
    }
    return digits && i == s.size();
}

double epochDays(const QDate &d)
{
    return double(QDate(1970, 1, 1).daysTo(d));
}

double daysOf(const QDateTime &dt)
{
    return epochDays(dt.date()) + dt.time().msecsSinceStartOfDay() / kMsPerDay;
}

// ODK turns date-looking strings into dates wherever a number or date is
// needed, so "2024-05-01" < "2024-06-01" works on text values too.
double daysOfText(const QString &s)
{
    if (s.size() == 10) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        return d.isValid() ? epochDays(d) : kNaN;
    }
    if (s.size() > 10 && s[10] == QLatin1Char('T')) {
        const QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
        return dt.isValid() ? daysOf(dt) : kNaN;
    }
    return kNaN;
}
} // namespace

ExprValue ExprValue::string(const QString &text)
{
    ExprValue v;
    if (!text.isEmpty()) {
        v.m_type = Type::String;
        v.m_string = text;
    }
    return v;
}

ExprValue ExprValue::number(double value)
{
    ExprValue v;
    v.m_type = Type::Number;
    v.m_number = value;
    return v;
}

ExprValue ExprValue::boolean(bool value)
{
    ExprValue v;
    v.m_type = Type::Boolean;
    v.m_boolean = value;
    return v;
}

ExprValue ExprValue::date(const QDate &value)
{
    ExprValue v;
    if (value.isValid()) {
        v.m_type = Type::Date;
        v.m_date = value;
    }
    return v;
}

ExprValue ExprValue::dateTime(const QDateTime &value)
{
    ExprValue v;
    if (value.isValid()) {
        v.m_type = Type::DateTime;
        v.m_dateTime = value;
    }
    return v;
}

ExprValue ExprValue::nodeSet(const QList<ExprValue> &nodes)
{
    ExprValue v;
    v.m_type = Type::NodeSet;
    v.m_nodes = std::make_shared<const QList<ExprValue>>(nodes);
    return v;
}

QString ExprValue::toString() const
{
    switch (m_type) {
    case Type::Empty:
        return {};
    case Type::String:
        return m_string;
    case Type::Number:
        return formatNumber(m_number);
    case Type::Boolean:
        return m_boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Date:
        return m_date.toString(Qt::ISODate);
    case Type::DateTime:
        return m_dateTime.toString(Qt::ISODateWithMs);
    case Type::NodeSet:
        return m_nodes->isEmpty() ? QString() : m_nodes->first().toString();
    }
    return {};
}

double ExprValue::toNumber() const
{
    switch (m_type) {
    case Type::Empty:
        return kNaN;
    case Type::String: {
        const QString s = m_string.trimmed();
        if (isXPathNumber(s))
            return s.toDouble();
        return daysOfText(s);
    }
    case Type::Number:
        return m_number;
    case Type::Boolean:
        return m_boolean ? 1 : 0;
    case Type::Date:
        return epochDays(m_date);
    case Type::DateTime:
        return daysOf(m_dateTime);
    case Type::NodeSet:
        return m_nodes->isEmpty() ? kNaN : m_nodes->first().toNumber();
    }
    return kNaN;
}

bool ExprValue::toBoolean() const
{
    switch (m_type) {
    case Type::Empty:
        return false;
    case Type::String:
        return true; // only '' is false, and '' is Empty
    case Type::Number:
        return m_number != 0 && !std::isnan(m_number);
    case Type::Boolean:
        return m_boolean;
    case Type::Date:
    case Type::DateTime:
        return true;
    case Type::NodeSet:
        return !m_nodes->isEmpty();
    }
    return false;
}

QDate ExprValue::toDate() const
{
    switch (m_type) {
    case Type::Date:
        return m_date;
    case Type::DateTime:
        return m_dateTime.date();
    case Type::NodeSet:
        return m_nodes->isEmpty() ? QDate() : m_nodes->first().toDate();
    default: {
        // Numbers count days from 1970-01-01, as date(today() + 1) expects.
        const double days = toNumber();
        if (std::isnan(days) || std::isinf(days) || std::abs(days) > 1e8)
            return {};
        return QDate(1970, 1, 1).addDays(qint64(std::floor(days)));
    }
    }
}

QList<ExprValue> ExprValue::nodes() const
{
    if (m_type == Type::NodeSet)
        return *m_nodes;
    return {*this};
}

QString ExprValue::formatNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    // Every integer below 2^53 is exact, so it prints as digits without ".0".
    if (value == std::floor(value) && std::abs(value) < 9'007'199'254'740'992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace vigia
