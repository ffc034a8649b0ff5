#include "oplog/Redactions.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "oplog/OpLog.h"
#include "oplog/Projector.h"

#include <QCborMap>
#include <QCoreApplication>

#include <sqlite3.h>

namespace vigia {

namespace {
const QString kBefore = QStringLiteral("before");
const QString kTargetField = QStringLiteral("field");
} // namespace

Redactions::Redactions(Database &db, Projector &projector)
    : m_db(db)
    , m_projector(projector)
{}

QCborValue Redactions::valueFor(const QString &field, quint64 before)
{
    QCborMap m;
    m.insert(kBefore, qint64(before));
    m.insert(kTargetField, field);
    return m;
}

Result<Redactions::Target> Redactions::parse(const Op &op)
{
    const QCborValue v = op.valueCbor();
    const QCborMap m = v.toMap();
    const QCborValue before = m.value(kBefore);
    const QCborValue field = m.value(kTargetField);
    if (!v.isMap() || m.size() != 2 || !before.isInteger() || before.toInteger() < 0 ||
        !field.isString() || field.toString().isEmpty() || op.hlc <= quint64(before.toInteger()))
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("vigia::Redactions",
                                                 "A removal of a value in this data is malformed. "
                                                 "Nothing was applied; ask the sender to export "
                                                 "it again."));
    return Target{field.toString(), quint64(before.toInteger())};
}

Status Redactions::check(int rc) const
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return {};
    return m_db.errorFor(rc, QCoreApplication::translate("vigia::Redactions", "removing a value"));
}

void Redactions::begin()
{
    m_known = -1;
    m_applied = false;
}

Result<bool> Redactions::covers(const Op &op)
{
    if (m_known < 0) {
        Statement any(m_db.statements(), QByteArrayLiteral("SELECT 1 FROM redactions LIMIT 1"));
        const int rc = any.step();
        any.reset();
        if (Status s = check(rc); !s)
            return s.error();
        m_known = rc == SQLITE_ROW ? 1 : 0;
    }
    if (m_known == 0 || op.isRedacted())
        return false;
    Statement st(m_db.statements(),
                 QByteArrayLiteral("SELECT before_hlc FROM redactions WHERE entity = ?1 AND "
                                   "row = ?2 AND field = ?3"));
    st.bindText(1, op.entity).bind(2, op.row).bindText(3, op.field);
    const int rc = st.step();
    const bool covered = rc == SQLITE_ROW && op.hlc <= quint64(st.columnInt64(0));
    st.reset();
    if (Status s = check(rc); !s)
        return s.error();
    return covered;
}

Status Redactions::apply(const Op &redaction)
{
    auto target = parse(redaction);
    if (!target)
        return target.error();
    Statement rec(
        m_db.statements(),
        QByteArrayLiteral("INSERT INTO redactions(entity, row, field, before_hlc) "
                          "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(entity, row, field) DO "
                          "UPDATE SET before_hlc = max(before_hlc, excluded.before_hlc)"));
    rec.bindText(1, redaction.entity)
        .bind(2, redaction.row)
        .bindText(3, target.value().field)
        .bind(4, qint64(target.value().before));
    if (Status s = check(rec.run()); !s)
        return s;
    m_known = 1;
    if (Status s = redactOps(redaction.entity, redaction.row, target.value()); !s)
        return s;
    if (Status s = redactPending(redaction.entity, redaction.row, target.value()); !s)
        return s;
    m_applied = true;
    return m_projector.redact(redaction.entity, redaction.row, target.value().field,
                              target.value().before);
}

Status Redactions::redactOps(const QString &entity, const QByteArray &row, const Target &target)
{
    // Rare, so no index on (entity, row, field): one pass over the log.
    const QByteArray sql = QByteArray("SELECT ") + OpLog::kOpColumns +
                           " FROM ops WHERE entity = ?1 AND row = ?2 AND field = ?3 AND "
                           "hlc <= ?4 AND value != x'f7'";
    Statement sel(m_db.handle(), sql.constData());
    sel.bindText(1, entity).bind(2, row).bindText(3, target.field).bind(4, qint64(target.before));
    QList<Op> covered;
    int rc;
    while ((rc = sel.step()) == SQLITE_ROW)
        covered.append(OpLog::opFromRow(sel));
    sel.reset();
    if (Status s = check(rc); !s)
        return s;
    Statement up(m_db.handle(), "UPDATE ops SET value = ?1, value_hash = ?2 WHERE origin = ?3 "
                                "AND counter = ?4");
    for (Op &op : covered) {
        op.redact();
        up.bind(1, op.value).bind(2, op.valueDigest).bind(3, op.origin).bind(4, qint64(op.counter));
        if (Status s = check(up.run()); !s)
            return s;
    }
    return {};
}

Status Redactions::redactPending(const QString &entity, const QByteArray &row, const Target &target)
{
    Statement sel(m_db.handle(), "SELECT op FROM pending_ops");
    QList<Op> covered;
    int rc;
    while ((rc = sel.step()) == SQLITE_ROW) {
        auto op = Op::decode(sel.columnBlob(0));
        if (!op)
            return op.error();
        const Op &o = op.value();
        if (o.entity == entity && o.row == row && o.field == target.field &&
            o.hlc <= target.before && !o.isRedacted())
            covered.append(op.take());
    }
    sel.reset();
    if (Status s = check(rc); !s)
        return s;
    Statement up(m_db.handle(),
                 "UPDATE pending_ops SET op = ?1 WHERE origin = ?2 AND counter = ?3");
    for (Op &op : covered) {
        op.redact();
        up.bind(1, op.encode()).bind(2, op.origin).bind(3, qint64(op.counter));
        if (Status s = check(up.run()); !s)
            return s;
    }
    return {};
}

Status Redactions::finish()
{
    if (!m_applied)
        return {};
    m_applied = false;
    return m_db.exec("INSERT INTO record_text(record_text) VALUES('optimize')");
}

} // namespace vigia
