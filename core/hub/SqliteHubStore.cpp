#include "hub/SqliteHubStore.h"

#include "common/LogCategories.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "project/ProjectManifest.h"
#include "store/Role.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QRecursiveMutex>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <map>

namespace vigia {

namespace {

constexpr int kHubIdSize = 16;

// "VgHb": a hub database says what it is, so a workspace store or any other
// SQLite file given by mistake is refused instead of being written into.
constexpr qint64 kApplicationId = 0x56674862;

// Version 1. Bundle bytes are the last column of `bundles`, so listing reads
// only the first page of each row and never the overflow pages that hold the
// bytes. seq is AUTOINCREMENT so that a seq is never reused: a client's cursor
// stays meaningful even if bundles are one day expired.
constexpr const char *kSchemaV1 = R"sql(
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
)sql";

// Version 2, applied after version 1 to a new file and alone to a version-1
// file: receipts, routed like bundles (seq never reused, the bytes last), and
// enrollment. An invitation row lives until it is redeemed or reaped, a join
// request until its device is in the manifest (it is then left out of the
// list, and kept, since a device may be revoked and ask again).
constexpr const char *kSchemaV2 = R"sql(
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
)sql";

// Version 3, after version 2: the hub administration's blocks of lost or
// stolen devices. A table of its own rather than a column of `devices`, which
// every new manifest rewrites: a block outlives any manifest until it is
// lifted.
constexpr const char *kSchemaV3 = R"sql(
CREATE TABLE device_blocks (
    project_id BLOB NOT NULL REFERENCES projects(id),
    device_id  BLOB NOT NULL,
    PRIMARY KEY (project_id, device_id)
) WITHOUT ROWID;
)sql";

const QByteArray kUploadColumns = QByteArrayLiteral(
    "SELECT id, project_id, device_id, bundle_id, length, offset, created_at, expires_at "
    "FROM uploads ");

HubUpload uploadFrom(const Statement &st)
{
    HubUpload u;
    u.id = st.columnText(0);
    u.projectId = st.columnBlob(1);
    u.deviceId = st.columnBlob(2);
    u.bundleId = st.columnBlob(3);
    u.length = st.columnInt64(4);
    u.offset = st.columnInt64(5);
    u.createdAt = st.columnInt64(6);
    u.expiresAt = st.columnInt64(7);
    return u;
}

// Reads rows of (seq, project_id, bundle_id, sender, size, sha256, stored_at,
// recipient), one per recipient and ordered by seq, into bundles. A NULL seq
// is the row of a project with no matching bundle: it adds nothing but sets
// *anyRow. Returns the last step's code (SQLITE_DONE when all went well).
int collectBundles(Statement &st, QList<HubBundle> &out, bool *anyRow = nullptr)
{
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        if (anyRow)
            *anyRow = true;
        if (st.columnIsNull(0))
            continue;
        const qint64 seq = st.columnInt64(0);
        if (out.isEmpty() || out.last().seq != seq) {
            HubBundle b;
            b.seq = seq;
            b.projectId = st.columnBlob(1);
            b.bundleId = st.columnBlob(2);
            b.sender = st.columnBlob(3);
            b.size = st.columnInt64(4);
            b.sha256 = st.columnBlob(5);
            b.storedAt = st.columnInt64(6);
            out.append(b);
        }
        if (!st.columnIsNull(7))
            out.last().recipients.append(st.columnBlob(7));
    }
    return rc;
}

// Reads rows of (seq, project_id, receipt_id, signer, stored_at, bytes,
// recipient), one per recipient and ordered by seq, into receipts; NULL seq
// and *anyRow as in collectBundles. The bytes are read once per receipt.
int collectReceipts(Statement &st, QList<HubReceipt> &out, bool *anyRow = nullptr)
{
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        if (anyRow)
            *anyRow = true;
        if (st.columnIsNull(0))
            continue;
        const qint64 seq = st.columnInt64(0);
        if (out.isEmpty() || out.last().seq != seq) {
            HubReceipt r;
            r.seq = seq;
            r.projectId = st.columnBlob(1);
            r.receiptId = st.columnBlob(2);
            r.signer = st.columnBlob(3);
            r.storedAt = st.columnInt64(4);
            r.bytes = st.columnBlob(5);
            out.append(r);
        }
        if (!st.columnIsNull(6))
            out.last().recipients.append(st.columnBlob(6));
    }
    return rc;
}

// One writer at a time per database file inside this process. SQLite lets
// only one connection write anyway, and a connection that finds the lock
// taken waits in its busy handler, which sleeps in steps of up to 100 ms: the
// hub's worker threads, a connection each, spent more time asleep than
// writing (hub_upload's p99 of nearly a second). Waiting on a mutex wakes
// as soon as the writer is done. Other processes still meet the busy handler.
QRecursiveMutex *writerFor(const QString &path)
{
    static QMutex registry;
    static std::map<QString, std::unique_ptr<QRecursiveMutex>> writers;
    const QMutexLocker lock(&registry);
    std::unique_ptr<QRecursiveMutex> &writer = writers[QFileInfo(path).absoluteFilePath()];
    if (!writer)
        writer = std::make_unique<QRecursiveMutex>();
    return writer.get();
}

} // namespace

