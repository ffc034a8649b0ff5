// bundle_import: parse, verify, decrypt and OpLog::apply a bundle of 100 000
// ops into a fresh workspace database. Baseline in the same run: OpLog::apply
// of the same ops, without any bundle, into another fresh database (as
// merge_apply does). Target: ratio <= 1.5.
#include "BenchReport.h"
#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "BundleBenchOps.h"
#include "db/Database.h"
#include "oplog/OpLog.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace vigia;

namespace {

std::unique_ptr<Database> openDb(const QString &path)
{
    auto db = Migrations::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().message()));
    return std::move(db).value();
}

void applyAll(OpLog &log, const QList<Op> &ops)
{
    auto r = log.apply(ops);
    if (!r || r.value().applied != ops.size())
        qFatal("apply failed");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const DeviceKeys sender = DeviceKeys::generate(QUuid::createUuid());
    const DeviceKeys coordinator = DeviceKeys::generate(QUuid::createUuid());
    const QList<Op> ops = bench::outboxOps(sender.deviceId.toRfc4122(), total);
    const QString bundlePath = dir.filePath(QStringLiteral("ops.vigiabundle"));
    const Status st = BundleWriter::writeFile(
        QUuid::createUuid().toRfc4122(), sender, ops.last().hlc, ops,
        {{coordinator.deviceId.toRfc4122(), coordinator.boxPublicKey}}, bundlePath);
    if (!st)
        qFatal("%s", qPrintable(st.error().message()));

    double base = 0;
    {
        auto db = openDb(dir.filePath(QStringLiteral("plain.sqlite")));
        OpLog log(*db, coordinator.deviceId.toRfc4122());
        QElapsedTimer timer;
        timer.start();
        applyAll(log, ops);
        base = double(timer.nsecsElapsed()) / 1e9;
    }

    double seconds = 0;
    double cryptoSeconds = 0;
    {
        auto db = openDb(dir.filePath(QStringLiteral("bundle.sqlite")));
        OpLog log(*db, coordinator.deviceId.toRfc4122());
        QElapsedTimer timer;
        timer.start();
        auto reader = BundleReader::parseFile(bundlePath);
        if (!reader)
            qFatal("%s", qPrintable(reader.error().message()));
        if (Status s = reader.value().verifySignature(sender.signPublicKey); !s)
            qFatal("%s", qPrintable(s.error().message()));
        auto decrypted = reader.value().decrypt(coordinator);
        if (!decrypted)
            qFatal("%s", qPrintable(decrypted.error().message()));
        cryptoSeconds = double(timer.nsecsElapsed()) / 1e9;
        applyAll(log, decrypted.value());
        seconds = double(timer.nsecsElapsed()) / 1e9;
    }
    bench::report(QStringLiteral("bundle_import"), seconds, base, 1.5,
                  {{QStringLiteral("ops"), total},
                   {QStringLiteral("read_verify_decrypt_seconds"), cryptoSeconds},
                   {QStringLiteral("ops_per_second"), total / seconds},
                   {QStringLiteral("peak_rss_mib"), bench::peakRssMiB()}});
    return 0;
}
