#include "hub/PgHubStore.h"

#include "common/LogCategories.h"
#include "project/ProjectManifest.h"
#include "store/Role.h"

#include <QHash>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

#include <pqxx/pqxx>

#include <array>
#include <exception>
#include <string>
#include <unordered_map>

namespace vigia {

namespace {

constexpr int kHubIdSize = 16;

// A deadlock or a serialization failure is the server's way to say "run it
// again": a few tries, then Busy.
constexpr int kAttempts = 3;

// The key of the advisory lock that creating the schema takes: "VgHb" and a
// 1, so that hub processes starting together create it once and the others
// wait, then find it made.
constexpr long long kSchemaLockKey = 0x5667486200000001LL;

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

const std::string kUploadColumns = "SELECT id, project_id, device_id, bundle_id, length, "
                                   "received, created_at, expires_at FROM uploads ";
const std::string kUploadReturning = " RETURNING id, project_id, device_id, bundle_id, length, "
                                     "received, created_at, expires_at";

// Bytes go to the server as binary parameters: no escaping, no hex, no copy
// of the whole value as text.
pqxx::binarystring bin(const QByteArray &bytes)
{
    return pqxx::binarystring(bytes.constData(), size_t(bytes.size()));
}

pqxx::binarystring bin(const char *data, qint64 size)
{
    return pqxx::binarystring(data, size_t(size));
}

QByteArray bytesOf(const pqxx::field &f)
{
    if (f.is_null())
        return {};
    const pqxx::binarystring b(f);
    return QByteArray(b.get(), qsizetype(b.size()));
}

QString textOf(const pqxx::field &f)
{
    return QString::fromUtf8(f.c_str(), qsizetype(f.size()));
}

qint64 intOf(const pqxx::field &f)
{
    return qint64(f.as<long long>());
}

HubUpload uploadFrom(const pqxx::row &r)
{
    HubUpload u;
    u.id = textOf(r[0]);
    u.projectId = bytesOf(r[1]);
    u.deviceId = bytesOf(r[2]);
    u.bundleId = bytesOf(r[3]);
    u.length = intOf(r[4]);
    u.offset = intOf(r[5]);
    u.createdAt = intOf(r[6]);
    u.expiresAt = intOf(r[7]);
    return u;
}

// Rows of (seq, project_id, bundle_id, sender, size, sha256, stored_at,
// recipient), one per recipient and ordered by seq, into bundles. A NULL seq
// is the row of a project with no matching bundle: it adds nothing.
QList<HubBundle> collectBundles(const pqxx::result &rows)
{
    QList<HubBundle> out;
    for (const pqxx::row &r : rows) {
        if (r[0].is_null())
            continue;
        const qint64 seq = intOf(r[0]);
        if (out.isEmpty() || out.last().seq != seq) {
            HubBundle b;
            b.seq = seq;
            b.projectId = bytesOf(r[1]);
            b.bundleId = bytesOf(r[2]);
            b.sender = bytesOf(r[3]);
            b.size = intOf(r[4]);
            b.sha256 = bytesOf(r[5]);
            b.storedAt = intOf(r[6]);
            out.append(b);
        }
        if (!r[7].is_null())
            out.last().recipients.append(bytesOf(r[7]));
    }
    return out;
}

// The columns of a receipt with its recipients folded into one text column
// (hex, comma-separated, sorted): one row per receipt, so its bytes travel
// once. Followed by FROM receipts c.
const std::string kReceiptColumns =
    "SELECT c.seq, c.project_id, c.receipt_id, c.signer, c.stored_at, c.bytes, "
    "(SELECT string_agg(encode(r.device_id, 'hex'), ',' ORDER BY r.device_id) "
    "FROM receipt_recipients r WHERE r.seq = c.seq) ";

// Rows of kReceiptColumns into receipts; a NULL seq is the row of a project
// with no matching receipt: it adds nothing.
QList<HubReceipt> collectReceipts(const pqxx::result &rows)
{
    QList<HubReceipt> out;
    for (const pqxx::row &r : rows) {
        if (r[0].is_null())
            continue;
        HubReceipt c;
        c.seq = intOf(r[0]);
        c.projectId = bytesOf(r[1]);
        c.receiptId = bytesOf(r[2]);
        c.signer = bytesOf(r[3]);
        c.storedAt = intOf(r[4]);
        c.bytes = bytesOf(r[5]);
        if (!r[6].is_null()) {
            const QByteArray hex(r[6].c_str(), qsizetype(r[6].size()));
            for (const QByteArray &id : hex.split(','))
                c.recipients.append(QByteArray::fromHex(id));
        }
        out.append(c);
    }
    return out;
}

Error noProject(const QString &what)
{
    return Error(
        ErrorCode::NotFound,
        PgHubStore::tr("The hub serves no project with this id; %1 was refused.").arg(what));
}

// The first line of a libpq message, without the password if it ever
// appeared there. Server messages are never shown whole: their DETAIL lines
// quote the values of a violated key, and those can be token hashes.
QString firstLine(const char *message, const QString &password = {})
{
    QString line = QString::fromUtf8(message).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (!password.isEmpty())
        line.replace(password, QStringLiteral("***"));
    return line;
}

} // namespace

// --- The connection ---------------------------------------------------------

struct PgHubStore::Connection
{
    std::unique_ptr<pqxx::connection> db;
    QString server; // "host:port", for messages
    // SQL text -> the name it is prepared under on this connection.
    std::unordered_map<std::string, std::string> prepared;

    // Runs `sql` as a prepared statement, preparing it on first use: each
    // statement is parsed and planned once per connection, and its bytea
    // parameters travel in binary.
    template <typename... Args>
    pqxx::result exec(pqxx::transaction_base &t, const std::string &sql, Args &&...args)
    {
        auto it = prepared.find(sql);
        if (it == prepared.end()) {
            const std::string name = "vigia_hub_" + std::to_string(prepared.size());
            db->prepare(name, sql);
            it = prepared.emplace(sql, name).first;
        }
        return t.exec_prepared(it->second, std::forward<Args>(args)...);
    }

