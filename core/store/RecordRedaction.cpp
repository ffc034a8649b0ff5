#include "store/RecordRedaction.h"

#include "common/LogCategories.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "oplog/Op.h"
#include "oplog/OpLog.h"
#include "oplog/ReservedFields.h"
#include "store/RecordStore.h"

#include <sqlite3.h>

namespace vigia {

namespace {
const QString kRecord = QStringLiteral("record");
const QString kCoding = QStringLiteral("coding");
const QString kComment = QStringLiteral("comment");
const QString kQuote = QStringLiteral("quote");
} // namespace

RecordRedaction::RecordRedaction(Database &db, OpLog &log, QByteArray deviceId, Role role)
    : m_db(db)
    , m_log(log)
    , m_deviceId(std::move(deviceId))
    , m_role(role)
{}

Result<bool> RecordRedaction::mayRedact(Database &db, const QByteArray &device, Role role,
                                        const QString &entity, const QByteArray &row,
                                        const QList<Op> &pending)
{
    if (role == Role::Coordinator)
        return true;
    QByteArray record = row;
    if (entity == kCoding || entity == kComment) {
        const char *sql = entity == kCoding ? "SELECT record_id FROM codings WHERE id = ?1"
                                            : "SELECT record_id FROM comments WHERE id = ?1";
        Statement st(db.handle(), sql);
        st.bind(1, row);
        const int rc = st.step();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return db.errorFor(rc, tr("checking who may remove a value"));
        record = rc == SQLITE_ROW ? st.columnBlob(0) : QByteArray();
        for (const Op &op : pending) {
            if (record.isEmpty() && op.entity == entity && op.row == row && op.field == kRecord &&
                op.valueCbor().isByteArray())
                record = op.valueCbor().toByteArray();
        }
    } else if (entity != kRecord) {
        return false;
    }
    if (record.isEmpty())
        return false;
    Statement st(db.handle(), "SELECT author FROM records WHERE id = ?1");
    st.bind(1, record);
    const int rc = st.step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return db.errorFor(rc, tr("checking who may remove a value"));
    QByteArray author = rc == SQLITE_ROW ? st.columnBlob(0) : QByteArray();
    // A record created in the same batch: its creation op names the author.
    for (const Op &op : pending) {
        if (author.isEmpty() && op.entity == kRecord && op.row == record &&
            op.field == ReservedField::kForm)
            author = op.origin;
    }
    return !author.isEmpty() && author == device;
}

Status RecordRedaction::redactAnswer(const QUuid &record, const QString &field,
                                     const std::optional<QCborValue> &replacement)
{
    if (!RecordStore::isValidFieldName(field))
        return Error(
            ErrorCode::Usage,
            tr("\"%1\" is not an answer of a record; name a field of its form.").arg(field));
    const QByteArray row = record.toRfc4122();
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    auto allowed = mayRedact(m_db, m_deviceId, m_role, kRecord, row);
    if (!allowed)
        return allowed.error();
    if (!allowed.value())
        return Error(ErrorCode::Validation,
                     tr("Only the researcher who created record %1, or a coordinator, may "
                        "remove its answers. Ask your coordinator to do it.")
                         .arg(record.toString(QUuid::WithoutBraces)));
    auto redaction = m_log.redact(kRecord, row, field);
    if (!redaction)
        return redaction.error();
    if (Status s = redactQuotes(row, field, replacement); !s)
        return s;
    if (replacement) {
        const bool shared = redaction.value().origin == m_deviceId;
        auto written = shared ? m_log.append(kRecord, row, {{field, *replacement}})
                              : m_log.appendPrivate(kRecord, row, {{field, *replacement}});
        if (!written)
            return written.error();
    }
    if (Status s = txn.commit(); !s)
        return s;
    // Never the value, nor the field's answer: only that something was removed.
    qCInfo(lcStore) << "removed an answer of a record everywhere";
    return {};
}

Status RecordRedaction::redactQuotes(const QByteArray &record, const QString &field,
                                     const std::optional<QCborValue> &replacement)
{
    // A quote still found in the new text reveals nothing the record does
    // not say; any other quote of the field may hold what was removed.
    const QString kept =
        replacement && replacement->isString() ? replacement->toString() : QString();
    Statement st(m_db.handle(), "SELECT id, quote FROM codings WHERE record_id = ?1 AND "
                                "field = ?2 AND quote IS NOT NULL AND quote != ''");
    st.bind(1, record).bindText(2, field);
    QList<QByteArray> doomed;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        if (kept.isEmpty() || !kept.contains(st.columnText(1)))
            doomed.append(st.columnBlob(0));
    }
    st.reset();
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("removing a value"));
    for (const QByteArray &coding : doomed) {
        auto r = m_log.redact(kCoding, coding, kQuote);
        if (!r)
            return r.error();
    }
    return {};
}

} // namespace vigia
