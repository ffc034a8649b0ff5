#include "HubStoreSuite.h"

#include "db/Database.h"
#include "hub/SqliteHubStore.h"

#include "store/Role.h"

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

private slots:
    // A hub deployed with schema 1 keeps its data when the new code opens its
    // file: the new tables are added in place, and user_version moves to 2.
    void migratesAVersion1File()
    {
        const QString path = m_dir->filePath(QStringLiteral("hub.sqlite"));
        const Version1Data d = version1Data();
        const ProjectManifest m = manifest(1);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(db.value()->exec(kSchemaV1Snapshot));
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
            QVERIFY(db.value()->exec(sql.constData()));
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
        QCOMPARE(SqliteHubStore::kSchemaVersion, 2);
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
            QVERIFY(db.value()->exec("PRAGMA user_version=3"));
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
