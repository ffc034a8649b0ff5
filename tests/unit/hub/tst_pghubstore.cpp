#include "HubStoreSuite.h"

#include "PgFixture.h"

#include "hub/PgCommitGroup.h"
#include "hub/PgHubStore.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QThread>

#include <pqxx/pqxx>

#include <algorithm>
#include <functional>
#include <thread>
#include <vector>

#include "store/Role.h"

using vigia::test::PgFixture;

namespace {

// The schema of a version-1 hub database, as vigia-hub 0.1 wrote it: a
// snapshot, so that the migration test starts from what deployed hubs hold
// and never from what the current code would create.
constexpr const char *kSchemaV1Snapshot = R"sql(
CREATE TABLE meta (
    key   TEXT  PRIMARY KEY,
    value BYTEA NOT NULL
);
CREATE TABLE projects (
    id               BYTEA  PRIMARY KEY,
    name             TEXT   NOT NULL,
    project_pk       BYTEA  NOT NULL,
    manifest         BYTEA  NOT NULL,
    manifest_version BIGINT NOT NULL
);
CREATE TABLE project_slots (
    id         BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash BYTEA   NOT NULL UNIQUE,
    name       TEXT    NOT NULL,
    used       BOOLEAN NOT NULL DEFAULT false,
    project_id BYTEA   REFERENCES projects(id)
);
CREATE TABLE devices (
    project_id BYTEA   NOT NULL REFERENCES projects(id),
    device_id  BYTEA   NOT NULL,
    role       TEXT    NOT NULL,
    sign_pk    BYTEA   NOT NULL,
    revoked    BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (project_id, device_id)
);
CREATE TABLE challenges (
    nonce      BYTEA  PRIMARY KEY,
    project_id BYTEA  NOT NULL REFERENCES projects(id),
    device_id  BYTEA  NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX challenges_by_expiry ON challenges(expires_at);
CREATE TABLE sessions (
    token_hash BYTEA  PRIMARY KEY,
    project_id BYTEA  NOT NULL REFERENCES projects(id),
    device_id  BYTEA  NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions(expires_at);
CREATE TABLE uploads (
    id         TEXT   PRIMARY KEY,
    project_id BYTEA  NOT NULL REFERENCES projects(id),
    device_id  BYTEA  NOT NULL,
    bundle_id  BYTEA  NOT NULL,
    length     BIGINT NOT NULL CHECK (length >= 0),
    received   BIGINT NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= length),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    UNIQUE (project_id, device_id, bundle_id)
);
CREATE INDEX uploads_by_expiry ON uploads(expires_at);
CREATE TABLE upload_chunks (
    upload_id TEXT   NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
    start     BIGINT NOT NULL,
    bytes     BYTEA  NOT NULL,
    PRIMARY KEY (upload_id, start)
);
ALTER TABLE upload_chunks ALTER COLUMN bytes SET STORAGE EXTERNAL;
CREATE TABLE bundles (
    seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id BYTEA  NOT NULL REFERENCES projects(id),
    bundle_id  BYTEA  NOT NULL,
    sender     BYTEA  NOT NULL,
    size       BIGINT NOT NULL,
    sha256     BYTEA  NOT NULL,
    stored_at  BIGINT NOT NULL,
    UNIQUE (project_id, bundle_id)
);
CREATE INDEX bundles_by_project ON bundles(project_id, seq);
CREATE INDEX bundles_by_sender ON bundles(project_id, sender, seq);
CREATE TABLE bundle_chunks (
    seq   BIGINT NOT NULL REFERENCES bundles(seq) ON DELETE CASCADE,
    start BIGINT NOT NULL,
    bytes BYTEA  NOT NULL,
    PRIMARY KEY (seq, start)
);
ALTER TABLE bundle_chunks ALTER COLUMN bytes SET STORAGE EXTERNAL;
CREATE TABLE bundle_recipients (
    seq       BIGINT NOT NULL REFERENCES bundles(seq) ON DELETE CASCADE,
    device_id BYTEA  NOT NULL,
    PRIMARY KEY (seq, device_id)
);
CREATE INDEX bundle_recipients_by_device ON bundle_recipients(device_id, seq);
)sql";

// What schema 2 added to schema 1, as vigia-hub 0.2 wrote it: with the
// snapshot above, a version-2 database.
constexpr const char *kSchemaV2Snapshot = R"sql(
CREATE TABLE receipts (
    seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id BYTEA  NOT NULL REFERENCES projects(id),
    receipt_id BYTEA  NOT NULL,
    signer     BYTEA  NOT NULL,
    stored_at  BIGINT NOT NULL,
    bytes      BYTEA  NOT NULL,
    UNIQUE (project_id, receipt_id)
);
CREATE INDEX receipts_by_project ON receipts(project_id, seq);
CREATE TABLE receipt_recipients (
    seq       BIGINT NOT NULL REFERENCES receipts(seq) ON DELETE CASCADE,
    device_id BYTEA  NOT NULL,
    PRIMARY KEY (seq, device_id)
);
CREATE INDEX receipt_recipients_by_device ON receipt_recipients(device_id, seq);
CREATE TABLE invitations (
    code_hash  BYTEA  PRIMARY KEY,
    project_id BYTEA  NOT NULL REFERENCES projects(id),
    invitation BYTEA  NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX invitations_by_expiry ON invitations(expires_at);
CREATE TABLE join_requests (
    project_id  BYTEA  NOT NULL REFERENCES projects(id),
    device_id   BYTEA  NOT NULL,
    request     BYTEA  NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (project_id, device_id)
);
CREATE INDEX join_requests_by_arrival ON join_requests(project_id, received_at);
)sql";

QString bytea(const QByteArray &bytes)
{
    return QStringLiteral("'\\x%1'::bytea").arg(QString::fromLatin1(bytes.toHex()));
}

} // namespace

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

    // The rows of Version1Data for a database of schema `version` (1 or 2),
    // ending with "SELECT seq FROM bundles" (callers may append after a ';').
    QString version1Rows(const Version1Data &d, int version) const
    {
        const ProjectManifest m = manifest(1);
        QString sql;
        sql += QStringLiteral("INSERT INTO meta VALUES ('hub_id', %1), ('schema_version', "
                              "convert_to('%2', 'UTF8'));")
                   .arg(bytea(d.hubId))
                   .arg(version);
        sql += QStringLiteral("INSERT INTO projects VALUES (%1, 'Frontera', %2, %3, 1);")
                   .arg(bytea(projectId()), bytea(m.projectPk), bytea(sign(m)));
        sql += QStringLiteral("INSERT INTO project_slots(token_hash, name, used, project_id) "
                              "VALUES (%1, 'Frontera', true, %2);")
                   .arg(bytea(m_token), bytea(projectId()));
        for (const ManifestDevice &dev : m.devices) {
            sql +=
                QStringLiteral("INSERT INTO devices VALUES (%1, %2, '%3', %4, false);")
                    .arg(bytea(projectId()), bytea(dev.id), roleName(dev.role), bytea(dev.signPk));
        }
        sql += QStringLiteral("INSERT INTO bundles(project_id, bundle_id, sender, size, sha256, "
                              "stored_at) VALUES (%1, %2, %3, %4, %5, 400);")
                   .arg(bytea(projectId()), bytea(d.bundle.bundleId), bytea(d.bundle.sender))
                   .arg(d.bytes.size())
                   .arg(bytea(d.bundle.sha256));
        sql += QStringLiteral("INSERT INTO bundle_chunks SELECT seq, 0, %1 FROM bundles;"
                              "INSERT INTO bundle_recipients SELECT seq, %2 FROM bundles;"
                              "SELECT seq FROM bundles")
                   .arg(bytea(d.bytes), bytea(idOf(m_coordinator)));
        return sql;
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
    // Stores that queue up while the project's row is locked (here by
    // another connection, as by another hub process's commit) go into one
    // transaction: one WAL flush for all of them, each caller answered once
    // its bundle is committed, and one that fails (a project the hub does
    // not serve) takes no other down.
    void storesQueuedBehindALockCommitTogether()
    {
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(addProject(*store));
        }
        constexpr int kThreads = 8;
        constexpr int kForeign = 5;
        PgCommitGroup &group = PgCommitGroup::of(m_uri);
        const quint64 before = group.commits();
        pqxx::connection holder(m_uri.toStdString());
        auto held = std::make_unique<pqxx::work>(holder);
        held->exec("SELECT 1 FROM projects FOR UPDATE");

        std::vector<Result<HubBundle>> results(kThreads, Error(ErrorCode::Failure, QString()));
        std::vector<std::thread> threads;
        const auto start = [&](int i) {
            threads.emplace_back([&, i] {
                auto store = openStore();
                if (!store)
                    return;
                const QByteArray bytes = randomBytes(20000);
                HubBundle b = bundleFrom(m_researcher, {idOf(m_coordinator)}, bytes);
                if (i == kForeign)
                    b.projectId = QByteArray(16, 'z');
                results[size_t(i)] = store->storeBundle(b, bytes);
            });
        };
        const auto waitFor = [](const std::function<bool()> &done) {
            QElapsedTimer waited;
            waited.start();
            while (!done() && waited.elapsed() < 20000)
                QThread::msleep(5);
            return done();
        };
        // The first store leads alone and waits for the lock on the server...
        start(0);
        QVERIFY(waitFor([&] {
            return m_pg.scalar(m_uri, QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                                     "WHERE wait_event_type = 'Lock'")) ==
                   QStringLiteral("1");
        }));
        // ...and the others queue behind it in this process.
        for (int i = 1; i < kThreads; ++i)
            start(i);
        QVERIFY(waitFor([&] { return group.waiting() == kThreads - 1; }));
        QCOMPARE(m_pg.scalar(m_uri, QStringLiteral("SELECT count(*) FROM bundles")),
                 QStringLiteral("0"));
        held->abort();
        for (std::thread &t : threads)
            t.join();

        QList<qint64> seqs;
        for (int i = 0; i < kThreads; ++i) {
            if (i == kForeign) {
                QVERIFY(!results[size_t(i)]);
                QCOMPARE(results[size_t(i)].error().code(), ErrorCode::NotFound);
                continue;
            }
            QVERIFY2(results[size_t(i)], qPrintable(results[size_t(i)].error().message()));
            seqs.append(results[size_t(i)].value().seq);
        }
        QCOMPARE(group.commits(), before + 2); // the leader's, then everyone else's
        std::sort(seqs.begin(), seqs.end());
        QVERIFY(std::adjacent_find(seqs.begin(), seqs.end()) == seqs.end());
        QCOMPARE(m_pg.scalar(m_uri, QStringLiteral("SELECT count(*) FROM bundles")),
                 QString::number(kThreads - 1));
        QCOMPARE(m_pg.scalar(m_uri, QStringLiteral("SELECT count(*) FROM bundle_chunks")),
                 QString::number(kThreads - 1));
    }

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

    // A hub deployed with schema 1 keeps its data when the new code opens its
    // database: the new tables are added in place, and schema_version moves
    // to 3, in one transaction.
    void migratesAVersion1Database()
    {
        const Version1Data d = version1Data();
        QString sql = QString::fromLatin1(kSchemaV1Snapshot) + version1Rows(d, 1);
        const QString seq = m_pg.scalar(m_uri, sql);
        QVERIFY2(!seq.isEmpty(), qPrintable(m_pg.error()));
        {
            auto store = openStore();
            QVERIFY(store);
            checkMigrated(*store, d, seq.toLongLong());
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(m_pg.scalar(m_uri, QStringLiteral("SELECT convert_from(value, 'UTF8') FROM meta "
                                                   "WHERE key = 'schema_version'")),
                 QStringLiteral("3"));
        QCOMPARE(PgHubStore::kSchemaVersion, 3);
        // Opening again finds it current and changes nothing.
        auto again = openStore();
        QVERIFY(again);
        QCOMPARE(again->bundle(projectId(), d.bundle.bundleId).value().seq, seq.toLongLong());
        QCOMPARE(again->receipts(projectId(), 0, 10).value().size(), 1);
        QCOMPARE(m_pg.scalar(m_uri, QStringLiteral("SELECT count(*) FROM meta")),
                 QStringLiteral("2"));
    }

    // A hub deployed with schema 2 keeps its data, receipts included: the
    // blocks' table is added in place, and schema_version moves to 3.
    void migratesAVersion2Database()
    {
        const Version1Data d = version1Data();
        const HubReceipt r = version2Receipt();
        QString sql = QString::fromLatin1(kSchemaV1Snapshot) +
                      QString::fromLatin1(kSchemaV2Snapshot) + version1Rows(d, 2);
        sql += QStringLiteral("; INSERT INTO receipts(project_id, receipt_id, signer, stored_at, "
                              "bytes) VALUES (%1, %2, %3, 450, %4);"
                              "INSERT INTO receipt_recipients SELECT seq, %5 FROM receipts;"
                              "SELECT seq FROM bundles")
                   .arg(bytea(projectId()), bytea(r.receiptId), bytea(r.signer), bytea(r.bytes),
                        bytea(idOf(m_coordinator)));
        const QString seq = m_pg.scalar(m_uri, sql);
        QVERIFY2(!seq.isEmpty(), qPrintable(m_pg.error()));
        QCOMPARE(m_pg.scalar(m_uri, QStringLiteral("SELECT to_regclass('device_blocks') IS NULL")),
                 QStringLiteral("t"));
        {
            auto store = openStore();
            QVERIFY(store);
            checkMigratedFrom2(*store, d, seq.toLongLong(), r);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(m_pg.scalar(m_uri, QStringLiteral("SELECT convert_from(value, 'UTF8') FROM meta "
                                                   "WHERE key = 'schema_version'")),
                 QStringLiteral("3"));
        auto again = openStore();
        QVERIFY(again);
        QVERIFY(again->device(projectId(), idOf(m_other)).value().blocked);
        QCOMPARE(again->receipts(projectId(), 0, 10).value().size(), 2);
    }

    // A database of a newer schema is refused, not downgraded.
    void refusesANewerSchema()
    {
        {
            auto store = openStore();
            QVERIFY(store);
        }
        QVERIFY2(!m_pg.scalar(m_uri, QStringLiteral("UPDATE meta SET value = convert_to('4', "
                                                    "'UTF8') WHERE key = 'schema_version'; "
                                                    "SELECT 1"))
                      .isEmpty(),
                 qPrintable(m_pg.error()));
        auto refused = PgHubStore::open(m_uri);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::TooNew);
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
