#include "HubStoreSuite.h"

#include "db/Database.h"
#include "hub/SqliteHubStore.h"

#include "store/Role.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

// The schema of a version-1 hub database, as vigia-hub 0.1 wrote it: a
// snapshot, so that the migration test starts from what deployed hubs hold
// and never from what the current code would create.
constexpr const char *kSchemaV1Snapshot = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE projects (
    id               BLOB    PRIMARY KEY,
    name             TEXT    NOT NULL,
    project_pk       BLOB    NOT NULL,
    manifest         BLOB    NOT NULL,
    manifest_version INTEGER NOT NULL
);
CREATE TABLE project_slots (
    id         INTEGER PRIMARY KEY,
    token_hash BLOB    NOT NULL UNIQUE,
    name       TEXT    NOT NULL,
    used       INTEGER NOT NULL DEFAULT 0,
    project_id BLOB    REFERENCES projects(id)
);
CREATE TABLE devices (
    project_id BLOB    NOT NULL REFERENCES projects(id),
    device_id  BLOB    NOT NULL,
    role       TEXT    NOT NULL,
    sign_pk    BLOB    NOT NULL,
    revoked    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (project_id, device_id)
) WITHOUT ROWID;
CREATE TABLE challenges (
    nonce      BLOB    PRIMARY KEY,
    project_id BLOB    NOT NULL REFERENCES projects(id),
    device_id  BLOB    NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX challenges_by_expiry ON challenges(expires_at);
CREATE TABLE sessions (
    token_hash BLOB    PRIMARY KEY,
    project_id BLOB    NOT NULL REFERENCES projects(id),
    device_id  BLOB    NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_by_expiry ON sessions(expires_at);
CREATE TABLE uploads (
    id         TEXT    PRIMARY KEY,
    project_id BLOB    NOT NULL REFERENCES projects(id),
    device_id  BLOB    NOT NULL,
    bundle_id  BLOB    NOT NULL,
    length     INTEGER NOT NULL CHECK (length >= 0),
    offset     INTEGER NOT NULL DEFAULT 0 CHECK (offset >= 0 AND offset <= length),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    UNIQUE (project_id, device_id, bundle_id)
);
CREATE INDEX uploads_by_expiry ON uploads(expires_at);
CREATE TABLE upload_chunks (
    upload_id TEXT    NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
    offset    INTEGER NOT NULL,
    bytes     BLOB    NOT NULL,
    PRIMARY KEY (upload_id, offset)
);
CREATE TABLE bundles (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id BLOB    NOT NULL REFERENCES projects(id),
    bundle_id  BLOB    NOT NULL,
    sender     BLOB    NOT NULL,
    size       INTEGER NOT NULL,
    sha256     BLOB    NOT NULL,
    stored_at  INTEGER NOT NULL,
    bytes      BLOB    NOT NULL,
    UNIQUE (project_id, bundle_id)
);
CREATE INDEX bundles_by_project ON bundles(project_id, seq);
CREATE INDEX bundles_by_sender ON bundles(project_id, sender, seq);
CREATE TABLE bundle_recipients (
    seq       INTEGER NOT NULL REFERENCES bundles(seq),
    device_id BLOB    NOT NULL,
    PRIMARY KEY (seq, device_id)
) WITHOUT ROWID;
CREATE INDEX bundle_recipients_by_device ON bundle_recipients(device_id, seq);
PRAGMA application_id=1449609314;
PRAGMA user_version=1;
)sql";

// What schema 2 added to schema 1, as vigia-hub 0.2 wrote it: with the
// snapshot above, a version-2 file.
constexpr const char *kSchemaV2Snapshot = R"sql(
CREATE TABLE receipts (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id BLOB    NOT NULL REFERENCES projects(id),
    receipt_id BLOB    NOT NULL,
    signer     BLOB    NOT NULL,
    stored_at  INTEGER NOT NULL,
    bytes      BLOB    NOT NULL,
    UNIQUE (project_id, receipt_id)
);
CREATE INDEX receipts_by_project ON receipts(project_id, seq);
CREATE TABLE receipt_recipients (
    seq       INTEGER NOT NULL REFERENCES receipts(seq),
    device_id BLOB    NOT NULL,
    PRIMARY KEY (seq, device_id)
) WITHOUT ROWID;
CREATE INDEX receipt_recipients_by_device ON receipt_recipients(device_id, seq);
CREATE TABLE invitations (
    code_hash  BLOB    PRIMARY KEY,
    project_id BLOB    NOT NULL REFERENCES projects(id),
    invitation BLOB    NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX invitations_by_expiry ON invitations(expires_at);
CREATE TABLE join_requests (
    project_id  BLOB    NOT NULL REFERENCES projects(id),
    device_id   BLOB    NOT NULL,
    request     BLOB    NOT NULL,
    received_at INTEGER NOT NULL,
    PRIMARY KEY (project_id, device_id)
) WITHOUT ROWID;
CREATE INDEX join_requests_by_arrival ON join_requests(project_id, received_at);
PRAGMA user_version=2;
)sql";

QByteArray blob(const QByteArray &bytes)
{
    return "X'" + bytes.toHex() + "'";
}

} // namespace

