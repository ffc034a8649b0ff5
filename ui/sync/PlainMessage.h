#pragma once

#include <QString>

namespace vigia {

// The core's messages serve vigiactl and the app alike, and some end with
// the command that fixes the problem ("… run 'vigiactl oplog verify'"). A
// person using the app cannot act on a command line, so the app shows those
// messages without the sentences that name one.
class PlainMessage
{
public:
    // `message` without the sentences naming vigiactl; unchanged when
    // nothing else would be left.
    [[nodiscard]] static QString withoutCommandLines(const QString &message);
};

} // namespace vigia
