// The hub's limits on raw sockets: slowloris headers and dripped bodies are
// cut off within their bounds, oversized headers are refused, and a 2 GiB
// body is answered 413 from its headers without the hub reading or keeping
// it.
#include "hub/HubService.h"
#include "HubFixture.h"
#include "ProjectTestKit.h"
#include "TestWorkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

using namespace vigia;
using namespace vigia::projecttest;

namespace {
const QByteArray kProject = "00112233445566778899aabbccddeeff";

HubConfig tightLimits()
{
    HubConfig c;
    c.headerTimeoutSeconds = 1;
    c.slowBodyGraceSeconds = 1;
    c.slowBodyMinBytesPerSecond = 100;
    c.idleTimeoutSeconds = 5;
    return c;
}

// Writes `first`, then `drip` every `everyMs` until the hub closes the
// connection or `maxMs` pass; how long the hub took to close it.
qint64 dripUntilClosed(quint16 port, const QByteArray &first, const QByteArray &drip, int everyMs,
                       int maxMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return -1;
    QElapsedTimer timer;
    timer.start();
    socket.write(first);
    socket.flush();
    while (timer.elapsed() < maxMs) {
        if (socket.state() != QAbstractSocket::ConnectedState)
            return timer.elapsed();
        socket.waitForDisconnected(everyMs);
        if (socket.state() != QAbstractSocket::ConnectedState)
            return timer.elapsed();
        socket.write(drip);
        socket.flush();
    }
    return -1;
}

QByteArray statusLine(quint16 port, const QByteArray &request, qint64 *ms)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    QElapsedTimer timer;
    timer.start();
    socket.write(request);
    socket.flush();
    while (!socket.canReadLine() && timer.elapsed() < 5000 &&
           socket.state() == QAbstractSocket::ConnectedState)
        socket.waitForReadyRead(20);
    *ms = timer.elapsed();
    return socket.readLine().trimmed();
}

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}
} // namespace

class TestHubLimits : public QObject
{
    Q_OBJECT

private slots:
    void headersDrippedAreCutOff()
    {
        test::HubFixture hub(tightLimits());
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        const quint16 port = quint16(hub.url(QString()).port());
        // A header line every 100 ms never leaves the connection idle.
        const qint64 closedAfter = dripUntilClosed(port, "GET /v1/health HTTP/1.1\r\nHost: x\r\n",
                                                   "X-Slow: a\r\n", 100, 8000);
        QVERIFY2(closedAfter > 0, "the hub kept a dripping connection open");
        QVERIFY2(closedAfter >= 900 && closedAfter < 3000,
                 qPrintable(QString::number(closedAfter)));
        // The hub still answers others.
        QCOMPARE(hub.request("GET", QStringLiteral("/v1/health")).status, 200);
    }

    void bodyDrippedIsCutOff()
    {
        test::HubFixture hub(tightLimits());
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        const quint16 port = quint16(hub.url(QString()).port());
        const qint64 closedAfter =
            dripUntilClosed(port,
                            "PUT /v1/projects/" + kProject +
                                "/manifest HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n",
                            "x", 100, 8000);
        QVERIFY2(closedAfter > 0, "the hub kept a dripping body open");
        QVERIFY2(closedAfter >= 900 && closedAfter < 3000,
                 qPrintable(QString::number(closedAfter)));
    }

    void oversizedHeadersAreRefused()
    {
        test::HubFixture hub;
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        qint64 ms = 0;
        const QByteArray status = statusLine(quint16(hub.url(QString()).port()),
                                             "GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " +
                                                 QByteArray(64 * 1024, 'a') + "\r\n\r\n",
                                             &ms);
        QVERIFY2(status.startsWith("HTTP/1.1 431"), status.constData());
    }

