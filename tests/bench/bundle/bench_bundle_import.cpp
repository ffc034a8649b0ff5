// bundle_import: a bundle of 100 000 ops of one researcher taken in by a
// coordinator that approved the researcher, through the path people use:
// ChangeImporter::importFile (read the file, header, project, sender,
// signature, replay lookup, decrypt, revocation, routing and chain checks,
// OpLog::apply, recording the bundle), timed until it returns. Baseline in
// the same run: OpLog::apply of the same ops, without any bundle, into
// another fresh store (as merge_apply does). Target: ratio <= 1.5.
#include "BenchProject.h"
#include "BenchReport.h"
#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "BundleBenchOps.h"
#include "db/Database.h"
#include "MergeBenchOps.h"
#include "oplog/OpLog.h"
#include "project/ChangeImporter.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace vigia;

namespace {

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
    bench::BenchProject project = bench::makeProject(1);
    const DeviceKeys &sender = project.devices.front();
    const QList<Op> ops = bench::outboxOps(sender.deviceId.toRfc4122(), total);
    const QString bundlePath = dir.filePath(QStringLiteral("ops.vigiabundle"));
    const Status st = BundleWriter::writeFile(project.projectId, sender, ops.last().hlc, ops,
                                              project.recipients(), bundlePath);
    if (!st)
        qFatal("%s", qPrintable(st.error().message()));

    double base = 0;
    double baseCpu = 0;
    {
        auto db = bench::openStore(dir.filePath(QStringLiteral("plain.sqlite")));
        OpLog log(*db, QUuid::createUuid().toRfc4122());
        QElapsedTimer timer;
        const double cpuBefore = bench::cpuSeconds();
        timer.start();
        applyAll(log, ops);
        base = double(timer.nsecsElapsed()) / 1e9;
        baseCpu = bench::cpuSeconds() - cpuBefore;
    }

    // Untimed: how much of the import is reading, verifying and decrypting.
    double cryptoSeconds = 0;
    {
        QElapsedTimer timer;
        timer.start();
        auto reader = BundleReader::parseFile(bundlePath);
        if (!reader)
            qFatal("%s", qPrintable(reader.error().message()));
        if (Status s = reader.value().verifySignature(sender.signPublicKey); !s)
            qFatal("%s", qPrintable(s.error().message()));
        auto decrypted = reader.value().decrypt(project.ws().keys());
        if (!decrypted || decrypted.value().size() != ops.size())
            qFatal("decrypt failed");
        cryptoSeconds = double(timer.nsecsElapsed()) / 1e9;
    }

    ChangeImporter importer(project.ws());
    QElapsedTimer timer;
    const double cpuBefore = bench::cpuSeconds();
    timer.start();
    auto outcome = importer.importFile(bundlePath);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = bench::cpuSeconds() - cpuBefore;
    if (!outcome)
        qFatal("%s", qPrintable(outcome.error().message()));
    if (outcome.value().applied != total)
        qFatal("imported %d of %d ops", outcome.value().applied, total);
    bench::report(QStringLiteral("bundle_import"), seconds, base, 1.5,
                  {{QStringLiteral("ops"), total},
                   {QStringLiteral("read_verify_decrypt_seconds"), cryptoSeconds},
                   {QStringLiteral("baseline_ops_per_second"), total / base},
                   {QStringLiteral("cpu_seconds"), cpu},
                   {QStringLiteral("baseline_cpu_seconds"), baseCpu},
                   {QStringLiteral("cpu_ratio"), cpu / baseCpu},
                   {QStringLiteral("ops_per_second"), total / seconds},
                   {QStringLiteral("peak_rss_mib"), bench::peakRssMiB()}});
    return 0;
}
