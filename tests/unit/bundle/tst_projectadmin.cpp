#include "FakeClock.h"
#include "project/ProjectKey.h"
#include "ProjectTestKit.h"
#include "TestWorkspace.h"

#include <QTest>

using namespace vigia;
using namespace vigia::projecttest;

class TestProjectAdmin : public QObject
{
    Q_OBJECT

private slots:
    void createNeedsACoordinator()
    {
        test::TestWorkspace researcher;
        auto r = ProjectAdmin(*researcher).create(QStringLiteral("P"), QStringLiteral("BR"), {});
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::Usage);
        QVERIFY(!ProjectKey::exists(researcher.path()));
    }

    void createApproveRevoke()
    {
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace researcher(clock.fn());
        test::TestWorkspace observatory(clock.fn(), Role::Coordinator);
        ProjectAdmin admin(*coordinator);
        auto created = admin.create(QStringLiteral("P"), QStringLiteral("br"), {});
        QVERIFY2(created, qPrintable(created.error().message()));
        QCOMPARE(created.value().version, quint64(1));
        QCOMPARE(created.value().country, QStringLiteral("BR"));
        const QByteArray me = coordinator->deviceId().toRfc4122();
        QVERIFY(created.value().device(me));
        QVERIFY(created.value().isRecipient(me));
        QCOMPARE(admin.create(QStringLiteral("Q"), QStringLiteral("AR"), {}).error().code(),
                 ErrorCode::Failure);

        QCOMPARE(enrol(*coordinator, *researcher), QString());
        QCOMPARE(enrol(*coordinator, *observatory), QString());
        auto m = ProjectStore(coordinator->database()).requireManifest();
        QCOMPARE(m.value().version, quint64(3));
        const QByteArray rid = researcher->deviceId().toRfc4122();
        QVERIFY(m.value().device(rid));
        QVERIFY(!m.value().isRecipient(rid));
        QVERIFY(m.value().isRecipient(observatory->deviceId().toRfc4122()));
        // The member last enrolled holds the same manifest; the first one
        // still has version 2 until it imports the newer one.
        QCOMPARE(manifestBytes(*observatory), manifestBytes(*coordinator));
        QCOMPARE(ProjectStore(researcher->database()).requireManifest().value().version,
                 quint64(2));

        clock.advance(1000);
        auto revoked = admin.revoke(rid);
        QVERIFY(revoked);
        QVERIFY(!revoked.value().device(rid));
        QVERIFY(revoked.value().revocation(rid));
        QCOMPARE(revoked.value().revocation(rid)->version, quint64(4));
        QCOMPARE(admin.revoke(me).error().code(), ErrorCode::Validation);
        QCOMPARE(admin.revoke(rid).error().code(), ErrorCode::NotFound);
    }

    void membersCannotIssueManifests()
    {
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace researcher(clock.fn());
        test::TestWorkspace intruder(clock.fn());
        QCOMPARE(enrol(*coordinator, *researcher), QString());
        ProjectMembership other(*intruder);
        auto inv = ProjectAdmin(*coordinator).invitation();
        QVERIFY(other.join(inv.value()));
        auto request = JoinRequest::open(other.request().value());
        // The researcher has the manifest but not the key.
        auto r = ProjectAdmin(*researcher).approve(request.value());
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::Untrusted);
        QCOMPARE(ProjectStore(researcher->database()).requireManifest().value().version,
                 quint64(2));
    }
};

QTEST_GUILESS_MAIN(TestProjectAdmin)
#include "tst_projectadmin.moc"
