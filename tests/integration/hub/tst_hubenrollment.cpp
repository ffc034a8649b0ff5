// A new researcher joins through the hub with a code read to her over the
// phone, and her coordinator's receipts come back through the hub: on both
// backends. A hub that hands out another key's invitation for her code is
// caught by the fingerprint inside the code before she sends anything.
#include "HubFixture.h"
#include "PgFixture.h"
#include "project/ChangeExporter.h"
#include "project/ChangeImporter.h"
#include "project/Invitation.h"
#include "project/InvitationCode.h"
#include "project/JoinRequest.h"
#include "project/ProjectAdmin.h"
#include "project/ProjectMembership.h"
#include "project/ReceiptBook.h"
#include "ProjectTestKit.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace vigia;
using namespace vigia::projecttest;

namespace {
QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray projectPk(Workspace &coordinator)
{
    return ProjectStore(coordinator.database()).load().value()->manifest->projectPk;
}
} // namespace

class TestHubEnrollment : public QObject
{
    Q_OBJECT

private:
    test::PgFixture m_pg;

    static void backends()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgres") << true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    }

    void aResearcherJoinsWithACode_data() { backends(); }
    void aResearcherJoinsWithACode()
    {
        QFETCH(bool, postgres);
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace ana;
        QCOMPARE(enrol(*coordinator, *ana), QString());
        test::HubFixture hub({}, postgres ? m_pg.createDatabase() : QString());
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        QCOMPARE(hub.registerProject(manifestBytes(*coordinator)).status, 201);
        const QByteArray project = ProjectStore(coordinator->database()).load().value()->projectId;
        const QString base = QStringLiteral("/v1/projects/") + QString::fromLatin1(project.toHex());
        const QByteArray coordinatorToken =
            hub.openSession(project, coordinator->keys(), coordinator->deviceId().toRfc4122());
        const QByteArray anaToken =
            hub.openSession(project, ana->keys(), ana->deviceId().toRfc4122());

        // The coordinator makes a code and leaves only its hash on the hub.
        const InvitationCode code = InvitationCode::generate(projectPk(*coordinator));
        auto invitation = ProjectAdmin(*coordinator).invitation();
        QVERIFY(invitation);
        const QByteArray offer = json(
            {{QStringLiteral("code_hash"), QString::fromLatin1(code.hash().toHex())},
             {QStringLiteral("invitation"), QString::fromLatin1(invitation.value().toBase64())},
             {QStringLiteral("expires_in"), 3600}});
        QCOMPARE(hub.request("POST", base + QStringLiteral("/invitations"),
                             {{"Authorization", "Bearer " + anaToken},
                              {"Content-Type", "application/json"}},
                             offer)
                     .status,
                 403);
        QCOMPARE(hub.request("POST", base + QStringLiteral("/invitations"),
                             {{"Authorization", "Bearer " + coordinatorToken},
                              {"Content-Type", "application/json"}},
                             offer)
                     .status,
                 201);

        // Carla types the code as she heard it: lower case, spaces, an O for 0.
        test::TestWorkspace carla;
        QString typed = code.text().toLower().replace(u'-', u' ');
        typed.replace(u'0', u'o');
        const test::HttpReply redeemed = hub.request(
            "POST", QStringLiteral("/v1/invitations/redeem"),
            {{"Content-Type", "application/json"}}, json({{QStringLiteral("code"), typed}}));
        QCOMPARE(redeemed.status, 201);
        const QByteArray invitationBytes = QByteArray::fromBase64(
            redeemed.json().value(QStringLiteral("invitation")).toString().toLatin1());
        auto received = Invitation::open(invitationBytes);
        QVERIFY(received);
        QVERIFY(InvitationCode::parse(typed)->matches(received.value()));
        ProjectMembership membership(*carla);
        QVERIFY(membership.join(invitationBytes));
        auto request = membership.request();
        QVERIFY(request);
        const QByteArray enrollment =
            redeemed.json().value(QStringLiteral("enrollment_token")).toString().toLatin1();
        const QByteArray submission = json(
            {{QStringLiteral("enrollment_token"), QString::fromLatin1(enrollment)},
             {QStringLiteral("join_request"), QString::fromLatin1(request.value().toBase64())}});
        QCOMPARE(hub.request("POST", base + QStringLiteral("/join-requests"),
                             {{"Content-Type", "application/json"}}, submission)
                     .status,
                 201);
        // Code and token are good once.
        QCOMPARE(hub.request("POST", QStringLiteral("/v1/invitations/redeem"),
                             {{"Content-Type", "application/json"}},
                             json({{QStringLiteral("code"), code.text()}}))
                     .json()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("bad_code"));
        QCOMPARE(hub.request("POST", base + QStringLiteral("/join-requests"),
                             {{"Content-Type", "application/json"}}, submission)
                     .status,
                 401);

        // The coordinator sees the request (a researcher does not), approves
        // it by uploading the next manifest, and the request is gone.
        QCOMPARE(hub.request("GET", base + QStringLiteral("/join-requests"),
                             {{"Authorization", "Bearer " + anaToken}})
                     .status,
                 403);
        const test::HttpReply waiting =
            hub.request("GET", base + QStringLiteral("/join-requests"),
                        {{"Authorization", "Bearer " + coordinatorToken}});
        QCOMPARE(waiting.status, 200);
        const QJsonArray requests = waiting.json().value(QStringLiteral("join_requests")).toArray();
        QCOMPARE(requests.size(), 1);
        auto parsed = JoinRequest::open(QByteArray::fromBase64(
            requests[0].toObject().value(QStringLiteral("join_request")).toString().toLatin1()));
        QVERIFY(parsed);
        QCOMPARE(parsed.value().deviceId, carla->deviceId().toRfc4122());
        QVERIFY(ProjectAdmin(*coordinator).approve(parsed.value(), Role::Researcher));
        QCOMPARE(
            hub.request("PUT", base + QStringLiteral("/manifest"), {}, manifestBytes(*coordinator))
                .status,
            200);
        QCOMPARE(hub.request("GET", base + QStringLiteral("/join-requests"),
                             {{"Authorization", "Bearer " + coordinatorToken}})
                     .json()
                     .value(QStringLiteral("join_requests"))
                     .toArray()
                     .size(),
                 0);

        // Approved, Carla opens a session and takes the manifest from the hub.
        const QByteArray carlaToken =
            hub.openSession(project, carla->keys(), carla->deviceId().toRfc4122());
        QVERIFY(!carlaToken.isEmpty());
        const test::HttpReply manifest = hub.request("GET", base + QStringLiteral("/manifest"),
                                                     {{"Authorization", "Bearer " + carlaToken}});
        QCOMPARE(manifest.status, 200);
        QVERIFY(membership.importManifest(manifest.body));
    }

