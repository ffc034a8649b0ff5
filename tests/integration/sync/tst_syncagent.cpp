// The sync agent as the app runs it, on its own thread against a real hub:
// it syncs at start and after a finalize without a click, backs off without
// spinning while the hub is away, obeys a hub's Retry-After, and stops with
// a reason when the hub refuses the device until "Sync now".
#include "FaultProxy.h"
#include "project/Outbox.h"
#include "sync/SyncAgent.h"
#include "SyncTestKit.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace vigia;
using namespace vigia::synctest;

namespace {
using State = SyncAgent::State;

SyncAgent::Options fastOptions()
{
    SyncAgent::Options o;
    o.backoff.firstMs = 100;
    o.backoff.maxMs = 400;
    o.periodMs = 60'000;
    o.timeoutMs = 3'000;
    o.watchNetwork = false;
    return o;
}

std::unique_ptr<SyncAgent> agentFor(Workspace &ws, const SyncAgent::Options &options)
{
    auto sibling = ws.openSibling();
    if (!sibling)
        return nullptr;
    return std::make_unique<SyncAgent>(sibling.take(), options);
}

// The last status the agent sent, read on this thread.
struct StatusLog : QObject
{
    QList<SyncAgent::Status> seen;
    explicit StatusLog(SyncAgent &agent)
    {
        connect(&agent, &SyncAgent::statusChanged, this,
                [this](const SyncAgent::Status &s) { seen.append(s); });
    }
    [[nodiscard]] State last() const
    {
        return seen.isEmpty() ? State::Disabled : seen.last().state;
    }
    [[nodiscard]] bool reached(State s) const
    {
        return std::any_of(seen.begin(), seen.end(), [s](const auto &x) { return x.state == s; });
    }
};
} // namespace

class TestSyncAgent : public QObject
{
    Q_OBJECT

private slots:
    void syncsAtStartAndAfterAFinalizeWithoutAClick()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        Workspace &ana = world.member(0);
        QCOMPARE(SyncWorld::finalize(ana, 2).size(), 2);
        auto agent = agentFor(ana, fastOptions());
        QVERIFY(agent);
        StatusLog log(*agent);
        agent->startOnThread();
        QTRY_COMPARE_WITH_TIMEOUT(world.hub.storedBundles(world.projectId), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(log.last(), State::Idle, 10000);
        QVERIFY(log.reached(State::Connecting));
        QVERIFY(log.reached(State::Sending));

        QCOMPARE(SyncWorld::finalize(ana, 1).size(), 1);
        QMetaObject::invokeMethod(agent.get(), &SyncAgent::notifyChanged, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(world.hub.storedBundles(world.projectId), 2, 10000);
        agent->shutdown();

        // The coordinator's receipt empties ana's outbox on her next sync.
        QVERIFY(SyncWorld::pass(*world.coordinator));
        auto again = agentFor(ana, fastOptions());
        again->startOnThread();
        QTRY_COMPARE_WITH_TIMEOUT(Outbox::pendingCount(ana.database()).value(), 0, 10000);
        again->shutdown();
    }

    void backsOffWithoutSpinningWhileTheHubIsAway()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        world.pointAt(QStringLiteral("http://127.0.0.1:1"));
        auto agent = agentFor(world.member(0), fastOptions());
        StatusLog log(*agent);
        agent->startOnThread();
        QTest::qWait(1500);
        // 100, 200, 400, 400… ms apart: at most 6 passes in 1.5 s, at least 3.
        const int passes = agent->passesRun();
        QVERIFY2(passes >= 3 && passes <= 6, qPrintable(QString::number(passes)));
        QTRY_COMPARE_WITH_TIMEOUT(log.last(), State::Offline, 2000);
        agent->shutdown();
        QVERIFY(!log.seen.last().message.isEmpty());
        QVERIFY(log.seen.last().nextAttemptMs > 0);
    }

    void obeysTheHubsRetryAfter()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        test::FaultProxy proxy(world.hub.url(QString()).port());
        QVERIFY(proxy.start());
        proxy.setPlan({.answerStatus = 503}, false); // with Retry-After: 1
        world.pointAt(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
        SyncAgent::Options options = fastOptions();
        options.backoff.maxMs = 10'000;
        auto agent = agentFor(world.member(0), options);
        StatusLog log(*agent);
        agent->startOnThread();
        QTest::qWait(1500);
        QTRY_COMPARE_WITH_TIMEOUT(log.last(), State::Offline, 2000);
        agent->shutdown();
        // Our own wait would be 100 ms; the hub asked for a second.
        QVERIFY2(agent->passesRun() <= 2, qPrintable(QString::number(agent->passesRun())));
        QVERIFY(!log.seen.isEmpty());
        QVERIFY(log.seen.last().nextAttemptMs >= 1000);
    }

    void aRefusedDeviceStopsUntilSyncNow()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        Workspace &ana = world.member(0);
        QVERIFY(world.hub.blockDevice(world.projectId, ana.deviceId().toRfc4122()));
        auto agent = agentFor(ana, fastOptions());
        StatusLog log(*agent);
        agent->startOnThread();
        QTRY_COMPARE_WITH_TIMEOUT(log.last(), State::Error, 5000);
        QTest::qWait(800);
        QCOMPARE(agent->passesRun(), 1);
        QVERIFY(log.seen.last().halted);
        QVERIFY(log.seen.last().message.contains(QStringLiteral("coordinator")));
        QMetaObject::invokeMethod(agent.get(), &SyncAgent::syncNow, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(agent->passesRun(), 2, 5000);
        agent->shutdown();
    }

    void automaticSyncOffWaitsForSyncNow()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        Workspace &ana = world.member(0);
        QVERIFY(SyncStore(ana.database()).setValue(SyncStore::kAutomatic, QStringLiteral("0")));
        QCOMPARE(SyncWorld::finalize(ana, 1).size(), 1);
        auto agent = agentFor(ana, fastOptions());
        StatusLog log(*agent);
        agent->startOnThread();
        QTRY_COMPARE_WITH_TIMEOUT(log.last(), State::Disabled, 5000);
        QMetaObject::invokeMethod(agent.get(), &SyncAgent::notifyChanged, Qt::QueuedConnection);
        QTest::qWait(500);
        QCOMPARE(world.hub.storedBundles(world.projectId), 0);
        QMetaObject::invokeMethod(agent.get(), &SyncAgent::syncNow, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(world.hub.storedBundles(world.projectId), 1, 10000);
        agent->shutdown();
    }
};

QTEST_GUILESS_MAIN(TestSyncAgent)
#include "tst_syncagent.moc"
