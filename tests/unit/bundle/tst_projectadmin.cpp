#include "FakeClock.h"
#include "project/ProjectKey.h"
#include "project/WorkspaceProjects.h"
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
        // A second project gets a store of its own (tst_workspaceprojects);
        // the first one is chosen again for the rest of this test.
        auto second = admin.create(QStringLiteral("Q"), QStringLiteral("AR"), {});
        QVERIFY2(second, qPrintable(second.error().message()));
        QVERIFY(second.value().projectId != created.value().projectId);
        QVERIFY(WorkspaceProjects(*coordinator).switchTo(created.value().projectId));

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
        auto r = ProjectAdmin(*researcher).approve(request.value(), Role::Researcher);
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::Untrusted);
        QCOMPARE(ProjectStore(researcher->database()).requireManifest().value().version,
                 quint64(2));
    }
    void theApproverChoosesTheRole()
    {
        // The request of a coordinator's workspace says "coordinator"; the
        // approver's choice is what the manifest holds.
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace asker(clock.fn(), Role::Coordinator);
        QCOMPARE(enrol(*coordinator, *asker, false), QString());
        auto request = JoinRequest::open(ProjectMembership(*asker).request().value());
        QVERIFY(request);
        QCOMPARE(request.value().role, QStringLiteral("coordinator"));
        ProjectAdmin admin(*coordinator);
        auto m = admin.approve(request.value(), Role::Researcher);
        QVERIFY2(m, qPrintable(m.error().message()));
        const QByteArray id = asker->deviceId().toRfc4122();
        QCOMPARE(m.value().device(id)->role, Role::Researcher);
        QVERIFY(!m.value().isRecipient(id));

        // Approved again with the same keys, the role can change.
        auto promoted = admin.approve(request.value(), Role::Coordinator);
        QVERIFY2(promoted, qPrintable(promoted.error().message()));
        QCOMPARE(promoted.value().device(id)->role, Role::Coordinator);
        QVERIFY(promoted.value().isRecipient(id));
    }

    void reapprovingWithOtherKeysIsRefused()
    {
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace researcher(clock.fn());
        test::TestWorkspace impostor(clock.fn());
        QCOMPARE(enrol(*coordinator, *researcher), QString());
        // A request that reuses the researcher's device id with other keys,
        // as someone who read the id off a manifest could write.
        QCOMPARE(enrol(*coordinator, *impostor, false), QString());
        auto forged = JoinRequest::open(ProjectMembership(*impostor).request().value());
        QVERIFY(forged);
        JoinRequest request = forged.value();
        request.deviceId = researcher->deviceId().toRfc4122();
        const QByteArray before = manifestBytes(*coordinator);
        auto r = ProjectAdmin(*coordinator).approve(request, Role::Researcher);
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::Untrusted);
        QCOMPARE(manifestBytes(*coordinator), before);
        const ProjectManifest m = ProjectStore(coordinator->database()).requireManifest().value();
        QCOMPARE(m.device(request.deviceId)->signPk, researcher->keys().signPublicKey);
    }
};

QTEST_GUILESS_MAIN(TestProjectAdmin)
#include "tst_projectadmin.moc"