SqliteHubStore::SqliteHubStore(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_writer(writerFor(m_db->path()))
{}

SqliteHubStore::~SqliteHubStore() = default;

Result<std::unique_ptr<SqliteHubStore>> SqliteHubStore::open(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    std::unique_ptr<SqliteHubStore> store(new SqliteHubStore(db.take()));
    if (Status s = store->migrate(); !s)
        return s.error();
    if (Status s = store->loadHubId(); !s)
        return s.error();
    return store;
}

Status SqliteHubStore::migrate()
{
    // Which file this is: a hub database of this schema (the usual case, no
    // lock taken), an older one to bring forward, a new one (version 0), or
    // something else that must not be written.
    auto inspect = [this]() -> Result<qint64> {
        Statement st(m_db->handle(), "SELECT (SELECT application_id FROM pragma_application_id), "
                                     "(SELECT user_version FROM pragma_user_version), "
                                     "(SELECT count(*) FROM sqlite_schema)");
        if (const int rc = st.step(); rc != SQLITE_ROW)
            return m_db->errorFor(rc, tr("reading the hub database's schema"));
        const qint64 applicationId = st.columnInt64(0);
        const qint64 version = st.columnInt64(1);
        const qint64 objects = st.columnInt64(2);
        if (applicationId == 0 && version == 0 && objects == 0)
            return qint64(0);
        if (applicationId != kApplicationId) {
            return Error(ErrorCode::Validation,
                         tr("%1 is not a vigia-hub database; nothing was changed. Give the hub "
                            "a file of its own.")
                             .arg(m_db->path()));
        }
        if (version > kSchemaVersion) {
            return Error(ErrorCode::TooNew,
                         tr("The hub database %1 was written by a newer vigia-hub (schema %2; "
                            "this version knows up to %3). Install the newer version to open it.")
                             .arg(m_db->path())
                             .arg(version)
                             .arg(kSchemaVersion));
        }
        return version;
    };
    auto before = inspect();
    if (!before || before.value() == kSchemaVersion)
        return before ? Status() : Status(before.error());

    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun();
    // Again under the write lock: another hub process may have created or
    // migrated the schema while this one waited for it.
    auto now = inspect();
    if (!now || now.value() == kSchemaVersion)
        return now ? Status() : Status(now.error());
    const qint64 from = now.value();
    if (from < 1) {
        if (Status s = m_db->exec(kSchemaV1); !s)
            return s;
        // The id sessions are signed for; made once, with the schema.
        std::array<quint32, kHubIdSize / sizeof(quint32)> words{};
        QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
        const QByteArray hubId(reinterpret_cast<const char *>(words.data()), kHubIdSize);
        Statement insert(m_db->handle(), "INSERT INTO meta(key, value) VALUES ('hub_id', ?1)");
        insert.bind(1, hubId);
        if (const int rc = insert.run(); rc != SQLITE_DONE)
            return m_db->errorFor(rc, tr("creating the hub id"));
    }
    // Each later version's step, in place: a deployed hub keeps its data.
    if (from < 2) {
        if (Status s = m_db->exec(kSchemaV2); !s)
            return s;
    }
    if (from < 3) {
        if (Status s = m_db->exec(kSchemaV3); !s)
            return s;
    }
    const QByteArray pragmas = "PRAGMA application_id=" + QByteArray::number(kApplicationId) +
                               ";PRAGMA user_version=" + QByteArray::number(kSchemaVersion);
    if (Status s = m_db->exec(pragmas.constData()); !s)
        return s;
    if (Status s = txn.commit(); !s)
        return s;
    if (from < 1)
        qCInfo(lcHub) << "created the hub database" << m_db->path() << "schema" << kSchemaVersion;
    else
        qCInfo(lcHub) << "migrated the hub database" << m_db->path() << "from schema" << from
                      << "to" << kSchemaVersion;
    return {};
}

Status SqliteHubStore::loadHubId()
{
    Statement st(m_db->handle(), "SELECT value FROM meta WHERE key = 'hub_id'");
    const int rc = st.step();
    if (rc == SQLITE_ROW && st.columnBlob(0).size() == kHubIdSize) {
        m_hubId = st.columnBlob(0);
        return {};
    }
    if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
        return Error(ErrorCode::Corrupt,
                     tr("The hub database %1 has no valid hub id. Restore it from a backup.")
                         .arg(m_db->path()));
    }
    return m_db->errorFor(rc, tr("reading the hub id"));
}

Error SqliteHubStore::failure(int rc, const QString &what) const
{
    // Every foreign key but the internal ones names a project: the caller
    // asked for one the hub does not serve.
    if (rc == SQLITE_CONSTRAINT_FOREIGNKEY) {
        return Error(ErrorCode::NotFound,
                     tr("The hub serves no project with this id; %1 was refused.").arg(what));
    }
    return m_db->errorFor(rc, what);
}

Result<QByteArray> SqliteHubStore::hubId()
{
    return m_hubId;
}

// --- Projects -----------------------------------------------------------

Status SqliteHubStore::addProjectSlot(const QString &name, const QByteArray &tokenHash)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun();
    Statement st(m_db->statements(), "INSERT INTO project_slots(token_hash, name) VALUES (?1, ?2)");
    st.bind(1, tokenHash).bindText(2, name);
    if (const int rc = st.run(); rc != SQLITE_DONE) {
        if (rc == SQLITE_CONSTRAINT_UNIQUE) {
            return Error(ErrorCode::Validation,
                         tr("A project slot with this token exists already; nothing was added. "
                            "Create the slot with a new token."));
        }
        return failure(rc, tr("adding a project slot"));
    }
    if (Status s = txn.commit(); !s)
        return s;
    qCInfo(lcHub) << "added a project slot named" << name;
    return {};
}

Result<HubProject> SqliteHubStore::registerProject(const QByteArray &tokenHash,
                                                   const ProjectManifest &manifest,
                                                   const QByteArray &signedManifest)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun().error();
    const QString reading = tr("registering the project");

    Statement slot(m_db->statements(),
                   "SELECT id, name FROM project_slots WHERE token_hash = ?1 AND used = 0");
    slot.bind(1, tokenHash);
    int rc = slot.step();
    if (rc == SQLITE_DONE) {
        return Error(ErrorCode::NotFound,
                     tr("No unused project slot has this token; nothing was registered. Each "
                        "token registers one project: ask the hub's operator for a new one."));
    }
    if (rc != SQLITE_ROW)
        return failure(rc, reading);
    const qint64 slotId = slot.columnInt64(0);
    QString name = slot.columnText(1);
    slot.reset();
    if (name.isEmpty())
        name = manifest.name;

    Statement exists(m_db->statements(), "SELECT 1 FROM projects WHERE id = ?1");
    exists.bind(1, manifest.projectId);
    rc = exists.step();
    exists.reset();
    if (rc == SQLITE_ROW) {
        // The slot stays unused: the operator's token is not spent on a refusal.
        return Error(ErrorCode::Validation,
                     tr("The hub already serves a project with this id; nothing was "
                        "registered. A project registers once, then sends new manifests."));
    }
    if (rc != SQLITE_DONE)
        return failure(rc, reading);

    Statement insert(m_db->statements(),
                     "INSERT INTO projects(id, name, project_pk, manifest, manifest_version) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, manifest.projectId)
        .bindText(2, name)
        .bind(3, manifest.projectPk)
        .bind(4, signedManifest)
        .bind(5, qint64(manifest.version));
    if (rc = insert.run(); rc != SQLITE_DONE)
        return failure(rc, reading);

    Statement claim(m_db->statements(),
                    "UPDATE project_slots SET used = 1, project_id = ?2 WHERE id = ?1");
    claim.bind(1, slotId).bind(2, manifest.projectId);
    if (rc = claim.run(); rc != SQLITE_DONE)
        return failure(rc, reading);
    if (Status s = writeDevices(manifest); !s)
        return s.error();
    if (Status s = txn.commit(); !s)
        return s.error();
    qCInfo(lcHub).noquote() << "registered project" << manifest.projectId.toHex()
                            << "at manifest version" << manifest.version;
    return HubProject{manifest.projectId, name, manifest.projectPk, signedManifest,
                      manifest.version};
}

Result<HubProject> SqliteHubStore::project(const QByteArray &projectId)
{
    Statement st(m_db->statements(), "SELECT id, name, project_pk, manifest, manifest_version "
                                     "FROM projects WHERE id = ?1");
    st.bind(1, projectId);
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
    if (rc != SQLITE_ROW)
        return failure(rc, tr("reading the project"));
    return HubProject{st.columnBlob(0), st.columnText(1), st.columnBlob(2), st.columnBlob(3),
                      quint64(st.columnInt64(4))};
}

