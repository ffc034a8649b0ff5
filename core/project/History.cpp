#include "project/History.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "oplog/MergeRules.h"
#include "oplog/OpLog.h"
#include "project/DeviceNames.h"
#include "store/Workspace.h"

#include <QHash>

#include <sqlite3.h>

namespace vigia {

History::History(Workspace &ws)
    : m_ws(ws)
{}

Result<RecordHistory> History::of(const QUuid &record, const QString &field)
{
    Database &db = m_ws.database();
    auto names = DeviceNames::load(db);
    if (!names)
        return names.error();
    QByteArray sql =
        "SELECT o.field, o.origin, o.counter, o.hlc, o.based_on, o.value, "
        "o.value_hash, (SELECT CASE WHEN b.to_counter >= o.counter THEN b.bundle_id END "
        "FROM bundle_runs b WHERE b.origin = o.origin AND b.from_counter <= o.counter "
        "ORDER BY b.from_counter DESC LIMIT 1) FROM ops o "
        "WHERE o.entity = 'record' AND o.row = ?1";
    if (!field.isEmpty())
        sql += " AND o.field = ?2";
    sql += " ORDER BY o.hlc, o.origin, o.counter";
    Statement st(db.handle(), sql.constData());
    st.bind(1, record.toRfc4122());
    if (!field.isEmpty())
        st.bindText(2, field);
    const QByteArray me = m_ws.oplog().deviceId();
    const QByteArray mine = m_ws.oplog().privateOrigin();
    RecordHistory out;
    QList<QByteArray> keys;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        RecordHistory::Change c;
        c.field = st.columnText(0);
        c.origin = st.columnBlob(1);
        c.counter = quint64(st.columnInt64(2));
        c.hlc = quint64(st.columnInt64(3));
        c.basedOn = quint64(st.columnInt64(4));
        const QByteArray value = st.columnBlob(5);
        c.value = QCborValue::fromCbor(value);
        keys.append(st.columnIsNull(6) ? MergeRules::valueKey(value)
                                       : MergeRules::keyOfDigest(st.columnBlob(6)));
        c.bundleId = st.columnBlob(7);
        c.draft = c.origin == mine;
        c.writtenHere = c.origin == me || c.draft;
        c.device = names.value().label(c.origin == mine ? me : c.origin);
        out.changes.append(c);
    }
    if (rc != SQLITE_DONE)
        return db.errorFor(rc, tr("reading the history of a record"));
    if (out.changes.isEmpty())
        return Error(ErrorCode::NotFound,
                     field.isEmpty()
                         ? tr("No change touched record %1 in this workspace. List the records "
                              "to find its id.")
                               .arg(record.toString(QUuid::WithoutBraces))
                         : tr("No change touched the field %1 of record %2.")
                               .arg(field, record.toString(QUuid::WithoutBraces)));
    annotate(out.changes, keys);

    auto issues = m_ws.oplog().verify();
    if (!issues)
        return issues.error();
    Statement ahead(db.handle(), "SELECT clock_ahead FROM chain_heads WHERE origin = ?1");
    QList<QByteArray> seen;
    for (const RecordHistory::Change &c : std::as_const(out.changes)) {
        if (seen.contains(c.origin))
            continue;
        seen.append(c.origin);
        RecordHistory::Device d;
        d.origin = c.origin;
        d.label = c.device;
        for (const ChainIssue &i : issues.value()) {
            if (i.origin == c.origin)
                d.issues.append(i);
        }
        ahead.bind(1, c.origin);
        const int found = ahead.step();
        if (found == SQLITE_ROW)
            d.clockAhead = ahead.columnInt64(0) != 0;
        ahead.reset();
        if (found != SQLITE_ROW && found != SQLITE_DONE)
            return db.errorFor(found, tr("reading the history of a record"));
        out.devices.append(d);
    }
    return out;
}

void History::annotate(QList<RecordHistory::Change> &changes, const QList<QByteArray> &keys)
{
    // Per field, by the rules of MergeRules over every op (a history is a
    // few dozen ops at most): a conflicting pair is resolved by the first op
    // based on both.
    QHash<QString, QList<qsizetype>> byField;
    // A draft's ops never left this device, so nobody else could have
    // conflicted with them: only shared ops take part.
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (!changes[i].draft)
            byField[changes[i].field].append(i);
    }
    for (const QList<qsizetype> &idx : std::as_const(byField)) {
        auto stamp = [&](qsizetype i) {
            const RecordHistory::Change &c = changes[i];
            return OpStamp{{c.origin, c.counter}, c.hlc, c.basedOn, keys[i]};
        };
        for (qsizetype a = 0; a < idx.size(); ++a) {
            for (qsizetype b = a + 1; b < idx.size(); ++b) {
                if (!MergeRules::conflicting(stamp(idx[a]), stamp(idx[b])))
                    continue;
                changes[idx[a]].conflicting = changes[idx[b]].conflicting = true;
                const quint64 top = std::max(changes[idx[a]].hlc, changes[idx[b]].hlc);
                // idx is in hlc order: the first op based on both closed it.
                for (qsizetype c = 0; c < idx.size(); ++c) {
                    if (changes[idx[c]].basedOn >= top) {
                        changes[idx[c]].resolution = true;
                        break;
                    }
                }
            }
        }
    }
}

} // namespace vigia
