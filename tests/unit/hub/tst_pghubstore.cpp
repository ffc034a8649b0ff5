#include "HubStoreSuite.h"

#include "PgFixture.h"

#include "hub/PgHubStore.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>

using vigia::test::PgFixture;

// The HubStore suite on the PostgreSQL backend, against a private server that
// this executable starts once (as the postgres user when run as root, as CI
// does); each test gets a database of its own. A server that cannot start
// fails the test: it is never skipped.
class TestPgHubStore : public HubStoreSuite
{
    Q_OBJECT

    PgFixture m_pg;
    QString m_uri; // the current test's database

protected:
    std::unique_ptr<HubStore> openStore() override
    {
        auto store = PgHubStore::open(m_uri);
        if (!store) {
            qWarning().noquote() << "opening the store failed:" << store.error().message();
            return nullptr;
        }
        return store.take();
    }

    bool freshStorage() override
    {
        m_uri = m_pg.createDatabase();
        if (m_uri.isEmpty())
            qWarning().noquote() << m_pg.error();
        return !m_uri.isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        qInfo().noquote() << "PostgreSQL started on port" << m_pg.port() << "in" << m_pg.startMs()
                          << "ms";
    }

    // 1 MiB is four chunk rows of 256 KiB: ranges inside one row, across one
    // and several boundaries, and ending exactly on one, come back
    // byte-identical, and the rows are what the schema promises.
    void bundleBytesAcrossChunks()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(addProject(*store));
        constexpr qint64 kChunk = PgHubStore::kChunkSize;
        const QByteArray bytes = randomBytes(1024 * 1024);
        const HubBundle b = bundleFrom(m_researcher, {idOf(m_coordinator)}, bytes);
        auto stored = store->storeBundle(b, bytes);
        QVERIFY2(stored, qPrintable(stored.error().message()));
        const QList<QPair<qint64, qint64>> ranges = {
            {0, 1024 * 1024},             // all of it
            {0, kChunk},                  // exactly the first row
            {kChunk - 1, 2},              // one byte each side of a boundary
            {kChunk - 100, kChunk + 200}, // across two boundaries
            {10, 3 * kChunk},             // across three
            {2 * kChunk, kChunk},         // exactly the third row
            {3 * kChunk + 5, 10},         // inside the last row
            {1024 * 1024 - 7, 100},       // fewer at the end
            {kChunk, 0},                  // nothing
        };
        for (const auto &[offset, length] : ranges) {
            auto got = store->bundleBytes(projectId(), b.bundleId, offset, length);
            QVERIFY2(got, qPrintable(got.error().message()));
            QVERIFY2(got.value() == bytes.mid(offset, length),
                     qPrintable(QStringLiteral("range %1+%2").arg(offset).arg(length)));
        }
        const QString seq = QString::number(stored.value().seq);
        QCOMPARE(m_pg.scalar(m_uri, QStringLiteral("SELECT count(*) FROM bundle_chunks "
                                                   "WHERE seq = %1")
                                        .arg(seq)),
                 QStringLiteral("4"));
        QCOMPARE(m_pg.scalar(m_uri, QStringLiteral("SELECT max(octet_length(bytes)) FROM "
                                                   "bundle_chunks WHERE seq = %1")
                                        .arg(seq)),
                 QString::number(kChunk));
        // Out of line and uncompressed: ciphertext does not compress.
        for (const char *table : {"bundle_chunks", "upload_chunks"}) {
            QCOMPARE(m_pg.scalar(m_uri, QStringLiteral("SELECT attstorage FROM pg_attribute "
                                                       "WHERE attrelid = '%1'::regclass AND "
                                                       "attname = 'bytes'")
                                            .arg(QLatin1String(table))),
                     QStringLiteral("e"));
        }
    }

    // Several hub processes starting together on an empty database: the
    // schema is made once (advisory lock), and every one reads the same hub id.
    void racingOpensMakeOneSchema()
    {
        constexpr int kOpeners = 4;
        std::barrier sync(kOpeners);
        std::vector<QByteArray> ids(kOpeners);
        std::vector<QString> errors(kOpeners);
        std::vector<std::thread> threads;
        for (int i = 0; i < kOpeners; ++i) {
            threads.emplace_back([&, i] {
                sync.arrive_and_wait();
                auto store = PgHubStore::open(m_uri);
                if (!store) {
                    errors[size_t(i)] = store.error().message();
                    return;
                }
                ids[size_t(i)] = store.value()->hubId().value();
            });
        }
        for (std::thread &t : threads)
            t.join();
        for (int i = 0; i < kOpeners; ++i) {
            QVERIFY2(errors[size_t(i)].isEmpty(), qPrintable(errors[size_t(i)]));
            QCOMPARE(ids[size_t(i)].size(), 16);
            QCOMPARE(ids[size_t(i)], ids[0]);
        }
        QCOMPARE(m_pg.scalar(m_uri, QStringLiteral("SELECT count(*) FROM meta")),
                 QStringLiteral("2"));
    }

    // A database that holds something else is never written into.
    void refusesAForeignDatabase()
    {
        QVERIFY2(!m_pg.scalar(m_uri, QStringLiteral("CREATE TABLE records(id bytea); SELECT 1"))
                      .isEmpty(),
                 qPrintable(m_pg.error()));
        auto refused = PgHubStore::open(m_uri);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Validation);
        QCOMPARE(m_pg.scalar(m_uri, QStringLiteral("SELECT to_regclass('meta') IS NULL")),
                 QStringLiteral("t"));
    }

    // A server that is not there: Io, naming the host and port it tried,
    // never the password of the URI.
    void unreachableServerNamesHostNotPassword()
    {
        int port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const QString password = QStringLiteral("s3cret-Pa55");
        QElapsedTimer timer;
        timer.start();
        auto refused = PgHubStore::open(
            QStringLiteral("postgresql://hub:%1@127.0.0.1:%2/hub").arg(password).arg(port));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Io);
        const QString message = refused.error().message();
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(message));
        QVERIFY2(!message.contains(password), qPrintable(message));
        QVERIFY(timer.elapsed() < 30000);

        auto notAUri = PgHubStore::open(QStringLiteral("/var/lib/vigia/hub.sqlite"));
        QVERIFY(!notAUri);
        QCOMPARE(notAUri.error().code(), ErrorCode::Usage);
    }
};

QTEST_GUILESS_MAIN(TestPgHubStore)
#include "tst_pghubstore.moc"
