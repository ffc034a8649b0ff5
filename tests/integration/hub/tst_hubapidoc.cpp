// docs/hub-api.md is a promise: each of its curl examples is run here, in
// the document's order, with real curl against a real hub, and must get the
// status written after it. A route added without an example, or an example
// that drifts from the hub, fails this test.
#include "crypto/DeviceKeys.h"
#include "hub/HubAuth.h"
#include "hub/HubRoute.h"
#include "HubFixture.h"
#include "project/ChangeExporter.h"
#include "project/ChangeImporter.h"
#include "project/InvitationCode.h"
#include "project/ProjectAdmin.h"
#include "project/ProjectMembership.h"
#include "project/ReceiptBook.h"
#include "ProjectTestKit.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::projecttest;

namespace {
struct Example
{
    QString script;
    int expected = 0;
};

// Each ```sh block followed by <!-- expect: NNN -->.
QList<Example> examples(const QString &markdown)
{
    static const QRegularExpression block(
        QStringLiteral(R"(```sh\n(.*?)```\n<!-- expect: (\d{3}) -->)"),
        QRegularExpression::DotMatchesEverythingOption);
    QList<Example> found;
    auto it = block.globalMatch(markdown);
    while (it.hasNext()) {
        const auto m = it.next();
        found.append({m.captured(1), m.captured(2).toInt()});
    }
    return found;
}

struct Answer
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

// curl -i output: the last status line (after any 100 Continue), headers, body.
Answer parse(const QByteArray &out)
{
    Answer a;
    const qsizetype split = out.lastIndexOf("HTTP/1.1 ");
    if (split < 0)
        return a;
    const QByteArray rest = out.mid(split);
    const qsizetype end = rest.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = rest.left(end).split('\n');
    a.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            a.headers.insert(lines[i].left(colon).trimmed().toLower(),
                             lines[i].mid(colon + 1).trimmed());
    }
    a.body = end < 0 ? QByteArray() : rest.mid(end + 4);
    return a;
}

QByteArray exportFinding(Workspace &researcher, const QString &dir, QByteArray *bundleId)
{
    auto id = researcher.records().create(QStringLiteral("f"), QStringLiteral("1"),
                                          {{QStringLiteral("a"), dir}});
    if (!id || !researcher.records().finalize(id.value()))
        return {};
    auto exported = ChangeExporter::exportTo(researcher, dir);
    if (!exported || exported.value().paths.size() != 1)
        return {};
    *bundleId = exported.value().bundleIds.first();
    return exported.value().paths.first().toUtf8();
}
} // namespace

