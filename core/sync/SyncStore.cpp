#include "sync/SyncStore.h"

#include "common/LogCategories.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "oplog/Op.h"
#include "project/Outbox.h"

#include <sqlite3.h>

namespace vigia {

namespace {
// The log is for people glancing at recent syncs, not an audit trail.
constexpr int kLogRows = 200;
} // namespace

SyncStore::SyncStore(Database &db)
    : m_db(db)
{}

Result<QString> SyncStore::value(const char *key) const
{
    Statement st(m_db.handle(), "SELECT value FROM sync_state WHERE key = ?1");
    st.bindTextUtf8(1, key);
    const int rc = st.step();
    if (rc == SQLITE_ROW)
        return st.columnText(0);
    if (rc == SQLITE_DONE)
        return QString();
    return m_db.errorFor(rc, tr("reading the sync settings"));
}

Status SyncStore::setValue(const char *key, const QString &value)
{
    Statement st(m_db.handle(), "INSERT INTO sync_state(key, value) VALUES (?1, ?2) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bindTextUtf8(1, key).bindText(2, value);
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("saving the sync settings"));
    return {};
}

Result<qint64> SyncStore::number(const char *key) const
{
    auto v = value(key);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Status SyncStore::setNumber(const char *key, qint64 value)
{
    return setValue(key, QString::number(value));
}

Result<QByteArray> SyncStore::certPin() const
{
    auto hex = value(kCertPin);
    if (!hex)
        return hex.error();
    return QByteArray::fromHex(hex.value().toLatin1());
}

Status SyncStore::setCertPin(const QByteArray &sha256)
{
    return setValue(kCertPin, QString::fromLatin1(sha256.toHex()));
}

Status SyncStore::dropRedactedOutgoing(const QByteArray &deviceId)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    Statement stale(m_db.handle(), "SELECT DISTINCT g.bundle_id FROM sync_outgoing g "
                                   "JOIN outbox_sent s ON s.bundle_id = g.bundle_id "
                                   "JOIN ops o ON o.origin = ?1 AND o.counter = s.counter "
                                   "WHERE g.hub_seq IS NULL AND o.value = x'f7'");
    stale.bind(1, deviceId);
    QList<QByteArray> ids;
    int rc;
    while ((rc = stale.step()) == SQLITE_ROW)
        ids.append(stale.columnBlob(0));
    stale.reset();
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading the bundles waiting for the hub"));
    if (ids.isEmpty())
        return {};
    Statement forget(m_db.handle(), "DELETE FROM outbox_sent WHERE bundle_id = ?1");
    Statement drop(m_db.handle(), "DELETE FROM sync_outgoing WHERE bundle_id = ?1");
    for (const QByteArray &id : ids) {
        forget.bind(1, id);
        drop.bind(1, id);
        if (const int frc = forget.run(); frc != SQLITE_DONE)
            return m_db.errorFor(frc, tr("keeping a bundle for the hub"));
        if (const int drc = drop.run(); drc != SQLITE_DONE)
            return m_db.errorFor(drc, tr("keeping a bundle for the hub"));
    }
    qCInfo(lcSync) << "dropped" << ids.size() << "unsent bundle(s) holding a removed value";
    return txn.commit();
}

Result<QSet<quint64>> SyncStore::coveredCounters() const
{
    Statement st(m_db.handle(), "SELECT s.counter FROM outbox_sent s "
                                "JOIN sync_outgoing g ON g.bundle_id = s.bundle_id");
    QSet<quint64> covered;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        covered.insert(quint64(st.columnInt64(0)));
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading the changes already on their way"));
    return covered;
}

Result<bool> SyncStore::builtHere(const QByteArray &bundleId) const
{
    Statement st(m_db.handle(), "SELECT EXISTS (SELECT 1 FROM sync_outgoing WHERE bundle_id = ?1) "
                                "OR EXISTS (SELECT 1 FROM outbox_sent WHERE bundle_id = ?1)");
    st.bind(1, bundleId);
    if (const int rc = st.step(); rc != SQLITE_ROW)
        return m_db.errorFor(rc, tr("reading which bundles this device made"));
    return st.columnInt64(0) != 0;
}

Status SyncStore::addOutgoing(const QByteArray &bundleId, const QByteArray &bytes,
                              const QList<Op> &ops, qint64 now,
                              const QList<StreamCursors::Sent> &streams)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    Statement st(m_db.handle(),
                 "INSERT OR IGNORE INTO sync_outgoing(bundle_id, bytes, op_count, first_counter, "
                 "created_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, bundleId).bind(2, bytes).bind(3, qint64(ops.size()));
    st.bind(4, ops.isEmpty() ? 0 : qint64(ops.first().counter)).bind(5, now);
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("keeping a bundle for the hub"));
    if (Status s = Outbox::recordExport(m_db, bundleId, ops); !s)
        return s;
    if (Status s = StreamCursors::recordSent(m_db, bundleId, streams); !s)
        return s;
    return txn.commit();
}

