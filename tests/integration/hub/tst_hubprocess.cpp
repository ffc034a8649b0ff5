// vigia-hub as an operator runs it: init, project create, serve, stats, and
// the failures a border-town server meets. Killed with SIGKILL halfway
// through an upload, the restarted hub resumes it from the offset it had
// acknowledged, and the bundle is stored once and whole. SIGTERM lets the
// hub finish and exit 0.
#include "hub/HubAuth.h"
#include "hub/SqliteHubStore.h"
#include "HubFixture.h"
#include "PgFixture.h"
#include "project/ChangeExporter.h"
#include "ProjectTestKit.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sodium.h>
#include <thread>

using namespace vigia;
using namespace vigia::projecttest;

namespace {
const QString kHub = QStringLiteral(VIGIA_HUB_PATH);

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(kHub, args);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// The port a starting `vigia-hub serve` says it listens on, or 0.
quint16 listeningPort(QProcess &p)
{
    static const QRegularExpression said(QStringLiteral("listening on \\S+ port (\\d+)"));
    QByteArray err;
    for (int i = 0; i < 400; ++i) {
        const auto m = said.match(QString::fromUtf8(err));
        if (m.hasMatch())
            return quint16(m.captured(1).toUInt());
        if (p.state() == QProcess::NotRunning)
            return 0;
        p.waitForReadyRead(50);
        err += p.readAllStandardError();
    }
    return 0;
}

// `vigia-hub serve` in the background; the port it listens on, or 0. Port 0
// lets the hub pick a free one: a port probed free here could be taken by a
// test running beside this one before the hub binds it.
quint16 startServe(QProcess &p, const QString &data, quint16 port = 0)
{
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(kHub, {QStringLiteral("serve"), QStringLiteral("--data"), data,
                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
    if (!p.waitForStarted(10000))
        return 0;
    return listeningPort(p);
}

QByteArray sha256Header(const QByteArray &bytes)
{
    QByteArray digest(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(bytes.constData()),
                       quint64(bytes.size()));
    return "sha256 " + digest.toBase64();
}
} // namespace

class TestHubProcess : public QObject
{
    Q_OBJECT

private:
    test::PgFixture m_pg;

    // A hub in `data` (on a database of m_pg with `postgres`) serving the
    // coordinator's project, registered through the API as the kill test
    // does; `hub` runs `serve` on `port`. Empty, or what went wrong.
    QString serveProject(bool postgres, const QString &data, Workspace &coordinator, QProcess &hub,
                         quint16 &port)
    {
        QStringList init{QStringLiteral("init"), QStringLiteral("--data"), data};
        if (postgres)
            init << QStringLiteral("--database") << m_pg.createDatabase();
        if (const Run r = run(init); r.exitCode != 0)
            return QStringLiteral("init: ") + QString::fromUtf8(r.err);
        const Run created = run({QStringLiteral("project"), QStringLiteral("create"),
                                 QStringLiteral("Frontera Sur"), QStringLiteral("--data"), data});
        if (created.exitCode != 0)
            return QStringLiteral("project create: ") + QString::fromUtf8(created.err);
        port = startServe(hub, data);
        if (port == 0)
            return QStringLiteral("serve did not start");
        const test::HttpReply registered = test::HubFixture::send(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1/projects").arg(port)), "POST",
            {{"Content-Type", "application/json"}},
            QJsonDocument(
                QJsonObject{{QStringLiteral("token"), QString::fromLatin1(created.out.trimmed())},
                            {QStringLiteral("manifest"),
                             QString::fromLatin1(manifestBytes(coordinator).toBase64())}})
                .toJson());
        if (registered.status != 201)
            return QStringLiteral("register: %1 %2")
                .arg(registered.status)
                .arg(QString::fromUtf8(registered.body));
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    }

    void commandsAnswerAndFailClearly()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("vigia-hub "));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *word : {"init", "serve", "project create", "stats", "devices list",
                                 "devices revoke", "devices restore", "backup"})
            QVERIFY2(help.out.contains(word), word);
        // The administration can take access away, never add a device.
        QVERIFY(help.out.contains("never"));
        const Run unknown = run({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("--help"));
        QTemporaryDir dir;
        const Run noHub = run({QStringLiteral("serve"), QStringLiteral("--data"), dir.path()});
        QCOMPARE(noHub.exitCode, 3);
        QVERIFY(noHub.err.contains("init"));
        const Run badListen = run({QStringLiteral("serve"), QStringLiteral("--data"), dir.path(),
                                   QStringLiteral("--listen"), QStringLiteral("localhost")});
        QCOMPARE(badListen.exitCode, 2);
        const Run pg = run({QStringLiteral("init"), QStringLiteral("--data"), dir.path(),
                            QStringLiteral("--database"), QStringLiteral("postgresql://x/y")});
        QCOMPARE(pg.exitCode, 4); // nothing listens there: said, not crashed
        QVERIFY(pg.err.contains("x"));
        const Run notUri = run({QStringLiteral("init"), QStringLiteral("--data"), dir.path(),
                                QStringLiteral("--database"), QStringLiteral("hub.db")});
        QCOMPARE(notUri.exitCode, 2);
    }

