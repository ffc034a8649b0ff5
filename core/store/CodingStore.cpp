#include "store/CodingStore.h"
#include "oplog/ReservedFields.h"

#include "common/TimeOrderedUuid.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"
#include "store/CodingAnchor.h"
#include "store/RecordStatus.h"

#include <QCborValue>

#include <sqlite3.h>

namespace vigia {

namespace {
const QString kStart = QStringLiteral("start");
const QString kEnd = QStringLiteral("end");
const QString kQuote = QStringLiteral("quote");
const QString kMemo = QStringLiteral("memo");
const QString kCode = QStringLiteral("code");
const QString kDeleted = ReservedField::kDeleted;

QString shortId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

constexpr const char *kColumns =
    "SELECT c.id, c.record_id, c.field, c.code_id, c.start_pos, c.end_pos, c.quote, c.memo, "
    "c.deleted FROM codings c ";

Coding codingFromRow(const Statement &st)
{
    Coding c;
    c.id = QUuid::fromRfc4122(st.columnBlob(0));
    c.recordId = QUuid::fromRfc4122(st.columnBlob(1));
    c.field = st.columnText(2);
    c.codeId = QUuid::fromRfc4122(st.columnBlob(3));
    c.start = st.columnIsNull(4) ? -1 : int(st.columnInt64(4));
    c.end = st.columnIsNull(5) ? -1 : int(st.columnInt64(5));
    c.quote = st.columnText(6);
    c.memo = st.columnText(7);
    return c;
}
} // namespace

CodingStore::CodingStore(Database &db, OpLog &log)
    : m_db(db)
    , m_log(log)
{}

Status CodingStore::checkCode(const QUuid &codeId)
{
    Statement st(m_db.handle(), "SELECT deleted FROM codes WHERE id = ?1");
    st.bind(1, codeId.toRfc4122());
    const int rc = st.step();
    if (rc == SQLITE_ROW && st.columnInt64(0) == 0)
        return {};
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading a code"));
    return Error(ErrorCode::NotFound,
                 tr("Code %1 is not in the codebook (it may have been deleted). Choose another "
                    "code.")
                     .arg(shortId(codeId)));
}

Result<QUuid> CodingStore::apply(const Coding &coding)
{
    if (coding.field.isEmpty() || coding.start < 0 || coding.end <= coding.start ||
        coding.quote.size() != coding.end - coding.start) {
        return Error(ErrorCode::Usage,
                     tr("Select the text to code first: a coding needs a non-empty selection."));
    }
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun().error();
    {
        Statement st(m_db.handle(), "SELECT deleted FROM records WHERE id = ?1 AND form_id IS "
                                    "NOT NULL");
        st.bind(1, coding.recordId.toRfc4122());
        const int rc = st.step();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return m_db.errorFor(rc, tr("reading a record"));
        if (rc == SQLITE_DONE || st.columnInt64(0) != 0) {
            return Error(ErrorCode::NotFound,
                         tr("Record %1 does not exist or is deleted, so it cannot be coded.")
                             .arg(shortId(coding.recordId)));
        }
    }
    if (Status s = checkCode(coding.codeId); !s)
        return s.error();
    const QUuid id = TimeOrderedUuid::next();
    auto ops = write(coding.recordId, id.toRfc4122(),
                     {{QStringLiteral("record"), coding.recordId.toRfc4122()},
                      {QStringLiteral("field"), coding.field},
                      {kCode, coding.codeId.toRfc4122()},
                      {kStart, coding.start},
                      {kEnd, coding.end},
                      {kQuote, coding.quote},
                      {kMemo, coding.memo},
                      {kDeleted, false}});
    if (!ops)
        return ops.error();
    if (Status s = txn.commit(); !s)
        return s.error();
    return id;
}

Result<Coding> CodingStore::get(const QUuid &id)
{
    Statement st(m_db.handle(), (QByteArray(kColumns) + "WHERE c.id = ?1").constData());
    st.bind(1, id.toRfc4122());
    const int rc = st.step();
    if (rc == SQLITE_DONE || (rc == SQLITE_ROW && st.columnIsNull(1))) {
        return Error(ErrorCode::NotFound,
                     tr("No coding %1 exists. It may have been removed on another device.")
                         .arg(shortId(id)));
    }
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, tr("reading a coding"));
    return codingFromRow(st);
}

Result<Coding> CodingStore::live(const QUuid &id)
{
    Statement st(m_db.handle(), "SELECT deleted FROM codings WHERE id = ?1");
    st.bind(1, id.toRfc4122());
    const int rc = st.step();
    if (rc == SQLITE_ROW && st.columnInt64(0) != 0) {
        return Error(ErrorCode::Validation,
                     tr("Coding %1 was removed. Apply the code again instead.").arg(shortId(id)));
    }
    st.reset();
    return get(id);
}

