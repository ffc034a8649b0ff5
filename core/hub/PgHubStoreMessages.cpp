// PgHubStore: what the hub routes besides bundles: receipts and their
// recipients, invitation codes and join requests.
#include "hub/PgHubStore.h"
#include "hub/PgHubStore_p.h"

namespace vigia {

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

} // namespace vigia
