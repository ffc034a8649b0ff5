#include "hub/SqliteHubUploads.h"

#include "common/LogCategories.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "hub/SqliteHubErrors.h"

#include <QMutexLocker>
#include <QRecursiveMutex>

#include <sqlite3.h>

namespace vigia {

namespace {

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

} // namespace

SqliteHubUploads::SqliteHubUploads(Database &db, QRecursiveMutex *writer)
    : m_db(db)
    , m_writer(writer)
{}

// --- Uploads ------------------------------------------------------------

Result<HubUpload> SqliteHubUploads::createUpload(const HubUpload &upload)
{
    if (upload.length < 0)
        return Error(ErrorCode::Validation, tr("An upload cannot have a negative length."));
    const QMutexLocker writer(m_writer);
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun().error();
    const QString creating = tr("creating the upload");
    {
        Statement existing(m_db.statements(),
                           kUploadColumns +
                               "WHERE project_id = ?1 AND device_id = ?2 AND bundle_id = ?3");
        existing.bind(1, upload.projectId).bind(2, upload.deviceId).bind(3, upload.bundleId);
        const int rc = existing.step();
        if (rc == SQLITE_ROW)
            return uploadFrom(existing); // a retried creation: resume where it stands
        if (rc != SQLITE_DONE)
            return SqliteHubErrors::failure(m_db, rc, creating);
    }
    // A new upload starts at byte 0 whatever the caller's offset says.
    HubUpload created = upload;
    created.offset = 0;
    Statement insert(m_db.statements(),
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
        return SqliteHubErrors::failure(m_db, rc, creating);
    if (Status s = txn.commit(); !s)
        return s.error();
    return created;
}

Result<HubUpload> SqliteHubUploads::upload(const QString &id)
{
    Statement st(m_db.statements(), kUploadColumns + "WHERE id = ?1");
    st.bindText(1, id);
    const int rc = st.step();
    if (rc == SQLITE_DONE) {
        return Error(ErrorCode::NotFound,
                     tr("The hub has no such upload (it may have expired); start it again."));
    }
    if (rc != SQLITE_ROW)
        return SqliteHubErrors::failure(m_db, rc, tr("reading the upload"));
    return uploadFrom(st);
}

Result<HubUpload> SqliteHubUploads::findUpload(const QByteArray &projectId,
                                               const QByteArray &deviceId,
                                               const QByteArray &bundleId)
{
    Statement st(m_db.statements(),
                 kUploadColumns + "WHERE project_id = ?1 AND device_id = ?2 AND bundle_id = ?3");
    st.bind(1, projectId).bind(2, deviceId).bind(3, bundleId);
    const int rc = st.step();
    if (rc == SQLITE_DONE) {
        return Error(ErrorCode::NotFound,
                     tr("The hub has no such upload (it may have expired); start it again."));
    }
    if (rc != SQLITE_ROW)
        return SqliteHubErrors::failure(m_db, rc, tr("reading the upload"));
    return uploadFrom(st);
}

// Counted on the index of UNIQUE (project_id, device_id, bundle_id).
Result<int> SqliteHubUploads::uploadsInProgress(const QByteArray &projectId,
                                                const QByteArray &deviceId, qint64 now)
{
    Statement st(m_db.statements(),
                 "SELECT count(*) FROM uploads WHERE project_id = ?1 AND device_id = ?2 "
                 "AND offset < length AND expires_at >= ?3");
    st.bind(1, projectId).bind(2, deviceId).bind(3, now);
    if (const int rc = st.step(); rc != SQLITE_ROW)
        return SqliteHubErrors::failure(m_db, rc, tr("counting the device's uploads in progress"));
    return int(st.columnInt64(0));
}

Result<qint64> SqliteHubUploads::appendUpload(const QString &id, qint64 offset,
                                              const QByteArray &bytes)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun().error();
    const QString appending = tr("saving the uploaded bytes");
    Statement current(m_db.statements(), "SELECT offset, length FROM uploads WHERE id = ?1");
    current.bindText(1, id);
    int rc = current.step();
    if (rc == SQLITE_DONE) {
        return Error(ErrorCode::NotFound,
                     tr("The hub has no such upload (it may have expired); start it again."));
    }
    if (rc != SQLITE_ROW)
        return SqliteHubErrors::failure(m_db, rc, appending);
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
    Statement chunk(m_db.statements(),
                    "INSERT INTO upload_chunks(upload_id, offset, bytes) VALUES (?1, ?2, ?3)");
    chunk.bindText(1, id).bind(2, offset).bind(3, bytes);
    if (rc = chunk.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(m_db, rc, appending);
    const qint64 next = stored + bytes.size();
    Statement advance(m_db.statements(), "UPDATE uploads SET offset = ?2 WHERE id = ?1");
    advance.bindText(1, id).bind(2, next);
    if (rc = advance.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(m_db, rc, appending);
    if (Status s = txn.commit(); !s)
        return s.error();
    return next;
}

Result<QByteArray> SqliteHubUploads::uploadBytes(const QString &id)
{
    // One statement: the chunks and the offset they add up to are one snapshot.
    Statement st(m_db.statements(),
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
        return SqliteHubErrors::failure(m_db, rc, tr("reading the uploaded bytes"));
    if (!found) {
        return Error(ErrorCode::NotFound,
                     tr("The hub has no such upload (it may have expired); start it again."));
    }
    return out;
}

Status SqliteHubUploads::deleteUpload(const QString &id)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    const QString deleting = tr("deleting the upload");
    // The chunks explicitly, not only through ON DELETE CASCADE: nothing of an
    // upload may survive a connection that runs without foreign keys.
    Statement chunks(m_db.statements(), "DELETE FROM upload_chunks WHERE upload_id = ?1");
    chunks.bindText(1, id);
    if (const int rc = chunks.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(m_db, rc, deleting);
    Statement row(m_db.statements(), "DELETE FROM uploads WHERE id = ?1");
    row.bindText(1, id);
    if (const int rc = row.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(m_db, rc, deleting);
    if (sqlite3_changes(m_db.handle()) == 0)
        return Error(ErrorCode::NotFound, tr("The hub has no such upload."));
    return txn.commit();
}

} // namespace vigia