    // An exception of libpqxx (being handled) as an Error for people.
    Error failure(const QString &what) const
    {
        try {
            throw;
        } catch (const pqxx::foreign_key_violation &) {
            // Every foreign key a caller can break names a project: the
            // others point at rows this class locked or made itself.
            return noProject(what);
        } catch (const pqxx::unique_violation &) {
            return Error(ErrorCode::Validation,
                         PgHubStore::tr("The hub holds this already; %1 was refused.").arg(what));
        } catch (const pqxx::check_violation &) {
            return Error(ErrorCode::Validation,
                         PgHubStore::tr("The values break a rule of the hub's database; %1 was "
                                        "refused.")
                             .arg(what));
        } catch (const pqxx::transaction_rollback &) {
            return busy(what);
        } catch (const pqxx::insufficient_resources &e) {
            qCWarning(lcHub).noquote() << "PostgreSQL is out of resources:" << e.sqlstate().c_str();
            return Error(ErrorCode::Io, PgHubStore::tr("The PostgreSQL server at %1 is out of disk "
                                                       "or memory; %2 failed. Nothing was changed.")
                                            .arg(server, what));
        } catch (const pqxx::in_doubt_error &) {
            return Error(ErrorCode::Io,
                         PgHubStore::tr("The connection to the PostgreSQL server at %1 was lost "
                                        "while %2 was being committed; whether it was saved is "
                                        "unknown. Try again: every hub call can be repeated.")
                             .arg(server, what));
        } catch (const pqxx::broken_connection &e) {
            qCWarning(lcHub).noquote() << "lost the PostgreSQL connection:" << firstLine(e.what());
            return Error(ErrorCode::Io, PgHubStore::tr("The PostgreSQL server at %1 cannot be "
                                                       "reached; %2 failed. Check that it runs.")
                                            .arg(server, what));
        } catch (const pqxx::sql_error &e) {
            // 55P03: lock_timeout ran out behind another process's transaction.
            if (e.sqlstate() == "55P03")
                return busy(what);
            qCWarning(lcHub).noquote() << "PostgreSQL error" << e.sqlstate().c_str() << "while"
                                       << what << ":" << firstLine(e.what());
            return Error(ErrorCode::Failure,
                         PgHubStore::tr("The PostgreSQL server refused %1 (SQLSTATE %2). The "
                                        "hub's log says more.")
                             .arg(what, QString::fromStdString(e.sqlstate())));
        } catch (const std::exception &e) {
            qCWarning(lcHub).noquote()
                << "libpqxx failed while" << what << ":" << firstLine(e.what());
            return Error(ErrorCode::Failure,
                         PgHubStore::tr("The hub's database failed while %1. The hub's log says "
                                        "more.")
                             .arg(what));
        } catch (...) {
            return Error(ErrorCode::Failure,
                         PgHubStore::tr("The hub's database failed while %1.").arg(what));
        }
    }

    static Error busy(const QString &what)
    {
        return Error(ErrorCode::Busy,
                     PgHubStore::tr("The hub's database was busy with another process; %1 "
                                    "did not happen. Try again.")
                         .arg(what));
    }

    // Runs `fn` in one READ COMMITTED transaction, committed if it returns a
    // value and rolled back if it returns an Error. The rules that must hold
    // across processes take their row locks inside `fn`; a transaction the
    // server rolled back to break a deadlock runs again from the start.
    template <typename T, typename Fn> Result<T> transact(const QString &what, Fn &&fn)
    {
        for (int attempt = 1;; ++attempt) {
            try {
                pqxx::work t(*db);
                Result<T> r = fn(t);
                if (r)
                    t.commit();
                else
                    t.abort();
                return r;
            } catch (const pqxx::transaction_rollback &) {
                if (attempt < kAttempts)
                    continue;
                return busy(what);
            } catch (...) {
                return failure(what);
            }
        }
    }

    Result<HubBundle> findBundle(pqxx::transaction_base &t, const QByteArray &projectId,
                                 const QByteArray &bundleId)
    {
        const pqxx::result rows =
            exec(t,
                 "SELECT b.seq, b.project_id, b.bundle_id, b.sender, b.size, b.sha256, "
                 "b.stored_at, r.device_id FROM bundles b "
                 "LEFT JOIN bundle_recipients r ON r.seq = b.seq "
                 "WHERE b.project_id = $1 AND b.bundle_id = $2 ORDER BY r.device_id",
                 bin(projectId), bin(bundleId));
        const QList<HubBundle> found = collectBundles(rows);
        if (found.isEmpty()) {
            return Error(ErrorCode::NotFound,
                         PgHubStore::tr("The hub holds no such bundle for this project."));
        }
        return found.first();
    }

    // The receipt (project, receiptId), or an empty list.
    QList<HubReceipt> findReceipt(pqxx::transaction_base &t, const QByteArray &projectId,
                                  const QByteArray &receiptId)
    {
        return collectReceipts(exec(
            t, kReceiptColumns + "FROM receipts c WHERE c.project_id = $1 AND c.receipt_id = $2",
            bin(projectId), bin(receiptId)));
    }

