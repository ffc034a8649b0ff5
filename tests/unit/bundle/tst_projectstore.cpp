#include "crypto/Fingerprint.h"
#include "FakeClock.h"
#include "project/ProjectKey.h"
#include "ProjectTestKit.h"
#include "TestWorkspace.h"

#include <QTest>

using namespace vigia;
using namespace vigia::projecttest;

class TestProjectStore : public QObject
{
    Q_OBJECT

private slots:
    void versionsOnlyGoUp()
    {
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace member(clock.fn());
        QVERIFY(coordinator.isValid() && member.isValid());
        QCOMPARE(enrol(*coordinator, *member), QString());
        const QByteArray v2 = manifestBytes(*coordinator);

        ProjectAdmin admin(*coordinator);
        QVERIFY(admin.revoke(member->deviceId().toRfc4122()));
        const QByteArray v3 = manifestBytes(*coordinator);

        ProjectStore store(member->database());
        const QByteArray before = snapshot(*member);
        // Equal version: refused, nothing changed.
        auto same = store.installManifest(v2);
        QVERIFY(!same);
        QCOMPARE(same.error().code(), ErrorCode::Validation);
        QCOMPARE(snapshot(*member), before);
        // Higher: accepted. Then the lower one again: refused.
        QVERIFY(store.installManifest(v3));
        const QByteArray after = snapshot(*member);
        QCOMPARE(store.installManifest(v2).error().code(), ErrorCode::Validation);
        QCOMPARE(snapshot(*member), after);
        QCOMPARE(store.requireManifest().value().version, quint64(3));
    }

    void foreignManifestIsRefused()
    {
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace impostor(clock.fn(), Role::Coordinator);
        test::TestWorkspace member(clock.fn());
        QCOMPARE(enrol(*coordinator, *member), QString());
        // Another coordinator makes its own project and a manifest with a
        // high version that approves the member: signed by the wrong key.
        test::TestWorkspace other(clock.fn());
        QCOMPARE(enrol(*impostor, *other), QString());
        ProjectAdmin admin(*impostor);
        QVERIFY(admin.revoke(other->deviceId().toRfc4122()));
        const QByteArray forged = manifestBytes(*impostor);
        const QByteArray before = snapshot(*member);
        auto r = ProjectStore(member->database()).installManifest(forged);
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::Untrusted);
        QCOMPARE(snapshot(*member), before);
    }

    void oneProjectPerWorkspace()
    {
        test::TestWorkspace ws;
        ProjectStore store(ws->database());
        const QByteArray fp(16, 'f');
        QVERIFY(store.pin(QByteArray(16, 'a'), fp, {}));
        QVERIFY(store.pin(QByteArray(16, 'a'), fp, {})); // same again: fine
        QCOMPARE(store.pin(QByteArray(16, 'b'), fp, {}).error().code(), ErrorCode::Failure);
        QCOMPARE(store.requireProject().value().projectId, QByteArray(16, 'a'));
    }

    void manifestBeforeJoiningIsRefused()
    {
        test::TestWorkspace ws;
        QCOMPARE(ProjectStore(ws->database()).installManifest(QByteArray("x")).error().code(),
                 ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
