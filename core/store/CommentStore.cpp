#include "store/CommentStore.h"

#include "common/CanonicalCbor.h"
#include "common/LogCategories.h"
#include "common/TimeOrderedUuid.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"
#include "store/RecordStore.h"

#include <sqlite3.h>

namespace vigia {

CommentStore::CommentStore(Database &db, OpLog &log, Role role)
    : m_db(db)
    , m_log(log)
    , m_role(role)
{}

QString CommentStore::nameOf(const QByteArray &device) const
{
    const QString name = m_names.value(device);
    if (!name.isEmpty())
        return name;
    return QUuid::fromRfc4122(device).toString(QUuid::WithoutBraces).left(8);
}

Result<QUuid> CommentStore::add(const QUuid &record, const QString &field, const QString &text)
{
    const QString body = text.trimmed();
    if (body.isEmpty())
        return Error(ErrorCode::Usage, tr("A comment needs some text. Write what should change "
                                          "or what was checked."));
    if (body.size() > kMaxLength)
        return Error(ErrorCode::Usage,
                     tr("A comment holds at most %1 characters; this one has %2. Shorten it.")
                         .arg(kMaxLength)
                         .arg(body.size()));
    if (!field.isEmpty() && (!RecordStore::isValidFieldName(field)))
        return Error(ErrorCode::Usage,
                     tr("\"%1\" is not a field name. Name a field of the record's form, or "
                        "leave the field out to comment on the whole record.")
                         .arg(field));
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun().error();
    Statement st(m_db.statements(),
                 QByteArray("SELECT author FROM records WHERE id = ?1 AND deleted = 0"));
    st.bind(1, record.toRfc4122());
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return Error(ErrorCode::NotFound,
                     tr("No record %1 exists. List the records to see their ids.")
                         .arg(record.toString(QUuid::WithoutBraces)));
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, tr("reading the record's author"));
    const QByteArray author = st.columnBlob(0);
    st.reset();
    if (!mayWrite(m_role, !author.isEmpty() && author == m_log.deviceId()))
        return Error(ErrorCode::Validation,
                     tr("Record %1 was created by another researcher: only its author and the "
                        "coordinators comment on it.")
                         .arg(record.toString(QUuid::WithoutBraces)));
    // A draft that never left this device would reach the others as a
    // comment on a record they do not have.
    auto shared = m_log.isShared(QStringLiteral("record"), record.toRfc4122());
    if (!shared)
        return shared.error();
    if (!shared.value())
        return Error(ErrorCode::Validation,
                     tr("Record %1 is a draft that has not left this device yet. Finalize it "
                        "before commenting on it.")
                         .arg(record.toString(QUuid::WithoutBraces)));
    const QUuid id = TimeOrderedUuid::next();
    auto ops = m_log.append(QString::fromLatin1(kEntity), id.toRfc4122(),
                            {{QString::fromLatin1(kRecord), record.toRfc4122()},
                             {QString::fromLatin1(kField), field},
                             {QString::fromLatin1(kText), body}});
    if (!ops)
        return ops.error();
    if (Status s = txn.commit(); !s)
        return s.error();
    qCInfo(lcStore) << "comment written";
    return id;
}

Result<QList<Comment>> CommentStore::list(const QUuid &record)
{
    // The text op's origin and clock are the comment's author and time: a
    // comment is written once, in one append.
    Statement st(m_db.statements(),
                 QByteArray("SELECT c.id, c.field, f.value, f.origin, f.hlc FROM comments c "
                            "JOIN field_values f ON f.entity = 'comment' AND f.row = c.id AND "
                            "f.field = 'text' WHERE c.record_id = ?1 AND c.deleted = 0 "
                            "ORDER BY f.hlc, c.id"));
    st.bind(1, record.toRfc4122());
    QList<Comment> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        Comment c;
        c.id = QUuid::fromRfc4122(st.columnBlob(0));
        c.record = record;
        c.field = st.columnText(1);
        c.text = QString::fromUtf8(CanonicalCbor::textPayload(st.columnBlob(2)));
        c.author = st.columnBlob(3);
        c.authorName = nameOf(c.author);
        c.hlc = quint64(st.columnInt64(4));
        out.append(c);
    }
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading the comments"));
    return out;
}

Result<QHash<QUuid, int>> CommentStore::counts()
{
    Statement st(m_db.statements(),
                 QByteArray("SELECT record_id, count(*) FROM comments WHERE deleted = 0 AND "
                            "record_id IS NOT NULL GROUP BY record_id"));
    QHash<QUuid, int> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.insert(QUuid::fromRfc4122(st.columnBlob(0)), int(st.columnInt64(1)));
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("counting the comments"));
    return out;
}

} // namespace vigia