    // The devices of `manifest`, replacing the project's; the caller holds the
    // project's row lock (it just inserted or updated that row).
    Status writeDevices(pqxx::transaction_base &t, const ProjectManifest &manifest)
    {
        // A revoked device has left `devices`, and its revocation does not
        // say its role: it keeps the role the hub knew.
        QHash<QByteArray, QString> knownRoles;
        const pqxx::result known =
            exec(t, "SELECT device_id, role FROM devices WHERE project_id = $1",
                 bin(manifest.projectId));
        for (const pqxx::row &r : known)
            knownRoles.insert(bytesOf(r[0]), textOf(r[1]));
        exec(t, "DELETE FROM devices WHERE project_id = $1", bin(manifest.projectId));
        // DO NOTHING: a device listed twice keeps its first entry, as
        // ProjectManifest::device() reads it.
        const std::string insert =
            "INSERT INTO devices(project_id, device_id, role, sign_pk, revoked) "
            "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (project_id, device_id) DO NOTHING";
        for (const ManifestDevice &d : manifest.devices) {
            exec(t, insert, bin(manifest.projectId), bin(d.id), roleName(d.role).toStdString(),
                 bin(d.signPk), manifest.revocation(d.id) != nullptr);
        }
        for (const ManifestRevocation &r : manifest.revoked) {
            const QString role = knownRoles.value(r.id, roleName(Role::Researcher));
            exec(t, insert, bin(manifest.projectId), bin(r.id), role.toStdString(), bin(r.signPk),
                 true);
        }
        return {};
    }
};

// --- Opening ------------------------------------------------------------

PgHubStore::PgHubStore(std::unique_ptr<Connection> connection)
    : m_conn(std::move(connection))
{}

PgHubStore::~PgHubStore() = default;

Result<std::unique_ptr<PgHubStore>> PgHubStore::open(const QString &connectionUri)
{
    const QUrl url(connectionUri, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres")) {
        return Error(ErrorCode::Usage,
                     tr("The hub's database must be given as a postgresql:// URI, such as "
                        "postgresql://vigia@db.example.org:5432/vigia_hub."));
    }
    // Where the server is, for messages: the URI's host, or the host and port
    // of its query (libpq's way to name a socket directory).
    const QUrlQuery query(url);
    QString host = url.host();
    if (query.hasQueryItem(QStringLiteral("host")))
        host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    QString port = QString::number(url.port(5432));
    if (query.hasQueryItem(QStringLiteral("port")))
        port = query.queryItemValue(QStringLiteral("port"), QUrl::FullyDecoded);

    auto conn = std::make_unique<Connection>();
    conn->server = host + QLatin1Char(':') + port;
    try {
        conn->db = std::make_unique<pqxx::connection>(connectionUri.toStdString());
        conn->db->set_client_encoding("UTF8");
        // A process that stalls inside a transaction holds its row locks:
        // the others give up after a while (Busy) instead of waiting forever.
        conn->db->set_variable("lock_timeout", "'30s'");
    } catch (const pqxx::broken_connection &e) {
        return Error(ErrorCode::Io,
                     tr("The PostgreSQL server at %1 could not be reached (%2). Check that it "
                        "runs and that the URI names the right host, port, database and user.")
                         .arg(conn->server, firstLine(e.what(), url.password(QUrl::FullyDecoded))));
    } catch (...) {
        return conn->failure(tr("connecting to the hub's database"));
    }
    std::unique_ptr<PgHubStore> store(new PgHubStore(std::move(conn)));
    if (Status s = store->migrate(); !s)
        return s.error();
    if (Status s = store->loadHubId(); !s)
        return s.error();
    return store;
}

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

Status PgHubStore::loadHubId()
{
    auto id = m_conn->transact<QByteArray>(
        tr("reading the hub id"), [this](pqxx::work &t) -> Result<QByteArray> {
            const pqxx::result r = m_conn->exec(t, "SELECT value FROM meta WHERE key = 'hub_id'");
            if (r.empty() || bytesOf(r[0][0]).size() != kHubIdSize) {
                return Error(ErrorCode::Corrupt,
                             tr("The hub database at %1 has no valid hub id. Restore it from a "
                                "backup.")
                                 .arg(m_conn->server));
            }
            return bytesOf(r[0][0]);
        });
    if (!id)
        return id.error();
    m_hubId = id.value();
    return {};
}

Result<QByteArray> PgHubStore::hubId()
{
    return m_hubId;
}

// --- Projects -----------------------------------------------------------

Status PgHubStore::addProjectSlot(const QString &name, const QByteArray &tokenHash)
{
    Status s = m_conn->transact<void>(tr("adding a project slot"), [&](pqxx::work &t) -> Status {
        const pqxx::result r =
            m_conn->exec(t,
                         "INSERT INTO project_slots(token_hash, name) VALUES ($1, $2) "
                         "ON CONFLICT (token_hash) DO NOTHING RETURNING id",
                         bin(tokenHash), name.toStdString());
        if (r.empty()) {
            return Error(ErrorCode::Validation,
                         tr("A project slot with this token exists already; nothing was added. "
                            "Create the slot with a new token."));
        }
        return {};
    });
    if (s)
        qCInfo(lcHub) << "added a project slot named" << name;
    return s;
}

Result<HubProject> PgHubStore::registerProject(const QByteArray &tokenHash,
                                               const ProjectManifest &manifest,
                                               const QByteArray &signedManifest)
{
    auto registered = m_conn->transact<HubProject>(
        tr("registering the project"), [&](pqxx::work &t) -> Result<HubProject> {
            // FOR UPDATE: a second process with the same token waits here, then
            // finds the slot used and registers nothing.
            const pqxx::result slot = m_conn->exec(
                t,
                "SELECT id, name FROM project_slots WHERE token_hash = $1 AND NOT used "
                "FOR UPDATE",
                bin(tokenHash));
            if (slot.empty()) {
                return Error(ErrorCode::NotFound,
                             tr("No unused project slot has this token; nothing was registered. "
                                "Each token registers one project: ask the hub's operator for a "
                                "new one."));
            }
            const qint64 slotId = intOf(slot[0][0]);
            QString name = textOf(slot[0][1]);
            if (name.isEmpty())
                name = manifest.name;
            const pqxx::result inserted = m_conn->exec(
                t,
                "INSERT INTO projects(id, name, project_pk, manifest, manifest_version) "
                "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING RETURNING id",
                bin(manifest.projectId), name.toStdString(), bin(manifest.projectPk),
                bin(signedManifest), qint64(manifest.version));
            if (inserted.empty()) {
                // Rolled back: the operator's token is not spent on a refusal.
                return Error(ErrorCode::Validation,
                             tr("The hub already serves a project with this id; nothing was "
                                "registered. A project registers once, then sends new "
                                "manifests."));
            }
            m_conn->exec(t, "UPDATE project_slots SET used = true, project_id = $2 WHERE id = $1",
                         slotId, bin(manifest.projectId));
            if (Status s = m_conn->writeDevices(t, manifest); !s)
                return s.error();
            return HubProject{manifest.projectId, name, manifest.projectPk, signedManifest,
                              manifest.version};
        });
    if (registered) {
        qCInfo(lcHub).noquote() << "registered project" << manifest.projectId.toHex()
                                << "at manifest version" << manifest.version;
    }
    return registered;
}

Result<HubProject> PgHubStore::project(const QByteArray &projectId)
{
    return m_conn->transact<HubProject>(
        tr("reading the project"), [&](pqxx::work &t) -> Result<HubProject> {
            const pqxx::result r =
                m_conn->exec(t,
                             "SELECT id, name, project_pk, manifest, manifest_version "
                             "FROM projects WHERE id = $1",
                             bin(projectId));
            if (r.empty())
                return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
            return HubProject{bytesOf(r[0][0]), textOf(r[0][1]), bytesOf(r[0][2]), bytesOf(r[0][3]),
                              quint64(intOf(r[0][4]))};
        });
}

Result<QList<HubProject>> PgHubStore::projects()
{
    return m_conn->transact<QList<HubProject>>(
        tr("listing the projects"), [&](pqxx::work &t) -> Result<QList<HubProject>> {
            // COLLATE "C": the same order as SQLite's, whatever the server's
            // locale.
            const pqxx::result rows =
                m_conn->exec(t, "SELECT id, name, project_pk, manifest, manifest_version "
                                "FROM projects ORDER BY name COLLATE \"C\", id");
            QList<HubProject> out;
            for (const pqxx::row &r : rows) {
                out.append(HubProject{bytesOf(r[0]), textOf(r[1]), bytesOf(r[2]), bytesOf(r[3]),
                                      quint64(intOf(r[4]))});
            }
            return out;
        });
}

Status PgHubStore::replaceManifest(const ProjectManifest &manifest,
                                   const QByteArray &signedManifest, quint64 previousVersion)
{
    Status s = m_conn->transact<void>(
        tr("replacing the project's manifest"), [&](pqxx::work &t) -> Status {
            // The compare-and-swap: a writer racing this one waits for its row
            // lock, then finds the version changed and updates nothing.
            const pqxx::result updated =
                m_conn->exec(t,
                             "UPDATE projects SET manifest = $2, manifest_version = $3 "
                             "WHERE id = $1 AND manifest_version = $4 RETURNING id",
                             bin(manifest.projectId), bin(signedManifest), qint64(manifest.version),
                             qint64(previousVersion));
            if (updated.empty()) {
                const pqxx::result current =
                    m_conn->exec(t, "SELECT manifest_version FROM projects WHERE id = $1",
                                 bin(manifest.projectId));
                if (current.empty())
                    return Error(ErrorCode::NotFound,
                                 tr("The hub serves no project with this id."));
                return Error(ErrorCode::Busy,
                             tr("The project's manifest changed meanwhile (the hub holds version "
                                "%1, not %2); nothing was replaced. Read the new manifest and try "
                                "again.")
                                 .arg(intOf(current[0][0]))
                                 .arg(previousVersion));
            }
            return m_conn->writeDevices(t, manifest);
        });
    if (s) {
        qCInfo(lcHub).noquote() << "project" << manifest.projectId.toHex()
                                << "now at manifest version" << manifest.version;
    }
    return s;
}

Result<HubDevice> PgHubStore::device(const QByteArray &projectId, const QByteArray &deviceId)
{
    return m_conn->transact<HubDevice>(
        tr("reading the device"), [&](pqxx::work &t) -> Result<HubDevice> {
            const pqxx::result r = m_conn->exec(
                t,
                "SELECT d.role, d.sign_pk, d.revoked, EXISTS (SELECT 1 FROM device_blocks b "
                "WHERE b.project_id = d.project_id AND b.device_id = d.device_id) "
                "FROM devices d WHERE d.project_id = $1 AND d.device_id = $2",
                bin(projectId), bin(deviceId));
            if (r.empty()) {
                return Error(ErrorCode::NotFound,
                             tr("This device is not in the project's manifest on this hub."));
            }
            const std::optional<Role> role = roleFromName(textOf(r[0][0]));
            if (!role) {
                return Error(ErrorCode::Corrupt,
                             tr("The hub database holds a device with an unknown role. Restore "
                                "it from a backup."));
            }
            return HubDevice{projectId,        deviceId,           *role,
                             bytesOf(r[0][1]), r[0][2].as<bool>(), r[0][3].as<bool>()};
        });
}

Result<QList<HubDevice>> PgHubStore::devices(const QByteArray &projectId)
{
    return m_conn->transact<QList<HubDevice>>(
        tr("reading the project's devices"), [&](pqxx::work &t) -> Result<QList<HubDevice>> {
            // One statement, so the project check and the list are one
            // snapshot; the project's row alone (NULL device) says it exists
            // with no device.
            const pqxx::result rows =
                m_conn->exec(t,
                             "SELECT d.device_id, d.role, d.sign_pk, d.revoked, "
                             "b.device_id IS NOT NULL FROM projects p "
                             "LEFT JOIN devices d ON d.project_id = p.id "
                             "LEFT JOIN device_blocks b ON b.project_id = d.project_id "
                             "AND b.device_id = d.device_id WHERE p.id = $1 "
                             "ORDER BY d.device_id",
                             bin(projectId));
            if (rows.empty())
                return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
            QList<HubDevice> out;
            for (const pqxx::row &r : rows) {
                if (r[0].is_null())
                    continue;
                const std::optional<Role> role = roleFromName(textOf(r[1]));
                if (!role) {
                    return Error(ErrorCode::Corrupt,
                                 tr("The hub database holds a device with an unknown role. "
                                    "Restore it from a backup."));
                }
                out.append(HubDevice{projectId, bytesOf(r[0]), *role, bytesOf(r[2]),
                                     r[3].as<bool>(), r[4].as<bool>()});
            }
            return out;
        });
}

Status PgHubStore::blockDevice(const QByteArray &projectId, const QByteArray &deviceId,
                               bool blocked)
{
    Status s = m_conn->transact<void>(tr("blocking the device"), [&](pqxx::work &t) -> Status {
        // Only a device the hub knows: the administration adds none.
        const pqxx::result known =
            m_conn->exec(t,
                         "SELECT (SELECT 1 FROM projects WHERE id = $1), (SELECT 1 FROM devices "
                         "WHERE project_id = $1 AND device_id = $2)",
                         bin(projectId), bin(deviceId));
        if (known[0][0].is_null())
            return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
        if (known[0][1].is_null()) {
            return Error(ErrorCode::NotFound,
                         tr("This device is not in the project's manifest on this hub."));
        }
        if (blocked) {
            m_conn->exec(t,
                         "INSERT INTO device_blocks(project_id, device_id) VALUES ($1, $2) "
                         "ON CONFLICT (project_id, device_id) DO NOTHING",
                         bin(projectId), bin(deviceId));
        } else {
            m_conn->exec(t, "DELETE FROM device_blocks WHERE project_id = $1 AND device_id = $2",
                         bin(projectId), bin(deviceId));
        }
        return {};
    });
    if (s) {
        qCInfo(lcHub).noquote() << (blocked ? "blocked" : "unblocked") << "device"
                                << deviceId.toHex() << "of project" << projectId.toHex();
    }
    return s;
}

// --- Sessions -----------------------------------------------------------

Status PgHubStore::addChallenge(const QByteArray &nonce, const QByteArray &projectId,
                                const QByteArray &deviceId, qint64 expiresAt)
{
    return m_conn->transact<void>(tr("saving a sign-in challenge"), [&](pqxx::work &t) -> Status {
        m_conn->exec(t,
                     "INSERT INTO challenges(nonce, project_id, device_id, expires_at) "
                     "VALUES ($1, $2, $3, $4)",
                     bin(nonce), bin(projectId), bin(deviceId), expiresAt);
        return {};
    });
}

Result<bool> PgHubStore::takeChallenge(const QByteArray &nonce, const QByteArray &projectId,
                                       const QByteArray &deviceId, qint64 now)
{
    return m_conn->transact<bool>(
        tr("checking a sign-in challenge"), [&](pqxx::work &t) -> Result<bool> {
            // DELETE ... RETURNING: of two processes answering the same
            // challenge, only the one whose DELETE removes the row gets true.
            // Only the exact (nonce, project, device) consumes it: an answer
            // for another device must not burn the challenge of the one signing in.
            const pqxx::result taken =
                m_conn->exec(t,
                             "DELETE FROM challenges WHERE nonce = $1 AND project_id = $2 "
                             "AND device_id = $3 AND expires_at >= $4 RETURNING nonce",
                             bin(nonce), bin(projectId), bin(deviceId), now);
            m_conn->exec(t, "DELETE FROM challenges WHERE expires_at < $1", now);
            return !taken.empty();
        });
}

Status PgHubStore::addSession(const QByteArray &tokenHash, const HubSession &session)
{
    return m_conn->transact<void>(tr("saving a session"), [&](pqxx::work &t) -> Status {
        m_conn->exec(t,
                     "INSERT INTO sessions(token_hash, project_id, device_id, expires_at) "
                     "VALUES ($1, $2, $3, $4)",
                     bin(tokenHash), bin(session.projectId), bin(session.deviceId),
                     session.expiresAt);
        return {};
    });
}

Result<HubSession> PgHubStore::session(const QByteArray &tokenHash, qint64 now)
{
    return m_conn->transact<HubSession>(
        tr("reading the session"), [&](pqxx::work &t) -> Result<HubSession> {
            const pqxx::result r =
                m_conn->exec(t,
                             "SELECT project_id, device_id, expires_at FROM sessions "
                             "WHERE token_hash = $1 AND expires_at >= $2",
                             bin(tokenHash), now);
            if (r.empty()) {
                return Error(ErrorCode::NotFound,
                             tr("This session is unknown or has expired; sign in again."));
            }
            return HubSession{bytesOf(r[0][0]), bytesOf(r[0][1]), intOf(r[0][2])};
        });
}

// --- Uploads ------------------------------------------------------------

Result<HubUpload> PgHubStore::createUpload(const HubUpload &upload)
{
    if (upload.length < 0)
        return Error(ErrorCode::Validation, tr("An upload cannot have a negative length."));
    return m_conn->transact<HubUpload>(
        tr("creating the upload"), [&](pqxx::work &t) -> Result<HubUpload> {
            // A new upload starts at byte 0 whatever the caller's offset says.
            // A creation racing this one for the same bundle makes the INSERT
            // do nothing (after waiting for it to commit), and the SELECT then
            // sees its row: the same upload for both.
            const pqxx::result created = m_conn->exec(
                t,
                "INSERT INTO uploads(id, project_id, device_id, bundle_id, length, received, "
                "created_at, expires_at) VALUES ($1, $2, $3, $4, $5, 0, $6, $7) "
                "ON CONFLICT (project_id, device_id, bundle_id) DO NOTHING" +
                    kUploadReturning,
                upload.id.toStdString(), bin(upload.projectId), bin(upload.deviceId),
                bin(upload.bundleId), upload.length, upload.createdAt, upload.expiresAt);
            if (!created.empty())
                return uploadFrom(created[0]);
            // A retried creation: resume where it stands.
            const pqxx::result existing = m_conn->exec(
                t, kUploadColumns + "WHERE project_id = $1 AND device_id = $2 AND bundle_id = $3",
                bin(upload.projectId), bin(upload.deviceId), bin(upload.bundleId));
            if (existing.empty())
                return Connection::busy(tr("creating the upload"));
            return uploadFrom(existing[0]);
        });
}

Result<HubUpload> PgHubStore::upload(const QString &id)
{
    return m_conn->transact<HubUpload>(
        tr("reading the upload"), [&](pqxx::work &t) -> Result<HubUpload> {
            const pqxx::result r =
                m_conn->exec(t, kUploadColumns + "WHERE id = $1", id.toStdString());
            if (r.empty()) {
                return Error(ErrorCode::NotFound,
                             tr("The hub has no such upload (it may have expired); start it "
                                "again."));
            }
            return uploadFrom(r[0]);
        });
}

Result<HubUpload> PgHubStore::findUpload(const QByteArray &projectId, const QByteArray &deviceId,
                                         const QByteArray &bundleId)
{
    return m_conn->transact<HubUpload>(
        tr("reading the upload"), [&](pqxx::work &t) -> Result<HubUpload> {
            const pqxx::result r = m_conn->exec(
                t, kUploadColumns + "WHERE project_id = $1 AND device_id = $2 AND bundle_id = $3",
                bin(projectId), bin(deviceId), bin(bundleId));
            if (r.empty()) {
                return Error(ErrorCode::NotFound,
                             tr("The hub has no such upload (it may have expired); start it "
                                "again."));
            }
            return uploadFrom(r[0]);
        });
}

// Counted on the index of UNIQUE (project_id, device_id, bundle_id).
Result<int> PgHubStore::uploadsInProgress(const QByteArray &projectId, const QByteArray &deviceId,
                                          qint64 now)
{
    return m_conn->transact<int>(
        tr("counting the device's uploads in progress"), [&](pqxx::work &t) -> Result<int> {
            const pqxx::result r =
                m_conn->exec(t,
                             "SELECT count(*) FROM uploads WHERE project_id = $1 AND "
                             "device_id = $2 AND received < length AND expires_at >= $3",
                             bin(projectId), bin(deviceId), now);
            return int(intOf(r[0][0]));
        });
}

Result<qint64> PgHubStore::appendUpload(const QString &id, qint64 offset, const QByteArray &bytes)
{
    return m_conn->transact<qint64>(
        tr("saving the uploaded bytes"), [&](pqxx::work &t) -> Result<qint64> {
            // FOR UPDATE: two processes appending to one upload take turns, and
            // the second one sees the offset the first one left.
            const pqxx::result current =
                m_conn->exec(t, "SELECT received, length FROM uploads WHERE id = $1 FOR UPDATE",
                             id.toStdString());
            if (current.empty()) {
                return Error(ErrorCode::NotFound,
                             tr("The hub has no such upload (it may have expired); start it "
                                "again."));
            }
            const qint64 stored = intOf(current[0][0]);
            const qint64 length = intOf(current[0][1]);
            if (offset != stored) {
                return Error(ErrorCode::Validation,
                             tr("The upload stands at byte %1, not %2; nothing was saved. Resume "
                                "from byte %1.")
                                 .arg(stored)
                                 .arg(offset));
            }
            if (bytes.size() > length - stored) {
                return Error(ErrorCode::Validation,
                             tr("These bytes go past the upload's length of %1 bytes; nothing "
                                "was saved.")
                                 .arg(length));
            }
            if (bytes.isEmpty())
                return stored;
            for (qint64 at = 0; at < bytes.size(); at += kChunkSize) {
                const qint64 n = qMin(kChunkSize, bytes.size() - at);
                m_conn->exec(t,
                             "INSERT INTO upload_chunks(upload_id, start, bytes) "
                             "VALUES ($1, $2, $3)",
                             id.toStdString(), stored + at, bin(bytes.constData() + at, n));
            }
            const qint64 next = stored + bytes.size();
            m_conn->exec(t, "UPDATE uploads SET received = $2 WHERE id = $1", id.toStdString(),
                         next);
            return next;
        });
}

Result<QByteArray> PgHubStore::uploadBytes(const QString &id)
{
    return m_conn->transact<QByteArray>(
        tr("reading the uploaded bytes"), [&](pqxx::work &t) -> Result<QByteArray> {
            // One statement: the chunks and the offset they add up to are one
            // snapshot.
            const pqxx::result rows =
                m_conn->exec(t,
                             "SELECT u.received, c.start, c.bytes FROM uploads u "
                             "LEFT JOIN upload_chunks c ON c.upload_id = u.id WHERE u.id = $1 "
                             "ORDER BY c.start",
                             id.toStdString());
            if (rows.empty()) {
                return Error(ErrorCode::NotFound,
                             tr("The hub has no such upload (it may have expired); start it "
                                "again."));
            }
            QByteArray out;
            out.reserve(intOf(rows[0][0]));
            for (const pqxx::row &r : rows) {
                if (r[1].is_null())
                    continue;
                if (intOf(r[1]) != out.size()) {
                    return Error(ErrorCode::Corrupt,
                                 tr("The upload's stored parts do not follow each other; delete "
                                    "the upload and send the bundle again."));
                }
                out.append(bytesOf(r[2]));
            }
            return out;
        });
}

Status PgHubStore::deleteUpload(const QString &id)
{
    return m_conn->transact<void>(tr("deleting the upload"), [&](pqxx::work &t) -> Status {
        // The chunks go with it (ON DELETE CASCADE, always enforced here).
        const pqxx::result r =
            m_conn->exec(t, "DELETE FROM uploads WHERE id = $1 RETURNING id", id.toStdString());
        if (r.empty())
            return Error(ErrorCode::NotFound, tr("The hub has no such upload."));
        return {};
    });
}

Result<int> PgHubStore::reapUploads(qint64 now)
{
    auto reaped =
        m_conn->transact<int>(tr("removing expired uploads"), [&](pqxx::work &t) -> Result<int> {
            const pqxx::result uploads = m_conn->exec(
                t, "DELETE FROM uploads WHERE expires_at < $1 AND received < length", now);
            // Expired challenges, sessions and invitations are refused anyway;
            // the reaper keeps the tables from growing with every sign-in.
            m_conn->exec(t, "DELETE FROM challenges WHERE expires_at < $1", now);
            m_conn->exec(t, "DELETE FROM sessions WHERE expires_at < $1", now);
            m_conn->exec(t, "DELETE FROM invitations WHERE expires_at < $1", now);
            return int(uploads.affected_rows());
        });
    if (reaped && reaped.value() > 0)
        qCInfo(lcHub) << "removed" << reaped.value() << "expired uploads";
    return reaped;
}

// --- Bundles ------------------------------------------------------------

Result<HubBundle> PgHubStore::storeBundle(const HubBundle &bundle, const QByteArray &bytes)
{
    if (bundle.size != 0 && bundle.size != bytes.size()) {
        return Error(ErrorCode::Validation,
                     tr("The bundle is %1 bytes, not the %2 announced; nothing was stored.")
                         .arg(bytes.size())
                         .arg(bundle.size));
    }
    const QString storing = tr("storing the bundle");
    bool added = false; // false when the bundle was there already
    auto stored = m_conn->transact<HubBundle>(storing, [&](pqxx::work &t) -> Result<HubBundle> {
        // The project's row lock orders every store of the project: two
        // connections storing the same bundle take turns, and the second
        // finds the first one's row (READ COMMITTED reads what committed
        // before each statement). It also makes seqs commit in order.
        added = false; // again on a retry
        const pqxx::result project = m_conn->exec(
            t, "SELECT 1 FROM projects WHERE id = $1 FOR NO KEY UPDATE", bin(bundle.projectId));
        if (project.empty())
            return noProject(storing);
        if (auto existing = m_conn->findBundle(t, bundle.projectId, bundle.bundleId);
            existing || existing.error().code() != ErrorCode::NotFound)
            return existing;

        const pqxx::result inserted = m_conn->exec(
            t,
            "INSERT INTO bundles(project_id, bundle_id, sender, size, sha256, stored_at) "
            "VALUES ($1, $2, $3, $4, $5, $6) RETURNING seq",
            bin(bundle.projectId), bin(bundle.bundleId), bin(bundle.sender), qint64(bytes.size()),
            bin(bundle.sha256), bundle.storedAt);
        const qint64 seq = intOf(inserted[0][0]);
        added = true;
        for (qint64 at = 0; at < bytes.size(); at += kChunkSize) {
            const qint64 n = qMin(kChunkSize, bytes.size() - at);
            m_conn->exec(t, "INSERT INTO bundle_chunks(seq, start, bytes) VALUES ($1, $2, $3)", seq,
                         at, bin(bytes.constData() + at, n));
        }
        for (const QByteArray &deviceId : bundle.recipients) {
            m_conn->exec(t,
                         "INSERT INTO bundle_recipients(seq, device_id) VALUES ($1, $2) "
                         "ON CONFLICT DO NOTHING",
                         seq, bin(deviceId));
        }
        // Read back, so the first store and any repeat return the same value.
        return m_conn->findBundle(t, bundle.projectId, bundle.bundleId);
    });
    if (stored && added) {
        qCInfo(lcHub).noquote() << "stored bundle" << stored.value().seq << "of project"
                                << bundle.projectId.toHex() << "with" << bytes.size() << "bytes";
    }
    return stored;
}

Result<QList<HubBundle>> PgHubStore::bundles(const QByteArray &projectId, qint64 afterSeq,
                                             int limit, const QByteArray &recipient)
{
    // The page is chosen first, then joined with its recipients (one row
    // each); the LEFT JOIN from projects keeps one row for a known project
    // with an empty page, so NotFound means the project, never the page. A
    // device's page is the union of two index ranges (addressed to it, sent
    // by it) rather than a filter over every bundle of the project.
    static const std::string kTail =
        "SELECT b.seq, b.project_id, b.bundle_id, b.sender, b.size, b.sha256, b.stored_at, "
        "r.device_id FROM projects p "
        "LEFT JOIN page ON true "
        "LEFT JOIN bundles b ON b.seq = page.seq "
        "LEFT JOIN bundle_recipients r ON r.seq = b.seq "
        "WHERE p.id = $1 ORDER BY b.seq, r.device_id";
    static const std::string kAll = "WITH page(seq) AS (SELECT seq FROM bundles WHERE "
                                    "project_id = $1 AND seq > $2 ORDER BY seq LIMIT $3) " +
                                    kTail;
    static const std::string kForDevice =
        "WITH page(seq) AS ("
        "SELECT r.seq FROM bundle_recipients r JOIN bundles b ON b.seq = r.seq "
        "WHERE r.device_id = $4 AND r.seq > $2 AND b.project_id = $1 "
        "UNION "
        "SELECT seq FROM bundles WHERE project_id = $1 AND sender = $4 AND seq > $2 "
        "ORDER BY 1 LIMIT $3) " +
        kTail;
    return m_conn->transact<QList<HubBundle>>(
        tr("listing the project's bundles"), [&](pqxx::work &t) -> Result<QList<HubBundle>> {
            // A negative limit is an empty page, never "no limit".
            const qint64 pageSize = qMax(limit, 0);
            const pqxx::result rows =
                recipient.isEmpty() ? m_conn->exec(t, kAll, bin(projectId), afterSeq, pageSize)
                                    : m_conn->exec(t, kForDevice, bin(projectId), afterSeq,
                                                   pageSize, bin(recipient));
            if (rows.empty())
                return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
            return collectBundles(rows);
        });
}

Result<HubBundle> PgHubStore::bundle(const QByteArray &projectId, const QByteArray &bundleId)
{
    return m_conn->transact<HubBundle>(tr("reading the bundle"),
                                       [&](pqxx::work &t) -> Result<HubBundle> {
                                           return m_conn->findBundle(t, projectId, bundleId);
                                       });
}

Result<QByteArray> PgHubStore::bundleBytes(const QByteArray &projectId, const QByteArray &bundleId,
                                           qint64 offset, qint64 length)
{
    if (offset < 0 || length < 0)
        return Error(ErrorCode::Validation, tr("A byte range cannot start or run backwards."));
    return m_conn->transact<QByteArray>(
        tr("reading the bundle's bytes"), [&](pqxx::work &t) -> Result<QByteArray> {
            const pqxx::result found = m_conn->exec(
                t, "SELECT seq, size FROM bundles WHERE project_id = $1 AND bundle_id = $2",
                bin(projectId), bin(bundleId));
            if (found.empty()) {
                return Error(ErrorCode::NotFound,
                             tr("The hub holds no such bundle for this project."));
            }
            const qint64 seq = intOf(found[0][0]);
            const qint64 size = intOf(found[0][1]);
            if (offset > size) {
                return Error(ErrorCode::Validation,
                             tr("The range starts at byte %1, past the end of the bundle (%2 "
                                "bytes).")
                                 .arg(offset)
                                 .arg(size));
            }
            const qint64 count = qMin(length, size - offset);
            if (count == 0)
                return QByteArray();
            const qint64 end = offset + count;
            // Only the rows that overlap [offset, end): no chunk is longer than
            // kChunkSize, so none that starts kChunkSize or more before the
            // offset can reach it, and the primary key (seq, start) bounds the
            // scan on both sides. Bundles never change once stored, so the
            // row found above is the one read here.
            const pqxx::result chunks =
                m_conn->exec(t,
                             "SELECT start, bytes FROM bundle_chunks WHERE seq = $1 AND start > $2 "
                             "AND start < $3 AND start + octet_length(bytes) > $4 ORDER BY start",
                             seq, offset - kChunkSize, end, offset);
            QByteArray out;
            out.reserve(count);
            for (const pqxx::row &r : chunks) {
                const qint64 start = intOf(r[0]);
                const QByteArray chunk = bytesOf(r[1]);
                const qint64 from = qMax<qint64>(offset - start, 0);
                const qint64 to = qMin<qint64>(end - start, chunk.size());
                if (start + from != offset + out.size())
                    break; // a gap: reported below
                out.append(chunk.constData() + from, to - from);
            }
            if (out.size() != count) {
                return Error(ErrorCode::Corrupt,
                             tr("The bundle's stored parts do not add up to its size. Restore "
                                "the hub database from a backup."));
            }
            return out;
        });
}

// --- Receipts -----------------------------------------------------------

Result<HubReceipt> PgHubStore::storeReceipt(const HubReceipt &receipt)
{
    const QString storing = tr("storing the receipt");
    bool added = false; // false when the receipt was there already
    auto stored = m_conn->transact<HubReceipt>(storing, [&](pqxx::work &t) -> Result<HubReceipt> {
        // The project's row lock, as storeBundle: two connections storing
        // the same receipt take turns and the second finds the first's row,
        // and seqs commit in order.
        added = false; // again on a retry
        const pqxx::result project = m_conn->exec(
            t, "SELECT 1 FROM projects WHERE id = $1 FOR NO KEY UPDATE", bin(receipt.projectId));
        if (project.empty())
            return noProject(storing);
        if (const QList<HubReceipt> existing =
                m_conn->findReceipt(t, receipt.projectId, receipt.receiptId);
            !existing.isEmpty())
            return existing.first();

        const pqxx::result inserted =
            m_conn->exec(t,
                         "INSERT INTO receipts(project_id, receipt_id, signer, stored_at, bytes) "
                         "VALUES ($1, $2, $3, $4, $5) RETURNING seq",
                         bin(receipt.projectId), bin(receipt.receiptId), bin(receipt.signer),
                         receipt.storedAt, bin(receipt.bytes));
        const qint64 seq = intOf(inserted[0][0]);
        added = true;
        for (const QByteArray &deviceId : receipt.recipients) {
            m_conn->exec(t,
                         "INSERT INTO receipt_recipients(seq, device_id) VALUES ($1, $2) "
                         "ON CONFLICT DO NOTHING",
                         seq, bin(deviceId));
        }
        // Read back, so the first store and any repeat return the same value.
        const QList<HubReceipt> found =
            m_conn->findReceipt(t, receipt.projectId, receipt.receiptId);
        if (found.isEmpty())
            return Connection::busy(storing);
        return found.first();
    });
    if (stored && added) {
        qCInfo(lcHub).noquote() << "stored receipt" << stored.value().seq << "of project"
                                << receipt.projectId.toHex() << "for"
                                << stored.value().recipients.size() << "devices";
    }
    return stored;
}

Result<QList<HubReceipt>> PgHubStore::receipts(const QByteArray &projectId, qint64 afterSeq,
                                               int limit, const QByteArray &recipient)
{
    // As bundles(): the page first; the LEFT JOIN from projects tells an
    // empty page from an unknown project.
    static const std::string kTail = kReceiptColumns + "FROM projects p LEFT JOIN page ON true "
                                                       "LEFT JOIN receipts c ON c.seq = page.seq "
                                                       "WHERE p.id = $1 ORDER BY c.seq";
    static const std::string kAll = "WITH page(seq) AS (SELECT seq FROM receipts WHERE "
                                    "project_id = $1 AND seq > $2 ORDER BY seq LIMIT $3) " +
                                    kTail;
    static const std::string kForDevice =
        "WITH page(seq) AS ("
        "SELECT r.seq FROM receipt_recipients r JOIN receipts c ON c.seq = r.seq "
        "WHERE r.device_id = $4 AND r.seq > $2 AND c.project_id = $1 "
        "ORDER BY r.seq LIMIT $3) " +
        kTail;
    return m_conn->transact<QList<HubReceipt>>(
        tr("listing the project's receipts"), [&](pqxx::work &t) -> Result<QList<HubReceipt>> {
            // A negative limit is an empty page, never "no limit".
            const qint64 pageSize = qMax(limit, 0);
            const pqxx::result rows =
                recipient.isEmpty() ? m_conn->exec(t, kAll, bin(projectId), afterSeq, pageSize)
                                    : m_conn->exec(t, kForDevice, bin(projectId), afterSeq,
                                                   pageSize, bin(recipient));
            if (rows.empty())
                return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
            return collectReceipts(rows);
        });
}

Result<QList<QByteArray>> PgHubStore::bundleSenders(const QByteArray &projectId,
                                                    const QList<QByteArray> &bundleIds)
{
    // The ids travel as one text parameter (hex, comma-separated): libpqxx
    // has no binary arrays, and one statement looks them all up.
    QByteArray ids;
    for (const QByteArray &bundleId : bundleIds) {
        if (!ids.isEmpty())
            ids += ',';
        ids += bundleId.toHex();
    }
    return m_conn->transact<QList<QByteArray>>(
        tr("reading who sent the bundles"), [&](pqxx::work &t) -> Result<QList<QByteArray>> {
            const pqxx::result project =
                m_conn->exec(t, "SELECT 1 FROM projects WHERE id = $1", bin(projectId));
            if (project.empty())
                return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
            QList<QByteArray> senders;
            if (bundleIds.isEmpty())
                return senders;
            const pqxx::result rows =
                m_conn->exec(t,
                             "SELECT DISTINCT sender FROM bundles WHERE project_id = $1 "
                             "AND bundle_id IN (SELECT decode(x, 'hex') FROM "
                             "unnest(string_to_array($2::text, ',')) AS x) ORDER BY sender",
                             bin(projectId), ids.toStdString());
            for (const pqxx::row &r : rows)
                senders.append(bytesOf(r[0]));
            return senders;
        });
}

// --- Enrollment ---------------------------------------------------------

Status PgHubStore::addInvitation(const HubInvitation &invitation)
{
    Status s = m_conn->transact<void>(tr("saving the invitation"), [&](pqxx::work &t) -> Status {
        const pqxx::result r = m_conn->exec(
            t,
            "INSERT INTO invitations(code_hash, project_id, invitation, expires_at) "
            "VALUES ($1, $2, $3, $4) ON CONFLICT (code_hash) DO NOTHING RETURNING expires_at",
            bin(invitation.codeHash), bin(invitation.projectId), bin(invitation.invitation),
            invitation.expiresAt);
        if (r.empty()) {
            return Error(ErrorCode::Validation,
                         tr("An invitation with this code exists already; nothing was added. "
                            "Make a new invitation."));
        }
        return {};
    });
    if (s)
        qCInfo(lcHub).noquote() << "added an invitation to project" << invitation.projectId.toHex();
    return s;
}

Result<HubInvitation> PgHubStore::redeemInvitation(const QByteArray &codeHash, qint64 now)
{
    const auto unknown = [] {
        return Error(ErrorCode::NotFound,
                     tr("This invitation code is unknown, used already or expired. Ask for a "
                        "new invitation."));
    };
    // DELETE ... RETURNING: of two connections redeeming the same code, the
    // second waits for the first's row lock, then deletes nothing. The row is
    // spent whether it is live or not (committed either way): an expired
    // code never becomes good again.
    auto spent = m_conn->transact<HubInvitation>(
        tr("redeeming the invitation"), [&](pqxx::work &t) -> Result<HubInvitation> {
            const pqxx::result r = m_conn->exec(t,
                                                "DELETE FROM invitations WHERE code_hash = $1 "
                                                "RETURNING project_id, invitation, expires_at",
                                                bin(codeHash));
            if (r.empty())
                return unknown();
            return HubInvitation{codeHash, bytesOf(r[0][0]), bytesOf(r[0][1]), intOf(r[0][2])};
        });
    if (!spent)
        return spent;
    if (spent.value().expiresAt < now)
        return unknown();
    qCInfo(lcHub).noquote() << "redeemed an invitation to project"
                            << spent.value().projectId.toHex();
    return spent;
}

Status PgHubStore::addJoinRequest(const HubJoinRequest &request)
{
    Status s = m_conn->transact<void>(tr("saving the join request"), [&](pqxx::work &t) -> Status {
        // A request that arrived earlier than the stored one (a retry that
        // lost a race) leaves the newer one in place.
        m_conn->exec(t,
                     "INSERT INTO join_requests(project_id, device_id, request, received_at) "
                     "VALUES ($1, $2, $3, $4) ON CONFLICT (project_id, device_id) DO UPDATE "
                     "SET request = EXCLUDED.request, received_at = EXCLUDED.received_at "
                     "WHERE EXCLUDED.received_at >= join_requests.received_at",
                     bin(request.projectId), bin(request.deviceId), bin(request.request),
                     request.receivedAt);
        return {};
    });
    if (s) {
        qCInfo(lcHub).noquote() << "received a join request for project"
                                << request.projectId.toHex() << "from device"
                                << request.deviceId.toHex();
    }
    return s;
}

Result<QList<HubJoinRequest>> PgHubStore::joinRequests(const QByteArray &projectId)
{
    return m_conn->transact<QList<HubJoinRequest>>(
        tr("reading the join requests"), [&](pqxx::work &t) -> Result<QList<HubJoinRequest>> {
            // One statement from the project's row, as devices(): a project
            // with no waiting request yields one row of NULLs. A device of
            // the project, approved or revoked, is no longer waiting.
            const pqxx::result rows =
                m_conn->exec(t,
                             "SELECT j.device_id, j.request, j.received_at FROM projects p "
                             "LEFT JOIN join_requests j ON j.project_id = p.id AND NOT EXISTS ("
                             "SELECT 1 FROM devices d WHERE d.project_id = j.project_id "
                             "AND d.device_id = j.device_id) "
                             "WHERE p.id = $1 ORDER BY j.received_at, j.device_id",
                             bin(projectId));
            if (rows.empty())
                return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
            QList<HubJoinRequest> out;
            for (const pqxx::row &r : rows) {
                if (r[0].is_null())
                    continue;
                out.append(HubJoinRequest{projectId, bytesOf(r[0]), bytesOf(r[1]), intOf(r[2])});
            }
            return out;
        });
}

// --- Administration -----------------------------------------------------

Result<HubStore::Stats> PgHubStore::stats()
{
    return m_conn->transact<Stats>(
        tr("counting what the hub holds"), [&](pqxx::work &t) -> Result<Stats> {
            const pqxx::result r =
                m_conn->exec(t, "SELECT (SELECT count(*) FROM projects), "
                                "(SELECT count(*) FROM devices WHERE NOT revoked), "
                                "(SELECT count(*) FROM bundles), "
                                "(SELECT coalesce(sum(size), 0) FROM bundles), "
                                "(SELECT count(*) FROM uploads WHERE received < length)");
            Stats s;
            s.projects = int(intOf(r[0][0]));
            s.devices = int(intOf(r[0][1]));
            s.bundles = intOf(r[0][2]);
            s.bundleBytes = intOf(r[0][3]);
            s.uploadsInProgress = int(intOf(r[0][4]));
            return s;
        });
}

} // namespace vigia
