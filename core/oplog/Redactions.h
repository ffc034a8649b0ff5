#pragma once

#include "common/Result.h"
#include "oplog/Op.h"
#include "oplog/ReservedFields.h"

#include <QByteArray>
#include <QCborValue>
#include <QString>

namespace vigia {

class Database;
class Projector;

// Removing a value from every copy (docs/store.md, "Redaction"). A
// redaction is an ordinary op on the row whose field is `_redact` and whose
// value is {"before": hlc, "field": name}: every op on (entity, row, name)
// with hlc <= before loses its value, on every device that applies it, and
// keeps its digest, so the chain still verifies (Op format 2). It is not
// projected as a value: it rewrites history, and `redactions` remembers it
// so that an op on the key arriving later is stored without its value too.
class Redactions
{
public:
    struct Target
    {
        QString field;
        quint64 before = 0;
    };

    Redactions(Database &db, Projector &projector);

    [[nodiscard]] static bool isRedaction(const Op &op)
    {
        return op.field == ReservedField::kRedact;
    }
    [[nodiscard]] static QCborValue valueFor(const QString &field, quint64 before);
    // The redaction's target; Corrupt for a malformed value.
    [[nodiscard]] static Result<Target> parse(const Op &op);

    // Call when a transaction starts: whether any redaction exists is read
    // again, once.
    void begin();
    // True when a redaction already covers this op (same key, hlc <= before):
    // it must be stored without its value.
    [[nodiscard]] Result<bool> covers(const Op &op);
    // Records a stored redaction op and removes the values it covers from
    // the ops, the ops waiting for their predecessor, and the projections.
    [[nodiscard]] Status apply(const Op &redaction);
    // After the projections are flushed: when a value was removed, the
    // full-text index is merged into one segment, so its old entries (which
    // FTS5 keeps beside a delete marker) leave the file; with
    // secure_delete on, the pages they held are zeroed.
    [[nodiscard]] Status finish();

private:
    [[nodiscard]] Status redactOps(const QString &entity, const QByteArray &row,
                                   const Target &target);
    [[nodiscard]] Status redactPending(const QString &entity, const QByteArray &row,
                                       const Target &target);
    [[nodiscard]] Status check(int rc) const;

    Database &m_db;
    Projector &m_projector;
    int m_known = -1; // -1: not read in this transaction; 0: none; 1: some
    bool m_applied = false;
};

} // namespace vigia
