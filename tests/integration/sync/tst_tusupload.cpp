// The tus client on a link that cuts every connection after a fixed number
// of bytes, shorter than the first chunk: the hub keeps no part of a chunk
// it could not check, so a client that kept its chunk size would resend the
// same cut chunk for ever. After a cut the chunk drops to a quarter for the
// rest of the bundle, and the bundle gets through with little resent.
#include "FaultProxy.h"
#include "SyncTestKit.h"

#include <QRandomGenerator>
#include <QTest>

using namespace vigia;
using namespace vigia::synctest;

namespace {
constexpr qint64 kCutAfter = 96 * 1024;

// Findings of random text (it hardly compresses), about `kilobytes` in all.
bool fill(Workspace &ws, int kilobytes)
{
    QRandomGenerator random(20261206);
    for (int done = 0; done < kilobytes; done += 24) {
        QByteArray raw(18 * 1024, '\0');
        random.fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
        if (SyncWorld::finalize(ws, 1, QString::fromLatin1(raw.toBase64())).size() != 1)
            return false;
    }
    return true;
}
} // namespace

class TestTusUpload : public QObject
{
    Q_OBJECT

private slots:
    void aLinkCuttingBeforeTheFirstChunkEndsStillDelivers()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        Workspace &ana = world.member(0);
        QVERIFY(fill(ana, 600));
        test::FaultProxy proxy(world.hub.url(QString()).port());
        QVERIFY(proxy.start());
        world.pointAt(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
        test::FaultProxy::Plan plan;
        plan.cutUpAfter = kCutAfter; // every connection, shorter than a chunk
        proxy.setPlan(plan, false);

        SyncPass::Options options;
        options.upload.firstChunk = 256 * 1024;
        options.upload.minChunk = 8 * 1024;
        // Without progress, a pass gives up after this many failures in a row.
        options.upload.attempts = 4;
        SyncReport report;
        Status sent = SyncWorld::pass(ana, &report, options);
        QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message()));
        QCOMPARE(report.bundlesSent, 1);
        QCOMPARE(world.hub.storedBundles(world.projectId), 1);
        QVERIFY(proxy.connectionsCut() >= 3);

        auto outgoing = SyncStore(ana.database()).unsent();
        QVERIFY(outgoing);
        QVERIFY(outgoing.value().isEmpty());
        // What a cut wastes is bounded by the shrunken chunk: the first cut
        // chunk, then at most a quarter of a chunk per cut.
        const qint64 size = report.bytesUp; // all bytes put on the wire
        QVERIFY2(size < 600 * 1024 * 2, qPrintable(QString::number(size)));
    }
};

QTEST_GUILESS_MAIN(TestTusUpload)
#include "tst_tusupload.moc"