class TestHubApiDoc : public QObject
{
    Q_OBJECT

private slots:
    void everyExampleGetsItsStatus()
    {
        QFile doc(qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR") +
                  QStringLiteral("/docs/hub-api.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QList<Example> list = examples(QString::fromUtf8(doc.readAll()));
        QVERIFY(list.size() >= 18);

        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace ana;
        test::TestWorkspace beto;
        QCOMPARE(enrol(*coordinator, *ana), QString());
        const QByteArray firstManifest = manifestBytes(*coordinator);
        QCOMPARE(enrol(*coordinator, *beto), QString());
        QTemporaryDir files;
        const QString next = files.filePath(QStringLiteral("next.vigiamanifest"));
        {
            QFile f(next);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(manifestBytes(*coordinator));
        }
        QByteArray bundle;
        const QString bundleFile =
            QString::fromUtf8(exportFinding(*ana, files.filePath(QStringLiteral("one")), &bundle));
        QVERIFY(!bundleFile.isEmpty());
        const qint64 size = QFileInfo(bundleFile).size();
        const QByteArray project = ProjectStore(coordinator->database()).load().value()->projectId;
        const QByteArray device = ana->deviceId().toRfc4122();

        // Enrollment: the coordinator's code and invitation, and the join
        // request of a device that has not joined yet.
        const QByteArray projectKey =
            ProjectStore(coordinator->database()).load().value()->manifest->projectPk;
        const InvitationCode code = InvitationCode::generate(projectKey);
        auto invitation = ProjectAdmin(*coordinator).invitation();
        QVERIFY(invitation);
        test::TestWorkspace carla;
        ProjectMembership carlaJoins(*carla);
        QVERIFY(carlaJoins.join(invitation.value()));
        auto joinRequest = carlaJoins.request();
        QVERIFY(joinRequest);

        test::HubFixture hub;
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HUB"), hub.url(QString()).toString());
        env.insert(QStringLiteral("PROJECT_TOKEN"), QString::fromLatin1(hub.projectToken()));
        env.insert(QStringLiteral("MANIFEST_B64"), QString::fromLatin1(firstManifest.toBase64()));
        env.insert(QStringLiteral("NEXT_MANIFEST_FILE"), next);
        env.insert(QStringLiteral("PROJECT"), QString::fromLatin1(project.toHex()));
        env.insert(QStringLiteral("DEVICE"), QString::fromLatin1(device.toHex()));
        env.insert(QStringLiteral("BUNDLE"), QString::fromLatin1(bundle.toHex()));
        env.insert(QStringLiteral("BUNDLE_FILE"), bundleFile);
        env.insert(QStringLiteral("BUNDLE_SIZE"), QString::number(size));
        env.insert(QStringLiteral("HALF"), QString::number(size / 2));
        env.insert(QStringLiteral("CODE"), code.text());
        env.insert(QStringLiteral("CODE_HASH"), QString::fromLatin1(code.hash().toHex()));
        env.insert(QStringLiteral("INVITATION_B64"),
                   QString::fromLatin1(invitation.value().toBase64()));
        env.insert(QStringLiteral("JOIN_REQUEST_B64"),
                   QString::fromLatin1(joinRequest.value().toBase64()));

        QSet<QByteArray> routes;
        for (const Example &example : list) {
            // Values a client computes between calls, set as the document says.
            if (example.script.contains(QStringLiteral("$SPARE_UPLOAD")) &&
                !env.contains(QStringLiteral("SPARE_UPLOAD"))) {
                QByteArray spare;
                QVERIFY(
                    !exportFinding(*ana, files.filePath(QStringLiteral("two")), &spare).isEmpty());
                const test::HttpReply created = hub.request(
                    "POST",
                    QStringLiteral("/v1/projects/%1/uploads")
                        .arg(QString::fromLatin1(project.toHex())),
                    {{"Authorization", "Bearer " + env.value(QStringLiteral("TOKEN")).toLatin1()},
                     {"Tus-Resumable", "1.0.0"},
                     {"Upload-Length", "1000"},
                     {"Upload-Metadata", "bundle " + spare.toHex().toBase64()}});
                QCOMPARE(created.status, 201);
                env.insert(QStringLiteral("SPARE_UPLOAD"),
                           hub.url(QString::fromLatin1(created.header("Location"))).toString());
            }
            if (example.script.contains(QStringLiteral("$RECEIPT_FILE")) &&
                !env.contains(QStringLiteral("RECEIPT_FILE"))) {
                // The coordinator applied Ana's bundle and signs for it.
                QFile f(bundleFile);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY(ChangeImporter(*coordinator).importBytes(f.readAll()));
                auto receipt = ReceiptBook::issue(*coordinator);
                QVERIFY(receipt);
                const QString path = files.filePath(QStringLiteral("receipt.vigiareceipt"));
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(receipt.value());
                env.insert(QStringLiteral("RECEIPT_FILE"), path);
            }
            if (example.script.contains(QStringLiteral("$COORDINATOR_TOKEN")) &&
                !env.contains(QStringLiteral("COORDINATOR_TOKEN")))
                env.insert(QStringLiteral("COORDINATOR_TOKEN"),
                           QString::fromLatin1(hub.openSession(
                               project, coordinator->keys(), coordinator->deviceId().toRfc4122())));

            QProcess bash;
            bash.setProcessEnvironment(env);
            bash.start(QStringLiteral("bash"), {QStringLiteral("-euo"), QStringLiteral("pipefail"),
                                                QStringLiteral("-c"), example.script});
            QVERIFY(bash.waitForFinished(30000));
            const QByteArray out = bash.readAllStandardOutput();
            const Answer answer = parse(out);
            QVERIFY2(answer.status == example.expected,
                     qPrintable(QStringLiteral("%1\n→ %2 (expected %3)\n%4\n%5")
                                    .arg(example.script)
                                    .arg(answer.status)
                                    .arg(example.expected)
                                    .arg(QString::fromUtf8(out),
                                         QString::fromUtf8(bash.readAllStandardError()))));
            const QString url = example.script.section(QLatin1Char('"'), 1, 1);
            routes.insert(example.script.contains(QStringLiteral("$UPLOAD"))
                              ? QByteArray("/v1/projects/{project}/uploads/{upload}")
                              : HubRoute::parse(url.section(QStringLiteral("$HUB"), 1)
                                                    .section(QLatin1Char('?'), 0, 0)
                                                    .replace(QStringLiteral("$PROJECT"),
                                                             QString::fromLatin1(project.toHex()))
                                                    .replace(QStringLiteral("$BUNDLE"),
                                                             QString::fromLatin1(bundle.toHex()))
                                                    .toLatin1())
                                    .name());

            const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
            if (json.contains(QStringLiteral("nonce"))) {
                const QByteArray nonce = QByteArray::fromBase64(
                    json.value(QStringLiteral("nonce")).toString().toLatin1());
                const QByteArray hubId =
                    QByteArray::fromHex(json.value(QStringLiteral("hub")).toString().toLatin1());
                env.insert(QStringLiteral("NONCE"), QString::fromLatin1(nonce.toBase64()));
                env.insert(QStringLiteral("SIGNATURE"),
                           QString::fromLatin1(
                               ana->keys()
                                   .sign(HubAuth::sessionMessage(hubId, project, device, nonce))
                                   .toBase64()));
            }
            if (json.contains(QStringLiteral("enrollment_token")))
                env.insert(QStringLiteral("ENROLLMENT_TOKEN"),
                           json.value(QStringLiteral("enrollment_token")).toString());
            if (json.contains(QStringLiteral("token")))
                env.insert(QStringLiteral("TOKEN"), json.value(QStringLiteral("token")).toString());
            if (answer.headers.contains("location") && !env.contains(QStringLiteral("UPLOAD")))
                env.insert(
                    QStringLiteral("UPLOAD"),
                    hub.url(QString::fromLatin1(answer.headers.value("location"))).toString());
        }
        // Every route of the API has an example.
        for (const char *route :
             {"/v1/health", "/v1/projects", "/v1/projects/{project}/manifest",
              "/v1/projects/{project}/challenges", "/v1/projects/{project}/sessions",
              "/v1/projects/{project}/uploads", "/v1/projects/{project}/uploads/{upload}",
              "/v1/projects/{project}/bundles", "/v1/projects/{project}/bundles/{bundle}",
              "/v1/projects/{project}/receipts", "/v1/projects/{project}/invitations",
              "/v1/invitations/redeem", "/v1/projects/{project}/join-requests"})
            QVERIFY2(routes.contains(route), route);
    }
};

QTEST_GUILESS_MAIN(TestHubApiDoc)
#include "tst_hubapidoc.moc"
