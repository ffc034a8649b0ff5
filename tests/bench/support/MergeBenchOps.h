#pragma once

// What the merge benchmarks share: the ops merge_apply and merge_bundles
// both merge (1 000 000 ops of 200 devices, produced batch by batch in the
// order bundles would bring them), a fresh store to merge them into, and the
// timed OpLog::apply loop that is merge_apply's figure and merge_bundles'
// baseline.
#include "BenchReport.h"
#include "common/TimeOrderedUuid.h"
#include "db/Database.h"
#include "oplog/Op.h"
#include "oplog/OpLog.h"
#include "store/Migrations.h"

#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>
#include <QUuid>

#include <functional>
#include <memory>
#include <vector>

namespace vigia::bench {

// Ops per OpLog::apply call: what one bundle of a busy device brings.
inline constexpr int kMergeBatch = 10000;

// A new store at `path` with the app's schema and pragmas.
inline std::unique_ptr<Database> openStore(const QString &path)
{
    auto db = Migrations::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().message()));
    return std::move(db).value();
}

// Produces the ops of many devices in chain order, batch by batch, so the
// whole million never sits in memory. Each device mostly edits its own
// records; one op in 20 edits a shared record, which makes concurrent edits.
class OpGenerator
{
public:
    // `ids`: the devices' ids, when the benchmark holds their keys;
    // otherwise `devices` random ones.
    OpGenerator(int devices, quint64 seed, const QList<QByteArray> &ids = {})
        : m_rng(seed)
    {
        for (int i = 0; i < devices; ++i) {
            Device d;
            d.id = i < ids.size() ? ids[i] : QUuid::createUuid().toRfc4122();
            d.prevHash = QByteArray(32, '\0');
            m_devices.push_back(d);
        }
        // Row ids as RecordStore::create makes them: ordered by creation time.
        for (int i = 0; i < 50; ++i)
            m_shared.append(TimeOrderedUuid::at(m_clock).toRfc4122());
        m_sharedState.resize(m_shared.size());
    }

    QList<Op> next(int n)
    {
        QList<Op> out;
        out.reserve(n);
        for (int i = 0; i < n; ++i) {
            Device &d = m_devices[m_rng.bounded(int(m_devices.size()))];
            Op op;
            op.origin = d.id;
            op.counter = ++d.counter;
            m_clock += 1 + m_rng.bounded(3);
            op.hlc = quint64(m_clock) << 16;
            op.entity = QStringLiteral("record");
            if (d.row.isEmpty() || d.fieldsLeft == 0) {
                d.row = TimeOrderedUuid::at(m_clock).toRfc4122();
                d.fieldsLeft = 10;
            }
            const bool shared = m_rng.bounded(20) == 0;
            const int sharedIndex = m_rng.bounded(int(m_shared.size()));
            op.row = shared ? m_shared[sharedIndex] : d.row;
            op.field = shared ? QStringLiteral("narrative")
                              : QStringLiteral("field%1").arg(--d.fieldsLeft);
            op.setValue(QStringLiteral("valor %1 registrado en campo").arg(m_rng.bounded(1000000)));
            // A shared edit saw the latest value two times in three, else the
            // one before it: concurrent with the latest, as when a device
            // edits while offline.
            if (shared) {
                SharedRow &r = m_sharedState[sharedIndex];
                op.basedOn = m_rng.bounded(3) == 0 ? r.previousHlc : r.latestHlc;
                r.previousHlc = r.latestHlc;
                r.latestHlc = op.hlc;
            }
            op.prevHash = d.prevHash;
            d.prevHash = op.hash();
            out.append(std::move(op));
        }
        return out;
    }

private:
    struct Device
    {
        QByteArray id;
        quint64 counter = 0;
        QByteArray prevHash;
        QByteArray row;
        int fieldsLeft = 0;
    };
    struct SharedRow
    {
        quint64 latestHlc = 0;
        quint64 previousHlc = 0;
    };
    QRandomGenerator m_rng;
    std::vector<SharedRow> m_sharedState;
    std::vector<Device> m_devices;
    QList<QByteArray> m_shared;
    qint64 m_clock = 1'767'225'600'000;
};

// Merges `total` ops of `gen` into `log` in batches of kMergeBatch, timing
// OpLog::apply alone; `afterBatch` sees each batch once its clock stopped.
// Returns the seconds; `cpu`, when given, gets the CPU seconds of the same
// calls (bench::cpuSeconds).
inline double timedApply(OpLog &log, OpGenerator &gen, int total,
                         const std::function<void(const QList<Op> &)> &afterBatch = {},
                         double *cpu = nullptr)
{
    qint64 nanos = 0;
    double cpuSum = 0;
    for (int done = 0; done < total; done += kMergeBatch) {
        const QList<Op> batch = gen.next(std::min(kMergeBatch, total - done));
        QElapsedTimer timer;
        const double cpuBefore = cpuSeconds();
        timer.start();
        auto r = log.apply(batch);
        nanos += timer.nsecsElapsed();
        cpuSum += cpuSeconds() - cpuBefore;
        if (!r || r.value().applied != batch.size())
            qFatal("apply failed");
        if (afterBatch)
            afterBatch(batch);
    }
    if (cpu)
        *cpu = cpuSum;
    return double(nanos) / 1e9;
}

} // namespace vigia::bench
