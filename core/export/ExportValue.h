#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace vigia {

// One cell of an export, typed so that a spreadsheet gets numbers as numbers
// and dates as dates; CSV and SPSS read its text(). Text is held as UTF-8,
// the form both the store and the writers use: an export of a hundred
// thousand records converted every answer to UTF-16 and back.
class ExportValue
{
public:
    enum class Kind
    {
        Empty,
        Text,
        Number,
        Date,
        DateTime,
        Month, // a date coarsened to its month (de-identification): "2026-03"
    };

    ExportValue() = default;
    [[nodiscard]] static ExportValue fromText(const QString &text);
    // `utf8` must be valid UTF-8. It is not copied: a QByteArray::fromRawData
    // keeps pointing at its source, which must then outlive the value.
    [[nodiscard]] static ExportValue fromUtf8(QByteArray utf8);
    [[nodiscard]] static ExportValue fromNumber(double number);
    [[nodiscard]] static ExportValue fromDate(const QDate &date);
    [[nodiscard]] static ExportValue fromDateTime(const QDateTime &dateTime);
    [[nodiscard]] static ExportValue fromMonth(int year, int month);
    // A stored answer read as `kind`; text when it does not read as one
    // (an answer written by hand in an old version stays as written).
    [[nodiscard]] static ExportValue parse(const QString &stored, Kind kind);
    // The same from valid UTF-8; a Text result borrows `stored` as fromUtf8
    // does (fromRawData), so `stored` must outlive it.
    [[nodiscard]] static ExportValue parse(QByteArrayView stored, Kind kind);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isEmpty() const { return m_kind == Kind::Empty; }
    [[nodiscard]] double number() const { return m_number; }
    [[nodiscard]] QDate date() const
    {
        return m_kind == Kind::DateTime ? m_dateTime.date() : m_date;
    }
    // A date as midnight UTC; invalid for anything but dates.
    [[nodiscard]] QDateTime dateTime() const;
    // The same value with only its month kept: dates and date-times become
    // Month, anything else is returned as it is.
    [[nodiscard]] ExportValue toMonth() const;
    // ISO 8601 for dates, the C locale's shortest form for numbers.
    [[nodiscard]] QString text() const;
    // A Text value's UTF-8 without a copy (empty for other kinds).
    [[nodiscard]] QByteArrayView utf8() const { return m_utf8; }

private:
    Kind m_kind = Kind::Empty;
    QByteArray m_utf8;
    double m_number = 0;
    QDate m_date;         // Date and Month
    QDateTime m_dateTime; // DateTime only
};

} // namespace vigia