Status CodingStore::setMemo(const QUuid &id, const QString &memo)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    auto c = live(id);
    if (!c)
        return c.error();
    if (c.value().memo == memo)
        return {};
    auto op = write(c.value().recordId, id.toRfc4122(), {{kMemo, memo}});
    if (!op)
        return op.error();
    return txn.commit();
}

Status CodingStore::setCode(const QUuid &id, const QUuid &codeId)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    auto c = live(id);
    if (!c)
        return c.error();
    if (Status s = checkCode(codeId); !s)
        return s;
    auto op = write(c.value().recordId, id.toRfc4122(), {{kCode, codeId.toRfc4122()}});
    if (!op)
        return op.error();
    return txn.commit();
}

Status CodingStore::remove(const QUuid &id)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    auto c = live(id);
    if (!c)
        return c.error();
    auto op = write(c.value().recordId, id.toRfc4122(), {{kDeleted, true}});
    if (!op)
        return op.error();
    return txn.commit();
}

Result<QList<Op>> CodingStore::write(const QUuid &recordId, const QByteArray &row,
                                     const QList<QPair<QString, QCborValue>> &fields)
{
    // Coding a draft (or a reopened record) is part of its private working
    // state: a quote from an unfinished narrative must not leave the device.
    // RecordStore::finalize publishes it with the record.
    Statement st(m_db.handle(), "SELECT status FROM records WHERE id = ?1");
    st.bind(1, recordId.toRfc4122());
    const int rc = st.step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading a record"));
    const bool draft = rc == SQLITE_ROW && st.columnText(0) == statusName(RecordStatus::Draft);
    st.reset();
    return draft ? m_log.appendPrivate(kEntity, row, fields) : m_log.append(kEntity, row, fields);
}

Result<QList<Coding>> CodingStore::select(const char *where, const QByteArray &key,
                                          const QString &field)
{
    QByteArray sql = QByteArray(kColumns) +
                     "JOIN codes k ON k.id = c.code_id AND k.deleted = 0 WHERE c.deleted = 0 AND " +
                     where;
    if (!field.isEmpty())
        sql += " AND c.field = ?2";
    sql += " ORDER BY c.start_pos < 0, c.start_pos, c.end_pos, c.id";
    Statement st(m_db.handle(), sql.constData());
    if (!st.isValid())
        return m_db.errorFor(st.prepareResult(), tr("listing codings"));
    st.bind(1, key);
    if (!field.isEmpty())
        st.bindText(2, field);
    QList<Coding> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.append(codingFromRow(st));
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("listing codings"));
    return out;
}

Result<QList<Coding>> CodingStore::forRecord(const QUuid &recordId, const QString &field)
{
    return select("c.record_id = ?1", recordId.toRfc4122(), field);
}

Result<QList<Coding>> CodingStore::forCode(const QUuid &codeId)
{
    return select("c.code_id = ?1", codeId.toRfc4122(), {});
}

Result<int> CodingStore::saveAnchors(const QList<Coding> &codings)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun().error();
    int changed = 0;
    for (const Coding &c : codings) {
        auto stored = get(c.id);
        if (!stored) {
            // Removed on another device meanwhile: nothing to move.
            if (stored.error().code() == ErrorCode::NotFound)
                continue;
            return stored.error();
        }
        const Coding &s = stored.value();
        const int start = c.isDetached() ? -1 : c.start;
        const int end = c.isDetached() ? -1 : c.end;
        QList<QPair<QString, QCborValue>> fields;
        if (s.start != start)
            fields.append({kStart, start});
        if (s.end != end)
            fields.append({kEnd, end});
        if (s.quote != c.quote && !c.quote.isEmpty())
            fields.append({kQuote, c.quote});
        if (fields.isEmpty())
            continue;
        auto ops = write(s.recordId, c.id.toRfc4122(), fields);
        if (!ops)
            return ops.error();
        ++changed;
    }
    if (changed == 0)
        return 0;
    if (Status s = txn.commit(); !s)
        return s.error();
    return changed;
}

Result<int> CodingStore::reanchor(const QUuid &recordId, const QString &field, const QString &text)
{
    auto codings = forRecord(recordId, field);
    if (!codings)
        return codings.error();
    QList<Coding> moved = codings.value();
    for (Coding &c : moved) {
        const CodingAnchor::Result r = CodingAnchor::resolve(text, c.quote, c.start);
        c.start = r.start;
        c.end = r.end;
        c.quote = r.quote;
    }
    return saveAnchors(moved);
}

} // namespace vigia
