// The hub as its clients meet it: real HTTP on loopback, real bundles made
// by real workspaces, the SQLite store. A researcher's finding travels to the
// coordinator through the documented API only, and each refusal is answered
// with its status and a JSON {code, message}, storing nothing.
#include "crypto/Blake2b.h"
#include "crypto/DeviceKeys.h"
#include "hub/HubAuth.h"
#include "hub/HubService.h"
#include "HubFixture.h"
#include "PgFixture.h"
#include "project/ChangeExporter.h"
#include "project/ChangeImporter.h"
#include "ProjectTestKit.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace vigia;
using namespace vigia::projecttest;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;

QByteArray bearer(const QByteArray &token)
{
    return "Bearer " + token;
}

// A researcher's finalized finding, exported as the USB flow does.
QByteArray exportFinding(Workspace &researcher, const QString &text, QByteArray *bundleId)
{
    auto id = researcher.records().create(QStringLiteral("f"), QStringLiteral("1"),
                                          {{QStringLiteral("a"), text}});
    if (!id || !researcher.records().finalize(id.value()))
        return {};
    QTemporaryDir usb;
    auto exported = ChangeExporter::exportTo(researcher, usb.path());
    if (!exported || exported.value().paths.size() != 1)
        return {};
    *bundleId = exported.value().bundleIds.first();
    QFile f(exported.value().paths.first());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A project of a coordinator and two researchers, registered on the hub.
struct Project
{
    test::TestWorkspace coordinator{{}, Role::Coordinator};
    test::TestWorkspace ana;
    test::TestWorkspace beto;
    QByteArray id;
    QString base;

    QString enrolAll()
    {
        for (test::TestWorkspace *member : {&ana, &beto})
            if (QString e = enrol(*coordinator, **member); !e.isEmpty())
                return e;
        auto s = ProjectStore(coordinator->database()).load();
        if (!s || !s.value())
            return QStringLiteral("no project");
        id = s.value()->projectId;
        base = QStringLiteral("/v1/projects/") + QString::fromLatin1(id.toHex());
        return {};
    }
    [[nodiscard]] QByteArray device(Workspace &ws) const { return ws.deviceId().toRfc4122(); }
};

Headers tusHeaders(const QByteArray &token, Headers more = {})
{
    more.prepend({"Tus-Resumable", "1.0.0"});
    more.prepend({"Authorization", bearer(token)});
    return more;
}

Headers creation(const QByteArray &token, const QByteArray &bytes, const QByteArray &bundleId)
{
    return tusHeaders(token, {{"Upload-Length", QByteArray::number(bytes.size())},
                              {"Upload-Metadata", "bundle " + bundleId.toHex().toBase64()}});
}

Headers chunk(const QByteArray &token, qint64 offset, const QByteArray &body)
{
    return tusHeaders(token, {{"Upload-Offset", QByteArray::number(offset)},
                              {"Content-Type", "application/offset+octet-stream"},
                              {"Upload-Checksum", test::HubFixture::checksum(body)}});
}

// Raw HTTP on a socket, for what QNetworkAccessManager will not send (a
// Content-Length with no body behind it): the status line, or empty.
QByteArray rawStatus(quint16 port, const QByteArray &head, int timeoutMs, qint64 *elapsedMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    QElapsedTimer timer;
    timer.start();
    socket.write(head);
    socket.flush();
    while (!socket.canReadLine() && timer.elapsed() < timeoutMs)
        socket.waitForReadyRead(50);
    *elapsedMs = timer.elapsed();
    return socket.readLine().trimmed();
}
} // namespace

class TestHubServer : public QObject
{
    Q_OBJECT

private:
    // One private PostgreSQL server for the whole run; each PostgreSQL row
    // gets a database of its own.
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

