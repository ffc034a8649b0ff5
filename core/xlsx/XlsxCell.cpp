#include "xlsx/XlsxCell.h"

#include <cmath>

namespace vigia {

namespace {
QString timeText(const QTime &time)
{
    return time.toString(time.msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}
} // namespace

XlsxCell XlsxCell::fromText(const QString &text)
{
    XlsxCell c;
    // An empty string is no value: a row of them must count as an empty row.
    c.m_kind = text.isEmpty() ? Kind::Empty : Kind::Text;
    c.m_text = text;
    return c;
}

XlsxCell XlsxCell::fromNumber(double value)
{
    XlsxCell c;
    c.m_kind = Kind::Number;
    c.m_number = value;
    c.m_text = numberText(value);
    return c;
}

XlsxCell XlsxCell::fromBoolean(bool value)
{
    XlsxCell c;
    c.m_kind = Kind::Boolean;
    c.m_boolean = value;
    // The spelling every spreadsheet program shows.
    c.m_text = value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    return c;
}

XlsxCell XlsxCell::fromDate(const QDate &date)
{
    XlsxCell c;
    c.m_kind = Kind::Date;
    c.m_date = date;
    c.m_text = date.toString(Qt::ISODate);
    return c;
}

XlsxCell XlsxCell::fromDateTime(const QDate &date, const QTime &time)
{
    XlsxCell c;
    c.m_kind = Kind::DateTime;
    c.m_date = date;
    c.m_time = time;
    c.m_text = date.toString(Qt::ISODate) + QLatin1Char('T') + timeText(time);
    return c;
}

XlsxCell XlsxCell::fromTime(const QTime &time)
{
    XlsxCell c;
    c.m_kind = Kind::Time;
    c.m_time = time;
    c.m_text = timeText(time);
    return c;
}

XlsxCell XlsxCell::fromError(const QString &code)
{
    XlsxCell c;
    c.m_kind = Kind::Error;
    c.m_text = code;
    return c;
}

QDateTime XlsxCell::dateTime() const
{
    if (m_kind != Kind::DateTime)
        return {};
    return QDateTime(m_date, m_time, Qt::UTC);
}

QString XlsxCell::numberText(double value)
{
    // 2^53: beyond it a double no longer holds every integer exactly.
    constexpr double kExactIntegers = 9007199254740992.0;
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < kExactIntegers)
        return QString::number(static_cast<qint64>(value));
    // 15 significant digits is what spreadsheets display; it hides the binary
    // noise of values such as 0.1 stored as 0.10000000000000001.
    return QString::number(value, 'g', 15);
}

} // namespace vigia
