// Uploads through a proxy that cuts each connection once at a random byte,
// in the request (the hub gets part of a body) or in the answer (the client
// never hears that the hub stored it). A client that follows the tus rules
// (HEAD, continue from the offset; creation again when the upload is gone)
// gets every bundle to the hub whole and once: downloaded, each is
// byte-identical to what was sent.
#include "FaultProxy.h"
#include "HubFixture.h"
#include "PgFixture.h"
#include "project/ChangeExporter.h"
#include "ProjectTestKit.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace vigia;
using namespace vigia::projecttest;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;
constexpr int kCuts = 200;

// What a tus client does, step by step, against the hub behind `proxy`.
struct Uploader
{
    QUrl base;
    QString uploads;
    QByteArray token;

    QUrl at(const QString &path) const
    {
        QUrl u = base;
        u.setPath(path);
        return u;
    }
    Headers auth() const
    {
        return {{"Authorization", "Bearer " + token}, {"Tus-Resumable", "1.0.0"}};
    }

    test::HttpReply create(const QByteArray &bytes, const QByteArray &id) const
    {
        Headers h = auth();
        h << QPair<QByteArray, QByteArray>("Upload-Length", QByteArray::number(bytes.size()))
          << QPair<QByteArray, QByteArray>("Upload-Metadata", "bundle " + id.toHex().toBase64());
        return test::HubFixture::send(at(uploads), "POST", h);
    }
    test::HttpReply patch(const QUrl &location, qint64 offset, const QByteArray &body) const
    {
        Headers h = auth();
        h << QPair<QByteArray, QByteArray>("Upload-Offset", QByteArray::number(offset))
          << QPair<QByteArray, QByteArray>("Content-Type", "application/offset+octet-stream")
          << QPair<QByteArray, QByteArray>("Upload-Checksum", test::HubFixture::checksum(body));
        return test::HubFixture::send(location, "PATCH", h, body);
    }

    // From an answered creation until the hub says it holds the bundle: its
    // sequence number, or -1.
    qint64 upload(const QByteArray &bytes, const QByteArray &id, test::HttpReply created,
                  int *attempts) const
    {
        for (*attempts = 1; *attempts <= 6; ++*attempts) {
            if (*attempts > 1)
                created = create(bytes, id);
            if (qEnvironmentVariableIsSet("VIGIA_TRACE"))
                qInfo("attempt %d: creation → %d %s", *attempts, created.status,
                      qPrintable(created.networkError + QString::fromUtf8(created.body)));
            if (created.status != 201)
                continue;
            qint64 offset = created.header("Upload-Offset").toLongLong();
            if (offset == bytes.size())
                return created.header("Vigia-Bundle-Seq").toLongLong();
            const QUrl location = at(QString::fromLatin1(created.header("Location")));
            for (int step = 0; step < 4; ++step) {
                const test::HttpReply sent = patch(location, offset, bytes.mid(offset));
                if (sent.status == 204 && sent.header("Upload-Offset").toLongLong() == bytes.size())
                    return sent.header("Vigia-Bundle-Seq").toLongLong();
                if (qEnvironmentVariableIsSet("VIGIA_TRACE"))
                    qInfo("attempt %d: PATCH %lld → %d %s", *attempts, offset, sent.status,
                          qPrintable(sent.networkError + QString::fromUtf8(sent.body)));
                const test::HttpReply head = test::HubFixture::send(location, "HEAD", auth());
                if (head.status != 200)
                    break; // gone (stored, or refused): creation tells which
                offset = head.header("Upload-Offset").toLongLong();
            }
        }
        return -1;
    }
};
} // namespace