    // The hub (or whoever runs it) hands out, for Carla's code, an invitation
    // of a project it controls: the fingerprint in the code gives it away.
    void aHubThatLiesAboutTheInvitationIsCaught_data() { backends(); }
    void aHubThatLiesAboutTheInvitationIsCaught()
    {
        QFETCH(bool, postgres);
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace mallory({}, Role::Coordinator);
        QVERIFY(ProjectAdmin(*coordinator)
                    .create(QStringLiteral("Frontera Sur"), QStringLiteral("BR"), {}));
        QVERIFY(ProjectAdmin(*mallory).create(QStringLiteral("Frontera Sur"), QStringLiteral("BR"),
                                              {}));
        test::HubFixture hub({}, postgres ? m_pg.createDatabase() : QString());
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        QCOMPARE(hub.registerProject(manifestBytes(*mallory)).status, 201);
        const QByteArray malloryProject =
            ProjectStore(mallory->database()).load().value()->projectId;
        const QByteArray malloryToken =
            hub.openSession(malloryProject, mallory->keys(), mallory->deviceId().toRfc4122());

        // The real coordinator's code, known to whoever controls the hub.
        const InvitationCode code = InvitationCode::generate(projectPk(*coordinator));
        QCOMPARE(hub.request("POST",
                             QStringLiteral("/v1/projects/%1/invitations")
                                 .arg(QString::fromLatin1(malloryProject.toHex())),
                             {{"Authorization", "Bearer " + malloryToken},
                              {"Content-Type", "application/json"}},
                             json({{QStringLiteral("code_hash"),
                                    QString::fromLatin1(code.hash().toHex())},
                                   {QStringLiteral("invitation"),
                                    QString::fromLatin1(
                                        ProjectAdmin(*mallory).invitation().value().toBase64())}}))
                     .status,
                 201);
        const test::HttpReply redeemed = hub.request(
            "POST", QStringLiteral("/v1/invitations/redeem"),
            {{"Content-Type", "application/json"}}, json({{QStringLiteral("code"), code.text()}}));
        QCOMPARE(redeemed.status, 201);
        auto forged = Invitation::open(QByteArray::fromBase64(
            redeemed.json().value(QStringLiteral("invitation")).toString().toLatin1()));
        QVERIFY(forged);                        // a valid invitation …
        QVERIFY(!code.matches(forged.value())); // … of another key: refused
        QVERIFY(code.matchesKey(projectPk(*coordinator)));
        // The code's fingerprint part is what a typo would change too.
        QVERIFY(!InvitationCode::parse(QStringLiteral("not a code")));
        QVERIFY(InvitationCode::parse(code.text()));
        QCOMPARE(InvitationCode::parse(code.text())->hash(), code.hash());
    }

