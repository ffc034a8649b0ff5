// merge_bundles: the 1 000 000 ops of merge_apply (200 devices, same
// generator, same seed) arriving as bundles, one per device, each written
// with that device's keys to a coordinator that approved all 200, and taken
// in through the whole import path people use: ChangeImporter::importFile
// (read the file, header, project, sender, signature, replay lookup,
// decrypt, revocation, routing and chain checks, OpLog::apply, recording the
// bundle). The clock runs from the first importFile call to the return of
// the last. Baseline in the same run: merge_apply's measured side, the same
// ops merged with OpLog::apply in its batches of 10 000 into a fresh store.
// Target: ratio <= 1.3. Also reported: the same ops merged in the bundles'
// order (same_order_seconds, same_order_ratio).
#include "BenchProject.h"
#include "BenchReport.h"
#include "bundle/BundleWriter.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "MergeBenchOps.h"
#include "oplog/OpLog.h"
#include "project/ChangeImporter.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstring>

using namespace vigia;

namespace {

// Each device's ops, spooled to a file of [length][canonical op] while the
// generator runs, so that the million never sits in memory.
class Spool
{
public:
    explicit Spool(QString dir)
        : m_dir(std::move(dir))
    {}
    void add(const Op &op)
    {
        QByteArray &buf = m_buffers[op.origin];
        const QByteArray encoded = op.encode();
        const quint32 n = quint32(encoded.size());
        buf.append(reinterpret_cast<const char *>(&n), sizeof n).append(encoded);
        if (buf.size() > 256 * 1024)
            flush(op.origin);
    }
    void flushAll()
    {
        for (auto it = m_buffers.begin(); it != m_buffers.end(); ++it)
            flush(it.key());
    }
    [[nodiscard]] QList<Op> read(const QByteArray &origin) const
    {
        QFile f(path(origin));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("spool: cannot read");
        const QByteArray all = f.readAll();
        QList<Op> ops;
        for (qsizetype at = 0; at < all.size();) {
            quint32 n = 0;
            std::memcpy(&n, all.constData() + at, sizeof n);
            at += sizeof n;
            auto op = Op::decode(all.mid(at, n));
            if (!op)
                qFatal("spool: %s", qPrintable(op.error().message()));
            ops.append(op.take());
            at += n;
        }
        return ops;
    }

private:
    [[nodiscard]] QString path(const QByteArray &origin) const
    {
        return m_dir + QLatin1Char('/') + QString::fromLatin1(origin.toHex());
    }
    void flush(const QByteArray &origin)
    {
        QByteArray &buf = m_buffers[origin];
        QFile f(path(origin));
        if (!f.open(QIODevice::Append) || f.write(buf) != buf.size())
            qFatal("spool: cannot write");
        buf.clear();
    }
    QString m_dir;
    QHash<QByteArray, QByteArray> m_buffers;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const int devices = 200;
    QTemporaryDir dir;
    bench::BenchProject project = bench::makeProject(devices);
    QList<QByteArray> ids;
    for (const DeviceKeys &k : project.devices)
        ids.append(k.deviceId.toRfc4122());

    // Baseline, and the spool of every device's ops, in one generator pass.
    const QString spoolDir = dir.filePath(QStringLiteral("spool"));
    QDir().mkpath(spoolDir);
    Spool spool(spoolDir);
    double base = 0;
    double baseCpu = 0;
    {
        const std::unique_ptr<Database> db =
            bench::openStore(dir.filePath(QStringLiteral("merged.sqlite")));
        OpLog log(*db, QUuid::createUuid().toRfc4122());
        bench::OpGenerator gen(devices, 7, ids);
        base = bench::timedApply(
            log, gen, total,
            [&spool](const QList<Op> &batch) {
                for (const Op &op : batch)
                    spool.add(op);
            },
            &baseCpu);
        spool.flushAll();
    }

    // One bundle per device, written with its keys to the coordinator.
    QStringList bundles;
    qint64 bundleBytes = 0;
    for (const DeviceKeys &keys : project.devices) {
        const QList<Op> ops = spool.read(keys.deviceId.toRfc4122());
        if (ops.isEmpty())
            continue;
        const QString path = dir.filePath(keys.deviceId.toString(QUuid::WithoutBraces) +
                                          QStringLiteral(".vigiabundle"));
        if (Status s = BundleWriter::writeFile(project.projectId, keys, ops.last().hlc, ops,
                                               project.recipients(), path);
            !s)
            qFatal("%s", qPrintable(s.error().message()));
        bundles << path;
        bundleBytes += QFileInfo(path).size();
    }

    // Not the target's baseline, reported beside it: the same ops through
    // OpLog::apply in the bundles' order and grouping (one call per device's
    // ops) into a fresh plain store. Row ids grow with time, so merging one
    // device after another touches other pages than merging all devices'
    // ops in time order, as the baseline above does; this figure is what
    // the import path itself adds.
    double sameOrder = 0;
    {
        const std::unique_ptr<Database> db =
            bench::openStore(dir.filePath(QStringLiteral("same-order.sqlite")));
        OpLog log(*db, QUuid::createUuid().toRfc4122());
        for (const DeviceKeys &keys : project.devices) {
            const QList<Op> ops = spool.read(keys.deviceId.toRfc4122());
            QElapsedTimer t;
            t.start();
            auto r = log.apply(ops);
            sameOrder += double(t.nsecsElapsed()) / 1e9;
            if (!r || r.value().applied != ops.size())
                qFatal("apply in bundle order failed");
        }
    }
    ChangeImporter importer(project.ws());
    int applied = 0;
    int pending = 0;
    QElapsedTimer timer;
    const double cpuBefore = bench::cpuSeconds();
    timer.start();
    for (const QString &path : std::as_const(bundles)) {
        auto outcome = importer.importFile(path);
        if (!outcome)
            qFatal("import: %s", qPrintable(outcome.error().message()));
        applied += outcome.value().applied;
        pending += outcome.value().pending;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = bench::cpuSeconds() - cpuBefore;

    Statement conflicts(project.ws().database().handle(), "SELECT count(*) FROM conflicts");
    const int open = conflicts.step() == SQLITE_ROW ? int(conflicts.columnInt64(0)) : -1;
    bench::report(QStringLiteral("merge_bundles"), seconds, base, 1.3,
                  {{QStringLiteral("ops"), total},
                   {QStringLiteral("devices"), devices},
                   {QStringLiteral("bundles"), int(bundles.size())},
                   {QStringLiteral("bundle_bytes"), double(bundleBytes)},
                   {QStringLiteral("ops_per_second"), total / seconds},
                   {QStringLiteral("baseline_ops_per_second"), total / base},
                   {QStringLiteral("cpu_seconds"), cpu},
                   {QStringLiteral("baseline_cpu_seconds"), baseCpu},
                   {QStringLiteral("cpu_ratio"), cpu / baseCpu},
                   {QStringLiteral("same_order_seconds"), sameOrder},
                   {QStringLiteral("same_order_ratio"), seconds / sameOrder},
                   {QStringLiteral("open_conflicts"), open},
                   {QStringLiteral("peak_rss_mib"), bench::peakRssMiB()}},
                  {{QStringLiteral("applied"), double(applied), double(total), false},
                   {QStringLiteral("pending"), double(pending), 0}});
    return 0;
}