    void healthAndDiscovery_data() { backends(); }
    void healthAndDiscovery()
    {
        QFETCH(bool, postgres);
        test::HubFixture hub({}, postgres ? m_pg.createDatabase() : QString());
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        const test::HttpReply health = hub.request("GET", QStringLiteral("/v1/health"));
        QCOMPARE(health.status, 200);
        QVERIFY(!health.json().value(QStringLiteral("version")).toString().isEmpty());
        QVERIFY(qAbs(qint64(health.json().value(QStringLiteral("time")).toDouble()) -
                     QDateTime::currentSecsSinceEpoch()) < 5);
        QCOMPARE(health.json().value(QStringLiteral("hub")).toString().size(), 32);

        const test::HttpReply options = hub.request(
            "OPTIONS", QStringLiteral("/v1/projects/00112233445566778899aabbccddeeff/uploads"));
        QCOMPARE(options.status, 204);
        QCOMPARE(options.header("Tus-Resumable"), QByteArray("1.0.0"));
        QCOMPARE(options.header("Tus-Version"), QByteArray("1.0.0"));
        QVERIFY(options.header("Tus-Extension").contains("creation-with-upload"));
        QVERIFY(options.header("Tus-Extension").contains("termination"));
        QCOMPARE(options.header("Tus-Checksum-Algorithm"), QByteArray("sha1,sha256"));
        QCOMPARE(options.header("Tus-Max-Size").toLongLong(), HubConfig{}.maxBundleBytes);
    }

