// The nginx configuration Vigia ships (packaging/nginx/vigia-hub.conf), run by
// Debian's nginx in front of a real hub with a certificate made for the test:
// nginx accepts it as written (only ports, paths and the upstream change),
// plain HTTP is sent to HTTPS, a bundle travels researcher → nginx → hub →
// coordinator byte-identical, an oversize body is refused from its headers,
// and the hub hears a request's headers before its body arrives (the upload
// is streamed, not spooled), so its own early refusals still work behind
// the proxy.
#include "HubFixture.h"
#include "NginxProcess.h"
#include "project/ChangeExporter.h"
#include "ProjectTestKit.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <memory>

using namespace vigia;
using namespace vigia::projecttest;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;

// Replaces `from` (which must occur exactly once) in `text`.
bool substitute(QString &text, const QString &from, const QString &to)
{
    if (text.count(from) != 1)
        return false;
    text.replace(from, to);
    return true;
}

// The status line's code of the answer nginx gives on a raw TLS connection
// after `request` (headers only), or 0 when none came within `ms`.
int statusAfterHeaders(quint16 port, const QByteArray &request, int ms, qint64 *elapsed)
{
    QSslSocket socket;
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForEncrypted(5000))
        return 0;
    QElapsedTimer timer;
    timer.start();
    socket.write(request);
    QByteArray answer;
    while (timer.elapsed() < ms && !answer.contains("\r\n")) {
        if (socket.waitForReadyRead(50))
            answer += socket.readAll();
    }
    *elapsed = timer.elapsed();
    // "HTTP/1.1 413 Request Entity Too Large"
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}
} // namespace

