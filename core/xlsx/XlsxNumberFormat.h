#pragma once

#include <QString>

namespace vigia {

// Whether a cell's number format turns its number into a date or a time.
// The .xlsx file stores dates as plain serial numbers; only the format says
// that 45292 means 2024-01-01.
class XlsxNumberFormat
{
public:
    enum class Kind
    {
        Number,
        Date,
        Time,
        DateTime,
    };

    // `formatCode` is the custom code from styles.xml, or empty for a
    // built-in id (built-in dates are ids 14–17, times 18–21 and 45–47, and a
    // date with a time 22).
    [[nodiscard]] static Kind classify(int numFmtId, const QString &formatCode);
    // Looks for y, m, d, h and s outside quoted text, [brackets] (colours and
    // locales) and escaped characters.
    [[nodiscard]] static Kind classifyCode(const QString &formatCode);
};

} // namespace vigia