Result<QList<HubProject>> SqliteHubStore::projects()
{
    Statement st(m_db->statements(), "SELECT id, name, project_pk, manifest, manifest_version "
                                     "FROM projects ORDER BY name, id");
    QList<HubProject> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        out.append(HubProject{st.columnBlob(0), st.columnText(1), st.columnBlob(2),
                              st.columnBlob(3), quint64(st.columnInt64(4))});
    }
    if (rc != SQLITE_DONE)
        return failure(rc, tr("listing the projects"));
    return out;
}

Status SqliteHubStore::replaceManifest(const ProjectManifest &manifest,
                                       const QByteArray &signedManifest, quint64 previousVersion)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun();
    const QString replacing = tr("replacing the project's manifest");
    Statement current(m_db->statements(), "SELECT manifest_version FROM projects WHERE id = ?1");
    current.bind(1, manifest.projectId);
    int rc = current.step();
    if (rc == SQLITE_DONE)
        return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
    if (rc != SQLITE_ROW)
        return failure(rc, replacing);
    const quint64 stored = quint64(current.columnInt64(0));
    current.reset();
    if (stored != previousVersion) {
        return Error(ErrorCode::Busy,
                     tr("The project's manifest changed meanwhile (the hub holds version %1, not "
                        "%2); nothing was replaced. Read the new manifest and try again.")
                         .arg(stored)
                         .arg(previousVersion));
    }
    Statement update(m_db->statements(),
                     "UPDATE projects SET manifest = ?2, manifest_version = ?3 WHERE id = ?1");
    update.bind(1, manifest.projectId).bind(2, signedManifest).bind(3, qint64(manifest.version));
    if (rc = update.run(); rc != SQLITE_DONE)
        return failure(rc, replacing);
    if (Status s = writeDevices(manifest); !s)
        return s;
    if (Status s = txn.commit(); !s)
        return s;
    qCInfo(lcHub).noquote() << "project" << manifest.projectId.toHex() << "now at manifest version"
                            << manifest.version;
    return {};
}

Status SqliteHubStore::writeDevices(const ProjectManifest &manifest)
{
    const QString writing = tr("storing the project's devices");
    // A revoked device has left `devices`, and its revocation does not say
    // its role: it keeps the role the hub knew.
    QHash<QByteArray, QString> knownRoles;
    {
        Statement st(m_db->statements(),
                     "SELECT device_id, role FROM devices WHERE project_id = ?1");
        st.bind(1, manifest.projectId);
        int rc;
        while ((rc = st.step()) == SQLITE_ROW)
            knownRoles.insert(st.columnBlob(0), st.columnText(1));
        if (rc != SQLITE_DONE)
            return failure(rc, writing);
    }
    Statement clear(m_db->statements(), "DELETE FROM devices WHERE project_id = ?1");
    clear.bind(1, manifest.projectId);
    if (const int rc = clear.run(); rc != SQLITE_DONE)
        return failure(rc, writing);

    // DO NOTHING: a device listed twice keeps its first entry, as
    // ProjectManifest::device() reads it.
    Statement insert(m_db->statements(),
                     "INSERT INTO devices(project_id, device_id, role, sign_pk, revoked) "
                     "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (project_id, device_id) DO NOTHING");
    auto add = [&](const QByteArray &id, const QString &role, const QByteArray &signPk,
                   bool revoked) {
        insert.bind(1, manifest.projectId)
            .bind(2, id)
            .bindText(3, role)
            .bind(4, signPk)
            .bind(5, qint64(revoked ? 1 : 0));
        return insert.run();
    };
    for (const ManifestDevice &d : manifest.devices) {
        if (const int rc = add(d.id, roleName(d.role), d.signPk, manifest.revocation(d.id));
            rc != SQLITE_DONE)
            return failure(rc, writing);
    }
    for (const ManifestRevocation &r : manifest.revoked) {
        const QString role = knownRoles.value(r.id, roleName(Role::Researcher));
        if (const int rc = add(r.id, role, r.signPk, true); rc != SQLITE_DONE)
            return failure(rc, writing);
    }
    return {};
}

Result<HubDevice> SqliteHubStore::device(const QByteArray &projectId, const QByteArray &deviceId)
{
    Statement st(m_db->statements(),
                 "SELECT d.role, d.sign_pk, d.revoked, EXISTS (SELECT 1 FROM device_blocks b "
                 "WHERE b.project_id = d.project_id AND b.device_id = d.device_id) "
                 "FROM devices d WHERE d.project_id = ?1 AND d.device_id = ?2");
    st.bind(1, projectId).bind(2, deviceId);
    const int rc = st.step();
    if (rc == SQLITE_DONE) {
        return Error(ErrorCode::NotFound,
                     tr("This device is not in the project's manifest on this hub."));
    }
    if (rc != SQLITE_ROW)
        return failure(rc, tr("reading the device"));
    const std::optional<Role> role = roleFromName(st.columnText(0));
    if (!role) {
        return Error(ErrorCode::Corrupt,
                     tr("The hub database holds a device with an unknown role. Restore it from "
                        "a backup."));
    }
    return HubDevice{projectId,
                     deviceId,
                     *role,
                     st.columnBlob(1),
                     st.columnInt64(2) != 0,
                     st.columnInt64(3) != 0};
}

Result<QList<HubDevice>> SqliteHubStore::devices(const QByteArray &projectId)
{
    // One statement, so the project check and the list are one snapshot; the
    // project's row alone (NULL device) says it exists with no device.
    Statement st(m_db->statements(), "SELECT d.device_id, d.role, d.sign_pk, d.revoked, "
                                     "b.device_id IS NOT NULL FROM projects p "
                                     "LEFT JOIN devices d ON d.project_id = p.id "
                                     "LEFT JOIN device_blocks b ON b.project_id = d.project_id "
                                     "AND b.device_id = d.device_id WHERE p.id = ?1 "
                                     "ORDER BY d.device_id");
    st.bind(1, projectId);
    QList<HubDevice> out;
    bool projectFound = false;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        projectFound = true;
        if (st.columnIsNull(0))
            continue;
        const std::optional<Role> role = roleFromName(st.columnText(1));
        if (!role) {
            return Error(ErrorCode::Corrupt,
                         tr("The hub database holds a device with an unknown role. Restore it "
                            "from a backup."));
        }
        out.append(HubDevice{projectId, st.columnBlob(0), *role, st.columnBlob(2),
                             st.columnInt64(3) != 0, st.columnInt64(4) != 0});
    }
    if (rc != SQLITE_DONE)
        return failure(rc, tr("reading the project's devices"));
    if (!projectFound)
        return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
    return out;
}

