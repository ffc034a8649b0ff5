#include "project/OutboxSummary.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "oplog/OpLog.h"

#include <sqlite3.h>

namespace vigia {

namespace {

// The entities people recognise as their work; comments, reviews and
// device rows travel too but are not counted.
constexpr const char *kCounted = "(o.entity IN ('record', 'coding') OR "
                                 "(o.entity = 'code' AND o.hlc <> ?2))";

void add(OutboxSummary::Counts &counts, const QString &entity, int n)
{
    if (entity == QLatin1String("record"))
        counts.records += n;
    else if (entity == QLatin1String("coding"))
        counts.codings += n;
    else if (entity == QLatin1String("code"))
        counts.codes += n;
}

} // namespace

OutboxSummary::Counts &OutboxSummary::Counts::operator+=(const Counts &other)
{
    records += other.records;
    codings += other.codings;
    codes += other.codes;
    return *this;
}

OutboxSummary::Counts OutboxSummary::unsent() const
{
    Counts all = notExported;
    all += onStick;
    return all;
}

Result<OutboxSummary> OutboxSummary::readUnsent(Database &db, const QByteArray &deviceId)
{
    // exported = 0 when any op of the row has not been in a bundle yet: the
    // row needs another export, whatever its other ops' state.
    const QByteArray sql = QByteArray("SELECT entity, exported, count(*) FROM ("
                                      "SELECT o.entity AS entity, o.row, "
                                      "min(b.bundle_id IS NOT NULL) AS exported "
                                      "FROM outbox b JOIN ops o ON o.origin = ?1 AND "
                                      "o.counter = b.counter WHERE ") +
                           kCounted + " GROUP BY o.entity, o.row) GROUP BY entity, exported";
    Statement st(db.handle(), sql.constData());
    st.bind(1, deviceId).bind(2, qint64(OpLog::kBaselineHlc));
    OutboxSummary out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        add(st.columnInt64(1) ? out.onStick : out.notExported, st.columnText(0),
            int(st.columnInt64(2)));
    if (rc != SQLITE_DONE)
        return db.errorFor(rc, tr("counting the records not yet sent"));
    return out;
}

Result<OutboxSummary> OutboxSummary::read(Database &db, const QByteArray &deviceId)
{
    auto out = readUnsent(db, deviceId);
    if (!out)
        return out;
    // Rows this device wrote on its shared chain with no op left in the
    // outbox: a receipt acknowledged all of them. Deleted ones are left out.
    const QByteArray sql =
        QByteArray("SELECT entity, count(*) FROM ("
                   "SELECT o.entity AS entity, o.row AS row FROM ops o WHERE o.origin = ?1 AND ") +
        kCounted +
        " EXCEPT SELECT o.entity, o.row FROM outbox b JOIN ops o ON o.origin = ?1 AND "
        "o.counter = b.counter) r WHERE NOT EXISTS (SELECT 1 FROM records d WHERE "
        "r.entity = 'record' AND d.id = r.row AND d.deleted) AND NOT EXISTS (SELECT 1 FROM "
        "codings d WHERE r.entity = 'coding' AND d.id = r.row AND d.deleted) GROUP BY entity";
    Statement st(db.handle(), sql.constData());
    st.bind(1, deviceId).bind(2, qint64(OpLog::kBaselineHlc));
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        add(out.value().received, st.columnText(0), int(st.columnInt64(1)));
    if (rc != SQLITE_DONE)
        return db.errorFor(rc, tr("counting the records received by the coordinator"));
    return out;
}

} // namespace vigia
