// sync_roundtrip: 1 000 finalized findings go from a researcher's workspace
// into the coordinator's store through a hub on loopback: the researcher's
// sync pass (bundle built, uploaded with tus, the hub's answer) then the
// coordinator's (listed, downloaded, checked, imported, receipt posted). The
// clock stops when the coordinator's pass returns: the findings are in its
// store and listed. Baseline in the same run: the USB path for the same
// 1 000 findings of a second researcher, `bundle export` to a folder, `bundle
// import` of that folder at the coordinator and its `receipt export`
// (ChangeExporter, ChangeImporter, ReceiptBook), the work the hub path wraps
// in HTTP. Each path ends in a coordinator of its own, both enrolled the same
// way with equal stores, so neither side imports into a store the other has
// already grown.
//
// Target: ratio <= 1.5.
//
//   bench_sync_roundtrip [RECORDS]
#include "BenchReport.h"
#include "project/ChangeExporter.h"
#include "project/ChangeImporter.h"
#include "project/ReceiptBook.h"
#include "project/SignedFile.h"
#include "SyncTestKit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <sodium.h>
#include <sys/stat.h>

using namespace vigia;
using namespace vigia::synctest;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::umask(077);
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false"));
    if (sodium_init() < 0)
        qFatal("libsodium");
    const int records = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;

    SyncWorld world;
    // Two researchers and a second coordinator (member 2).
    if (const QString e = world.setUp(2, 1); !e.isEmpty())
        qFatal("setup: %s", qPrintable(e));
    Workspace &viaHub = world.member(0);
    Workspace &viaUsb = world.member(1);
    Workspace &coordinator = world.member(2);
    Workspace &usbCoordinator = *world.coordinator;
    const QString text = QStringLiteral(
        "Entrevista en el paso fronterizo: la persona describe el traslado de tres "
        "adolescentes en un autobús nocturno y la intervención de un intermediario.");
    if (SyncWorld::finalize(viaHub, records, text).size() != records ||
        SyncWorld::finalize(viaUsb, records, text).size() != records)
        qFatal("finalize");
    const qint64 before = projecttest::count(coordinator, "SELECT count(*) FROM records");
    const qint64 usbBefore = projecttest::count(usbCoordinator, "SELECT count(*) FROM records");
    if (before != usbBefore)
        qFatal("the two coordinators start from different stores");

    QTemporaryDir stick;
    QElapsedTimer usbClock;
    usbClock.start();
    auto exported = ChangeExporter::exportTo(viaUsb, stick.path());
    if (!exported)
        qFatal("export: %s", qPrintable(exported.error().message()));
    const auto imported = ChangeImporter(usbCoordinator).importDir(stick.path());
    // The coordinator's pass also acknowledges what it applied; on a stick
    // that is the receipt it writes for the researcher.
    auto receipt = ReceiptBook::issue(usbCoordinator);
    if (!receipt ||
        !SignedFile::writeFile(stick.filePath(QStringLiteral("receipt.vigia")), receipt.value()))
        qFatal("receipt");
    const double usbSeconds = double(usbClock.nsecsElapsed()) / 1e9;
    for (const auto &[file, outcome] : imported)
        if (!outcome)
            qFatal("import: %s", qPrintable(outcome.error().message()));

    QElapsedTimer hubClock;
    hubClock.start();
    SyncReport up;
    SyncReport down;
    const Status sent = SyncWorld::pass(viaHub, &up, {}, 60'000);
    const Status received = SyncWorld::pass(coordinator, &down, {}, 60'000);
    const double hubSeconds = double(hubClock.nsecsElapsed()) / 1e9;
    if (!sent || !received)
        qFatal("sync: %s", qPrintable((sent ? received : sent).error().message()));

    const qint64 arrived =
        projecttest::count(coordinator, "SELECT count(*) FROM records") - before +
        projecttest::count(usbCoordinator, "SELECT count(*) FROM records") - usbBefore;
    bench::report(
        QStringLiteral("sync_roundtrip"), hubSeconds, usbSeconds, 1.5,
        {{QStringLiteral("records"), records},
         {QStringLiteral("bundles_sent"), up.bundlesSent},
         {QStringLiteral("bytes_up"), double(up.bytesUp)},
         {QStringLiteral("bytes_down"), double(down.bytesDown)},
         {QStringLiteral("usb_bundles"), int(exported.value().paths.size())}},
        {{QStringLiteral("records_arrived"), double(arrived), double(2 * records), false}});
    return 0;
}
