#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace vigia {

// A run of consecutive ops of one origin inside a bundle: counters
// firstCounter..lastCounter, each chained to the one before. An origin may
// have several runs when the sender left ops out (e.g. drafts).
struct BundleRange
{
    QByteArray origin; // 16 bytes
    quint64 firstCounter = 0;
    quint64 lastCounter = 0;

    friend bool operator==(const BundleRange &, const BundleRange &) = default;
};

} // namespace vigia
