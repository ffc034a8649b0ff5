// PgHubStore: the tus uploads, their offsets checked under row locks and
// their bytes in chunk rows until the bundle is stored.
#include "hub/PgHubStore.h"
#include "hub/PgHubStore_p.h"

namespace vigia {

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

} // namespace vigia
