// The sync module's HTTPS to a self-hosted hub with a certificate no system
// CA vouches for: refused without a pin, accepted with the certificate's own
// SHA-256 pinned, refused with another certificate's pin; and plain HTTP
// cut off mid-answer is a cut, never an answer.
#include "FaultProxy.h"
#include "hub/HubHttpServer.h"
#include "HubFixture.h"
#include "sync/HubConnection.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

namespace {
// A self-signed certificate for 127.0.0.1 (PEM files in `dir`).
bool makeCertificate(const QString &dir, const QString &name)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"),
                   dir + QLatin1Char('/') + name + QStringLiteral(".key"), QStringLiteral("-out"),
                   dir + QLatin1Char('/') + name + QStringLiteral(".pem"), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    return openssl.waitForFinished(30000) && openssl.exitCode() == 0;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestHubConnection : public QObject
{
    Q_OBJECT

private slots:
    void aSelfHostedHubIsTrustedOnlyThroughItsPin()
    {
        QTemporaryDir dir;
        QVERIFY(makeCertificate(dir.path(), QStringLiteral("hub")));
        QVERIFY(makeCertificate(dir.path(), QStringLiteral("other")));
        const QByteArray pem = readAll(dir.filePath(QStringLiteral("hub.pem")));
        test::HubFixture hub;
        QVERIFY(hub.isValid());
        HubHttpServer tls(hub.service());
        QVERIFY(tls.start(QHostAddress::LocalHost, 0, pem,
                          readAll(dir.filePath(QStringLiteral("hub.key")))));
        const QUrl base(QStringLiteral("https://127.0.0.1:%1").arg(tls.port()));
        const QByteArray pin =
            HubConnection::certificateSha256(QSslCertificate(pem, QSsl::Pem).toDer());
        const QByteArray otherPin = HubConnection::certificateSha256(
            QSslCertificate(readAll(dir.filePath(QStringLiteral("other.pem"))), QSsl::Pem).toDer());

        HubConnection unpinned({base, {}, 5000});
        const HubReply refused = unpinned.send("GET", QStringLiteral("/v1/health"));
        QCOMPARE(refused.status, 0);
        QVERIFY2(refused.networkError.contains(QStringLiteral("certificate")),
                 qPrintable(refused.networkError));
        QCOMPARE(HubConnection::errorFor(refused, QStringLiteral("x")).code(), ErrorCode::Network);

        HubConnection pinned({base, pin, 5000});
        QCOMPARE(pinned.send("GET", QStringLiteral("/v1/health")).status, 200);

        HubConnection wrong({base, otherPin, 5000});
        const HubReply mismatch = wrong.send("GET", QStringLiteral("/v1/health"));
        QCOMPARE(mismatch.status, 0);
        QVERIFY(mismatch.pinMismatch);
        QVERIFY(mismatch.networkError.contains(QStringLiteral("pinned")));
        // Retried later like any network trouble (an intercepting Wi-Fi),
        // never sent through.
        QCOMPARE(HubConnection::errorFor(mismatch, QStringLiteral("x")).code(), ErrorCode::Network);
    }

    void anAnswerCutMidBodyIsACut()
    {
        test::HubFixture hub;
        QVERIFY(hub.isValid());
        test::FaultProxy proxy(hub.url(QString()).port());
        QVERIFY(proxy.start());
        // Where the answer's body starts, read raw, so the cut falls inside it.
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, hub.url(QString()).port());
        QVERIFY(raw.waitForConnected(5000));
        raw.write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray whole;
        while (raw.waitForReadyRead(2000))
            whole += raw.readAll();
        QVERIFY(whole.contains("\r\n\r\n{"));
        // 30 bytes into the body: inside it whatever small header differences
        // a client's own request makes (the body is 78 bytes).
        proxy.setPlan({.cutDownAfter = whole.indexOf("\r\n\r\n{") + 4 + 30}, false);
        HubConnection c({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())), {}, 5000});
        const HubReply r = c.send("GET", QStringLiteral("/v1/health"));
        QCOMPARE(r.status, 0);
        QCOMPARE(r.statusBeforeCut, 200);
        QVERIFY(!r.networkError.isEmpty());
        QCOMPARE(HubConnection::errorFor(r, QStringLiteral("x")).code(), ErrorCode::Network);
    }

    void pathsResolveBelowTheBase()
    {
        HubConnection c({QUrl(QStringLiteral("https://example.org/vigia/")), {}, 1000});
        QCOMPARE(c.resolve(QStringLiteral("/v1/health")).toString(),
                 QStringLiteral("https://example.org/vigia/v1/health"));
        QCOMPARE(
            c.resolve(QStringLiteral("/v1/projects/ab/bundles?after=3&limit=2")).toString(),
            QStringLiteral("https://example.org/vigia/v1/projects/ab/bundles?after=3&limit=2"));
        QCOMPARE(c.resolve(QStringLiteral("https://example.org/vigia/v1/uploads/x")).toString(),
                 QStringLiteral("https://example.org/vigia/v1/uploads/x"));
    }
};

QTEST_GUILESS_MAIN(TestHubConnection)
#include "tst_hubconnection.moc"
