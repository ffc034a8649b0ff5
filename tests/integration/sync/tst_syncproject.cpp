// A whole project syncing at once through one hub: three researchers, the
// national coordinator and the regional observatory, each with its agent on
// its own thread, finalizing and syncing in random orders. In the end both
// coordinator devices hold every finding once and equal state hashes, every
// outbox is empty (receipts came back), and nobody holds what is not theirs.
#include "project/Outbox.h"
#include "sync/SyncAgent.h"
#include "SyncTestKit.h"

#include <QRandomGenerator>
#include <QTest>

using namespace vigia;
using namespace vigia::synctest;
using namespace vigia::projecttest;

class TestSyncProject : public QObject
{
    Q_OBJECT

private slots:
    void fiveDevicesConverge()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(3, 1), QString());
        QList<Workspace *> devices{&*world.coordinator};
        for (int i = 0; i < 4; ++i)
            devices.append(&world.member(i));
        Workspace &observatory = world.member(3);

        SyncAgent::Options options;
        options.backoff.firstMs = 50;
        options.backoff.maxMs = 500;
        options.periodMs = 300; // they keep polling, as agents on a timer do
        options.timeoutMs = 5'000;
        options.watchNetwork = false;
        std::vector<std::unique_ptr<SyncAgent>> agents;
        for (Workspace *ws : devices) {
            auto sibling = ws->openSibling();
            QVERIFY(sibling);
            agents.push_back(std::make_unique<SyncAgent>(sibling.take(), options));
        }
        QList<int> order{0, 1, 2, 3, 4};
        std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
        for (int i : order)
            agents.at(size_t(i))->startOnThread();

        // Each researcher finalizes 30 findings in bursts while everyone syncs.
        QRandomGenerator random(42);
        for (int burst = 0; burst < 6; ++burst) {
            for (int r = 1; r <= 3; ++r) {
                QCOMPARE(SyncWorld::finalize(*devices.at(r), 5).size(), 5);
                QMetaObject::invokeMethod(agents.at(size_t(r)).get(), &SyncAgent::notifyChanged,
                                          Qt::QueuedConnection);
            }
            QTest::qWait(int(random.bounded(50, 250)));
        }
        const auto settled = [&] {
            for (Workspace *ws : devices)
                if (Outbox::pendingCount(ws->database()).value() != 0)
                    return false;
            for (Workspace *c : {&*world.coordinator, &observatory})
                if (count(*c, "SELECT count(*) FROM records WHERE deleted = 0") != 90)
                    return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 60'000);
        for (auto &agent : agents)
            agent->shutdown();

        QCOMPARE(world.coordinator->oplog().stateHash().value(),
                 observatory.oplog().stateHash().value());
        QCOMPARE(count(*world.coordinator, "SELECT count(*) FROM pending_ops"), qint64(0));
        QCOMPARE(count(observatory, "SELECT count(*) FROM pending_ops"), qint64(0));
        // A researcher holds her own findings only: bundles to coordinators
        // are encrypted to them alone.
        for (int r = 1; r <= 3; ++r)
            QCOMPARE(count(*devices.at(r), "SELECT count(*) FROM records WHERE deleted = 0"),
                     qint64(30));
        // Every bundle the hub holds was stored once.
        qint64 built = 0;
        for (Workspace *ws : devices)
            built += count(*ws, "SELECT count(*) FROM sync_outgoing");
        QCOMPARE(qint64(world.hub.storedBundles(world.projectId)), built);
    }
};

QTEST_GUILESS_MAIN(TestSyncProject)
#include "tst_syncproject.moc"
