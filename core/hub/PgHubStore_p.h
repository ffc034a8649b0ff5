#pragma once

// Private to the PostgreSQL backend's files (PgHubStore*.cpp): the
// connection with its prepared statements and retries, and the conversions
// between Qt values and libpqxx's. Nothing outside core/hub includes it.

#include "common/LogCategories.h"
#include "hub/PgHubStore.h"
#include "project/ProjectManifest.h"
#include "store/Role.h"

#include <QHash>

#include <pqxx/pqxx>

#include <exception>
#include <string>
#include <unordered_map>

namespace vigia {

namespace pg {

constexpr int kHubIdSize = 16;

// A deadlock or a serialization failure is the server's way to say "run it
// again": a few tries, then Busy.
constexpr int kAttempts = 3;

// The key of the advisory lock that creating the schema takes: "VgHb" and a
// 1, so that hub processes starting together create it once and the others
// wait, then find it made.
constexpr long long kSchemaLockKey = 0x5667486200000001LL;

inline const std::string kUploadColumns = "SELECT id, project_id, device_id, bundle_id, length, "
                                          "received, created_at, expires_at FROM uploads ";
inline const std::string kUploadReturning =
    " RETURNING id, project_id, device_id, bundle_id, length, "
    "received, created_at, expires_at";

// Bytes go to the server as binary parameters: no escaping, no hex, no copy
// of the whole value as text.
inline pqxx::binarystring bin(const QByteArray &bytes)
{
    return pqxx::binarystring(bytes.constData(), size_t(bytes.size()));
}

inline pqxx::binarystring bin(const char *data, qint64 size)
{
    return pqxx::binarystring(data, size_t(size));
}

inline QByteArray bytesOf(const pqxx::field &f)
{
    if (f.is_null())
        return {};
    const pqxx::binarystring b(f);
    return QByteArray(b.get(), qsizetype(b.size()));
}

inline QString textOf(const pqxx::field &f)
{
    return QString::fromUtf8(f.c_str(), qsizetype(f.size()));
}

inline qint64 intOf(const pqxx::field &f)
{
    return qint64(f.as<long long>());
}

inline HubUpload uploadFrom(const pqxx::row &r)
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
inline QList<HubBundle> collectBundles(const pqxx::result &rows)
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
inline const std::string kReceiptColumns =
    "SELECT c.seq, c.project_id, c.receipt_id, c.signer, c.stored_at, c.bytes, "
    "(SELECT string_agg(encode(r.device_id, 'hex'), ',' ORDER BY r.device_id) "
    "FROM receipt_recipients r WHERE r.seq = c.seq) ";

// Rows of kReceiptColumns into receipts; a NULL seq is the row of a project
// with no matching receipt: it adds nothing.
inline QList<HubReceipt> collectReceipts(const pqxx::result &rows)
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

inline Error noProject(const QString &what)
{
    return Error(
        ErrorCode::NotFound,
        PgHubStore::tr("The hub serves no project with this id; %1 was refused.").arg(what));
}

// The first line of a libpq message, without the password if it ever
// appeared there. Server messages are never shown whole: their DETAIL lines
// quote the values of a violated key, and those can be token hashes.
inline QString firstLine(const char *message, const QString &password = {})
{
    QString line = QString::fromUtf8(message).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (!password.isEmpty())
        line.replace(password, QStringLiteral("***"));
    return line;
}

} // namespace pg

using namespace pg;

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

} // namespace vigia
