#include "export/ExportValue.h"

#include <QLocale>

namespace vigia {

ExportValue ExportValue::fromText(QString text)
{
    ExportValue v;
    if (text.isEmpty())
        return v;
    v.m_kind = Kind::Text;
    v.m_text = std::move(text);
    return v;
}

ExportValue ExportValue::fromNumber(double number)
{
    ExportValue v;
    v.m_kind = Kind::Number;
    v.m_number = number;
    return v;
}

ExportValue ExportValue::fromDate(const QDate &date)
{
    ExportValue v;
    if (!date.isValid())
        return v;
    v.m_kind = Kind::Date;
    v.m_dateTime = QDateTime(date, QTime(0, 0), Qt::UTC);
    return v;
}

ExportValue ExportValue::fromDateTime(const QDateTime &dateTime)
{
    ExportValue v;
    if (!dateTime.isValid())
        return v;
    v.m_kind = Kind::DateTime;
    v.m_dateTime = dateTime;
    return v;
}

ExportValue ExportValue::fromMonth(int year, int month)
{
    ExportValue v;
    const QDate first(year, month, 1);
    if (!first.isValid())
        return v;
    v.m_kind = Kind::Month;
    v.m_dateTime = QDateTime(first, QTime(0, 0), Qt::UTC);
    return v;
}

ExportValue ExportValue::toMonth() const
{
    if (m_kind != Kind::Date && m_kind != Kind::DateTime)
        return *this;
    return fromMonth(date().year(), date().month());
}

ExportValue ExportValue::parse(const QString &stored, Kind kind)
{
    if (stored.isEmpty())
        return {};
    switch (kind) {
    case Kind::Empty:
    case Kind::Text:
    case Kind::Month:
        break;
    case Kind::Number: {
        bool ok = false;
        static const QLocale c = QLocale::c(); // one per call showed in profiles
        const double d = c.toDouble(QStringView(stored).trimmed(), &ok);
        if (ok)
            return fromNumber(d);
        break;
    }
    case Kind::Date: {
        // A `today` or date answer; a date-time written into one keeps its day.
        const QDate d = QDate::fromString(stored.left(10), Qt::ISODate);
        if (d.isValid())
            return fromDate(d);
        break;
    }
    case Kind::DateTime: {
        const QDateTime dt = QDateTime::fromString(stored, Qt::ISODateWithMs);
        if (dt.isValid())
            return fromDateTime(dt);
        break;
    }
    }
    return fromText(stored);
}

QString ExportValue::text() const
{
    switch (m_kind) {
    case Kind::Empty:
        return {};
    case Kind::Text:
        return m_text;
    case Kind::Number:
        return QLocale::c().toString(m_number, 'g', 15);
    case Kind::Date:
        return m_dateTime.date().toString(Qt::ISODate);
    case Kind::DateTime:
        return m_dateTime.toString(Qt::ISODate);
    case Kind::Month:
        return m_dateTime.date().toString(QStringLiteral("yyyy-MM"));
    }
    return {};
}

} // namespace vigia
