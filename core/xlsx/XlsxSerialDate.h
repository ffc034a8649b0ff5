#pragma once

#include <QDate>
#include <QTime>

namespace vigia {

// Converts spreadsheet serial numbers (days since an epoch, with the time of
// day as the fraction) to dates and times.
class XlsxSerialDate
{
public:
    // The date part of `serial`, or an invalid QDate when the serial names no
    // real day: negative, beyond 9999-12-31, or 60 in the 1900 system (Lotus
    // 1-2-3's 1900-02-29, which Excel kept for compatibility).
    [[nodiscard]] static QDate date(double serial, bool date1904);
    // The time-of-day part, rounded to the millisecond.
    [[nodiscard]] static QTime time(double serial);
};

} // namespace vigia