    // The coordinator's receipt reaches the researcher through the hub and
    // empties her outbox; nobody else gets it.
    void receiptsGoBackToTheSender_data() { backends(); }
    void receiptsGoBackToTheSender()
    {
        QFETCH(bool, postgres);
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace ana;
        test::TestWorkspace beto;
        QCOMPARE(enrol(*coordinator, *ana), QString());
        QCOMPARE(enrol(*coordinator, *beto), QString());
        test::HubFixture hub({}, postgres ? m_pg.createDatabase() : QString());
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        QCOMPARE(hub.registerProject(manifestBytes(*coordinator)).status, 201);
        const QByteArray project = ProjectStore(coordinator->database()).load().value()->projectId;
        const QString base = QStringLiteral("/v1/projects/") + QString::fromLatin1(project.toHex());
        const QByteArray anaToken =
            hub.openSession(project, ana->keys(), ana->deviceId().toRfc4122());
        const QByteArray betoToken =
            hub.openSession(project, beto->keys(), beto->deviceId().toRfc4122());
        const QByteArray coordinatorToken =
            hub.openSession(project, coordinator->keys(), coordinator->deviceId().toRfc4122());

        auto id = ana->records().create(QStringLiteral("f"), QStringLiteral("1"),
                                        {{QStringLiteral("a"), QStringLiteral("at the bridge")}});
        QVERIFY(id && ana->records().finalize(id.value()));
        QTemporaryDir usb;
        auto exported = ChangeExporter::exportTo(*ana, usb.path());
        QVERIFY(exported);
        QFile file(exported.value().paths.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QByteArray bundleId = exported.value().bundleIds.first();
        const test::HttpReply sent =
            hub.request("POST", base + QStringLiteral("/uploads"),
                        {{"Authorization", "Bearer " + anaToken},
                         {"Tus-Resumable", "1.0.0"},
                         {"Upload-Length", QByteArray::number(bytes.size())},
                         {"Upload-Metadata", "bundle " + bundleId.toHex().toBase64()},
                         {"Content-Type", "application/offset+octet-stream"}},
                        bytes);
        QCOMPARE(sent.status, 201);
        QVERIFY(sent.header("Vigia-Bundle-Seq").toLongLong() > 0);
        QVERIFY(count(*ana, "SELECT count(*) FROM outbox") > 0);

        QVERIFY(ChangeImporter(*coordinator).importBytes(bytes));
        auto receipt = ReceiptBook::issue(*coordinator);
        QVERIFY(receipt);
        QCOMPARE(hub.request("POST", base + QStringLiteral("/receipts"),
                             {{"Authorization", "Bearer " + anaToken}}, receipt.value())
                     .status,
                 403);
        const test::HttpReply posted =
            hub.request("POST", base + QStringLiteral("/receipts"),
                        {{"Authorization", "Bearer " + coordinatorToken}}, receipt.value());
        QCOMPARE(posted.status, 201);
        QCOMPARE(posted.json().value(QStringLiteral("routed_to")).toInt(), 1);
        // Posted twice (a lost answer): one receipt.
        QCOMPARE(hub.request("POST", base + QStringLiteral("/receipts"),
                             {{"Authorization", "Bearer " + coordinatorToken}}, receipt.value())
                     .json()
                     .value(QStringLiteral("seq")),
                 posted.json().value(QStringLiteral("seq")));

        QCOMPARE(hub.request("GET", base + QStringLiteral("/receipts?after=0"),
                             {{"Authorization", "Bearer " + betoToken}})
                     .json()
                     .value(QStringLiteral("receipts"))
                     .toArray()
                     .size(),
                 0);
        const test::HttpReply mine = hub.request("GET", base + QStringLiteral("/receipts?after=0"),
                                                 {{"Authorization", "Bearer " + anaToken}});
        QCOMPARE(mine.status, 200);
        const QJsonArray receipts = mine.json().value(QStringLiteral("receipts")).toArray();
        QCOMPARE(receipts.size(), 1);
        auto accepted = ReceiptBook::accept(
            *ana,
            QByteArray::fromBase64(
                receipts[0].toObject().value(QStringLiteral("receipt")).toString().toLatin1()));
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message()));
        QVERIFY(accepted.value().acknowledged > 0);
        QCOMPARE(count(*ana, "SELECT count(*) FROM outbox"), 0);
    }
};

QTEST_GUILESS_MAIN(TestHubEnrollment)
#include "tst_hubenrollment.moc"
