#pragma once

#include <QLocale>
#include <QString>

class QDate;
class QDateTime;
class QTime;

namespace vigia {

// Dates and times as the interface shows them, in the list, the preview and
// the date inputs alike: the interface locale's short format, but always
// with a four-digit year. A short format's two-digit year ("4/12/26") is
// ambiguous in case files that span decades and reads differently in each
// language, so a date must look the same wherever it appears.
class DateText
{
public:
    [[nodiscard]] static QString dateFormat(const QLocale &locale = QLocale());
    [[nodiscard]] static QString timeFormat(const QLocale &locale = QLocale());
    [[nodiscard]] static QString dateTimeFormat(const QLocale &locale = QLocale());

    // In the default locale (the interface language); empty when invalid.
    [[nodiscard]] static QString date(const QDate &date);
    [[nodiscard]] static QString time(const QTime &time);
    [[nodiscard]] static QString dateTime(const QDateTime &dateTime);

    // `format` with each year field made "yyyy" ("M/d/yy" → "M/d/yyyy"),
    // leaving quoted literal text alone.
    [[nodiscard]] static QString withFourDigitYear(const QString &format);
};

} // namespace vigia
