#include "project/Outbox.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"

#include <sqlite3.h>

namespace vigia {

Result<int> Outbox::pendingCount(Database &db)
{
    Statement st(db.handle(), "SELECT count(*) FROM outbox");
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return db.errorFor(rc, tr("counting the changes not yet sent"));
    return int(st.columnInt64(0));
}

Result<QList<Op>> Outbox::nextOps(Database &db, const QByteArray &deviceId)
{
    // One read transaction, so the outbox and the record statuses are one snapshot.
    if (Status s = db.exec("BEGIN"); !s)
        return s.error();
    Statement st(db.handle(),
                 "SELECT o.origin, o.counter, o.hlc, o.entity, o.row, o.field, o.value, "
                 "o.based_on, o.prev_hash, o.value_hash, o.format, o.hash FROM outbox b "
                 "JOIN ops o ON o.origin = ?1 AND o.counter = b.counter ORDER BY b.counter");
    st.bind(1, deviceId);
    QList<Op> ops;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        ops.append(OpLog::opFromRow(st));
    st.reset();
    if (rc != SQLITE_DONE) {
        const Error failed = db.errorFor(rc, tr("reading the changes to send"));
        (void)db.exec("ROLLBACK"); // the read already failed; that error is the one to report
        return failed;
    }
    // A read transaction's COMMIT can fail too (SQLITE_BUSY): then nothing
    // read may be trusted as one snapshot.
    if (Status s = db.exec("COMMIT"); !s) {
        (void)db.exec("ROLLBACK");
        return s.error();
    }
    return ops;
}

Status Outbox::recordExport(Database &db, const QByteArray &bundleId, const QList<Op> &ops)
{
    Transaction txn(db);
    if (!txn.begun())
        return txn.begun();
    Statement sent(db.handle(),
                   "INSERT OR IGNORE INTO outbox_sent(bundle_id, counter) VALUES (?1, ?2)");
    Statement mark(db.handle(), "UPDATE outbox SET bundle_id = ?1 WHERE counter = ?2");
    for (const Op &op : ops) {
        sent.bind(1, bundleId).bind(2, qint64(op.counter));
        if (const int rc = sent.run(); rc != SQLITE_DONE)
            return db.errorFor(rc, tr("recording the exported changes"));
        sent.reset();
        mark.bind(1, bundleId).bind(2, qint64(op.counter));
        if (const int rc = mark.run(); rc != SQLITE_DONE)
            return db.errorFor(rc, tr("recording the exported changes"));
        mark.reset();
    }
    return txn.commit();
}

Result<bool> Outbox::sentIn(Database &db, const QList<QByteArray> &bundleIds)
{
    Statement st(db.handle(), "SELECT 1 FROM outbox_sent WHERE bundle_id = ?1 LIMIT 1");
    for (const QByteArray &id : bundleIds) {
        st.bind(1, id);
        const int rc = st.step();
        st.reset();
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            return db.errorFor(rc, tr("reading the changes already sent"));
    }
    return false;
}

Result<int> Outbox::acknowledge(Database &db, const QList<QByteArray> &bundleIds)
{
    Transaction txn(db);
    if (!txn.begun())
        return txn.begun().error();
    Statement del(db.handle(), "DELETE FROM outbox WHERE counter IN "
                               "(SELECT counter FROM outbox_sent WHERE bundle_id = ?1)");
    Statement forget(db.handle(), "DELETE FROM outbox_sent WHERE counter IN "
                                  "(SELECT counter FROM outbox_sent WHERE bundle_id = ?1)");
    int acknowledged = 0;
    for (const QByteArray &id : bundleIds) {
        del.bind(1, id);
        if (const int rc = del.run(); rc != SQLITE_DONE)
            return db.errorFor(rc, tr("marking changes as received"));
        acknowledged += sqlite3_changes(db.handle());
        del.reset();
        forget.bind(1, id);
        if (const int rc = forget.run(); rc != SQLITE_DONE)
            return db.errorFor(rc, tr("marking changes as received"));
        forget.reset();
    }
    if (Status s = txn.commit(); !s)
        return s.error();
    return acknowledged;
}

} // namespace vigia