Status SqliteHubStore::blockDevice(const QByteArray &projectId, const QByteArray &deviceId,
                                   bool blocked)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun();
    const QString blocking = tr("blocking the device");
    {
        // Only a device the hub knows: the administration adds none.
        Statement known(m_db->statements(),
                        "SELECT 1 FROM devices WHERE project_id = ?1 AND device_id = ?2");
        known.bind(1, projectId).bind(2, deviceId);
        const int rc = known.step();
        if (rc == SQLITE_DONE) {
            if (Status s = checkProject(projectId, blocking); !s)
                return s;
            return Error(ErrorCode::NotFound,
                         tr("This device is not in the project's manifest on this hub."));
        }
        if (rc != SQLITE_ROW)
            return failure(rc, blocking);
    }
    Statement st(m_db->statements(),
                 blocked ? "INSERT OR IGNORE INTO device_blocks(project_id, device_id) "
                           "VALUES (?1, ?2)"
                         : "DELETE FROM device_blocks WHERE project_id = ?1 AND device_id = ?2");
    st.bind(1, projectId).bind(2, deviceId);
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return failure(rc, blocking);
    if (Status s = txn.commit(); !s)
        return s;
    qCInfo(lcHub).noquote() << (blocked ? "blocked" : "unblocked") << "device" << deviceId.toHex()
                            << "of project" << projectId.toHex();
    return {};
}

// --- Sessions -----------------------------------------------------------

Status SqliteHubStore::addChallenge(const QByteArray &nonce, const QByteArray &projectId,
                                    const QByteArray &deviceId, qint64 expiresAt)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun();
    Statement st(m_db->statements(), "INSERT INTO challenges(nonce, project_id, device_id, "
                                     "expires_at) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, nonce).bind(2, projectId).bind(3, deviceId).bind(4, expiresAt);
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return failure(rc, tr("saving a sign-in challenge"));
    return txn.commit();
}

Result<bool> SqliteHubStore::takeChallenge(const QByteArray &nonce, const QByteArray &projectId,
                                           const QByteArray &deviceId, qint64 now)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun().error();
    const QString taking = tr("checking a sign-in challenge");
    // Only the exact (nonce, project, device) consumes it: an answer for
    // another device must not burn the challenge of the one signing in.
    Statement take(m_db->statements(),
                   "DELETE FROM challenges WHERE nonce = ?1 AND project_id = ?2 "
                   "AND device_id = ?3 AND expires_at >= ?4");
    take.bind(1, nonce).bind(2, projectId).bind(3, deviceId).bind(4, now);
    if (const int rc = take.run(); rc != SQLITE_DONE)
        return failure(rc, taking);
    const bool taken = sqlite3_changes(m_db->handle()) == 1;
    Statement expire(m_db->statements(), "DELETE FROM challenges WHERE expires_at < ?1");
    expire.bind(1, now);
    if (const int rc = expire.run(); rc != SQLITE_DONE)
        return failure(rc, taking);
    if (Status s = txn.commit(); !s)
        return s.error();
    return taken;
}

Status SqliteHubStore::addSession(const QByteArray &tokenHash, const HubSession &session)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun();
    Statement st(m_db->statements(), "INSERT INTO sessions(token_hash, project_id, device_id, "
                                     "expires_at) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, tokenHash).bind(2, session.projectId).bind(3, session.deviceId);
    st.bind(4, session.expiresAt);
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return failure(rc, tr("saving a session"));
    return txn.commit();
}

Result<HubSession> SqliteHubStore::session(const QByteArray &tokenHash, qint64 now)
{
    Statement st(m_db->statements(), "SELECT project_id, device_id, expires_at FROM sessions "
                                     "WHERE token_hash = ?1 AND expires_at >= ?2");
    st.bind(1, tokenHash).bind(2, now);
    const int rc = st.step();
    if (rc == SQLITE_DONE) {
        return Error(ErrorCode::NotFound,
                     tr("This session is unknown or has expired; sign in again."));
    }
    if (rc != SQLITE_ROW)
        return failure(rc, tr("reading the session"));
    return HubSession{st.columnBlob(0), st.columnBlob(1), st.columnInt64(2)};
}

// --- Uploads ------------------------------------------------------------

Result<HubUpload> SqliteHubStore::createUpload(const HubUpload &upload)
{
    if (upload.length < 0)
        return Error(ErrorCode::Validation, tr("An upload cannot have a negative length."));
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun().error();
    const QString creating = tr("creating the upload");
    {
        Statement existing(m_db->statements(),
                           kUploadColumns +
                               "WHERE project_id = ?1 AND device_id = ?2 AND bundle_id = ?3");
        existing.bind(1, upload.projectId).bind(2, upload.deviceId).bind(3, upload.bundleId);
        const int rc = existing.step();
        if (rc == SQLITE_ROW)
            return uploadFrom(existing); // a retried creation: resume where it stands
        if (rc != SQLITE_DONE)
            return failure(rc, creating);
    }
    // A new upload starts at byte 0 whatever the caller's offset says.
    HubUpload created = upload;
    created.offset = 0;
    Statement insert(m_db->statements(),
                     "INSERT INTO uploads(id, project_id, device_id, bundle_id, length, offset, "
                     "created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?7)");
    insert.bindText(1, created.id)
        .bind(2, created.projectId)
        .bind(3, created.deviceId)
        .bind(4, created.bundleId)
        .bind(5, created.length)
        .bind(6, created.createdAt)
        .bind(7, created.expiresAt);
    if (const int rc = insert.run(); rc != SQLITE_DONE)
        return failure(rc, creating);
    if (Status s = txn.commit(); !s)
        return s.error();
    return created;
}

Result<HubUpload> SqliteHubStore::upload(const QString &id)
{
    Statement st(m_db->statements(), kUploadColumns + "WHERE id = ?1");
    st.bindText(1, id);
    const int rc = st.step();
    if (rc == SQLITE_DONE) {
        return Error(ErrorCode::NotFound,
                     tr("The hub has no such upload (it may have expired); start it again."));
    }
    if (rc != SQLITE_ROW)
        return failure(rc, tr("reading the upload"));
    return uploadFrom(st);
}

Result<HubUpload> SqliteHubStore::findUpload(const QByteArray &projectId,
                                             const QByteArray &deviceId, const QByteArray &bundleId)
{
    Statement st(m_db->statements(),
                 kUploadColumns + "WHERE project_id = ?1 AND device_id = ?2 AND bundle_id = ?3");
    st.bind(1, projectId).bind(2, deviceId).bind(3, bundleId);
    const int rc = st.step();
    if (rc == SQLITE_DONE) {
        return Error(ErrorCode::NotFound,
                     tr("The hub has no such upload (it may have expired); start it again."));
    }
    if (rc != SQLITE_ROW)
        return failure(rc, tr("reading the upload"));
    return uploadFrom(st);
}