// The HubStore suite on the SQLite backend, and what only SQLite has.
class TestSqliteHubStore : public HubStoreSuite
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

protected:
    std::unique_ptr<HubStore> openStore() override
    {
        auto store = SqliteHubStore::open(m_dir->filePath(QStringLiteral("hub.sqlite")));
        if (!store) {
            qWarning().noquote() << "opening the store failed:" << store.error().message();
            return nullptr;
        }
        return store.take();
    }

    bool freshStorage() override
    {
        m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->isValid();
    }

    // The rows of Version1Data, bundle seq 7, for a schema-1 (or later) file.
    QByteArray version1Rows(const Version1Data &d) const
    {
        const ProjectManifest m = manifest(1);
        QByteArray sql = "INSERT INTO meta(key, value) VALUES ('hub_id', " + blob(d.hubId) +
                         ");"
                         "INSERT INTO projects VALUES (" +
                         blob(projectId()) + ", 'Frontera', " + blob(m.projectPk) + ", " +
                         blob(sign(m)) +
                         ", 1);"
                         "INSERT INTO project_slots(token_hash, name, used, project_id) "
                         "VALUES (" +
                         blob(m_token) + ", 'Frontera', 1, " + blob(projectId()) + ");";
        for (const ManifestDevice &dev : m.devices) {
            sql += "INSERT INTO devices VALUES (" + blob(projectId()) + ", " + blob(dev.id) +
                   ", '" + roleName(dev.role).toLatin1() + "', " + blob(dev.signPk) + ", 0);";
        }
        sql += "INSERT INTO bundles VALUES (7, " + blob(projectId()) + ", " +
               blob(d.bundle.bundleId) + ", " + blob(d.bundle.sender) + ", " +
               QByteArray::number(d.bytes.size()) + ", " + blob(d.bundle.sha256) + ", 400, " +
               blob(d.bytes) +
               ");"
               "INSERT INTO bundle_recipients VALUES (7, " +
               blob(idOf(m_coordinator)) + ");";
        return sql;
    }

