#pragma once

// The ops both bundle benchmarks use: one researcher's outbox of `count` ops,
// ten fields per record, chained like a real device's log, deterministic.
#include "common/TimeOrderedUuid.h"
#include "crypto/DeviceKeys.h"
#include "oplog/Op.h"

#include <QList>
#include <QRandomGenerator>
#include <QUuid>

namespace vigia::bench {

inline QList<Op> outboxOps(const QByteArray &origin, int count, quint64 seed = 7)
{
    QRandomGenerator rng(seed);
    QList<Op> ops;
    ops.reserve(count);
    QByteArray prevHash(32, '\0');
    QByteArray row;
    qint64 clock = 1'767'225'600'000;
    for (int i = 0; i < count; ++i) {
        if (i % 10 == 0)
            row = TimeOrderedUuid::at(clock).toRfc4122(); // as RecordStore::create makes them
        Op op;
        op.origin = origin;
        op.counter = quint64(i + 1);
        clock += 1 + rng.bounded(3);
        op.hlc = quint64(clock) << 16;
        op.entity = QStringLiteral("record");
        op.row = row;
        op.field = QStringLiteral("field%1").arg(i % 10);
        op.setValue(QStringLiteral("valor %1 registrado en campo").arg(rng.bounded(1000000)));
        op.prevHash = prevHash;
        prevHash = op.hash();
        ops.append(std::move(op));
    }
    return ops;
}

} // namespace vigia::bench
