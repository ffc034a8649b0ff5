#include "xlsx/XlsxSerialDate.h"

#include <cmath>

namespace vigia {

namespace {
constexpr qint64 kMsPerDay = 86400000;
// 9999-12-31 in the 1900 system: the last day a spreadsheet can show.
constexpr double kLastSerial = 2958465.0 + 1.0;

// Rounded to the millisecond first, so that 0.99999999 is the next day at
// midnight rather than 23:59:59.999 of the previous one.
qint64 totalMs(double serial)
{
    return std::llround(serial * double(kMsPerDay));
}
} // namespace

QDate XlsxSerialDate::date(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= kLastSerial)
        return {};
    const qint64 days = totalMs(serial) / kMsPerDay;
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    // The 1900 system counts a 1900-02-29 that never existed (serial 60), so
    // serials after it are one day ahead of a plain count from 1899-12-31.
    if (days == 0 || days == 60)
        return {};
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    return QDate(1899, 12, 30).addDays(days);
}

QTime XlsxSerialDate::time(double serial)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= kLastSerial)
        return {};
    const qint64 ms = totalMs(serial) % kMsPerDay;
    return QTime::fromMSecsSinceStartOfDay(static_cast<int>(ms));
}

} // namespace vigia
