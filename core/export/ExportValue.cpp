#include "export/ExportValue.h"

#include <QLocale>

#include <charconv>

namespace vigia {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The common shapes of a number answer ("42", "-7", "3.25") read without
// the UTF-16 copy QLocale needs. Only shapes that QLocale::c() reads the
// same way are taken (no sign but '-', no leading zero before more digits,
// no exponent, no white space, at most 15 digits, so no rounding question);
// anything else is left to QLocale.
bool fastNumber(QByteArrayView s, double *out)
{
    qsizetype i = s.startsWith('-') ? 1 : 0;
    const qsizetype intStart = i;
    while (i < s.size() && isDigit(s[i]))
        ++i;
    const qsizetype intDigits = i - intStart;
    if (intDigits == 0 || (intDigits > 1 && s[intStart] == '0'))
        return false;
    qsizetype fracDigits = 0;
    if (i < s.size() && s[i] == '.') {
        const qsizetype fracStart = ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        fracDigits = i - fracStart;
        if (fracDigits == 0)
            return false;
    }
    // "-0" and "-0.5" keep QLocale's reading of a negative zero part.
    if (i != s.size() || intDigits + fracDigits > 15 || (intStart == 1 && s[1] == '0'))
        return false;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
    return ec == std::errc() && end == s.data() + s.size();
}

// "yyyy-MM-dd" at the start, as Qt::ISODate reads the first ten characters.
// Any other shape is left to QDate::fromString.
bool fastDate(QByteArrayView s, QDate *out)
{
    if (s.size() < 10 || s[4] != '-' || s[7] != '-')
        return false;
    int parts[3] = {0, 0, 0};
    const int from[3] = {0, 5, 8};
    const int to[3] = {4, 7, 10};
    for (int p = 0; p < 3; ++p)
        for (int i = from[p]; i < to[p]; ++i) {
            if (!isDigit(s[i]))
                return false;
            parts[p] = parts[p] * 10 + (s[i] - '0');
        }
    *out = QDate(parts[0], parts[1], parts[2]);
    return out->isValid();
}
} // namespace

ExportValue ExportValue::fromText(const QString &text)
{
    return fromUtf8(text.toUtf8());
}

ExportValue ExportValue::fromUtf8(QByteArray utf8)
{
    ExportValue v;
    if (utf8.isEmpty())
        return v;
    v.m_kind = Kind::Text;
    v.m_utf8 = std::move(utf8);
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
    v.m_date = date;
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
    v.m_date = first;
    return v;
}

QDateTime ExportValue::dateTime() const
{
    switch (m_kind) {
    case Kind::DateTime:
        return m_dateTime;
    case Kind::Date:
    case Kind::Month:
        return QDateTime(m_date, QTime(0, 0), Qt::UTC);
    default:
        return {};
    }
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

ExportValue ExportValue::parse(QByteArrayView stored, Kind kind)
{
    if (stored.isEmpty())
        return {};
    switch (kind) {
    case Kind::Empty:
    case Kind::Text:
    case Kind::Month:
        return fromUtf8(QByteArray::fromRawData(stored.data(), stored.size()));
    case Kind::Number:
        if (double d = 0; fastNumber(stored, &d))
            return fromNumber(d);
        break;
    case Kind::Date:
        if (QDate d; fastDate(stored, &d))
            return fromDate(d);
        break;
    case Kind::DateTime:
        break;
    }
    const ExportValue v = parse(QString::fromUtf8(stored), kind);
    // Not read as the kind: the text as stored, borrowed like any other.
    return v.kind() == Kind::Text ? fromUtf8(QByteArray::fromRawData(stored.data(), stored.size()))
                                  : v;
}

QString ExportValue::text() const
{
    switch (m_kind) {
    case Kind::Empty:
        return {};
    case Kind::Text:
        return QString::fromUtf8(m_utf8);
    case Kind::Number:
        return QLocale::c().toString(m_number, 'g', 15);
    case Kind::Date:
        return m_date.toString(Qt::ISODate);
    case Kind::DateTime:
        return m_dateTime.toString(Qt::ISODate);
    case Kind::Month:
        return m_date.toString(QStringLiteral("yyyy-MM"));
    }
    return {};
}

} // namespace vigia
