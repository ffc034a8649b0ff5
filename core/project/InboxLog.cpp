#include "project/InboxLog.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <QDateTime>
#include <QSet>

#include <sqlite3.h>

namespace vigia {

InboxLog::InboxLog(Database &db)
    : m_db(db)
{}

Status InboxLog::linkOps(const QByteArray &bundleId, const QList<Op> &ops)
{
    // The first bundle wins: a coordinator relaying an op later does not
    // rewrite where it came from.
    Statement st(
        m_db.handle(),
        "INSERT OR IGNORE INTO bundle_ops(origin, counter, bundle_id) VALUES (?1, ?2, ?3)");
    for (const Op &op : ops) {
        st.bind(1, op.origin).bind(2, qint64(op.counter)).bind(3, bundleId);
        if (const int rc = st.run(); rc != SQLITE_DONE)
            return m_db.errorFor(rc, tr("recording which bundle brought each change"));
        st.reset();
    }
    return {};
}

int InboxLog::recordCount(const QList<Op> &ops)
{
    QSet<QByteArray> rows;
    for (const Op &op : ops) {
        if (op.entity == QLatin1String("record"))
            rows.insert(op.row);
    }
    return int(rows.size());
}

Status InboxLog::received(const Arrival &arrival, InboxEntry::State state, bool fromQuarantine,
                          const QString &reason)
{
    int records = arrival.records;
    if (records < 0 && !arrival.bundleId.isEmpty()) {
        // Already applied: the first reception counted them.
        Statement st(m_db.handle(), "SELECT record_count FROM inbox WHERE bundle_id = ?1 AND "
                                    "record_count IS NOT NULL LIMIT 1");
        st.bind(1, arrival.bundleId);
        const int rc = st.step();
        if (rc == SQLITE_ROW)
            records = int(st.columnInt64(0));
        else if (rc != SQLITE_DONE)
            return m_db.errorFor(rc, tr("recording a received bundle"));
    }
    if (fromQuarantine && !arrival.bundleId.isEmpty()) {
        Statement st(m_db.handle(), "UPDATE inbox SET state = ?1, reason = ?2, record_count = ?3 "
                                    "WHERE bundle_id = ?4 AND state = 'quarantined'");
        st.bindText(1, InboxEntry::stateName(state)).bind(4, arrival.bundleId);
        reason.isEmpty() ? st.bindNull(2) : st.bindText(2, reason);
        records < 0 ? st.bindNull(3) : st.bind(3, qint64(records));
        if (const int rc = st.run(); rc != SQLITE_DONE)
            return m_db.errorFor(rc, tr("recording a received bundle"));
        if (sqlite3_changes(m_db.handle()) > 0)
            return {};
    }
    Statement st(m_db.handle(),
                 "INSERT INTO inbox(bundle_id, sender, created_hlc, received_at, file, op_count, "
                 "record_count, state, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    arrival.bundleId.isEmpty() ? st.bindNull(1) : st.bind(1, arrival.bundleId);
    arrival.sender.isEmpty() ? st.bindNull(2) : st.bind(2, arrival.sender);
    arrival.bundleId.isEmpty() ? st.bindNull(3) : st.bind(3, qint64(arrival.createdHlc));
    st.bind(4, QDateTime::currentMSecsSinceEpoch());
    arrival.file.isEmpty() ? st.bindNull(5) : st.bindText(5, arrival.file);
    st.bind(6, qint64(arrival.ops));
    records < 0 ? st.bindNull(7) : st.bind(7, qint64(records));
    st.bindText(8, InboxEntry::stateName(state));
    reason.isEmpty() ? st.bindNull(9) : st.bindText(9, reason);
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("recording a received bundle"));
    return {};
}

} // namespace vigia