// Counted on the index of UNIQUE (project_id, device_id, bundle_id).
Result<int> SqliteHubStore::uploadsInProgress(const QByteArray &projectId,
                                              const QByteArray &deviceId, qint64 now)
{
    Statement st(m_db->statements(),
                 "SELECT count(*) FROM uploads WHERE project_id = ?1 AND device_id = ?2 "
                 "AND offset < length AND expires_at >= ?3");
    st.bind(1, projectId).bind(2, deviceId).bind(3, now);
    if (const int rc = st.step(); rc != SQLITE_ROW)
        return failure(rc, tr("counting the device's uploads in progress"));
    return int(st.columnInt64(0));
}

Result<qint64> SqliteHubStore::appendUpload(const QString &id, qint64 offset,
                                            const QByteArray &bytes)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun().error();
    const QString appending = tr("saving the uploaded bytes");
    Statement current(m_db->statements(), "SELECT offset, length FROM uploads WHERE id = ?1");
    current.bindText(1, id);
    int rc = current.step();
    if (rc == SQLITE_DONE) {
        return Error(ErrorCode::NotFound,
                     tr("The hub has no such upload (it may have expired); start it again."));
    }
    if (rc != SQLITE_ROW)
        return failure(rc, appending);
    const qint64 stored = current.columnInt64(0);
    const qint64 length = current.columnInt64(1);
    current.reset();
    if (offset != stored) {
        return Error(ErrorCode::Validation,
                     tr("The upload stands at byte %1, not %2; nothing was saved. Resume from "
                        "byte %1.")
                         .arg(stored)
                         .arg(offset));
    }
    if (bytes.size() > length - stored) {
        return Error(ErrorCode::Validation,
                     tr("These bytes go past the upload's length of %1 bytes; nothing was saved.")
                         .arg(length));
    }
    if (bytes.isEmpty())
        return stored;
    Statement chunk(m_db->statements(),
                    "INSERT INTO upload_chunks(upload_id, offset, bytes) VALUES (?1, ?2, ?3)");
    chunk.bindText(1, id).bind(2, offset).bind(3, bytes);
    if (rc = chunk.run(); rc != SQLITE_DONE)
        return failure(rc, appending);
    const qint64 next = stored + bytes.size();
    Statement advance(m_db->statements(), "UPDATE uploads SET offset = ?2 WHERE id = ?1");
    advance.bindText(1, id).bind(2, next);
    if (rc = advance.run(); rc != SQLITE_DONE)
        return failure(rc, appending);
    if (Status s = txn.commit(); !s)
        return s.error();
    return next;
}

Result<QByteArray> SqliteHubStore::uploadBytes(const QString &id)
{
    // One statement: the chunks and the offset they add up to are one snapshot.
    Statement st(m_db->statements(),
                 "SELECT u.offset, c.offset, c.bytes FROM uploads u "
                 "LEFT JOIN upload_chunks c ON c.upload_id = u.id WHERE u.id = ?1 "
                 "ORDER BY c.offset");
    st.bindText(1, id);
    QByteArray out;
    bool found = false;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        if (!found) {
            found = true;
            out.reserve(st.columnInt64(0));
        }
        if (st.columnIsNull(1))
            continue;
        if (st.columnInt64(1) != out.size()) {
            return Error(ErrorCode::Corrupt,
                         tr("The upload's stored parts do not follow each other; delete the "
                            "upload and send the bundle again."));
        }
        out.append(st.columnView(2));
    }
    if (rc != SQLITE_DONE)
        return failure(rc, tr("reading the uploaded bytes"));
    if (!found) {
        return Error(ErrorCode::NotFound,
                     tr("The hub has no such upload (it may have expired); start it again."));
    }
    return out;
}

Status SqliteHubStore::deleteUpload(const QString &id)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun();
    const QString deleting = tr("deleting the upload");
    // The chunks explicitly, not only through ON DELETE CASCADE: nothing of an
    // upload may survive a connection that runs without foreign keys.
    Statement chunks(m_db->statements(), "DELETE FROM upload_chunks WHERE upload_id = ?1");
    chunks.bindText(1, id);
    if (const int rc = chunks.run(); rc != SQLITE_DONE)
        return failure(rc, deleting);
    Statement row(m_db->statements(), "DELETE FROM uploads WHERE id = ?1");
    row.bindText(1, id);
    if (const int rc = row.run(); rc != SQLITE_DONE)
        return failure(rc, deleting);
    if (sqlite3_changes(m_db->handle()) == 0)
        return Error(ErrorCode::NotFound, tr("The hub has no such upload."));
    return txn.commit();
}

Result<int> SqliteHubStore::reapUploads(qint64 now)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun().error();
    const QString reaping = tr("removing expired uploads");
    Statement chunks(m_db->statements(),
                     "DELETE FROM upload_chunks WHERE upload_id IN (SELECT id FROM uploads "
                     "WHERE expires_at < ?1 AND offset < length)");
    chunks.bind(1, now);
    if (const int rc = chunks.run(); rc != SQLITE_DONE)
        return failure(rc, reaping);
    Statement uploads(m_db->statements(),
                      "DELETE FROM uploads WHERE expires_at < ?1 AND offset < length");
    uploads.bind(1, now);
    if (const int rc = uploads.run(); rc != SQLITE_DONE)
        return failure(rc, reaping);
    const int reaped = sqlite3_changes(m_db->handle());
    // Expired challenges, sessions and invitations are refused anyway; the
    // reaper keeps the tables from growing with every sign-in.
    for (const char *sql : {"DELETE FROM challenges WHERE expires_at < ?1",
                            "DELETE FROM sessions WHERE expires_at < ?1",
                            "DELETE FROM invitations WHERE expires_at < ?1"}) {
        Statement expired(m_db->statements(), sql);
        expired.bind(1, now);
        if (const int rc = expired.run(); rc != SQLITE_DONE)
            return failure(rc, reaping);
    }
    if (Status s = txn.commit(); !s)
        return s.error();
    if (reaped > 0)
        qCInfo(lcHub) << "removed" << reaped << "expired uploads";
    return reaped;
}

// --- Bundles ------------------------------------------------------------

Result<HubBundle> SqliteHubStore::findBundle(const QByteArray &projectId,
                                             const QByteArray &bundleId)
{
    Statement st(m_db->statements(),
                 "SELECT b.seq, b.project_id, b.bundle_id, b.sender, b.size, b.sha256, "
                 "b.stored_at, r.device_id FROM bundles b "
                 "LEFT JOIN bundle_recipients r ON r.seq = b.seq "
                 "WHERE b.project_id = ?1 AND b.bundle_id = ?2 ORDER BY r.device_id");
    st.bind(1, projectId).bind(2, bundleId);
    QList<HubBundle> found;
    if (const int rc = collectBundles(st, found); rc != SQLITE_DONE)
        return failure(rc, tr("reading the bundle"));
    if (found.isEmpty())
        return Error(ErrorCode::NotFound, tr("The hub holds no such bundle for this project."));
    return found.first();
}

