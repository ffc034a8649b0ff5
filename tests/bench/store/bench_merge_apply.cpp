// merge_apply: apply 1 000 000 remote ops from 200 devices to a store, in
// batches as bundles would bring them; baseline: the same op rows inserted
// raw (same table, same batches, same pragmas). Targets: ratio <= 3,
// >= 100 000 ops/s, peak RSS <= 300 MB.
#include "BenchReport.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <vector>

using namespace vigia;

namespace {

// Produces the ops of many devices in chain order, batch by batch, so the
// whole million never sits in memory. Each device mostly edits its own
// records; one op in 20 edits a shared record, which makes concurrent edits.
class OpGenerator
{
public:
    OpGenerator(int devices, quint64 seed)
        : m_rng(seed)
    {
        for (int i = 0; i < devices; ++i) {
            Device d;
            d.id = QUuid::createUuid().toRfc4122();
            d.prevHash = QByteArray(32, '\0');
            m_devices.push_back(d);
        }
        for (int i = 0; i < 50; ++i)
            m_shared.append(QUuid::createUuid().toRfc4122());
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
                d.row = QUuid::createUuid().toRfc4122();
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

void check(int rc, Database &db)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        qFatal("sqlite: %s", sqlite3_errmsg(db.handle()));
}

constexpr int kBatch = 10000;

double baseline(const QString &path, int total, int devices)
{
    auto db = Migrations::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().message()));
    Database &d = *db.value();
    OpGenerator gen(devices, 7);
    Statement st(d.handle(), "INSERT INTO ops(origin, counter, hlc, entity, row, field, value, "
                             "based_on, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                             "?9, ?10)");
    qint64 nanos = 0;
    for (int done = 0; done < total; done += kBatch) {
        const QList<Op> batch = gen.next(std::min(kBatch, total - done));
        QElapsedTimer timer;
        timer.start();
        Transaction txn(d);
        for (const Op &op : batch) {
            st.bind(1, op.origin)
                .bind(2, qint64(op.counter))
                .bind(3, qint64(op.hlc))
                .bindText(4, op.entity)
                .bind(5, op.row)
                .bindText(6, op.field)
                .bind(7, op.value)
                .bind(8, qint64(op.basedOn))
                .bind(9, op.prevHash)
                .bind(10, op.hash());
            check(st.run(), d);
        }
        if (!txn.commit())
            qFatal("commit failed");
        nanos += timer.nsecsElapsed();
    }
    return double(nanos) / 1e9;
}

double merged(const QString &path, int total, int devices, int *conflicts)
{
    auto db = Migrations::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().message()));
    OpLog log(*db.value(), QUuid::createUuid().toRfc4122());
    OpGenerator gen(devices, 7);
    qint64 nanos = 0;
    for (int done = 0; done < total; done += kBatch) {
        const QList<Op> batch = gen.next(std::min(kBatch, total - done));
        QElapsedTimer timer;
        timer.start();
        auto r = log.apply(batch);
        nanos += timer.nsecsElapsed();
        if (!r || r.value().applied != batch.size())
            qFatal("apply failed");
    }
    Statement st(db.value()->handle(), "SELECT count(*) FROM conflicts");
    *conflicts = st.step() == SQLITE_ROW ? int(st.columnInt64(0)) : -1;
    return double(nanos) / 1e9;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const int devices = 200;
    QTemporaryDir dir;
    const double base = baseline(dir.filePath(QStringLiteral("raw.sqlite")), total, devices);
    int conflicts = 0;
    const double apply =
        merged(dir.filePath(QStringLiteral("merged.sqlite")), total, devices, &conflicts);
    const double opsPerSecond = total / apply;
    const double rss = bench::peakRssMiB();
    const bool pass = apply / base <= 3.0 && opsPerSecond >= 100000 && rss <= 300;
    bench::report(QStringLiteral("merge_apply"), apply, base, 3.0,
                  {{QStringLiteral("ops"), total},
                   {QStringLiteral("devices"), devices},
                   {QStringLiteral("ops_per_second"), opsPerSecond},
                   {QStringLiteral("peak_rss_mib"), rss},
                   {QStringLiteral("open_conflicts"), conflicts},
                   {QStringLiteral("pass"), pass}});
    return 0;
}
