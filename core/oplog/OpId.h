#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace vigia {

// (origin device, counter): unique per op, so applying an op twice is a no-op.
struct OpId
{
    QByteArray origin;
    quint64 counter = 0;

    friend bool operator==(const OpId &a, const OpId &b) = default;
    friend bool operator<(const OpId &a, const OpId &b)
    {
        return a.origin != b.origin ? a.origin < b.origin : a.counter < b.counter;
    }
};

} // namespace vigia