private slots:
    // A hub deployed with schema 2 (receipts and enrollment, no blocks) keeps
    // its data, receipts included: the blocks' table is added in place, and
    // user_version moves to 3.
    void migratesAVersion2File()
    {
        const QString path = m_dir->filePath(QStringLiteral("hub.sqlite"));
        const Version1Data d = version1Data();
        const HubReceipt r = version2Receipt();
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(db.value()->exec(kSchemaV1Snapshot));
            QVERIFY(db.value()->exec(kSchemaV2Snapshot));
            QByteArray sql = version1Rows(d);
            sql += "INSERT INTO receipts VALUES (3, " + blob(projectId()) + ", " +
                   blob(r.receiptId) + ", " + blob(r.signer) + ", 450, " + blob(r.bytes) +
                   ");"
                   "INSERT INTO receipt_recipients VALUES (3, " +
                   blob(idOf(m_coordinator)) + ");";
            QVERIFY(db.value()->exec(sql.constData()));
            QCOMPARE(db.value()->userVersion().value(), 2);
        }
        {
            auto store = openStore();
            QVERIFY(store);
            checkMigratedFrom2(*store, d, 7, r);
            if (QTest::currentTestFailed())
                return;
        }
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(db.value()->userVersion().value(), 3);
        auto again = openStore();
        QVERIFY(again);
        QVERIFY(again->device(projectId(), idOf(m_other)).value().blocked);
        QCOMPARE(again->receipts(projectId(), 0, 10).value().size(), 2);
    }

    // SQLite only: `vigia-hub backup`'s copy, taken with a second connection
    // open on the file, is a whole hub database that opens read-only, and a
    // name that exists is never overwritten.
    void backupIsAWholeCheckedCopy()
    {
        const QByteArray bytes = randomBytes(5000);
        const HubBundle b = bundleFrom(m_researcher, {idOf(m_coordinator)}, bytes);
        {
            auto store = SqliteHubStore::open(m_dir->filePath(QStringLiteral("hub.sqlite")));
            QVERIFY(store);
            QVERIFY(addProject(*store.value()));
            QVERIFY(store.value()->storeBundle(b, bytes));
            QVERIFY(store.value()->blockDevice(projectId(), idOf(m_other), true));
            auto writer = openStore(); // another connection, as a running hub
            QVERIFY(writer);
            QVERIFY(writer->addProjectSlot(QStringLiteral("Later"), randomBytes(32)));
            const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
            auto done = store.value()->backupTo(copy);
            QVERIFY2(done, qPrintable(done.error().message()));
            QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
            auto again = store.value()->backupTo(copy);
            QVERIFY(!again);
            QCOMPARE(again.error().code(), ErrorCode::Validation);
            auto nowhere = store.value()->backupTo(
                m_dir->filePath(QStringLiteral("missing/folder/copy.sqlite")));
            QVERIFY(!nowhere);
        }
        auto copy = SqliteHubStore::open(m_dir->filePath(QStringLiteral("copy.sqlite")));
        QVERIFY2(copy, qPrintable(copy.error().message()));
        QCOMPARE(copy.value()->bundleBytes(projectId(), b.bundleId, 0, 10000).value(), bytes);
        QVERIFY(copy.value()->device(projectId(), idOf(m_other)).value().blocked);
        QCOMPARE(copy.value()->projects().value().size(), 1);
    }

    // A hub deployed with schema 1 keeps its data when the new code opens its
    // file: the new tables are added in place, and user_version moves to 3.
    void migratesAVersion1File()
    {
        const QString path = m_dir->filePath(QStringLiteral("hub.sqlite"));
        const Version1Data d = version1Data();
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(db.value()->exec(kSchemaV1Snapshot));
            QVERIFY(db.value()->exec(version1Rows(d).constData()));
            QCOMPARE(db.value()->userVersion().value(), 1);
        }
        {
            auto store = openStore();
            QVERIFY(store);
            checkMigrated(*store, d, 7);
            if (QTest::currentTestFailed())
                return;
        }
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(db.value()->userVersion().value(), SqliteHubStore::kSchemaVersion);
        QCOMPARE(SqliteHubStore::kSchemaVersion, 3);
        // Opening again finds it current and changes nothing.
        auto again = openStore();
        QVERIFY(again);
        QCOMPARE(again->bundle(projectId(), d.bundle.bundleId).value().seq, qint64(7));
        QCOMPARE(again->receipts(projectId(), 0, 10).value().size(), 1);
    }

    // A file of a newer schema is refused, not downgraded.
    void refusesANewerSchema()
    {
        {
            auto store = openStore();
            QVERIFY(store);
        }
        const QString path = m_dir->filePath(QStringLiteral("hub.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(db.value()->exec("PRAGMA user_version=4"));
        }
        auto refused = SqliteHubStore::open(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::TooNew);
    }

    // SQLite only: a file that is not a hub database is never written into.
    void refusesAForeignFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("workspace.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(db.value()->exec("CREATE TABLE records(id BLOB); PRAGMA user_version=6"));
        }
        auto refused = SqliteHubStore::open(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Validation);
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(db.value()->userVersion().value(), 6);
    }
};

QTEST_GUILESS_MAIN(TestSqliteHubStore)
#include "tst_sqlitehubstore.moc"