class TestHubResume : public QObject
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
    void initTestCase() { QVERIFY2(m_pg.start(), qPrintable(m_pg.error())); }
    void everyCutUploadArrivesWhole_data() { backends(); }
    void everyCutUploadArrivesWhole()
    {
        QFETCH(bool, postgres);
        QVERIFY(sodium_init() >= 0);
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace ana;
        QCOMPARE(enrol(*coordinator, *ana), QString());
        const QByteArray project = ProjectStore(coordinator->database()).load().value()->projectId;

        // 200 bundles and their retries from one device in seconds: far over
        // the per-device rate a real client would send; this tests resuming.
        HubConfig unthrottled;
        unthrottled.requestsPerDevicePerMinute = 0;
        test::HubFixture hub(unthrottled, postgres ? m_pg.createDatabase() : QString());
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        QCOMPARE(hub.registerProject(manifestBytes(*coordinator)).status, 201);
        test::FaultProxy proxy(quint16(hub.url(QString()).port()));
        QVERIFY(proxy.start());

        Uploader client;
        client.base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
        client.uploads =
            QStringLiteral("/v1/projects/%1/uploads").arg(QString::fromLatin1(project.toHex()));
        client.token = hub.openSession(project, ana->keys(), ana->deviceId().toRfc4122());
        QVERIFY(!client.token.isEmpty());

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        QTemporaryDir usb;
        QHash<QByteArray, QByteArray> sent; // bundle id -> bytes
        QSet<qint64> seqs;
        int retries = 0;
        for (int i = 0; i < kCuts; ++i) {
            auto id = ana->records().create(
                QStringLiteral("f"), QStringLiteral("1"),
                {{QStringLiteral("a"), QStringLiteral("finding %1 ").arg(i).repeated(20)}});
            QVERIFY(id && ana->records().finalize(id.value()));
            auto exported = ChangeExporter::exportTo(*ana, usb.filePath(QString::number(i)));
            QVERIFY(exported);
            QFile f(exported.value().paths.first());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            const QByteArray bundleId = exported.value().bundleIds.first();

            // Cut the next connection once: the PATCH's request or its answer.
            test::FaultProxy::Plan plan;
            if (i % 2 == 0)
                plan.cutUpAfter = qint64(random.bounded(quint32(bytes.size() + 400)));
            else
                plan.cutDownAfter = qint64(random.bounded(200u));
            // The creation goes through first, untouched.
            const test::HttpReply created = client.create(bytes, bundleId);
            QCOMPARE(created.status, 201);
            proxy.setPlan(plan);
            int attempts = 0;
            const qint64 seq = client.upload(bytes, bundleId, created, &attempts);
            QVERIFY2(seq > 0, qPrintable(QStringLiteral("bundle %1 never arrived").arg(i)));
            retries += attempts - 1;
            QVERIFY2(!seqs.contains(seq), "two bundles got one sequence number");
            seqs.insert(seq);
            sent.insert(bundleId, bytes);
        }
        qInfo("%d connections cut, %d creations repeated", proxy.connectionsCut(), retries);
        // Nearly every plan cut something (an upstream cut past the end of
        // a short request cuts nothing).
        QVERIFY2(proxy.connectionsCut() >= kCuts * 9 / 10,
                 qPrintable(QString::number(proxy.connectionsCut())));

        // Every bundle once, byte-identical.
        const QByteArray coordinatorToken =
            hub.openSession(project, coordinator->keys(), coordinator->deviceId().toRfc4122());
        const QString base =
            QStringLiteral("/v1/projects/%1").arg(QString::fromLatin1(project.toHex()));
        QList<QByteArray> listed;
        qint64 after = 0;
        for (;;) {
            const test::HttpReply page =
                hub.request("GET", base + QStringLiteral("/bundles?after=%1&limit=50").arg(after),
                            {{"Authorization", "Bearer " + coordinatorToken}});
            QCOMPARE(page.status, 200);
            const QJsonArray items = page.json().value(QStringLiteral("bundles")).toArray();
            for (const auto &item : items)
                listed << QByteArray::fromHex(
                    item.toObject().value(QStringLiteral("id")).toString().toLatin1());
            after = page.json().value(QStringLiteral("next_after")).toInteger();
            if (!page.json().value(QStringLiteral("more")).toBool())
                break;
        }
        QCOMPARE(listed.size(), kCuts);
        for (const QByteArray &id : std::as_const(listed)) {
            const test::HttpReply got = hub.request(
                "GET", base + QStringLiteral("/bundles/") + QString::fromLatin1(id.toHex()),
                {{"Authorization", "Bearer " + coordinatorToken}});
            QCOMPARE(got.status, 200);
            QVERIFY(sent.contains(id));
            QVERIFY(got.body == sent.value(id));
        }
    }
};

QTEST_GUILESS_MAIN(TestHubResume)
#include "tst_hubresume.moc"