    // The whole way: registration, sessions, a resumable upload in two
    // chunks, listing, a ranged download and the coordinator's import.
    void aFindingTravelsFromResearcherToCoordinator_data() { backends(); }
    void aFindingTravelsFromResearcherToCoordinator()
    {
        QFETCH(bool, postgres);
        Project p;
        QCOMPARE(p.enrolAll(), QString());
        test::HubFixture hub({}, postgres ? m_pg.createDatabase() : QString());
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        const test::HttpReply registered = hub.registerProject(manifestBytes(*p.coordinator));
        QCOMPARE(registered.status, 201);
        QCOMPARE(registered.json().value(QStringLiteral("project")).toString().toLatin1(),
                 p.id.toHex());

        const QByteArray anaToken = hub.openSession(p.id, p.ana->keys(), p.device(*p.ana));
        QVERIFY(!anaToken.isEmpty());
        QByteArray bundleId;
        const QByteArray bytes =
            exportFinding(*p.ana, QStringLiteral("crossing at night"), &bundleId);
        QVERIFY(bytes.size() > 100);

        const test::HttpReply created = hub.request("POST", p.base + QStringLiteral("/uploads"),
                                                    creation(anaToken, bytes, bundleId));
        QCOMPARE(created.status, 201);
        const QString location = QString::fromLatin1(created.header("Location"));
        QVERIFY(location.startsWith(p.base + QStringLiteral("/uploads/")));
        QCOMPARE(created.header("Upload-Offset"), QByteArray("0"));
        // A repeated creation (a lost answer) is the same upload.
        QCOMPARE(hub.request("POST", p.base + QStringLiteral("/uploads"),
                             creation(anaToken, bytes, bundleId))
                     .header("Location"),
                 location.toLatin1());

        const QByteArray first = bytes.left(bytes.size() / 2);
        const test::HttpReply half =
            hub.request("PATCH", location, chunk(anaToken, 0, first), first);
        QCOMPARE(half.status, 204);
        QCOMPARE(half.header("Upload-Offset").toLongLong(), first.size());
        QVERIFY(half.header("Vigia-Bundle-Seq").isEmpty());
        const test::HttpReply head = hub.request("HEAD", location, tusHeaders(anaToken));
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Upload-Offset").toLongLong(), first.size());
        QCOMPARE(head.header("Upload-Length").toLongLong(), bytes.size());
        QCOMPARE(head.header("Cache-Control"), QByteArray("no-store"));
        const QByteArray rest = bytes.mid(first.size());
        const test::HttpReply done =
            hub.request("PATCH", location, chunk(anaToken, first.size(), rest), rest);
        QCOMPARE(done.status, 204);
        QCOMPARE(done.header("Upload-Offset").toLongLong(), bytes.size());
        QCOMPARE(done.header("Vigia-Bundle-Id"), bundleId.toHex());
        const qint64 seq = done.header("Vigia-Bundle-Seq").toLongLong();
        QVERIFY(seq > 0);

        // The same bundle uploaded again (a retry after a cut) is one bundle.
        const test::HttpReply again = hub.request(
            "POST", p.base + QStringLiteral("/uploads"),
            creation(anaToken, bytes, bundleId)
                << QPair<QByteArray, QByteArray>("Content-Type", "application/offset+octet-stream"),
            bytes);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Vigia-Bundle-Seq").toLongLong(), seq);
        // …and is told at once that nothing needs sending.
        QCOMPARE(again.header("Upload-Offset").toLongLong(), bytes.size());

        const QByteArray coordinatorToken =
            hub.openSession(p.id, p.coordinator->keys(), p.device(*p.coordinator));
        QVERIFY(!coordinatorToken.isEmpty());
        const test::HttpReply list = hub.request("GET", p.base + QStringLiteral("/bundles?after=0"),
                                                 {{"Authorization", bearer(coordinatorToken)}});
        QCOMPARE(list.status, 200);
        const QJsonArray bundles = list.json().value(QStringLiteral("bundles")).toArray();
        QCOMPARE(bundles.size(), 1);
        QCOMPARE(bundles[0].toObject().value(QStringLiteral("id")).toString().toLatin1(),
                 bundleId.toHex());
        QCOMPARE(bundles[0].toObject().value(QStringLiteral("size")).toInteger(), bytes.size());
        QCOMPARE(list.json().value(QStringLiteral("next_after")).toInteger(), seq);
        const test::HttpReply after =
            hub.request("GET", p.base + QStringLiteral("/bundles?after=%1").arg(seq),
                        {{"Authorization", bearer(coordinatorToken)}});
        QCOMPARE(after.json().value(QStringLiteral("bundles")).toArray().size(), 0);

        const QString bundlePath =
            p.base + QStringLiteral("/bundles/") + QString::fromLatin1(bundleId.toHex());
        const test::HttpReply part =
            hub.request("GET", bundlePath,
                        {{"Authorization", bearer(coordinatorToken)}, {"Range", "bytes=0-99"}});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, bytes.left(100));
        QCOMPARE(part.header("Content-Range"),
                 QByteArray("bytes 0-99/") + QByteArray::number(bytes.size()));
        const test::HttpReply tail =
            hub.request("GET", bundlePath,
                        {{"Authorization", bearer(coordinatorToken)}, {"Range", "bytes=100-"}});
        QCOMPARE(tail.status, 206);
        QCOMPARE(part.body + tail.body, bytes);
        const test::HttpReply whole =
            hub.request("GET", bundlePath, {{"Authorization", bearer(coordinatorToken)}});
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body, bytes);

        auto imported = ChangeImporter(*p.coordinator).importBytes(whole.body);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message()));
        QCOMPARE(count(*p.coordinator, "SELECT count(*) FROM records"), 1);
    }

    void refusalsStoreNothing_data() { backends(); }
    void refusalsStoreNothing()
    {
        QFETCH(bool, postgres);
        Project p;
        QCOMPARE(p.enrolAll(), QString());
        test::HubFixture hub({}, postgres ? m_pg.createDatabase() : QString());
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        const QByteArray manifest = manifestBytes(*p.coordinator);
        QCOMPARE(hub.registerProject(manifest).status, 201);
        const QByteArray ana = hub.openSession(p.id, p.ana->keys(), p.device(*p.ana));
        const QByteArray beto = hub.openSession(p.id, p.beto->keys(), p.device(*p.beto));
        QVERIFY(!ana.isEmpty() && !beto.isEmpty());
        const auto refused = [](const test::HttpReply &r, int status, const QString &code) {
            if (r.status != status)
                return QStringLiteral("status %1, not %2: %3")
                    .arg(r.status)
                    .arg(status)
                    .arg(QString::fromUtf8(r.body));
            if (r.json().value(QStringLiteral("code")).toString() != code)
                return QStringLiteral("code %1, not %2")
                    .arg(r.json().value(QStringLiteral("code")).toString(), code);
            if (r.json().value(QStringLiteral("message")).toString().isEmpty())
                return QStringLiteral("no message");
            return QString();
        };
        const QString uploads = p.base + QStringLiteral("/uploads");
        const QString list = p.base + QStringLiteral("/bundles");

        // Sessions
        QCOMPARE(refused(hub.request("GET", list), 401, QStringLiteral("unauthorized")), QString());
        QCOMPARE(refused(hub.request("GET", list, {{"Authorization", "Bearer forged"}}), 401,
                         QStringLiteral("unauthorized")),
                 QString());
        QCOMPARE(refused(hub.request("POST", p.base + QStringLiteral("/challenges"),
                                     {{"Content-Type", "application/json"}}, "{not json"),
                         400, QStringLiteral("bad_json")),
                 QString());
        // A replayed answer to a challenge, and one signed for another hub.
        {
            const QByteArray device = p.device(*p.ana);
            const test::HttpReply c =
                hub.request("POST", p.base + QStringLiteral("/challenges"),
                            {{"Content-Type", "application/json"}},
                            QJsonDocument(QJsonObject{{QStringLiteral("device"),
                                                       QString::fromLatin1(device.toHex())}})
                                .toJson());
            QCOMPARE(c.status, 201);
            const QByteArray nonce = QByteArray::fromBase64(
                c.json().value(QStringLiteral("nonce")).toString().toLatin1());
            const QByteArray hubId =
                QByteArray::fromHex(c.json().value(QStringLiteral("hub")).toString().toLatin1());
            const auto answer = [&](const QByteArray &signedHub) {
                const QByteArray sig =
                    p.ana->keys().sign(HubAuth::sessionMessage(signedHub, p.id, device, nonce));
                return hub.request(
                    "POST", p.base + QStringLiteral("/sessions"),
                    {{"Content-Type", "application/json"}},
                    QJsonDocument(
                        QJsonObject{
                            {QStringLiteral("device"), QString::fromLatin1(device.toHex())},
                            {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
                            {QStringLiteral("signature"), QString::fromLatin1(sig.toBase64())}})
                        .toJson());
            };
            QCOMPARE(refused(answer(QByteArray(16, 'x')), 401, QStringLiteral("bad_signature")),
                     QString());
            QCOMPARE(answer(hubId).status, 201);
            QCOMPARE(refused(answer(hubId), 401, QStringLiteral("bad_challenge")), QString());
        }

        // Projects and manifests
        QCOMPARE(refused(hub.request("POST", QStringLiteral("/v1/projects"),
                                     {{"Content-Type", "application/json"}},
                                     QJsonDocument(
                                         QJsonObject{{QStringLiteral("token"), QStringLiteral("x")},
                                                     {QStringLiteral("manifest"),
                                                      QString::fromLatin1(manifest.toBase64())}})
                                         .toJson()),
                         403, QStringLiteral("bad_token")),
                 QString());
        QCOMPARE(refused(hub.request("PUT", p.base + QStringLiteral("/manifest"), {}, manifest),
                         409, QStringLiteral("stale_manifest")),
                 QString());
        {
            // A manifest signed by a key other than the pinned project key.
            test::TestWorkspace other({}, Role::Coordinator);
            test::TestWorkspace member;
            QCOMPARE(enrol(*other, *member), QString());
            QCOMPARE(refused(hub.request("PUT", p.base + QStringLiteral("/manifest"), {},
                                         manifestBytes(*other)),
                             422, QStringLiteral("manifest_refused")),
                     QString());
        }

        // tus
        QByteArray bundleId;
        const QByteArray bytes = exportFinding(*p.ana, QStringLiteral("at the market"), &bundleId);
        QVERIFY(!bytes.isEmpty());
        Headers wrongVersion = creation(ana, bytes, bundleId);
        wrongVersion[1].second = "0.2.2";
        const test::HttpReply v = hub.request("POST", uploads, wrongVersion);
        QCOMPARE(refused(v, 412, QStringLiteral("tus_version")), QString());
        QCOMPARE(v.header("Tus-Version"), QByteArray("1.0.0"));
        Headers huge =
            tusHeaders(ana, {{"Upload-Length", "2147483648"},
                             {"Upload-Metadata", "bundle " + bundleId.toHex().toBase64()}});
        QCOMPARE(refused(hub.request("POST", uploads, huge), 413, QStringLiteral("too_large")),
                 QString());
        const test::HttpReply created =
            hub.request("POST", uploads, creation(ana, bytes, bundleId));
        QCOMPARE(created.status, 201);
        const QString location = QString::fromLatin1(created.header("Location"));
        const QByteArray part = bytes.left(50);
        QCOMPARE(refused(hub.request("PATCH", location, chunk(ana, 10, part), part), 409,
                         QStringLiteral("offset_mismatch")),
                 QString());
        Headers badSum = chunk(ana, 0, part);
        badSum.last().second = test::HubFixture::checksum("something else");
        QCOMPARE(refused(hub.request("PATCH", location, badSum, part), 460,
                         QStringLiteral("checksum_mismatch")),
                 QString());
        QCOMPARE(hub.request("HEAD", location, tusHeaders(ana)).header("Upload-Offset"),
                 QByteArray("0"));
        // Another device cannot see or write someone's upload.
        QCOMPARE(hub.request("HEAD", location, tusHeaders(beto)).status, 404);
        // Beto uploading Ana's bundle: the sender is not the session's device.
        const test::HttpReply theft = hub.request(
            "POST", uploads,
            creation(beto, bytes, bundleId)
                << QPair<QByteArray, QByteArray>("Content-Type", "application/offset+octet-stream"),
            bytes);
        QCOMPARE(refused(theft, 422, QStringLiteral("wrong_sender")), QString());
        // A damaged bundle: its id no longer matches, and it does not verify.
        QByteArray damaged = bytes;
        damaged[damaged.size() - 10] = char(damaged.at(damaged.size() - 10) ^ 0x55);
        const test::HttpReply tampered = hub.request(
            "POST", uploads,
            creation(ana, damaged, Blake2b::hash256(damaged))
                << QPair<QByteArray, QByteArray>("Content-Type", "application/offset+octet-stream"),
            damaged);
        QCOMPARE(tampered.status, 422);
        // Ana's real upload completes; Beto may not read it (it is not
        // addressed to him), the coordinator may.
        const test::HttpReply rest = hub.request("PATCH", location, chunk(ana, 0, bytes), bytes);
        QCOMPARE(rest.status, 204);
        const QString bundlePath =
            p.base + QStringLiteral("/bundles/") + QString::fromLatin1(bundleId.toHex());
        QCOMPARE(refused(hub.request("GET", bundlePath, {{"Authorization", bearer(beto)}}), 403,
                         QStringLiteral("forbidden")),
                 QString());
        QCOMPARE(hub.request("GET", list, {{"Authorization", bearer(beto)}})
                     .json()
                     .value(QStringLiteral("bundles"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(hub.request("GET", list, {{"Authorization", bearer(ana)}})
                     .json()
                     .value(QStringLiteral("bundles"))
                     .toArray()
                     .size(),
                 1);

        // Ids: only exact lower-case hex reaches a lookup.
        for (const QString &path : {QStringLiteral("/v1/projects/../../etc/passwd"),
                                    QStringLiteral("/v1/projects/%27%20OR%201=1--/bundles"),
                                    p.base + QStringLiteral("/bundles/..%2F..%2Fhub.sqlite"),
                                    p.base.toUpper() + QStringLiteral("/bundles"),
                                    p.base + QStringLiteral("/uploads/';DROP TABLE bundles;--")})
            QCOMPARE(refused(hub.request("GET", path, {{"Authorization", bearer(ana)}}), 404,
                             QStringLiteral("not_found")),
                     QString());

        // A 2 GiB body is refused from its headers, without waiting for it.
        qint64 ms = 0;
        const QByteArray status =
            rawStatus(quint16(hub.url(QString()).port()),
                      "PUT " + p.base.toLatin1() +
                          "/manifest HTTP/1.1\r\nHost: x\r\nContent-Length: 2147483648\r\n\r\n",
                      5000, &ms);
        QVERIFY2(status.startsWith("HTTP/1.1 413"), status.constData());
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        // Nothing of the refused requests was kept.
        const test::HttpReply all = hub.request(
            "GET", list,
            {{"Authorization",
              bearer(hub.openSession(p.id, p.coordinator->keys(), p.device(*p.coordinator)))}});
        QCOMPARE(all.json().value(QStringLiteral("bundles")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHubServer)
#include "tst_hubserver.moc"