Result<HubBundle> SqliteHubStore::storeBundle(const HubBundle &bundle, const QByteArray &bytes)
{
    if (bundle.size != 0 && bundle.size != bytes.size()) {
        return Error(ErrorCode::Validation,
                     tr("The bundle is %1 bytes, not the %2 announced; nothing was stored.")
                         .arg(bytes.size())
                         .arg(bundle.size));
    }
    // Under the write lock, so two processes storing the same bundle cannot
    // both find it missing: the second one finds the first one's row.
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun().error();
    const QString storing = tr("storing the bundle");
    if (auto existing = findBundle(bundle.projectId, bundle.bundleId);
        existing || existing.error().code() != ErrorCode::NotFound)
        return existing;

    Statement insert(m_db->statements(),
                     "INSERT INTO bundles(project_id, bundle_id, sender, size, sha256, stored_at, "
                     "bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, bundle.projectId)
        .bind(2, bundle.bundleId)
        .bind(3, bundle.sender)
        .bind(4, qint64(bytes.size()))
        .bind(5, bundle.sha256)
        .bind(6, bundle.storedAt)
        .bind(7, bytes);
    if (const int rc = insert.run(); rc != SQLITE_DONE)
        return failure(rc, storing);
    const qint64 seq = sqlite3_last_insert_rowid(m_db->handle());
    Statement recipient(m_db->statements(),
                        "INSERT OR IGNORE INTO bundle_recipients(seq, device_id) VALUES (?1, ?2)");
    for (const QByteArray &deviceId : bundle.recipients) {
        recipient.bind(1, seq).bind(2, deviceId);
        if (const int rc = recipient.run(); rc != SQLITE_DONE)
            return failure(rc, storing);
    }
    // Read back, so the first store and any repeat return the same value.
    auto stored = findBundle(bundle.projectId, bundle.bundleId);
    if (!stored)
        return stored;
    if (Status s = txn.commit(); !s)
        return s.error();
    qCInfo(lcHub).noquote() << "stored bundle" << seq << "of project" << bundle.projectId.toHex()
                            << "with" << bytes.size() << "bytes";
    return stored;
}

Result<QList<HubBundle>> SqliteHubStore::bundles(const QByteArray &projectId, qint64 afterSeq,
                                                 int limit, const QByteArray &recipient)
{
    // The page is chosen first, then joined with its recipients (one row
    // each); the LEFT JOIN from projects keeps one row for a known project
    // with an empty page, so NotFound means the project, never the page. A
    // device's page is the union of two index ranges (addressed to it, sent
    // by it) rather than a filter over every bundle of the project.
    static const QByteArray kTail = QByteArrayLiteral(
        "SELECT b.seq, b.project_id, b.bundle_id, b.sender, b.size, b.sha256, b.stored_at, "
        "r.device_id FROM projects p "
        "LEFT JOIN page ON 1 "
        "LEFT JOIN bundles b ON b.seq = page.seq "
        "LEFT JOIN bundle_recipients r ON r.seq = b.seq "
        "WHERE p.id = ?1 ORDER BY b.seq, r.device_id");
    static const QByteArray kAll =
        QByteArrayLiteral("WITH page(seq) AS (SELECT seq FROM bundles WHERE project_id = ?1 "
                          "AND seq > ?2 ORDER BY seq LIMIT ?3) ") +
        kTail;
    static const QByteArray kForDevice =
        QByteArrayLiteral("WITH page(seq) AS ("
                          "SELECT r.seq FROM bundle_recipients r JOIN bundles b ON b.seq = r.seq "
                          "WHERE r.device_id = ?4 AND r.seq > ?2 AND b.project_id = ?1 "
                          "UNION "
                          "SELECT seq FROM bundles WHERE project_id = ?1 AND sender = ?4 "
                          "AND seq > ?2 "
                          "ORDER BY 1 LIMIT ?3) ") +
        kTail;
    Statement st(m_db->statements(), recipient.isEmpty() ? kAll : kForDevice);
    // A negative LIMIT means none to SQLite.
    st.bind(1, projectId).bind(2, afterSeq).bind(3, qint64(qMax(limit, 0)));
    if (!recipient.isEmpty())
        st.bind(4, recipient);
    QList<HubBundle> out;
    bool projectFound = false;
    const int rc = collectBundles(st, out, &projectFound);
    if (rc != SQLITE_DONE)
        return failure(rc, tr("listing the project's bundles"));
    if (!projectFound)
        return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
    return out;
}

Result<HubBundle> SqliteHubStore::bundle(const QByteArray &projectId, const QByteArray &bundleId)
{
    return findBundle(projectId, bundleId);
}

Result<QByteArray> SqliteHubStore::bundleBytes(const QByteArray &projectId,
                                               const QByteArray &bundleId, qint64 offset,
                                               qint64 length)
{
    if (offset < 0 || length < 0)
        return Error(ErrorCode::Validation, tr("A byte range cannot start or run backwards."));
    const QString reading = tr("reading the bundle's bytes");
    qint64 seq = 0;
    qint64 size = 0;
    {
        Statement st(m_db->statements(),
                     "SELECT seq, size FROM bundles WHERE project_id = ?1 AND bundle_id = ?2");
        st.bind(1, projectId).bind(2, bundleId);
        const int rc = st.step();
        if (rc == SQLITE_DONE) {
            return Error(ErrorCode::NotFound, tr("The hub holds no such bundle for this project."));
        }
        if (rc != SQLITE_ROW)
            return failure(rc, reading);
        seq = st.columnInt64(0);
        size = st.columnInt64(1);
    }
    if (offset > size) {
        return Error(ErrorCode::Validation,
                     tr("The range starts at byte %1, past the end of the bundle (%2 bytes).")
                         .arg(offset)
                         .arg(size));
    }
    const qint64 count = qMin(length, size - offset);
    if (count == 0)
        return QByteArray();
    // Incremental BLOB I/O rather than substr(): substr() has SQLite read the
    // whole value into memory before it cuts the range out (a 300 MB bundle
    // costs 300 MB per request), while a blob handle reads only the pages of
    // the range. Bundles are never changed once stored, so the row found above
    // is the row read here although the two are separate reads.
    sqlite3_blob *blob = nullptr;
    int rc = sqlite3_blob_open(m_db->handle(), "main", "bundles", "bytes", seq, 0, &blob);
    QByteArray out;
    if (rc == SQLITE_OK) {
        out.resize(count);
        rc = sqlite3_blob_read(blob, out.data(), int(count), int(offset));
    }
    sqlite3_blob_close(blob);
    if (rc != SQLITE_OK)
        return failure(rc, reading);
    return out;
}

// --- Receipts -----------------------------------------------------------

Status SqliteHubStore::checkProject(const QByteArray &projectId, const QString &what)
{
    Statement st(m_db->statements(), "SELECT 1 FROM projects WHERE id = ?1");
    st.bind(1, projectId);
    const int rc = st.step();
    if (rc == SQLITE_ROW)
        return {};
    if (rc == SQLITE_DONE)
        return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
    return failure(rc, what);
}

Result<QList<HubReceipt>> SqliteHubStore::findReceipt(const QByteArray &projectId,
                                                      const QByteArray &receiptId)
{
    Statement st(m_db->statements(),
                 "SELECT c.seq, c.project_id, c.receipt_id, c.signer, c.stored_at, c.bytes, "
                 "r.device_id FROM receipts c "
                 "LEFT JOIN receipt_recipients r ON r.seq = c.seq "
                 "WHERE c.project_id = ?1 AND c.receipt_id = ?2 ORDER BY r.device_id");
    st.bind(1, projectId).bind(2, receiptId);
    QList<HubReceipt> found;
    if (const int rc = collectReceipts(st, found); rc != SQLITE_DONE)
        return failure(rc, tr("storing the receipt"));
    return found;
}

Result<HubReceipt> SqliteHubStore::storeReceipt(const HubReceipt &receipt)
{
    // Under the write lock, as storeBundle: of two processes storing the same
    // receipt, the second finds the first one's row.
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun().error();
    const QString storing = tr("storing the receipt");
    auto existing = findReceipt(receipt.projectId, receipt.receiptId);
    if (!existing)
        return existing.error();
    if (!existing.value().isEmpty())
        return existing.value().first();

    Statement insert(m_db->statements(),
                     "INSERT INTO receipts(project_id, receipt_id, signer, stored_at, bytes) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, receipt.projectId)
        .bind(2, receipt.receiptId)
        .bind(3, receipt.signer)
        .bind(4, receipt.storedAt)
        .bind(5, receipt.bytes);
    if (const int rc = insert.run(); rc != SQLITE_DONE)
        return failure(rc, storing);
    const qint64 seq = sqlite3_last_insert_rowid(m_db->handle());
    Statement recipient(m_db->statements(),
                        "INSERT OR IGNORE INTO receipt_recipients(seq, device_id) VALUES (?1, ?2)");
    for (const QByteArray &deviceId : receipt.recipients) {
        recipient.bind(1, seq).bind(2, deviceId);
        if (const int rc = recipient.run(); rc != SQLITE_DONE)
            return failure(rc, storing);
    }
    // Read back, so the first store and any repeat return the same value.
    auto stored = findReceipt(receipt.projectId, receipt.receiptId);
    if (!stored)
        return stored.error();
    if (stored.value().isEmpty())
        return Error(ErrorCode::Failure, tr("The receipt was not stored; try again."));
    if (Status s = txn.commit(); !s)
        return s.error();
    qCInfo(lcHub).noquote() << "stored receipt" << seq << "of project" << receipt.projectId.toHex()
                            << "for" << stored.value().first().recipients.size() << "devices";
    return stored.value().first();
}

Result<QList<HubReceipt>> SqliteHubStore::receipts(const QByteArray &projectId, qint64 afterSeq,
                                                   int limit, const QByteArray &recipient)
{
    // As bundles(): the page first, then its recipients; the LEFT JOIN from
    // projects tells an empty page from an unknown project.
    static const QByteArray kTail = QByteArrayLiteral(
        "SELECT c.seq, c.project_id, c.receipt_id, c.signer, c.stored_at, c.bytes, "
        "r.device_id FROM projects p "
        "LEFT JOIN page ON 1 "
        "LEFT JOIN receipts c ON c.seq = page.seq "
        "LEFT JOIN receipt_recipients r ON r.seq = c.seq "
        "WHERE p.id = ?1 ORDER BY c.seq, r.device_id");
    static const QByteArray kAll =
        QByteArrayLiteral("WITH page(seq) AS (SELECT seq FROM receipts WHERE project_id = ?1 "
                          "AND seq > ?2 ORDER BY seq LIMIT ?3) ") +
        kTail;
    static const QByteArray kForDevice =
        QByteArrayLiteral("WITH page(seq) AS ("
                          "SELECT r.seq FROM receipt_recipients r "
                          "JOIN receipts c ON c.seq = r.seq "
                          "WHERE r.device_id = ?4 AND r.seq > ?2 "
                          "AND c.project_id = ?1 ORDER BY r.seq LIMIT ?3) ") +
        kTail;
    Statement st(m_db->statements(), recipient.isEmpty() ? kAll : kForDevice);
    // A negative LIMIT means none to SQLite.
    st.bind(1, projectId).bind(2, afterSeq).bind(3, qint64(qMax(limit, 0)));
    if (!recipient.isEmpty())
        st.bind(4, recipient);
    QList<HubReceipt> out;
    bool projectFound = false;
    const int rc = collectReceipts(st, out, &projectFound);
    if (rc != SQLITE_DONE)
        return failure(rc, tr("listing the project's receipts"));
    if (!projectFound)
        return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
    return out;
}

Result<QList<QByteArray>> SqliteHubStore::bundleSenders(const QByteArray &projectId,
                                                        const QList<QByteArray> &bundleIds)
{
    const QString reading = tr("reading who sent the bundles");
    if (Status s = checkProject(projectId, reading); !s)
        return s.error();
    // One lookup by the unique index per id: bundles are never changed once
    // stored, so the lookups need not be one snapshot.
    QList<QByteArray> senders;
    Statement st(m_db->statements(),
                 "SELECT sender FROM bundles WHERE project_id = ?1 AND bundle_id = ?2");
    for (const QByteArray &bundleId : bundleIds) {
        st.bind(1, projectId).bind(2, bundleId);
        const int rc = st.step();
        if (rc == SQLITE_ROW) {
            const QByteArray sender = st.columnBlob(0);
            if (!senders.contains(sender))
                senders.append(sender);
        } else if (rc != SQLITE_DONE) {
            return failure(rc, reading);
        }
        st.reset();
    }
    std::sort(senders.begin(), senders.end());
    return senders;
}

// --- Enrollment ---------------------------------------------------------

Status SqliteHubStore::addInvitation(const HubInvitation &invitation)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun();
    Statement st(m_db->statements(), "INSERT INTO invitations(code_hash, project_id, invitation, "
                                     "expires_at) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, invitation.codeHash)
        .bind(2, invitation.projectId)
        .bind(3, invitation.invitation)
        .bind(4, invitation.expiresAt);
    if (const int rc = st.run(); rc != SQLITE_DONE) {
        if (rc == SQLITE_CONSTRAINT_PRIMARYKEY) {
            return Error(ErrorCode::Validation,
                         tr("An invitation with this code exists already; nothing was added. "
                            "Make a new invitation."));
        }
        return failure(rc, tr("saving the invitation"));
    }
    if (Status s = txn.commit(); !s)
        return s;
    qCInfo(lcHub).noquote() << "added an invitation to project" << invitation.projectId.toHex();
    return {};
}

Result<HubInvitation> SqliteHubStore::redeemInvitation(const QByteArray &codeHash, qint64 now)
{
    // Read and delete under the write lock: of two connections redeeming the
    // same code, the second one finds no row.
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun().error();
    const QString redeeming = tr("redeeming the invitation");
    HubInvitation found;
    {
        Statement st(m_db->statements(), "SELECT project_id, invitation, expires_at "
                                         "FROM invitations WHERE code_hash = ?1");
        st.bind(1, codeHash);
        const int rc = st.step();
        if (rc == SQLITE_DONE) {
            return Error(ErrorCode::NotFound,
                         tr("This invitation code is unknown, used already or expired. Ask for "
                            "a new invitation."));
        }
        if (rc != SQLITE_ROW)
            return failure(rc, redeeming);
        found = HubInvitation{codeHash, st.columnBlob(0), st.columnBlob(1), st.columnInt64(2)};
    }
    // Spent by this try whether it is live or not: an expired code never
    // becomes good again.
    Statement spend(m_db->statements(), "DELETE FROM invitations WHERE code_hash = ?1");
    spend.bind(1, codeHash);
    if (const int rc = spend.run(); rc != SQLITE_DONE)
        return failure(rc, redeeming);
    if (Status s = txn.commit(); !s)
        return s.error();
    if (found.expiresAt < now) {
        return Error(ErrorCode::NotFound,
                     tr("This invitation code is unknown, used already or expired. Ask for a "
                        "new invitation."));
    }
    qCInfo(lcHub).noquote() << "redeemed an invitation to project" << found.projectId.toHex();
    return found;
}

Status SqliteHubStore::addJoinRequest(const HubJoinRequest &request)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun();
    // A request that arrived earlier than the stored one (a retry that lost
    // a race) leaves the newer one in place.
    Statement st(m_db->statements(),
                 "INSERT INTO join_requests(project_id, device_id, request, received_at) "
                 "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (project_id, device_id) DO UPDATE "
                 "SET request = excluded.request, received_at = excluded.received_at "
                 "WHERE excluded.received_at >= join_requests.received_at");
    st.bind(1, request.projectId)
        .bind(2, request.deviceId)
        .bind(3, request.request)
        .bind(4, request.receivedAt);
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return failure(rc, tr("saving the join request"));
    if (Status s = txn.commit(); !s)
        return s;
    qCInfo(lcHub).noquote() << "received a join request for project" << request.projectId.toHex()
                            << "from device" << request.deviceId.toHex();
    return {};
}

Result<QList<HubJoinRequest>> SqliteHubStore::joinRequests(const QByteArray &projectId)
{
    // One statement from the project's row, as devices(): a project with no
    // waiting request yields one row of NULLs. A device of the project,
    // approved or revoked, is no longer waiting.
    Statement st(m_db->statements(),
                 "SELECT j.device_id, j.request, j.received_at FROM projects p "
                 "LEFT JOIN join_requests j ON j.project_id = p.id AND NOT EXISTS ("
                 "SELECT 1 FROM devices d WHERE d.project_id = j.project_id "
                 "AND d.device_id = j.device_id) "
                 "WHERE p.id = ?1 ORDER BY j.received_at, j.device_id");
    st.bind(1, projectId);
    QList<HubJoinRequest> out;
    bool projectFound = false;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        projectFound = true;
        if (st.columnIsNull(0))
            continue;
        out.append(
            HubJoinRequest{projectId, st.columnBlob(0), st.columnBlob(1), st.columnInt64(2)});
    }
    if (rc != SQLITE_DONE)
        return failure(rc, tr("reading the join requests"));
    if (!projectFound)
        return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
    return out;
}

