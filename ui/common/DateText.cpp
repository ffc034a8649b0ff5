#include "ui/common/DateText.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace vigia {

QString DateText::dateFormat(const QLocale &locale)
{
    return withFourDigitYear(locale.dateFormat(QLocale::ShortFormat));
}

QString DateText::timeFormat(const QLocale &locale)
{
    return locale.timeFormat(QLocale::ShortFormat);
}

QString DateText::dateTimeFormat(const QLocale &locale)
{
    return withFourDigitYear(locale.dateTimeFormat(QLocale::ShortFormat));
}

QString DateText::date(const QDate &date)
{
    const QLocale locale;
    return date.isValid() ? locale.toString(date, dateFormat(locale)) : QString();
}

QString DateText::time(const QTime &time)
{
    const QLocale locale;
    return time.isValid() ? locale.toString(time, timeFormat(locale)) : QString();
}

QString DateText::dateTime(const QDateTime &dateTime)
{
    const QLocale locale;
    return dateTime.isValid() ? locale.toString(dateTime, dateTimeFormat(locale)) : QString();
}

QString DateText::withFourDigitYear(const QString &format)
{
    const QLatin1Char quote('\'');
    const QLatin1Char year('y');
    QString out;
    out.reserve(format.size() + 2);
    bool quoted = false;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == quote)
            quoted = !quoted;
        if (quoted || c != year) {
            out.append(c);
            ++i;
            continue;
        }
        // Qt before 6.7 reads a lone 'y' as literal text, so every run
        // becomes the one year field all versions read: "yyyy".
        while (i < format.size() && format.at(i) == year)
            ++i;
        out.append(QLatin1String("yyyy"));
    }
    return out;
}

} // namespace vigia
