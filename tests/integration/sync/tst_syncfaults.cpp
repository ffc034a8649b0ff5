// A border town's network between a researcher and the coordinator: 200
// findings finalized in batches reach the coordinator through a hub while
// the proxy in front of it cuts connections at random byte offsets (50
// times at least), delays traffic and answers 503, and the hub is stopped
// and restarted twice in the middle. Every finding arrives exactly once,
// the coordinator holds her whole chain and every value as she wrote it, the outbox empties only
// through receipts, and the hub stores each bundle once.
#include "FaultProxy.h"
#include "oplog/OpLog.h"
#include "project/Outbox.h"
#include "SyncTestKit.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace vigia;
using namespace vigia::synctest;
using namespace vigia::projecttest;

class TestSyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void everyFindingArrivesOnceThroughCutsAndRestarts()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        Workspace &ana = world.member(0);
        Workspace &coordinator = *world.coordinator;
        test::FaultProxy proxy(world.hub.url(QString()).port());
        QVERIFY(proxy.start());
        world.pointAt(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
        QRandomGenerator random(20261205); // a fixed seed: a failure can be replayed
        SyncPass::Options options;
        options.upload.firstChunk = 8 * 1024; // many requests, so many places to cut
        options.upload.minChunk = 2 * 1024;
        options.upload.attempts = 3;

        const auto faultyPlan = [&random]() {
            test::FaultProxy::Plan plan;
            switch (random.bounded(5)) {
            case 0:
                plan.cutUpAfter = random.bounded(100, 30000);
                break;
            case 1:
                plan.cutDownAfter = random.bounded(1, 4000);
                break;
            case 2:
                plan.delayMs = random.bounded(1, 15);
                break;
            case 3:
                plan.answerStatus = 503;
                break;
            default:
                break; // a clean connection now and then
            }
            return plan;
        };

        QSet<QUuid> finalized;
        int restarts = 0;
        int rounds = 0;
        for (; rounds < 400; ++rounds) {
            if (finalized.size() < 200 && rounds % 3 == 0)
                for (const QUuid &id : SyncWorld::finalize(ana, 20))
                    finalized.insert(id);
            if ((rounds == 7 || rounds == 19) && restarts < 2) {
                QVERIFY2(world.hub.restart(), qPrintable(world.hub.error()));
                ++restarts;
            }
            proxy.setPlan(faultyPlan(), false);
            (void)SyncWorld::pass(ana, nullptr, options, 2000);
            proxy.setPlan(faultyPlan(), false);
            (void)SyncWorld::pass(coordinator, nullptr, options, 2000);
            if (finalized.size() == 200 && proxy.connectionsCut() >= 50 &&
                Outbox::pendingCount(ana.database()).value() == 0)
                break;
        }
        QCOMPARE(finalized.size(), 200);
        QCOMPARE(restarts, 2);
        QVERIFY2(proxy.connectionsCut() >= 50, qPrintable(QString::number(proxy.connectionsCut())));
        // Then a clean network: whatever is still on its way arrives.
        proxy.setPlan({}, false);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(SyncWorld::pass(ana, nullptr, options));
            QVERIFY(SyncWorld::pass(coordinator, nullptr, options));
        }
        QVERIFY(SyncWorld::pass(ana, nullptr, options));
        qInfo("%d rounds, %d connections cut", rounds, proxy.connectionsCut());

        QCOMPARE(Outbox::pendingCount(ana.database()).value(), 0);
        QCOMPARE(count(coordinator, "SELECT count(*) FROM records WHERE deleted = 0"), qint64(200));
        QCOMPARE(count(coordinator, "SELECT count(*) FROM pending_ops"), qint64(0));
        // Each finding as ana finalized it, and her whole chain, once.
        for (const QUuid &id : finalized) {
            auto theirs = coordinator.records().get(id);
            auto hers = ana.records().get(id);
            QVERIFY(theirs && hers);
            QCOMPARE(theirs.value().values, hers.value().values);
            QCOMPARE(theirs.value().status, hers.value().status);
        }
        const QString chain =
            QStringLiteral(
                "SELECT count(*), sum(counter), max(counter) FROM ops WHERE origin = x'%1'")
                .arg(QString::fromLatin1(ana.deviceId().toRfc4122().toHex()));
        QCOMPARE(count(coordinator, chain.toUtf8().constData()),
                 count(ana, chain.toUtf8().constData()));
        const QString chainEnd = QStringLiteral("SELECT max(counter) FROM ops WHERE origin = x'%1'")
                                     .arg(QString::fromLatin1(ana.deviceId().toRfc4122().toHex()));
        QCOMPARE(count(coordinator, chainEnd.toUtf8().constData()),
                 count(ana, chainEnd.toUtf8().constData()));
        // Each bundle ana built, and the coordinator's for her (its project
        // stream), is stored once at the hub, and only those.
        QCOMPARE(world.hub.storedBundles(world.projectId),
                 int(count(ana, "SELECT count(*) FROM sync_outgoing") +
                     count(coordinator, "SELECT count(*) FROM sync_outgoing")));
        QCOMPARE(count(ana, "SELECT count(*) FROM sync_outgoing WHERE hub_seq IS NULL"), qint64(0));
    }

    void aTwentyKilobytePerSecondLinkStillGetsThrough()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        Workspace &ana = world.member(0);
        QByteArray noise(160 * 1024, '\0');
        QRandomGenerator random(7);
        for (char &c : noise)
            c = char('a' + random.bounded(26));
        QCOMPARE(SyncWorld::finalize(ana, 1, QString::fromLatin1(noise)).size(), 1);
        test::FaultProxy proxy(world.hub.url(QString()).port());
        QVERIFY(proxy.start());
        proxy.setPlan({.bytesPerSecond = 20 * 1024}, false);
        world.pointAt(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
        QElapsedTimer clock;
        clock.start();
        SyncReport up;
        // The default timeouts and chunk sizes, as a researcher has them.
        QVERIFY2(SyncWorld::pass(ana, &up, {}, 30'000), "ana's upload at 20 kB/s");
        QCOMPARE(up.bundlesSent, 1);
        QVERIFY(up.bytesUp > 80 * 1024); // the bundle really crossed the slow link
        SyncReport down;
        QVERIFY2(SyncWorld::pass(*world.coordinator, &down, {}, 30'000),
                 "the coordinator's download at 20 kB/s");
        QCOMPARE(down.bundlesReceived, 1);
        qInfo("up %lld bytes, down %lld bytes, %lld ms in all", up.bytesUp, down.bytesDown,
              clock.elapsed());
        // Slower than the bytes need at that rate would mean stalls or resends.
        QVERIFY(clock.elapsed() < 3 * (up.bytesUp + down.bytesDown) * 1000 / (20 * 1024) + 5000);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