// --- Administration -----------------------------------------------------

Result<HubStore::Stats> SqliteHubStore::stats()
{
    Statement st(m_db->statements(), "SELECT (SELECT count(*) FROM projects), "
                                     "(SELECT count(*) FROM devices WHERE revoked = 0), "
                                     "(SELECT count(*) FROM bundles), "
                                     "(SELECT coalesce(sum(size), 0) FROM bundles), "
                                     "(SELECT count(*) FROM uploads WHERE offset < length)");
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return failure(rc, tr("counting what the hub holds"));
    Stats s;
    s.projects = int(st.columnInt64(0));
    s.devices = int(st.columnInt64(1));
    s.bundles = st.columnInt64(2);
    s.bundleBytes = st.columnInt64(3);
    s.uploadsInProgress = int(st.columnInt64(4));
    return s;
}

// --- Backup (SQLite only) -----------------------------------------------

namespace {
// fsync of a file or folder: false on any failure.
bool syncPath(const QString &path, bool directory)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDWR);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    return ::close(fd) == 0 && synced;
}
} // namespace

Status SqliteHubStore::backupTo(const QString &path)
{
    if (QFileInfo::exists(path)) {
        return Error(
            ErrorCode::Validation,
            tr("%1 exists already; nothing was written. Back up into another name.").arg(path));
    }
    const QString part = path + QStringLiteral(".part");
    const QString copying = tr("copying the hub database to %1").arg(path);
    QFile::remove(part); // what an interrupted backup left
    {
        // One read transaction: a consistent copy while writers go on (WAL).
        Statement st(m_db->handle(), "VACUUM INTO ?1");
        st.bindText(1, part);
        if (const int rc = st.run(); rc != SQLITE_DONE) {
            const Error e = m_db->errorFor(rc, copying);
            QFile::remove(part);
            return e;
        }
    }
    // Durable before it takes its name, and the name durable too: after a
    // power cut there is either no backup or a whole one.
    const QString folder = QFileInfo(path).absolutePath();
    if (!syncPath(part, false) ||
        ::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0 ||
        !syncPath(folder, true)) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(part);
        return Error(ErrorCode::Io,
                     tr("Could not save the backup as %1 (%2). Check the folder's free space "
                        "and permissions.")
                         .arg(path, reason));
    }
    // Read back as a restore would read it.
    sqlite3 *copy = nullptr;
    int rc =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &copy, SQLITE_OPEN_READONLY, nullptr);
    QStringList problems;
    if (rc == SQLITE_OK) {
        Statement check(copy, "PRAGMA integrity_check");
        while ((rc = check.step()) == SQLITE_ROW)
            problems << check.columnText(0);
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    const QString detail = rc == SQLITE_OK ? problems.join(QStringLiteral("; "))
                                           : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(copy);
    if (rc != SQLITE_OK || problems != QStringList{QStringLiteral("ok")}) {
        QFile::remove(path);
        return Error(ErrorCode::Corrupt,
                     tr("The backup %1 failed its check (%2) and was removed. Check the disk, "
                        "then try again.")
                         .arg(path, detail));
    }
    qCInfo(lcHub) << "backed up the hub database to" << path;
    return {};
}

} // namespace vigia
