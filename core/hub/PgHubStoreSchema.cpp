// PgHubStore: the schema and its in-place migrations, made once under an
// advisory lock however many hub processes start together.
#include "hub/PgHubStore.h"
#include "hub/PgHubStore_p.h"

#include <QRandomGenerator>

#include <array>

namespace vigia {

namespace {

// Version 1. A project's bundles are listed by (project_id, seq), a device's
// through bundle_recipients by (device_id, seq) and by sender. seq comes from
// an identity column: never reused, so a client's cursor stays meaningful. The
// bytes live in chunk tables, out of the rows that listing reads.
constexpr const char *kSchemaV1 = R"sql(
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

// Version 2, run after version 1 on a new database and alone on a version-1
// one: receipts, listed like bundles (seq from an identity column), and
// enrollment. A receipt is a small signed file, kept in its row. An
// invitation row lives until it is redeemed or reaped, a join request until
// its device is in the manifest (then it is left out of the list, and kept,
// since a device may be revoked and ask again).
constexpr const char *kSchemaV2 = R"sql(
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

// Version 3, after version 2: the hub administration's blocks of lost or
// stolen devices, in a table of their own so that rewriting `devices` from a
// new manifest never lifts one.
constexpr const char *kSchemaV3 = R"sql(
CREATE TABLE device_blocks (
    project_id BYTEA NOT NULL REFERENCES projects(id),
    device_id  BYTEA NOT NULL,
    PRIMARY KEY (project_id, device_id)
);
)sql";

} // namespace

Status PgHubStore::migrate()
{
    return m_conn->transact<void>(tr("creating the hub's tables"), [this](pqxx::work &t) -> Status {
        // Every opening waits here while another process creates the schema,
        // then finds it made. The lock ends with the transaction.
        t.exec_params("SELECT pg_advisory_xact_lock($1)", kSchemaLockKey);
        const pqxx::row found =
            t.exec1("SELECT to_regclass('meta') IS NOT NULL, (SELECT count(*) FROM "
                    "pg_catalog.pg_tables WHERE schemaname = current_schema())");
        if (found[0].as<bool>()) {
            const pqxx::result version =
                t.exec("SELECT value FROM meta WHERE key = 'schema_version'");
            bool ok = false;
            const int v = version.empty() ? 0 : bytesOf(version[0][0]).toInt(&ok);
            if (!ok) {
                return Error(ErrorCode::Validation,
                             tr("The database at %1 is not a vigia-hub database; nothing was "
                                "changed. Give the hub a database of its own.")
                                 .arg(m_conn->server));
            }
            if (ok && v < 1) {
                return Error(ErrorCode::Validation,
                             tr("The database at %1 is not a vigia-hub database; nothing was "
                                "changed. Give the hub a database of its own.")
                                 .arg(m_conn->server));
            }
            if (v > kSchemaVersion) {
                return Error(ErrorCode::TooNew,
                             tr("The hub database at %1 was written by a newer vigia-hub "
                                "(schema %2; this version knows up to %3). Install the newer "
                                "version to open it.")
                                 .arg(m_conn->server)
                                 .arg(v)
                                 .arg(kSchemaVersion));
            }
            if (v == kSchemaVersion)
                return {};
            // Each later version's step, in place and in this transaction: a
            // deployed hub keeps its data, and a failed step changes nothing.
            if (v < 2)
                t.exec(kSchemaV2);
            if (v < 3)
                t.exec(kSchemaV3);
            t.exec_params("UPDATE meta SET value = $1 WHERE key = 'schema_version'",
                          bin(QByteArray::number(kSchemaVersion)));
            qCInfo(lcHub).noquote() << "migrated the hub's tables at" << m_conn->server
                                    << "from schema" << v << "to" << kSchemaVersion;
            return {};
        }
        if (found[1].as<long long>() > 0) {
            return Error(ErrorCode::Validation,
                         tr("The database at %1 holds tables of something else; nothing was "
                            "changed. Give the hub a database of its own.")
                             .arg(m_conn->server));
        }
        t.exec(kSchemaV1);
        t.exec(kSchemaV2);
        t.exec(kSchemaV3);
        // The id sessions are signed for; made once, with the schema.
        std::array<quint32, kHubIdSize / sizeof(quint32)> words{};
        QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
        const QByteArray hubId(reinterpret_cast<const char *>(words.data()), kHubIdSize);
        t.exec_params("INSERT INTO meta(key, value) VALUES ('hub_id', $1), "
                      "('schema_version', $2)",
                      bin(hubId), bin(QByteArray::number(kSchemaVersion)));
        qCInfo(lcHub).noquote() << "created the hub's tables at" << m_conn->server;
        return {};
    });
}

} // namespace vigia
