#include "project/StreamMigration.h"

#include "common/LogCategories.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"
#include "store/Codebook.h"
#include "store/TargetStore.h"
#include "store/Workspace.h"

#include <QCborValue>
#include <QList>
#include <QPair>

#include <sqlite3.h>

namespace vigia {

Status StreamMigration::republish(Workspace &ws, Role role)
{
    Database &db = ws.database();
    Transaction txn(db);
    if (!txn.begun())
        return txn.begun();
    {
        Statement flag(db.handle(), "SELECT 1 FROM settings WHERE key = 'streams_republish'");
        const int rc = flag.step();
        if (rc == SQLITE_DONE)
            return {};
        if (rc != SQLITE_ROW)
            return db.errorFor(rc, tr("moving the project-wide changes to their stream"));
    }
    int written = 0;
    if (role == Role::Coordinator) {
        Statement st(db.handle(),
                     "SELECT entity, row, field, value FROM field_values WHERE entity IN (?1, ?2) "
                     "AND origin = ?3 AND hlc != ?4 ORDER BY entity, row, field");
        st.bindText(1, Codebook::kEntity)
            .bindText(2, TargetStore::kEntity)
            .bind(3, ws.oplog().deviceId())
            .bind(4, qint64(OpLog::kBaselineHlc));
        struct Row
        {
            QString entity;
            QByteArray row;
            QList<QPair<QString, QCborValue>> fields;
        };
        QList<Row> rows;
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            const QByteArray value = st.columnBlob(3);
            if (value == Op::redactedValue())
                continue; // removed: nothing to say again
            const QString entity = st.columnText(0);
            const QByteArray row = st.columnBlob(1);
            if (rows.isEmpty() || rows.last().entity != entity || rows.last().row != row)
                rows.append(Row{entity, row, {}});
            rows.last().fields.append({st.columnText(2), QCborValue::fromCbor(value)});
        }
        st.reset();
        if (rc != SQLITE_DONE)
            return db.errorFor(rc, tr("moving the project-wide changes to their stream"));
        for (const Row &r : std::as_const(rows)) {
            // The selector (AudienceSelector) puts these on the project stream.
            auto ops = ws.oplog().append(r.entity, r.row, r.fields);
            if (!ops)
                return ops.error();
            written += int(ops.value().size());
        }
    }
    Statement clear(db.handle(), "DELETE FROM settings WHERE key = 'streams_republish'");
    if (const int rc = clear.run(); rc != SQLITE_DONE)
        return db.errorFor(rc, tr("moving the project-wide changes to their stream"));
    if (Status s = txn.commit(); !s)
        return s;
    qCInfo(lcProject) << "re-published" << written << "project-wide values onto the project stream";
    return {};
}

} // namespace vigia
