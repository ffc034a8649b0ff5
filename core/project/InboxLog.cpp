#include "project/InboxLog.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

#include <sqlite3.h>

namespace vigia {

InboxLog::InboxLog(Database &db)
    : m_db(db)
{}

Status InboxLog::linkOps(const QByteArray &bundleId, const QList<Op> &ops)
{
    QHash<QByteArray, QList<quint64>> counters;
    for (const Op &op : ops)
        counters[op.origin].append(op.counter);
    for (auto it = counters.begin(); it != counters.end(); ++it) {
        QList<quint64> &c = it.value();
        std::sort(c.begin(), c.end());
        c.erase(std::unique(c.begin(), c.end()), c.end());
        qsizetype start = 0;
        for (qsizetype i = 1; i <= c.size(); ++i) {
            if (i < c.size() && c[i] == c[i - 1] + 1)
                continue;
            if (Status s = linkRun(bundleId, it.key(), c[start], c[i - 1]); !s)
                return s;
            start = i;
        }
    }
    return {};
}

Status InboxLog::linkRun(const QByteArray &bundleId, const QByteArray &origin, quint64 first,
                         quint64 last)
{
    // The first bundle wins: a coordinator relaying an op later does not
    // rewrite where it came from, so only the counters no run holds yet are
    // linked. Runs do not overlap: those that reach into [first, last] are
    // the last one starting at or before `first` and those starting inside.
    Statement held(m_db.handle(),
                   "SELECT from_counter, to_counter FROM bundle_runs WHERE origin = ?1 AND "
                   "from_counter BETWEEN "
                   "coalesce((SELECT max(from_counter) FROM bundle_runs WHERE origin = ?1 AND "
                   "from_counter <= ?2), ?2) AND ?3 ORDER BY from_counter");
    held.bind(1, origin).bind(2, qint64(first)).bind(3, qint64(last));
    QList<std::pair<quint64, quint64>> gaps;
    quint64 next = first;
    int rc;
    while ((rc = held.step()) == SQLITE_ROW && next <= last) {
        const quint64 from = quint64(held.columnInt64(0));
        const quint64 to = quint64(held.columnInt64(1));
        if (to < next)
            continue;
        if (from > next)
            gaps.append({next, std::min(from - 1, last)});
        next = to + 1;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("recording which bundle brought each change"));
    if (next <= last)
        gaps.append({next, last});
    Statement ins(m_db.handle(),
                  "INSERT INTO bundle_runs(origin, from_counter, to_counter, bundle_id) "
                  "VALUES (?1, ?2, ?3, ?4)");
    for (const auto &[from, to] : gaps) {
        ins.bind(1, origin).bind(2, qint64(from)).bind(3, qint64(to)).bind(4, bundleId);
        if (const int insRc = ins.run(); insRc != SQLITE_DONE)
            return m_db.errorFor(insRc, tr("recording which bundle brought each change"));
        ins.reset();
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