    // Data folder, address and limits from the config file alone.
    void theConfigFileSetsDataAddressAndLimits()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("hub"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--data"), data}).exitCode, 0);
        const QString config = dir.filePath(QStringLiteral("vigia-hub.conf"));
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("[hub]\ndata=%1\nlisten=127.0.0.1:0\n[limits]\n"
                                   "max_bundle_bytes=1000\n")
                        .arg(data)
                        .toUtf8());
        }
        QProcess hub;
        hub.start(kHub, {QStringLiteral("serve"), QStringLiteral("--config"), config});
        QVERIFY(hub.waitForStarted(10000));
        const quint16 port = listeningPort(hub);
        QVERIFY(port > 0);
        const test::HttpReply options = test::HubFixture::send(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1/projects/00112233445566778899aabbccddeeff/"
                                "uploads")
                     .arg(port)),
            "OPTIONS");
        QCOMPARE(options.status, 204);
        QCOMPARE(options.header("Tus-Max-Size"), QByteArray("1000"));
        hub.terminate();
        QVERIFY(hub.waitForFinished(30000));
        QCOMPARE(hub.exitCode(), 0);
    }

    // Incomplete uploads past their expiry are reaped while the hub runs;
    // stored bundles never are.
    void expiredUploadsAreReaped()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace ana;
        QCOMPARE(enrol(*coordinator, *ana), QString());
        const QByteArray project = ProjectStore(coordinator->database()).load().value()->projectId;
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("hub"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--data"), data}).exitCode, 0);
        const Run created = run({QStringLiteral("project"), QStringLiteral("create"),
                                 QStringLiteral("Frontera Sur"), QStringLiteral("--data"), data});
        const QString config = dir.filePath(QStringLiteral("vigia-hub.conf"));
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("[hub]\ndata=%1\nlisten=127.0.0.1:0\n[limits]\n"
                                   "upload_expiry_seconds=1\nreap_interval_seconds=1\n")
                        .arg(data)
                        .toUtf8());
        }
        QProcess hub;
        hub.start(kHub, {QStringLiteral("serve"), QStringLiteral("--config"), config});
        QVERIFY(hub.waitForStarted(10000));
        const quint16 port = listeningPort(hub);
        QVERIFY(port > 0);
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QUrl projects = base;
        projects.setPath(QStringLiteral("/v1/projects"));
        QCOMPARE(test::HubFixture::send(
                     projects, "POST", {{"Content-Type", "application/json"}},
                     QJsonDocument(
                         QJsonObject{
                             {QStringLiteral("token"), QString::fromLatin1(created.out.trimmed())},
                             {QStringLiteral("manifest"),
                              QString::fromLatin1(manifestBytes(*coordinator).toBase64())}})
                         .toJson())
                     .status,
                 201);
        const QByteArray token = test::HubFixture::openSessionAt(base, project, ana->keys(),
                                                                 ana->deviceId().toRfc4122());
        QUrl uploads = base;
        uploads.setPath(
            QStringLiteral("/v1/projects/%1/uploads").arg(QString::fromLatin1(project.toHex())));
        QCOMPARE(test::HubFixture::send(
                     uploads, "POST",
                     {{"Authorization", "Bearer " + token},
                      {"Tus-Resumable", "1.0.0"},
                      {"Upload-Length", "5000"},
                      {"Upload-Metadata", "bundle " + QByteArray(64, 'a').toBase64()}})
                     .status,
                 201);
        const auto inProgress = [&data] {
            const Run stats = run({QStringLiteral("stats"), QStringLiteral("--data"), data,
                                   QStringLiteral("--json")});
            return QJsonDocument::fromJson(stats.out)
                .object()
                .value(QStringLiteral("uploads_in_progress"))
                .toInt(-1);
        };
        QCOMPARE(inProgress(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(inProgress(), 0, 10000);
        hub.terminate();
        QVERIFY(hub.waitForFinished(30000));
    }

    // HTTPS from the hub itself, with a certificate of its own: a client that
    // trusts that certificate gets through, plain HTTP does not.
    void servesHttpsWithItsOwnCertificate()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("hub"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--data"), data}).exitCode, 0);
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);

        const Run half = run({QStringLiteral("serve"), QStringLiteral("--data"), data,
                              QStringLiteral("--tls-cert"), cert});
        QCOMPARE(half.exitCode, 2);

        QProcess hub;
        hub.start(kHub, {QStringLiteral("serve"), QStringLiteral("--data"), data,
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        QVERIFY(hub.waitForStarted(10000));
        const quint16 port = listeningPort(hub);
        QVERIFY(port > 0);
        const auto status = [](const QStringList &args) {
            QProcess curl;
            curl.start(QStringLiteral("curl"),
                       QStringList{QStringLiteral("-s"), QStringLiteral("-o"),
                                   QStringLiteral("/dev/null"), QStringLiteral("-w"),
                                   QStringLiteral("%{http_code}"), QStringLiteral("--max-time"),
                                   QStringLiteral("10")} +
                           args);
            curl.waitForFinished(20000);
            return curl.readAllStandardOutput();
        };
        const QString https = QStringLiteral("https://127.0.0.1:%1/v1/health").arg(port);
        QCOMPARE(status({QStringLiteral("--cacert"), cert, https}), QByteArray("200"));
        // Not trusted without the certificate, and no plain HTTP.
        QVERIFY(status({https}) != "200");
        QVERIFY(status({QStringLiteral("http://127.0.0.1:%1/v1/health").arg(port)}) != "200");
        hub.terminate();
        QVERIFY(hub.waitForFinished(30000));
        QCOMPARE(hub.exitCode(), 0);
    }

    void aKilledHubResumesTheUploadAfterRestart_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgres") << true;
    }

    void aKilledHubResumesTheUploadAfterRestart()
    {
        QFETCH(bool, postgres);
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace ana;
        QCOMPARE(enrol(*coordinator, *ana), QString());
        const QByteArray project = ProjectStore(coordinator->database()).load().value()->projectId;
        auto id = ana->records().create(QStringLiteral("f"), QStringLiteral("1"),
                                        {{QStringLiteral("a"), QStringLiteral("at the river")}});
        QVERIFY(id && ana->records().finalize(id.value()));
        QTemporaryDir usb;
        auto exported = ChangeExporter::exportTo(*ana, usb.path());
        QVERIFY(exported);
        QFile file(exported.value().paths.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QByteArray bundleId = exported.value().bundleIds.first();

        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("hub"));
        QStringList init{QStringLiteral("init"), QStringLiteral("--data"), data};
        if (postgres)
            init << QStringLiteral("--database") << m_pg.createDatabase();
        QCOMPARE(run(init).exitCode, 0);
        // The other commands find the database from the data folder alone.
        const Run created = run({QStringLiteral("project"), QStringLiteral("create"),
                                 QStringLiteral("Frontera Sur"), QStringLiteral("--data"), data});
        QCOMPARE(created.exitCode, 0);
        const QByteArray projectToken = created.out.trimmed();
        QVERIFY(projectToken.size() >= 40);
        QVERIFY(!created.err.contains(projectToken)); // the token goes to stdout only

        QProcess hub;
        const quint16 port = startServe(hub, data);
        QVERIFY(port > 0);
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const auto at = [&base](const QString &path) {
            QUrl u = base;
            u.setPath(path);
            return u;
        };
        const test::HttpReply registered = test::HubFixture::send(
            at(QStringLiteral("/v1/projects")), "POST", {{"Content-Type", "application/json"}},
            QJsonDocument(
                QJsonObject{{QStringLiteral("token"), QString::fromLatin1(projectToken)},
                            {QStringLiteral("manifest"),
                             QString::fromLatin1(manifestBytes(*coordinator).toBase64())}})
                .toJson());
        QCOMPARE(registered.status, 201);
        const QByteArray token = test::HubFixture::openSessionAt(base, project, ana->keys(),
                                                                 ana->deviceId().toRfc4122());
        QVERIFY(!token.isEmpty());
        const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + token},
                                                        {"Tus-Resumable", "1.0.0"}};
        const QString base64Path =
            QStringLiteral("/v1/projects/%1/uploads").arg(QString::fromLatin1(project.toHex()));
        auto creation = auth;
        creation << QPair<QByteArray, QByteArray>("Upload-Length", QByteArray::number(bytes.size()))
                 << QPair<QByteArray, QByteArray>("Upload-Metadata",
                                                  "bundle " + bundleId.toHex().toBase64());
        const test::HttpReply upload = test::HubFixture::send(at(base64Path), "POST", creation);
        QCOMPARE(upload.status, 201);
        const QUrl location = at(QString::fromLatin1(upload.header("Location")));
        const QByteArray half = bytes.left(bytes.size() / 2);
        auto patch = [&](qint64 offset, const QByteArray &body) {
            auto h = auth;
            h << QPair<QByteArray, QByteArray>("Upload-Offset", QByteArray::number(offset))
              << QPair<QByteArray, QByteArray>("Content-Type", "application/offset+octet-stream")
              << QPair<QByteArray, QByteArray>("Upload-Checksum", sha256Header(body));
            return test::HubFixture::send(location, "PATCH", h, body);
        };
        QCOMPARE(patch(0, half).status, 204);

        // The power goes: no chance to flush or say goodbye.
        ::kill(pid_t(hub.processId()), SIGKILL);
        QVERIFY(hub.waitForFinished(10000));
        // Restarted on the same address, as a service manager would.
        QCOMPARE(startServe(hub, data, port), port);

        // The acknowledged half survived; the session did too (it is stored).
        const test::HttpReply head = test::HubFixture::send(location, "HEAD", auth);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Upload-Offset").toLongLong(), half.size());
        const test::HttpReply done = patch(half.size(), bytes.mid(half.size()));
        QCOMPARE(done.status, 204);
        QVERIFY(done.header("Vigia-Bundle-Seq").toLongLong() > 0);

        // SIGTERM: the hub says it stops, finishes, exits 0.
        hub.terminate();
        QVERIFY(hub.waitForFinished(30000));
        QCOMPARE(hub.exitStatus(), QProcess::NormalExit);
        QCOMPARE(hub.exitCode(), 0);
        QVERIFY(hub.readAllStandardError().contains("stopping"));

        const Run stats = run(
            {QStringLiteral("stats"), QStringLiteral("--data"), data, QStringLiteral("--json")});
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject counts = QJsonDocument::fromJson(stats.out).object();
        QCOMPARE(counts.value(QStringLiteral("bundles")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("bundle_bytes")).toInteger(), bytes.size());
        QCOMPARE(counts.value(QStringLiteral("uploads_in_progress")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("projects")).toInt(), 1);
    }
    // Two stateless hub processes behind a load balancer share one
    // PostgreSQL database; the same bundle sent through both at once is
    // stored once, and both clients learn its one sequence number.
    void twoHubsOnOneDatabaseStoreABundleOnce()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace ana;
        QCOMPARE(enrol(*coordinator, *ana), QString());
        const QByteArray project = ProjectStore(coordinator->database()).load().value()->projectId;
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("hub"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--data"), data,
                      QStringLiteral("--database"), m_pg.createDatabase()})
                     .exitCode,
                 0);
        const Run created = run({QStringLiteral("project"), QStringLiteral("create"),
                                 QStringLiteral("Frontera Sur"), QStringLiteral("--data"), data});
        QCOMPARE(created.exitCode, 0);
        QProcess hubs[2];
        quint16 ports[2] = {0, 0};
        for (int i = 0; i < 2; ++i) {
            ports[i] = startServe(hubs[i], data);
            QVERIFY(ports[i] > 0);
        }
        const auto base = [&ports](int i) {
            return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ports[i]));
        };
        const auto at = [&base](int i, const QString &path) {
            QUrl u = base(i);
            u.setPath(path);
            return u;
        };
        QCOMPARE(test::HubFixture::send(
                     at(0, QStringLiteral("/v1/projects")), "POST",
                     {{"Content-Type", "application/json"}},
                     QJsonDocument(
                         QJsonObject{
                             {QStringLiteral("token"), QString::fromLatin1(created.out.trimmed())},
                             {QStringLiteral("manifest"),
                              QString::fromLatin1(manifestBytes(*coordinator).toBase64())}})
                         .toJson())
                     .status,
                 201);

        auto id = ana->records().create(QStringLiteral("f"), QStringLiteral("1"),
                                        {{QStringLiteral("a"), QStringLiteral("twice at once")}});
        QVERIFY(id && ana->records().finalize(id.value()));
        QTemporaryDir usb;
        auto exported = ChangeExporter::exportTo(*ana, usb.path());
        QVERIFY(exported);
        QFile file(exported.value().paths.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QByteArray bundleId = exported.value().bundleIds.first();
        QByteArray tokens[2];
        for (int i = 0; i < 2; ++i) {
            tokens[i] = test::HubFixture::openSessionAt(base(i), project, ana->keys(),
                                                        ana->deviceId().toRfc4122());
            QVERIFY(!tokens[i].isEmpty());
        }

        // Each client: creation, the whole body, and after any refusal a
        // creation again, until the hub says it holds the bundle.
        qint64 seqs[2] = {-1, -1};
        const QString uploads =
            QStringLiteral("/v1/projects/%1/uploads").arg(QString::fromLatin1(project.toHex()));
        const auto client = [&](int i) {
            const QList<QPair<QByteArray, QByteArray>> auth{
                {"Authorization", "Bearer " + tokens[i]}, {"Tus-Resumable", "1.0.0"}};
            for (int attempt = 0; attempt < 20 && seqs[i] < 0; ++attempt) {
                auto creation = auth;
                creation << QPair<QByteArray, QByteArray>("Upload-Length",
                                                          QByteArray::number(bytes.size()))
                         << QPair<QByteArray, QByteArray>("Upload-Metadata",
                                                          "bundle " + bundleId.toHex().toBase64());
                const test::HttpReply c = test::HubFixture::send(at(i, uploads), "POST", creation);
                if (c.status != 201)
                    continue;
                const qint64 offset = c.header("Upload-Offset").toLongLong();
                if (offset == bytes.size()) {
                    seqs[i] = c.header("Vigia-Bundle-Seq").toLongLong();
                    break;
                }
                auto patch = auth;
                patch << QPair<QByteArray, QByteArray>("Upload-Offset", QByteArray::number(offset))
                      << QPair<QByteArray, QByteArray>("Content-Type",
                                                       "application/offset+octet-stream");
                const test::HttpReply p =
                    test::HubFixture::send(at(i, QString::fromLatin1(c.header("Location"))),
                                           "PATCH", patch, bytes.mid(offset));
                if (p.status == 204 && p.header("Upload-Offset").toLongLong() == bytes.size())
                    seqs[i] = p.header("Vigia-Bundle-Seq").toLongLong();
            }
        };
        std::thread second([&] { client(1); });
        client(0);
        second.join();
        QVERIFY(seqs[0] > 0);
        QCOMPARE(seqs[1], seqs[0]);
        for (QProcess &hub : hubs) {
            hub.terminate();
            QVERIFY(hub.waitForFinished(30000));
        }
        const Run stats = run(
            {QStringLiteral("stats"), QStringLiteral("--data"), data, QStringLiteral("--json")});
        QCOMPARE(
            QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("bundles")).toInt(),
            1);
    }

    void devicesListShowsRolesAndStates_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgres") << true;
    }

    // The administrator sees every project's devices with their roles, and
    // which are approved, revoked by the manifest or blocked on this hub.
    void devicesListShowsRolesAndStates()
    {
        QFETCH(bool, postgres);
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace ana;
        QCOMPARE(enrol(*coordinator, *ana), QString());
        const QByteArray project = ProjectStore(coordinator->database()).load().value()->projectId;
        const QByteArray projectHex = project.toHex();
        const QByteArray anaHex = ana->deviceId().toRfc4122().toHex();
        const QByteArray coordinatorHex = coordinator->deviceId().toRfc4122().toHex();
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("hub"));
        QProcess hub;
        quint16 port = 0;
        const QString setUp = serveProject(postgres, data, *coordinator, hub, port);
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));

        const Run listed = run(
            {QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--data"), data});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(projectHex), listed.out.constData());
        QVERIFY(listed.out.contains("Frontera Sur"));
        const auto lineOf = [](const QByteArray &out, const QByteArray &id) {
            for (const QByteArray &line : out.split('\n')) {
                if (line.contains(id))
                    return line;
            }
            return QByteArray();
        };
        QVERIFY(lineOf(listed.out, anaHex).contains("researcher"));
        QVERIFY(lineOf(listed.out, anaHex).contains("approved"));
        QVERIFY(lineOf(listed.out, coordinatorHex).contains("coordinator"));
        QVERIFY(lineOf(listed.out, coordinatorHex).contains("approved"));

        QCOMPARE(run({QStringLiteral("devices"), QStringLiteral("revoke"),
                      QString::fromLatin1(anaHex), QStringLiteral("--project"),
                      QString::fromLatin1(projectHex), QStringLiteral("--data"), data})
                     .exitCode,
                 0);
        const Run json = run({QStringLiteral("devices"), QStringLiteral("list"),
                              QStringLiteral("--data"), data, QStringLiteral("--project"),
                              QString::fromLatin1(projectHex), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray projects =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("projects")).toArray();
        QCOMPARE(projects.size(), 1);
        const QJsonObject p = projects.first().toObject();
        QCOMPARE(p.value(QStringLiteral("id")).toString().toLatin1(), projectHex);
        QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("Frontera Sur"));
        QHash<QByteArray, QJsonObject> byId;
        for (const QJsonValue &d : p.value(QStringLiteral("devices")).toArray())
            byId.insert(d.toObject().value(QStringLiteral("id")).toString().toLatin1(),
                        d.toObject());
        QCOMPARE(byId.size(), 2);
        QCOMPARE(byId[anaHex].value(QStringLiteral("role")).toString(),
                 QStringLiteral("researcher"));
        QCOMPARE(byId[anaHex].value(QStringLiteral("state")).toString(), QStringLiteral("blocked"));
        QCOMPARE(byId[coordinatorHex].value(QStringLiteral("role")).toString(),
                 QStringLiteral("coordinator"));
        QCOMPARE(byId[coordinatorHex].value(QStringLiteral("state")).toString(),
                 QStringLiteral("approved"));
        const Run text = run(
            {QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--data"), data});
        QVERIFY(lineOf(text.out, anaHex).contains("blocked on this hub"));
        QVERIFY(lineOf(text.out, coordinatorHex).contains("approved"));

        // Refusals: an unknown project, a malformed id, a folder with no hub.
        QCOMPARE(
            run({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--data"), data,
                 QStringLiteral("--project"), QStringLiteral("00112233445566778899aabbccddeeff")})
                .exitCode,
            3);
        QCOMPARE(run({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--data"),
                      data, QStringLiteral("--project"), QStringLiteral("frontera")})
                     .exitCode,
                 2);
        QTemporaryDir empty;
        const Run noHub = run({QStringLiteral("devices"), QStringLiteral("list"),
                               QStringLiteral("--data"), empty.path()});
        QCOMPARE(noHub.exitCode, 3);
        QVERIFY(noHub.err.contains("init"));
        QVERIFY(!QFile::exists(QDir(empty.path()).filePath(QStringLiteral("hub.sqlite"))));
        hub.terminate();
        QVERIFY(hub.waitForFinished(30000));
    }

    void revokeBlocksSessionsWhileTheHubRuns_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgres") << true;
    }

    // A phone reported stolen: the administrator blocks it while the hub
    // runs. Its next session attempt and the session it holds are refused
    // with 403 "blocked"; the coordinator is not touched; restore lifts it.
    void revokeBlocksSessionsWhileTheHubRuns()
    {
        QFETCH(bool, postgres);
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace ana;
        QCOMPARE(enrol(*coordinator, *ana), QString());
        const QByteArray project = ProjectStore(coordinator->database()).load().value()->projectId;
        const QByteArray anaId = ana->deviceId().toRfc4122();
        const QString anaHex = QString::fromLatin1(anaId.toHex());
        const QString projectHex = QString::fromLatin1(project.toHex());
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("hub"));
        QProcess hub;
        quint16 port = 0;
        const QString setUp = serveProject(postgres, data, *coordinator, hub, port);
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const auto at = [&base, &projectHex](const QString &tail) {
            QUrl u = base;
            u.setPath(QStringLiteral("/v1/projects/%1%2").arg(projectHex, tail));
            return u;
        };
        const auto getManifest = [&at](const QByteArray &token) {
            return test::HubFixture::send(at(QStringLiteral("/manifest")), "GET",
                                          {{"Authorization", "Bearer " + token}});
        };
        const auto challenge = [&at](const QString &device) {
            return test::HubFixture::send(
                at(QStringLiteral("/challenges")), "POST", {{"Content-Type", "application/json"}},
                QJsonDocument(QJsonObject{{QStringLiteral("device"), device}})
                    .toJson(QJsonDocument::Compact));
        };
        const QByteArray token = test::HubFixture::openSessionAt(base, project, ana->keys(), anaId);
        QVERIFY(!token.isEmpty());
        QCOMPARE(getManifest(token).status, 200);
        // A challenge asked for before the block, answered after it.
        const test::HttpReply pending = challenge(anaHex);
        QCOMPARE(pending.status, 201);

        const Run revoked =
            run({QStringLiteral("devices"), QStringLiteral("revoke"), anaHex,
                 QStringLiteral("--project"), projectHex, QStringLiteral("--data"), data});
        QCOMPARE(revoked.exitCode, 0);
        QVERIFY2(revoked.out.contains("coordinator"), revoked.out.constData());

        const test::HttpReply refused = getManifest(token);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("blocked"));
        const QString message = refused.json().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("administration")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("coordinator")), qPrintable(message));
        const test::HttpReply noChallenge = challenge(anaHex);
        QCOMPARE(noChallenge.status, 403);
        QCOMPARE(noChallenge.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("blocked"));
        const QByteArray nonce = QByteArray::fromBase64(
            pending.json().value(QStringLiteral("nonce")).toString().toLatin1());
        const QByteArray hubId =
            QByteArray::fromHex(pending.json().value(QStringLiteral("hub")).toString().toLatin1());
        const test::HttpReply noSession = test::HubFixture::send(
            at(QStringLiteral("/sessions")), "POST", {{"Content-Type", "application/json"}},
            QJsonDocument(
                QJsonObject{{QStringLiteral("device"), anaHex},
                            {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
                            {QStringLiteral("signature"),
                             QString::fromLatin1(
                                 ana->keys()
                                     .sign(HubAuth::sessionMessage(hubId, project, anaId, nonce))
                                     .toBase64())}})
                .toJson(QJsonDocument::Compact));
        QCOMPARE(noSession.status, 403);
        QCOMPARE(noSession.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("blocked"));
        QVERIFY(test::HubFixture::openSessionAt(base, project, ana->keys(), anaId).isEmpty());
        // The block is per device: the coordinator goes on.
        const QByteArray coordinatorToken = test::HubFixture::openSessionAt(
            base, project, coordinator->keys(), coordinator->deviceId().toRfc4122());
        QVERIFY(!coordinatorToken.isEmpty());
        QCOMPARE(getManifest(coordinatorToken).status, 200);

        // Refusals of the command itself.
        QCOMPARE(run({QStringLiteral("devices"), QStringLiteral("revoke"),
                      QStringLiteral("00112233445566778899aabbccddeeff"),
                      QStringLiteral("--project"), projectHex, QStringLiteral("--data"), data})
                     .exitCode,
                 3);
        QCOMPARE(run({QStringLiteral("devices"), QStringLiteral("revoke"), anaHex,
                      QStringLiteral("--data"), data})
                     .exitCode,
                 2);

        const Run restored =
            run({QStringLiteral("devices"), QStringLiteral("restore"), anaHex,
                 QStringLiteral("--project"), projectHex, QStringLiteral("--data"), data});
        QCOMPARE(restored.exitCode, 0);
        QCOMPARE(getManifest(token).status, 200);
        QVERIFY(!test::HubFixture::openSessionAt(base, project, ana->keys(), anaId).isEmpty());
        hub.terminate();
        QVERIFY(hub.waitForFinished(30000));
        QCOMPARE(hub.exitCode(), 0);
    }

    // SQLite: a copy taken while the hub runs, named by the time, that
    // opens and holds the bundle; nothing half-written is left.
    void backupCopiesTheRunningSqliteHub()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace ana;
        QCOMPARE(enrol(*coordinator, *ana), QString());
        const QByteArray project = ProjectStore(coordinator->database()).load().value()->projectId;
        auto id = ana->records().create(QStringLiteral("f"), QStringLiteral("1"),
                                        {{QStringLiteral("a"), QStringLiteral("kept safe")}});
        QVERIFY(id && ana->records().finalize(id.value()));
        QTemporaryDir usb;
        auto exported = ChangeExporter::exportTo(*ana, usb.path());
        QVERIFY(exported);
        QFile file(exported.value().paths.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QByteArray bundleId = exported.value().bundleIds.first();

        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("hub"));
        QProcess hub;
        quint16 port = 0;
        const QString setUp = serveProject(false, data, *coordinator, hub, port);
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const QByteArray token = test::HubFixture::openSessionAt(base, project, ana->keys(),
                                                                 ana->deviceId().toRfc4122());
        QVERIFY(!token.isEmpty());
        QUrl uploads = base;
        uploads.setPath(
            QStringLiteral("/v1/projects/%1/uploads").arg(QString::fromLatin1(project.toHex())));
        const test::HttpReply created =
            test::HubFixture::send(uploads, "POST",
                                   {{"Authorization", "Bearer " + token},
                                    {"Tus-Resumable", "1.0.0"},
                                    {"Upload-Length", QByteArray::number(bytes.size())},
                                    {"Upload-Metadata", "bundle " + bundleId.toHex().toBase64()}});
        QCOMPARE(created.status, 201);
        QUrl location = base;
        location.setPath(QString::fromLatin1(created.header("Location")));
        const test::HttpReply sent =
            test::HubFixture::send(location, "PATCH",
                                   {{"Authorization", "Bearer " + token},
                                    {"Tus-Resumable", "1.0.0"},
                                    {"Upload-Offset", "0"},
                                    {"Content-Type", "application/offset+octet-stream"}},
                                   bytes);
        QCOMPARE(sent.status, 204);

        const QString backups = dir.filePath(QStringLiteral("backups"));
        const Run backup = run({QStringLiteral("backup"), backups, QStringLiteral("--data"), data});
        QCOMPARE(backup.exitCode, 0);
        const QString copy = QString::fromUtf8(backup.out.trimmed());
        static const QRegularExpression named(QStringLiteral("/hub-\\d{8}-\\d{6}\\.sqlite$"));
        QVERIFY2(named.match(copy).hasMatch(), qPrintable(copy));
        QVERIFY(copy.startsWith(QDir(backups).absolutePath()));
        QCOMPARE(QDir(backups).entryList(QDir::Files),
                 QStringList{QFileInfo(copy).fileName()}); // no .part left
        hub.terminate();
        QVERIFY(hub.waitForFinished(30000));

        // The copy is a hub: it opens and holds the bundle, byte for byte.
        auto store = SqliteHubStore::open(copy);
        QVERIFY2(store, qPrintable(store.error().message()));
        auto held = store.value()->bundle(project, bundleId);
        QVERIFY2(held, qPrintable(held.error().message()));
        QCOMPARE(held.value().size, bytes.size());
        QCOMPARE(store.value()->bundleBytes(project, bundleId, 0, bytes.size()).value(), bytes);
        QCOMPARE(store.value()->hubId().value().size(), 16);

        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--data"), data}).exitCode, 2);
        QTemporaryDir empty;
        QCOMPARE(run({QStringLiteral("backup"), backups, QStringLiteral("--data"), empty.path()})
                     .exitCode,
                 3);
    }

    // PostgreSQL: pg_dump is the backup. The command is printed, built from
    // the hub's URI without its password, and the exit code says nothing was
    // copied.
    void backupOnPostgresNamesPgDump()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("hub"));
        const QString uri = m_pg.createDatabase();
        QVERIFY2(!uri.isEmpty(), qPrintable(m_pg.error()));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--data"), data,
                      QStringLiteral("--database"), uri})
                     .exitCode,
                 0);
        const QString backups = dir.filePath(QStringLiteral("backups"));
        const Run saved = run({QStringLiteral("backup"), backups, QStringLiteral("--data"), data});
        QCOMPARE(saved.exitCode, 2);
        QVERIFY2(saved.err.contains("pg_dump --format=custom"), saved.err.constData());
        QVERIFY(saved.err.contains(QUrl(uri).path().toUtf8())); // the database's name
        QVERIFY(!QDir(backups).exists() ||
                QDir(backups).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());

        const Run secret = run({QStringLiteral("backup"), backups, QStringLiteral("--data"), data,
                                QStringLiteral("--database"),
                                QStringLiteral("postgresql://hub:s3cret@db.example.org:5433/"
                                               "vigia_hub")});
        QCOMPARE(secret.exitCode, 2);
        QVERIFY2(secret.err.contains("'postgresql://hub@db.example.org:5433/vigia_hub'"),
                 secret.err.constData());
        QVERIFY(!secret.err.contains("s3cret"));
        QVERIFY(secret.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHubProcess)
#include "tst_hubprocess.moc"
