#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace vigia {

// One spreadsheet cell as its author meant it: the stored value made typed,
// with the text a person would recognise (numbers without a trailing ".0",
// dates and times in ISO 8601).
class XlsxCell
{
public:
    enum class Kind
    {
        Empty,
        Text,
        Number,
        Boolean,
        Date,
        DateTime,
        Time,
        Error, // a formula error such as #N/A; text() holds the code
    };

    XlsxCell() = default;

    [[nodiscard]] static XlsxCell fromText(const QString &text);
    [[nodiscard]] static XlsxCell fromNumber(double value);
    [[nodiscard]] static XlsxCell fromBoolean(bool value);
    [[nodiscard]] static XlsxCell fromDate(const QDate &date);
    // Date and time are wall-clock values without a time zone, as in Excel.
    [[nodiscard]] static XlsxCell fromDateTime(const QDate &date, const QTime &time);
    [[nodiscard]] static XlsxCell fromTime(const QTime &time);
    [[nodiscard]] static XlsxCell fromError(const QString &code);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isEmpty() const { return m_kind == Kind::Empty; }
    // What the cell shows, for every kind; empty for an empty cell.
    [[nodiscard]] const QString &text() const { return m_text; }
    // For Number; 0 otherwise.
    [[nodiscard]] double number() const { return m_number; }
    [[nodiscard]] bool boolean() const { return m_boolean; }
    // For Date and DateTime.
    [[nodiscard]] QDate date() const { return m_date; }
    // For DateTime and Time.
    [[nodiscard]] QTime time() const { return m_time; }
    // For DateTime, in Qt::UTC only so that no daylight-saving gap can shift
    // the wall-clock value; it is not a UTC instant.
    [[nodiscard]] QDateTime dateTime() const;

    // The display text of a number: integral values without a decimal part.
    [[nodiscard]] static QString numberText(double value);

private:
    Kind m_kind = Kind::Empty;
    QString m_text;
    double m_number = 0;
    bool m_boolean = false;
    QDate m_date;
    QTime m_time;
};

} // namespace vigia
