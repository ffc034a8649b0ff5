// resume: a researcher's bundle of about 10 MB goes to the hub through a
// proxy that cuts every connection after 256 KB, by the sync module's own
// passes (tus: HEAD for the hub's offset, PATCH from there), until the hub
// holds it. Baseline in the same run: a bundle of the same size from a second
// researcher, uploaded the same way straight to the hub. Each clock runs from
// the first pass to the pass that has the hub's "stored" answer (the moment
// the app could say "sent").
//
// Targets: bytes put on the wire <= 1.1 x the bundle's size; the time ratio is
// reported against 3.0 (cuts cost a reconnect and a HEAD each, 40 of them).
//
//   bench_sync_resume [MEGABYTES]
#include "BenchReport.h"
#include "crypto/Sodium.h"
#include "FaultProxy.h"
#include "project/ChangeExporter.h"
#include "SyncTestKit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <sodium.h>
#include <sys/stat.h>

using namespace vigia;
using namespace vigia::synctest;

namespace {
constexpr qint64 kCutEvery = 256 * 1024;

// Findings of random base64 text (it compresses to about 3/4) adding up to
// a bundle of roughly `megabytes`.
void fill(Workspace &ws, int megabytes)
{
    const int records = megabytes * 11; // 96 kB each once compressed
    for (int i = 0; i < records; ++i) {
        QByteArray raw(96 * 1024, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()),
                                              raw.size() / 4);
        if (SyncWorld::finalize(ws, 1, QString::fromLatin1(raw.toBase64())).size() != 1)
            qFatal("finalize failed");
    }
}

struct Upload
{
    double seconds = 0;
    qint64 bytesUp = 0;
    int passes = 0;
};

Upload upload(Workspace &ws)
{
    SyncPass::Options options;
    options.upload.attempts = 1000;
    Upload u;
    QElapsedTimer clock;
    clock.start();
    while (u.passes < 200) {
        ++u.passes;
        SyncReport r;
        const Status s = SyncWorld::pass(ws, &r, options, 10'000);
        u.bytesUp += r.bytesUp;
        if (s && r.bundlesSent > 0)
            break;
    }
    u.seconds = double(clock.nsecsElapsed()) / 1e9;
    return u;
}

// Builds the outbox's bundle as a pass would, off the clock; its size.
qint64 prepare(Workspace &ws)
{
    SyncStore store(ws.database());
    auto built = ChangeExporter::build(ws, {}, ChangeExporter::Limits{});
    if (!built || built.value().bundles.size() != 1)
        qFatal("build: expected one bundle");
    const ChangeExporter::Bundle &b = built.value().bundles.first();
    if (!store.addOutgoing(b.bundleId, b.bytes, b.ops, 0))
        qFatal("keep");
    return b.bytes.size();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::umask(077);
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false"));
    if (sodium_init() < 0)
        qFatal("libsodium");
    const int megabytes = argc > 1 ? QByteArray(argv[1]).toInt() : 10;

    SyncWorld world;
    if (const QString e = world.setUp(2); !e.isEmpty())
        qFatal("setup: %s", qPrintable(e));
    Workspace &straight = world.member(0);
    Workspace &cut = world.member(1);
    fill(straight, megabytes);
    fill(cut, megabytes);
    const qint64 straightSize = prepare(straight);
    const qint64 cutSize = prepare(cut);

    test::FaultProxy proxy(world.hub.url(QString()).port());
    if (!proxy.start())
        qFatal("proxy");
    proxy.setPlan({.cutUpAfter = kCutEvery}, false);
    (void)SyncStore(cut.database())
        .setValue(SyncStore::kHubUrl, QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));

    const Upload base = upload(straight);
    const Upload measured = upload(cut);
    const bool bothHeld = world.hub.storedBundles(world.projectId) == 2;
    const double sentRatio = double(measured.bytesUp) / double(cutSize);
    bench::report(QStringLiteral("resume"), measured.seconds, base.seconds, 3.0,
                  {{QStringLiteral("bundle_bytes"), double(cutSize)},
                   {QStringLiteral("baseline_bundle_bytes"), double(straightSize)},
                   {QStringLiteral("bytes_sent"), double(measured.bytesUp)},
                   {QStringLiteral("baseline_bytes_sent"), double(base.bytesUp)},
                   {QStringLiteral("connections_cut"), proxy.connectionsCut()},
                   {QStringLiteral("passes"), measured.passes},
                   {QStringLiteral("cut_every_bytes"), double(kCutEvery)}},
                  {{QStringLiteral("bytes_sent_ratio"), sentRatio, 1.1, true},
                   {QStringLiteral("both_bundles_held"), bothHeld ? 1.0 : 0.0, 1.0, false}});
    return 0;
}
