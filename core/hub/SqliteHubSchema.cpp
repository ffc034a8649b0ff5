#include "hub/SqliteHubSchema.h"

#include "common/LogCategories.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <QMutexLocker>
#include <QRandomGenerator>
#include <QRecursiveMutex>

#include <sqlite3.h>

#include <array>

namespace vigia {

namespace {

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

} // namespace

Status SqliteHubSchema::migrate(Database &db, QRecursiveMutex *writer)
{
    // Which file this is: a hub database of this schema (the usual case, no
    // lock taken), an older one to bring forward, a new one (version 0), or
    // something else that must not be written.
    auto inspect = [&db]() -> Result<qint64> {
        Statement st(db.handle(), "SELECT (SELECT application_id FROM pragma_application_id), "
                                  "(SELECT user_version FROM pragma_user_version), "
                                  "(SELECT count(*) FROM sqlite_schema)");
        if (const int rc = st.step(); rc != SQLITE_ROW)
            return db.errorFor(rc, tr("reading the hub database's schema"));
        const qint64 applicationId = st.columnInt64(0);
        const qint64 version = st.columnInt64(1);
        const qint64 objects = st.columnInt64(2);
        if (applicationId == 0 && version == 0 && objects == 0)
            return qint64(0);
        if (applicationId != kApplicationId) {
            return Error(ErrorCode::Validation,
                         tr("%1 is not a vigia-hub database; nothing was changed. Give the hub "
                            "a file of its own.")
                             .arg(db.path()));
        }
        if (version > kVersion) {
            return Error(ErrorCode::TooNew,
                         tr("The hub database %1 was written by a newer vigia-hub (schema %2; "
                            "this version knows up to %3). Install the newer version to open it.")
                             .arg(db.path())
                             .arg(version)
                             .arg(kVersion));
        }
        return version;
    };
    auto before = inspect();
    if (!before || before.value() == kVersion)
        return before ? Status() : Status(before.error());

    const QMutexLocker locked(writer);
    Transaction txn(db);
    if (!txn.begun())
        return txn.begun();
    // Again under the write lock: another hub process may have created or
    // migrated the schema while this one waited for it.
    auto now = inspect();
    if (!now || now.value() == kVersion)
        return now ? Status() : Status(now.error());
    const qint64 from = now.value();
    if (from < 1) {
        if (Status s = db.exec(kSchemaV1); !s)
            return s;
        // The id sessions are signed for; made once, with the schema.
        std::array<quint32, kHubIdBytes / sizeof(quint32)> words{};
        QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
        const QByteArray hubId(reinterpret_cast<const char *>(words.data()), kHubIdBytes);
        Statement insert(db.handle(), "INSERT INTO meta(key, value) VALUES ('hub_id', ?1)");
        insert.bind(1, hubId);
        if (const int rc = insert.run(); rc != SQLITE_DONE)
            return db.errorFor(rc, tr("creating the hub id"));
    }
    // Each later version's step, in place: a deployed hub keeps its data.
    if (from < 2) {
        if (Status s = db.exec(kSchemaV2); !s)
            return s;
    }
    if (from < 3) {
        if (Status s = db.exec(kSchemaV3); !s)
            return s;
    }
    const QByteArray pragmas = "PRAGMA application_id=" + QByteArray::number(kApplicationId) +
                               ";PRAGMA user_version=" + QByteArray::number(kVersion);
    if (Status s = db.exec(pragmas.constData()); !s)
        return s;
    if (Status s = txn.commit(); !s)
        return s;
    if (from < 1)
        qCInfo(lcHub) << "created the hub database" << db.path() << "schema" << kVersion;
    else
        qCInfo(lcHub) << "migrated the hub database" << db.path() << "from schema" << from << "to"
                      << kVersion;
    return {};
}

} // namespace vigia