class TestNginxProxy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::HubFixture> m_hub;
    test::NginxProcess m_nginx;
    quint16 m_tls = 0;
    quint16 m_plain = 0;

    [[nodiscard]] QUrl proxied(const QString &path) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_tls).arg(path));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        QVERIFY2(!test::NginxProcess::executable().isEmpty(),
                 "nginx is not installed: run packaging/install-deps.sh");
        QVERIFY(m_dir.isValid());
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
                 openssl.readAll().constData());
        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        // The test's certificate is the only authority the clients trust.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromData(pem.readAll(), QSsl::Pem));
        QSslConfiguration::setDefaultConfiguration(ssl);

        HubConfig unthrottled;
        unthrottled.requestsPerDevicePerMinute = 0;
        m_hub = std::make_unique<test::HubFixture>(unthrottled);
        QVERIFY2(m_hub->isValid(), qPrintable(m_hub->error()));

        QFile shipped(qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR") +
                      QStringLiteral("/packaging/nginx/vigia-hub.conf"));
        QVERIFY2(shipped.open(QIODevice::ReadOnly), qPrintable(shipped.fileName()));
        QString conf = QString::fromUtf8(shipped.readAll());
        m_tls = test::NginxProcess::freePort();
        m_plain = test::NginxProcess::freePort();
        QVERIFY(m_tls != 0 && m_plain != 0 && m_tls != m_plain);
        // Only what a deployment sets changes: ports, certificate paths, the
        // hub's port. Each must be in the file exactly once, as documented.
        QVERIFY(substitute(conf, QStringLiteral("listen 443 ssl http2;"),
                           QStringLiteral("listen 127.0.0.1:%1 ssl http2;").arg(m_tls)));
        QVERIFY(substitute(conf, QStringLiteral("listen [::]:443 ssl http2;"), QString()));
        QVERIFY(substitute(conf, QStringLiteral("listen 80;"),
                           QStringLiteral("listen 127.0.0.1:%1;").arg(m_plain)));
        QVERIFY(substitute(conf, QStringLiteral("listen [::]:80;"), QString()));
        QVERIFY(substitute(
            conf, QStringLiteral("/etc/letsencrypt/live/hub.example.org/fullchain.pem"), cert));
        QVERIFY(substitute(
            conf, QStringLiteral("/etc/letsencrypt/live/hub.example.org/privkey.pem"), key));
        QVERIFY(substitute(conf, QStringLiteral("server 127.0.0.1:8470;"),
                           QStringLiteral("server 127.0.0.1:%1;").arg(m_hub->url({}).port())));
        const QString started = m_nginx.start(conf, m_tls);
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void healthOverTls()
    {
        const test::HttpReply r =
            test::HubFixture::send(proxied(QStringLiteral("/v1/health")), "GET");
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().value(QStringLiteral("version")).toString().isEmpty());
        QVERIFY(r.header("Strict-Transport-Security").startsWith("max-age="));
    }

    void plainHttpGoesToHttps()
    {
        const test::HttpReply r = test::HubFixture::send(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1/health").arg(m_plain)), "GET");
        QCOMPARE(r.status, 301);
        QVERIFY2(r.header("Location").startsWith("https://"), r.header("Location").constData());
    }

    void onlyTheApiIsServed()
    {
        QCOMPARE(test::HubFixture::send(proxied(QStringLiteral("/")), "GET").status, 404);
        QCOMPARE(test::HubFixture::send(proxied(QStringLiteral("/admin")), "GET").status, 404);
    }

    void bundleTravelsThroughTheProxy()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace ana;
        QCOMPARE(enrol(*coordinator, *ana), QString());
        const QByteArray project = ProjectStore(coordinator->database()).load().value()->projectId;
        QCOMPARE(m_hub->registerProject(manifestBytes(*coordinator)).status, 201);
        const QUrl base = proxied(QString());
        const QByteArray token = test::HubFixture::openSessionAt(base, project, ana->keys(),
                                                                 ana->deviceId().toRfc4122());
        QVERIFY(!token.isEmpty());

        auto id = ana->records().create(
            QStringLiteral("f"), QStringLiteral("1"),
            {{QStringLiteral("a"), QStringLiteral("finding ").repeated(4000)}});
        QVERIFY(id && ana->records().finalize(id.value()));
        QTemporaryDir usb;
        auto exported = ChangeExporter::exportTo(*ana, usb.path());
        QVERIFY(exported);
        QFile f(exported.value().paths.first());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QByteArray bundleId = exported.value().bundleIds.first();

        const QString projectPath =
            QStringLiteral("/v1/projects/%1").arg(QString::fromLatin1(project.toHex()));
        const Headers auth{{"Authorization", "Bearer " + token}, {"Tus-Resumable", "1.0.0"}};
        Headers create = auth;
        create << Headers::value_type("Upload-Length", QByteArray::number(bytes.size()))
               << Headers::value_type("Upload-Metadata", "bundle " + bundleId.toHex().toBase64());
        const test::HttpReply created = test::HubFixture::send(
            proxied(projectPath + QStringLiteral("/uploads")), "POST", create);
        QCOMPARE(created.status, 201);
        const QUrl location = proxied(QString::fromLatin1(created.header("Location")));
        // Two PATCHes, as a client resuming after a cut would send them.
        const qint64 half = bytes.size() / 2;
        for (const auto &[offset, part] :
             {qMakePair(qint64(0), bytes.left(half)), qMakePair(half, bytes.mid(half))}) {
            Headers patch = auth;
            patch << Headers::value_type("Upload-Offset", QByteArray::number(offset))
                  << Headers::value_type("Content-Type", "application/offset+octet-stream")
                  << Headers::value_type("Upload-Checksum", test::HubFixture::checksum(part));
            const test::HttpReply sent = test::HubFixture::send(location, "PATCH", patch, part);
            QCOMPARE(sent.status, 204);
            QCOMPARE(sent.header("Upload-Offset").toLongLong(), offset + part.size());
        }

        const QByteArray coordinatorToken = test::HubFixture::openSessionAt(
            base, project, coordinator->keys(), coordinator->deviceId().toRfc4122());
        QVERIFY(!coordinatorToken.isEmpty());
        const Headers reader{{"Authorization", "Bearer " + coordinatorToken}};
        const test::HttpReply listed = test::HubFixture::send(
            proxied(projectPath + QStringLiteral("/bundles")), "GET", reader);
        QCOMPARE(listed.status, 200);
        const QJsonArray items = listed.json().value(QStringLiteral("bundles")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("id")).toString(),
                 QString::fromLatin1(bundleId.toHex()));
        const test::HttpReply got =
            test::HubFixture::send(proxied(projectPath + QStringLiteral("/bundles/") +
                                           QString::fromLatin1(bundleId.toHex())),
                                   "GET", reader);
        QCOMPARE(got.status, 200);
        QVERIFY(got.body == bytes);
    }

    // client_max_body_size: answered from Content-Length, the body never sent.
    void oversizeBodyRefusedFromItsHeaders()
    {
        qint64 elapsed = 0;
        const int status =
            statusAfterHeaders(m_tls,
                               "PATCH /v1/projects/00/uploads/00 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Content-Length: 2147483648\r\n\r\n",
                               5000, &elapsed);
        QCOMPARE(status, 413);
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    }

    // proxy_request_buffering off: nginx passes the headers on at once, so
    // the hub refuses a bad token before a 4 MiB body has been sent. With
    // buffering on, nginx would wait for the whole body and nothing would
    // come back.
    void hubAnswersBeforeTheBody()
    {
        qint64 elapsed = 0;
        const int status = statusAfterHeaders(
            m_tls,
            "PATCH /v1/projects/" + QByteArray(32, 'a') + "/uploads/" + QByteArray(32, 'b') +
                " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer not-a-session\r\n"
                "Tus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\n"
                "Content-Type: application/offset+octet-stream\r\nContent-Length: 4194304\r\n\r\n",
            5000, &elapsed);
        QCOMPARE(status, 401);
        QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
    }

    void cleanupTestCase() { m_nginx.stop(); }
};

QTEST_GUILESS_MAIN(TestNginxProxy)
#include "tst_nginxproxy.moc"