Result<QList<SyncStore::Outgoing>> SyncStore::unsent() const
{
    Statement st(m_db.handle(), "SELECT bundle_id, bytes, op_count, upload_url FROM sync_outgoing "
                                "WHERE hub_seq IS NULL ORDER BY first_counter, bundle_id");
    QList<Outgoing> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.append(Outgoing{st.columnBlob(0), st.columnBlob(1), int(st.columnInt64(2)),
                            st.columnText(3), 0});
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading the bundles waiting for the hub"));
    return out;
}

Result<int> SyncStore::unsentCount() const
{
    Statement st(m_db.handle(), "SELECT count(*) FROM sync_outgoing WHERE hub_seq IS NULL");
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, tr("reading the bundles waiting for the hub"));
    return int(st.columnInt64(0));
}

Status SyncStore::setUploadUrl(const QByteArray &bundleId, const QString &url)
{
    Statement st(m_db.handle(), "UPDATE sync_outgoing SET upload_url = ?2 WHERE bundle_id = ?1");
    st.bind(1, bundleId).bindText(2, url);
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("saving the state of an upload"));
    return {};
}

Status SyncStore::markSent(const QByteArray &bundleId, qint64 hubSeq, qint64 now)
{
    // The bytes go: the hub holds them durably, and the ops stay in the
    // outbox until a receipt, so a bundle lost later can be built again.
    Statement st(m_db.handle(), "UPDATE sync_outgoing SET hub_seq = ?2, sent_at = ?3, "
                                "bytes = NULL, upload_url = NULL WHERE bundle_id = ?1");
    st.bind(1, bundleId).bind(2, hubSeq).bind(3, now);
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("recording a bundle the hub holds"));
    return {};
}

Result<int> SyncStore::sentOps() const
{
    Statement st(m_db.handle(), "SELECT count(DISTINCT o.counter) FROM outbox o "
                                "JOIN outbox_sent s ON s.counter = o.counter "
                                "JOIN sync_outgoing g ON g.bundle_id = s.bundle_id "
                                "WHERE g.hub_seq IS NOT NULL");
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, tr("counting the changes sent"));
    return int(st.columnInt64(0));
}

Result<int> SyncStore::sentBundles() const
{
    Statement st(m_db.handle(), "SELECT count(*) FROM sync_outgoing WHERE hub_seq IS NOT NULL");
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, tr("counting the bundles sent"));
    return int(st.columnInt64(0));
}

Result<QList<QByteArray>> SyncStore::unreceipted() const
{
    Statement st(m_db.handle(), "SELECT a.bundle_id FROM applied_bundles a WHERE NOT EXISTS "
                                "(SELECT 1 FROM sync_receipted r WHERE r.bundle_id = a.bundle_id) "
                                "ORDER BY a.bundle_id");
    QList<QByteArray> ids;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        ids.append(st.columnBlob(0));
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading the bundles to acknowledge"));
    return ids;
}

Status SyncStore::markReceipted(const QList<QByteArray> &bundleIds)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    Statement st(m_db.handle(), "INSERT OR IGNORE INTO sync_receipted(bundle_id) VALUES (?1)");
    for (const QByteArray &id : bundleIds) {
        st.bind(1, id);
        if (const int rc = st.run(); rc != SQLITE_DONE)
            return m_db.errorFor(rc, tr("recording the receipts sent"));
        st.reset();
    }
    return txn.commit();
}

Status SyncStore::appendLog(const LogEntry &e)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    Statement st(m_db.handle(),
                 "INSERT INTO sync_log(started, finished, ok, sent, received, receipts, message) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    st.bind(1, e.started).bind(2, e.finished).bind(3, qint64(e.ok)).bind(4, qint64(e.sent));
    st.bind(5, qint64(e.received)).bind(6, qint64(e.receipts)).bindText(7, e.message);
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("writing the sync log"));
    Statement trim(m_db.handle(),
                   "DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - ?1");
    trim.bind(1, qint64(kLogRows));
    if (const int rc = trim.run(); rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("writing the sync log"));
    return txn.commit();
}

Result<QList<SyncStore::LogEntry>> SyncStore::recentLog(int limit) const
{
    Statement st(m_db.handle(), "SELECT started, finished, ok, sent, received, receipts, message "
                                "FROM sync_log ORDER BY id DESC LIMIT ?1");
    st.bind(1, qint64(limit));
    QList<LogEntry> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.append(LogEntry{st.columnInt64(0), st.columnInt64(1), st.columnInt64(2) != 0,
                            int(st.columnInt64(3)), int(st.columnInt64(4)), int(st.columnInt64(5)),
                            st.columnText(6)});
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading the sync log"));
    return out;
}

} // namespace vigia
