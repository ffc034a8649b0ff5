#include "common/TimeOrderedUuid.h"

#include <QByteArray>
#include <QDateTime>

namespace vigia {

namespace {
constexpr int kTimeBytes = 6;
} // namespace

QUuid TimeOrderedUuid::next()
{
    return at(QDateTime::currentMSecsSinceEpoch());
}

QUuid TimeOrderedUuid::at(qint64 msecsSinceEpoch)
{
    // A version 4 id from the system's random source already has the RFC
    // variant bits; its first 48 bits and version nibble are replaced.
    QByteArray bytes = QUuid::createUuid().toRfc4122();
    const auto ms = quint64(qMax<qint64>(0, msecsSinceEpoch));
    for (int i = 0; i < kTimeBytes; ++i)
        bytes[i] = char((ms >> (8 * (kTimeBytes - 1 - i))) & 0xff);
    bytes[6] = char((uchar(bytes[6]) & 0x0f) | 0x70);
    return QUuid::fromRfc4122(bytes);
}

} // namespace vigia