    // Refused from its headers: quickly, and the hub's memory does not grow
    // with what the client keeps sending.
    void aHugeBodyIsRefusedWithoutReadingIt()
    {
        test::HubFixture hub;
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        const quint16 port = quint16(hub.url(QString()).port());
        const QByteArray head =
            "PUT /v1/projects/" + kProject +
            "/manifest HTTP/1.1\r\nHost: x\r\nContent-Length: 2147483648\r\n\r\n";
        QList<qint64> times;
        for (int i = 0; i < 5; ++i) {
            qint64 ms = 0;
            const QByteArray status = statusLine(port, head, &ms);
            QVERIFY2(status.startsWith("HTTP/1.1 413"), status.constData());
            times << ms;
        }
        std::sort(times.begin(), times.end());
        qInfo("413 for a 2 GiB body after %lld ms (fastest of 5), median %lld ms", times.first(),
              times.at(2));
        QVERIFY2(times.first() <= 100, qPrintable(QString::number(times.first())));

        const qint64 before = rssKiB();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(head);
        const QByteArray megabyte(1024 * 1024, 'z');
        for (int i = 0; i < 64 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write(megabyte);
            socket.waitForBytesWritten(200);
        }
        socket.abort();
        QTest::qWait(200);
        const qint64 grown = rssKiB() - before;
        qInfo("RSS grew by %lld KiB while a client pushed up to 64 MiB at a refused request",
              grown);
        QVERIFY2(grown < 5 * 1024, qPrintable(QString::number(grown)));
    }
    // A device over its requests per minute gets 429 and when to come back;
    // another device is not held up by it.
    void aDeviceOverItsRateIsToldWhenToComeBack()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace ana;
        QCOMPARE(enrol(*coordinator, *ana), QString());
        HubConfig config;
        config.requestsPerDevicePerMinute = 5;
        test::HubFixture hub(config);
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        QCOMPARE(hub.registerProject(manifestBytes(*coordinator)).status, 201);
        const QByteArray project = ProjectStore(coordinator->database()).load().value()->projectId;
        const QString list =
            QStringLiteral("/v1/projects/%1/bundles").arg(QString::fromLatin1(project.toHex()));
        // Two sessions of one device share one allowance.
        const QByteArray first = hub.openSession(project, ana->keys(), ana->deviceId().toRfc4122());
        const QByteArray second =
            hub.openSession(project, ana->keys(), ana->deviceId().toRfc4122());
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                hub.request("GET", list, {{"Authorization", "Bearer " + (i % 2 ? first : second)}})
                    .status,
                200);
        const test::HttpReply refused =
            hub.request("GET", list, {{"Authorization", "Bearer " + first}});
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("rate_limited"));
        const int retryAfter = refused.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 12, refused.header("Retry-After").constData());
        const QByteArray coordinatorToken =
            hub.openSession(project, coordinator->keys(), coordinator->deviceId().toRfc4122());
        QCOMPARE(hub.request("GET", list, {{"Authorization", "Bearer " + coordinatorToken}}).status,
                 200);
    }

    // A device with maxUploadsPerDevice uploads in progress is refused a new
    // one (429), never a repeated creation of one it has; a DELETE frees a
    // place, and another device is not held up by it.
    void aDeviceOverItsUploadsIsRefusedANewOne()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace ana;
        QCOMPARE(enrol(*coordinator, *ana), QString());
        HubConfig config;
        config.maxUploadsPerDevice = 2;
        test::HubFixture hub(config);
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        QCOMPARE(hub.registerProject(manifestBytes(*coordinator)).status, 201);
        const QByteArray project = ProjectStore(coordinator->database()).load().value()->projectId;
        const QString uploads =
            QStringLiteral("/v1/projects/%1/uploads").arg(QString::fromLatin1(project.toHex()));
        const QByteArray anaToken =
            hub.openSession(project, ana->keys(), ana->deviceId().toRfc4122());
        const QByteArray coordinatorToken =
            hub.openSession(project, coordinator->keys(), coordinator->deviceId().toRfc4122());
        QVERIFY(!anaToken.isEmpty() && !coordinatorToken.isEmpty());
        const auto create = [&](const QByteArray &token, const QByteArray &bundleId) {
            return hub.request("POST", uploads,
                               {{"Authorization", "Bearer " + token},
                                {"Tus-Resumable", "1.0.0"},
                                {"Upload-Length", "1000"},
                                {"Upload-Metadata", "bundle " + bundleId.toHex().toBase64()}});
        };
        const QByteArray first(32, '\x01');
        const QByteArray second(32, '\x02');
        const QByteArray third(32, '\x03');
        const test::HttpReply one = create(anaToken, first);
        QCOMPARE(one.status, 201);
        QCOMPARE(create(anaToken, second).status, 201);

        const test::HttpReply refused = create(anaToken, third);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("too_many_uploads"));
        QCOMPARE(refused.header("Tus-Resumable"), QByteArray("1.0.0"));
        QVERIFY2(refused.json().value(QStringLiteral("message")).toString().contains(u'2'),
                 qPrintable(refused.json().value(QStringLiteral("message")).toString()));

        // A repeated creation (a lost answer) is the same upload, at the limit too.
        const test::HttpReply again = create(anaToken, first);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Location"), one.header("Location"));

        // Another device has its own allowance.
        QCOMPARE(create(coordinatorToken, third).status, 201);

        // Terminating one makes room for a new one.
        const test::HttpReply deleted =
            hub.request("DELETE", QString::fromLatin1(one.header("Location")),
                        {{"Authorization", "Bearer " + anaToken}, {"Tus-Resumable", "1.0.0"}});
        QCOMPARE(deleted.status, 204);
        QCOMPARE(create(anaToken, third).status, 201);
        QCOMPARE(create(anaToken, first).status, 429);
    }
};

QTEST_GUILESS_MAIN(TestHubLimits)
#include "tst_hublimits.moc"
