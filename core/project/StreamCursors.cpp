#include "project/StreamCursors.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <sqlite3.h>

namespace vigia {

Result<quint64> StreamCursors::after(Database &db, const QByteArray &recipient,
                                     const QByteArray &origin, bool inFlight)
{
    Statement st(db.handle(),
                 inFlight ? "SELECT max(coalesce((SELECT counter FROM stream_acks WHERE "
                            "recipient = ?1 AND origin = ?2), 0), coalesce((SELECT max(counter) "
                            "FROM stream_sent WHERE recipient = ?1 AND origin = ?2), 0))"
                          : "SELECT coalesce((SELECT counter FROM stream_acks WHERE "
                            "recipient = ?1 AND origin = ?2), 0)");
    st.bind(1, recipient).bind(2, origin);
    if (const int rc = st.step(); rc != SQLITE_ROW)
        return db.errorFor(rc, tr("reading what each member already holds"));
    return quint64(st.columnInt64(0));
}

Status StreamCursors::recordSent(Database &db, const QByteArray &bundleId, const QList<Sent> &sent)
{
    Transaction txn(db);
    if (!txn.begun())
        return txn.begun();
    Statement st(db.handle(), "INSERT OR REPLACE INTO stream_sent(bundle_id, recipient, origin, "
                              "counter) VALUES (?1, ?2, ?3, ?4)");
    for (const Sent &s : sent) {
        st.bind(1, bundleId).bind(2, s.recipient).bind(3, s.origin).bind(4, qint64(s.counter));
        if (const int rc = st.run(); rc != SQLITE_DONE)
            return db.errorFor(rc, tr("recording the exported changes"));
        st.reset();
    }
    return txn.commit();
}

Result<int> StreamCursors::acknowledge(Database &db, const QByteArray &recipient,
                                       const QList<QByteArray> &bundleIds)
{
    Transaction txn(db);
    if (!txn.begun())
        return txn.begun().error();
    Statement ack(db.handle(),
                  "INSERT INTO stream_acks(recipient, origin, counter) SELECT recipient, origin, "
                  "counter FROM stream_sent WHERE bundle_id = ?1 AND recipient = ?2 AND true "
                  "ON CONFLICT(recipient, origin) DO UPDATE SET counter = "
                  "max(counter, excluded.counter)");
    Statement forget(db.handle(),
                     "DELETE FROM stream_sent WHERE bundle_id = ?1 AND recipient = ?2");
    int acknowledged = 0;
    for (const QByteArray &id : bundleIds) {
        ack.bind(1, id).bind(2, recipient);
        if (const int rc = ack.run(); rc != SQLITE_DONE)
            return db.errorFor(rc, tr("marking changes as received"));
        acknowledged += sqlite3_changes(db.handle());
        ack.reset();
        forget.bind(1, id).bind(2, recipient);
        if (const int rc = forget.run(); rc != SQLITE_DONE)
            return db.errorFor(rc, tr("marking changes as received"));
        forget.reset();
    }
    if (Status s = txn.commit(); !s)
        return s.error();
    return acknowledged;
}

} // namespace vigia
