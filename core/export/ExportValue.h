#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace vigia {

// One cell of an export, typed so that a spreadsheet gets numbers as numbers
// and dates as dates; CSV and SPSS read its text().
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
    [[nodiscard]] static ExportValue fromText(QString text);
    [[nodiscard]] static ExportValue fromNumber(double number);
    [[nodiscard]] static ExportValue fromDate(const QDate &date);
    [[nodiscard]] static ExportValue fromDateTime(const QDateTime &dateTime);
    [[nodiscard]] static ExportValue fromMonth(int year, int month);
    // A stored answer read as `kind`; text when it does not read as one
    // (an answer written by hand in an old version stays as written).
    [[nodiscard]] static ExportValue parse(const QString &stored, Kind kind);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isEmpty() const { return m_kind == Kind::Empty; }
    [[nodiscard]] double number() const { return m_number; }
    [[nodiscard]] QDate date() const { return m_dateTime.date(); }
    [[nodiscard]] const QDateTime &dateTime() const { return m_dateTime; }
    // The same value with only its month kept: dates and date-times become
    // Month, anything else is returned as it is.
    [[nodiscard]] ExportValue toMonth() const;
    // ISO 8601 for dates, the C locale's shortest form for numbers.
    [[nodiscard]] QString text() const;
    // A Text value's text without a copy (empty for other kinds).
    [[nodiscard]] QStringView textView() const { return m_text; }

private:
    Kind m_kind = Kind::Empty;
    QString m_text;
    double m_number = 0;
    QDateTime m_dateTime;
};

} // namespace vigia
