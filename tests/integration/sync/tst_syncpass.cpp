// One sync pass at a time against a real hub on loopback: findings reach the
// coordinator, receipts come back and only then empty the outbox, nothing
// is uploaded or applied twice, a cut anywhere resumes, a refused device
// stops with a clear reason, and manifests travel both ways.
#include "FaultProxy.h"
#include "project/Outbox.h"
#include "project/ProjectAdmin.h"
#include "project/ProjectMembership.h"
#include "SyncTestKit.h"

#include <QRandomGenerator>
#include <QTest>

using namespace vigia;
using namespace vigia::synctest;
using namespace vigia::projecttest;

namespace {
int outbox(Workspace &ws)
{
    auto n = Outbox::pendingCount(ws.database());
    return n ? n.value() : -1;
}

int records(Workspace &ws)
{
    return int(count(ws, "SELECT count(*) FROM records WHERE deleted = 0"));
}
} // namespace

class TestSyncPass : public QObject
{
    Q_OBJECT

private slots:
    void findingsTravelAndReceiptsEmptyTheOutbox()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        Workspace &ana = world.member(0);
        QCOMPARE(SyncWorld::finalize(ana, 3).size(), 3);
        const int before = outbox(ana);
        QVERIFY(before > 0);

        SyncReport r;
        QVERIFY2(SyncWorld::pass(ana, &r), "ana's first pass");
        QCOMPARE(r.bundlesSent, 1);
        QCOMPARE(r.opsSent, before);
        // Sent is not received: the ops stay until a coordinator's receipt.
        QCOMPARE(outbox(ana), before);
        QCOMPARE(SyncStore(ana.database()).sentOps().value(), before);

        SyncReport c;
        QVERIFY2(SyncWorld::pass(*world.coordinator, &c), "the coordinator's pass");
        QCOMPARE(c.bundlesReceived, 1);
        QCOMPARE(c.receiptsSent, 1);
        QCOMPARE(records(*world.coordinator), 3);

        QVERIFY(SyncWorld::pass(ana, &r));
        QCOMPARE(r.bundlesSent, 0);
        QCOMPARE(r.receiptsAccepted, 1);
        QCOMPARE(r.acknowledged, before);
        QCOMPARE(outbox(ana), 0);

        // Quiet passes change nothing and send nothing.
        QVERIFY(SyncWorld::pass(*world.coordinator, &c));
        QCOMPARE(c.bundlesReceived + c.receiptsSent + c.alreadyApplied, 0);
        QCOMPARE(c.bundlesSent, 0);
        // Ana's bundle, and the coordinator's project stream for her (its
        // device rows and codebook: docs/store.md, "Streams by audience"),
        // sent once, on its first pass.
        QCOMPARE(world.hub.storedBundles(world.projectId), 2);
    }

    void aBundleTheHubHoldsIsNeverUploadedAgain()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        Workspace &ana = world.member(0);
        QCOMPARE(SyncWorld::finalize(ana, 2).size(), 2);
        SyncReport r;
        QVERIFY(SyncWorld::pass(ana, &r));
        QCOMPARE(r.bundlesSent, 1);

        // The hub's last answer lost on the way: ana holds the bundle as not
        // sent, with its bytes, as it would after the cut.
        Statement st(ana.database().handle(), "SELECT bundle_id FROM sync_outgoing");
        QCOMPARE(st.step(), SQLITE_ROW);
        const QByteArray id = st.columnBlob(0);
        st.reset();
        const QByteArray token =
            world.hub.openSession(world.projectId, ana.keys(), ana.deviceId().toRfc4122());
        const test::HttpReply held = world.hub.request(
            "GET",
            QStringLiteral("/v1/projects/%1/bundles/%2")
                .arg(QString::fromLatin1(world.projectId.toHex()), QString::fromLatin1(id.toHex())),
            {{"Authorization", "Bearer " + token}});
        QCOMPARE(held.status, 200);
        Statement undo(ana.database().handle(),
                       "UPDATE sync_outgoing SET hub_seq = NULL, sent_at = NULL, bytes = ?1");
        undo.bind(1, held.body);
        QCOMPARE(undo.run(), SQLITE_DONE);

        QVERIFY(SyncWorld::pass(ana, &r));
        QCOMPARE(r.bundlesSent, 1);
        // The creation was answered "already held": not a byte went again.
        QCOMPARE(r.bytesUp, qint64(0));
        QCOMPARE(world.hub.storedBundles(world.projectId), 1);
        QCOMPARE(SyncStore(ana.database()).unsent().value().size(), 0);
    }

    void anUploadCutAnywhereResumes()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        Workspace &ana = world.member(0);
        // About 400 kB of findings that do not compress to nothing.
        QByteArray noise(300 * 1024, '\0');
        for (char &c : noise)
            c = char('a' + QRandomGenerator::global()->bounded(26));
        QCOMPARE(SyncWorld::finalize(ana, 1, QString::fromLatin1(noise)).size(), 1);
        test::FaultProxy proxy(world.hub.url(QString()).port());
        QVERIFY(proxy.start());
        world.pointAt(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));

        SyncPass::Options small;
        small.upload.firstChunk = 64 * 1024;
        small.upload.attempts = 100;
        int passes = 0;
        SyncReport r;
        qint64 up = 0;
        // Each connection cut after 40 kB up: no request of 64 kB gets through
        // whole, so only resuming from the hub's offset finishes the bundle.
        proxy.setPlan({.cutUpAfter = 40 * 1024}, false);
        while (passes < 20) {
            ++passes;
            const bool ok = bool(SyncWorld::pass(ana, &r, small, 5000));
            up += r.bytesUp;
            if (ok && r.bundlesSent == 1)
                break;
        }
        QVERIFY2(proxy.connectionsCut() > 3, "the proxy cut connections");
        QCOMPARE(world.hub.storedBundles(world.projectId), 1);
        proxy.setPlan({}, false);
        QVERIFY(SyncWorld::pass(*world.coordinator));
        QCOMPARE(records(*world.coordinator), 1);
    }

    void aBlockedDeviceStopsWithAReason()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        Workspace &ana = world.member(0);
        QVERIFY(world.hub.blockDevice(world.projectId, ana.deviceId().toRfc4122()));
        const Status s = SyncWorld::pass(ana);
        QVERIFY(!s);
        QCOMPARE(s.error().code(), ErrorCode::Untrusted);
        QVERIFY2(s.error().message().contains(QStringLiteral("coordinator")),
                 qPrintable(s.error().message()));
    }

    void manifestsTravelBothWays()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        // An approval made on the coordinator's device after registration.
        test::TestWorkspace beto;
        QCOMPARE(enrol(*world.coordinator, *beto), QString());
        SyncReport c;
        QVERIFY(SyncWorld::pass(*world.coordinator, &c));
        QVERIFY(c.manifestPublished);
        SyncReport r;
        QVERIFY(SyncWorld::pass(world.member(0), &r));
        QVERIFY(r.manifestUpdated);
        QCOMPARE(manifestBytes(world.member(0)), manifestBytes(*world.coordinator));
    }

    void anUnreachableHubIsANetworkError()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        world.pointAt(QStringLiteral("http://127.0.0.1:1"));
        const Status s = SyncWorld::pass(world.member(0));
        QVERIFY(!s);
        QCOMPARE(s.error().code(), ErrorCode::Network);
    }
};

QTEST_GUILESS_MAIN(TestSyncPass)
#include "tst_syncpass.moc"
