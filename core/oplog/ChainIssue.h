#pragma once

#include <QByteArray>
#include <QString>

namespace vigia {

// Something wrong in one device's hash chain, located by device and counter.
struct ChainIssue
{
    enum class Kind
    {
        Gap,       // counters missing before this one
        Reordered, // this counter came after a higher one
        Changed,   // the op's content no longer matches its hash or its successor's prev_hash
        Fork,      // two different ops claim the same (device, counter)
    };

    Kind kind = Kind::Gap;
    QByteArray origin;
    quint64 counter = 0;
    QString message; // translated, names the device and the counter
};

} // namespace vigia
