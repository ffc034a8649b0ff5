// vigia-hub as an operator runs it: init, project create, serve, stats, and
// the failures a border-town server meets. Killed with SIGKILL halfway
// through an upload, the restarted hub resumes it from the offset it had
// acknowledged, and the bundle is stored once and whole. SIGTERM lets the
// hub finish and exit 0.
#include "HubFixture.h"
#include "PgFixture.h"
#include "project/ChangeExporter.h"
#include "ProjectTestKit.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"

#include <QFile>
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
        for (const char *word : {"init", "serve", "project create", "stats"})
            QVERIFY2(help.out.contains(word), word);
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
};

QTEST_GUILESS_MAIN(TestHubProcess)
#include "tst_hubprocess.moc"
