#include "hub/SqliteHubMessages.h"

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

} // namespace

SqliteHubMessages::SqliteHubMessages(Database &db, QRecursiveMutex *writer)
    : m_db(db)
    , m_writer(writer)
{}

// --- Receipts -----------------------------------------------------------

Result<QList<HubReceipt>> SqliteHubMessages::findReceipt(const QByteArray &projectId,
                                                         const QByteArray &receiptId)
{
    Statement st(m_db.statements(),
                 "SELECT c.seq, c.project_id, c.receipt_id, c.signer, c.stored_at, c.bytes, "
                 "r.device_id FROM receipts c "
                 "LEFT JOIN receipt_recipients r ON r.seq = c.seq "
                 "WHERE c.project_id = ?1 AND c.receipt_id = ?2 ORDER BY r.device_id");
    st.bind(1, projectId).bind(2, receiptId);
    QList<HubReceipt> found;
    if (const int rc = collectReceipts(st, found); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(m_db, rc, tr("storing the receipt"));
    return found;
}

Result<HubReceipt> SqliteHubMessages::storeReceipt(const HubReceipt &receipt)
{
    // Under the write lock, as storeBundle: of two processes storing the same
    // receipt, the second finds the first one's row.
    const QMutexLocker writer(m_writer);
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun().error();
    const QString storing = tr("storing the receipt");
    auto existing = findReceipt(receipt.projectId, receipt.receiptId);
    if (!existing)
        return existing.error();
    if (!existing.value().isEmpty())
        return existing.value().first();

    Statement insert(m_db.statements(),
                     "INSERT INTO receipts(project_id, receipt_id, signer, stored_at, bytes) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, receipt.projectId)
        .bind(2, receipt.receiptId)
        .bind(3, receipt.signer)
        .bind(4, receipt.storedAt)
        .bind(5, receipt.bytes);
    if (const int rc = insert.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(m_db, rc, storing);
    const qint64 seq = sqlite3_last_insert_rowid(m_db.handle());
    Statement recipient(m_db.statements(),
                        "INSERT OR IGNORE INTO receipt_recipients(seq, device_id) VALUES (?1, ?2)");
    for (const QByteArray &deviceId : receipt.recipients) {
        recipient.bind(1, seq).bind(2, deviceId);
        if (const int rc = recipient.run(); rc != SQLITE_DONE)
            return SqliteHubErrors::failure(m_db, rc, storing);
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

Result<QList<HubReceipt>> SqliteHubMessages::receipts(const QByteArray &projectId, qint64 afterSeq,
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
    Statement st(m_db.statements(), recipient.isEmpty() ? kAll : kForDevice);
    // A negative LIMIT means none to SQLite.
    st.bind(1, projectId).bind(2, afterSeq).bind(3, qint64(qMax(limit, 0)));
    if (!recipient.isEmpty())
        st.bind(4, recipient);
    QList<HubReceipt> out;
    bool projectFound = false;
    const int rc = collectReceipts(st, out, &projectFound);
    if (rc != SQLITE_DONE)
        return SqliteHubErrors::failure(m_db, rc, tr("listing the project's receipts"));
    if (!projectFound)
        return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
    return out;
}

Result<QList<QByteArray>> SqliteHubMessages::bundleSenders(const QByteArray &projectId,
                                                           const QList<QByteArray> &bundleIds)
{
    const QString reading = tr("reading who sent the bundles");
    if (Status s = SqliteHubErrors::checkProject(m_db, projectId, reading); !s)
        return s.error();
    // One lookup by the unique index per id: bundles are never changed once
    // stored, so the lookups need not be one snapshot.
    QList<QByteArray> senders;
    Statement st(m_db.statements(),
                 "SELECT sender FROM bundles WHERE project_id = ?1 AND bundle_id = ?2");
    for (const QByteArray &bundleId : bundleIds) {
        st.bind(1, projectId).bind(2, bundleId);
        const int rc = st.step();
        if (rc == SQLITE_ROW) {
            const QByteArray sender = st.columnBlob(0);
            if (!senders.contains(sender))
                senders.append(sender);
        } else if (rc != SQLITE_DONE) {
            return SqliteHubErrors::failure(m_db, rc, reading);
        }
        st.reset();
    }
    std::sort(senders.begin(), senders.end());
    return senders;
}

// --- Enrollment ---------------------------------------------------------

Status SqliteHubMessages::addInvitation(const HubInvitation &invitation)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    Statement st(m_db.statements(), "INSERT INTO invitations(code_hash, project_id, invitation, "
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
        return SqliteHubErrors::failure(m_db, rc, tr("saving the invitation"));
    }
    if (Status s = txn.commit(); !s)
        return s;
    qCInfo(lcHub).noquote() << "added an invitation to project" << invitation.projectId.toHex();
    return {};
}

Result<HubInvitation> SqliteHubMessages::redeemInvitation(const QByteArray &codeHash, qint64 now)
{
    // Read and delete under the write lock: of two connections redeeming the
    // same code, the second one finds no row.
    const QMutexLocker writer(m_writer);
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun().error();
    const QString redeeming = tr("redeeming the invitation");
    HubInvitation found;
    {
        Statement st(m_db.statements(), "SELECT project_id, invitation, expires_at "
                                        "FROM invitations WHERE code_hash = ?1");
        st.bind(1, codeHash);
        const int rc = st.step();
        if (rc == SQLITE_DONE) {
            return Error(ErrorCode::NotFound,
                         tr("This invitation code is unknown, used already or expired. Ask for "
                            "a new invitation."));
        }
        if (rc != SQLITE_ROW)
            return SqliteHubErrors::failure(m_db, rc, redeeming);
        found = HubInvitation{codeHash, st.columnBlob(0), st.columnBlob(1), st.columnInt64(2)};
    }
    // Spent by this try whether it is live or not: an expired code never
    // becomes good again.
    Statement spend(m_db.statements(), "DELETE FROM invitations WHERE code_hash = ?1");
    spend.bind(1, codeHash);
    if (const int rc = spend.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(m_db, rc, redeeming);
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

Status SqliteHubMessages::addJoinRequest(const HubJoinRequest &request)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    // A request that arrived earlier than the stored one (a retry that lost
    // a race) leaves the newer one in place.
    Statement st(m_db.statements(),
                 "INSERT INTO join_requests(project_id, device_id, request, received_at) "
                 "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (project_id, device_id) DO UPDATE "
                 "SET request = excluded.request, received_at = excluded.received_at "
                 "WHERE excluded.received_at >= join_requests.received_at");
    st.bind(1, request.projectId)
        .bind(2, request.deviceId)
        .bind(3, request.request)
        .bind(4, request.receivedAt);
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(m_db, rc, tr("saving the join request"));
    if (Status s = txn.commit(); !s)
        return s;
    qCInfo(lcHub).noquote() << "received a join request for project" << request.projectId.toHex()
                            << "from device" << request.deviceId.toHex();
    return {};
}

Result<QList<HubJoinRequest>> SqliteHubMessages::joinRequests(const QByteArray &projectId)
{
    // One statement from the project's row, as devices(): a project with no
    // waiting request yields one row of NULLs. A device of the project,
    // approved or revoked, is no longer waiting.
    Statement st(m_db.statements(),
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
        return SqliteHubErrors::failure(m_db, rc, tr("reading the join requests"));
    if (!projectFound)
        return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
    return out;
}

} // namespace vigia
