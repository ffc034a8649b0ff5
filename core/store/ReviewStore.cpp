#include "store/ReviewStore.h"

#include "common/CanonicalCbor.h"
#include "common/LogCategories.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"
#include "store/RecordStatus.h"

#include <QCborValue>

#include <sqlite3.h>

namespace vigia {

namespace {
// What a state reads as, kept in `records` by triggers (schema 13): the
// review op's, else "received" for a finalized record. Records that were
// never finalized have no state; a reopened record keeps the one it was given.
constexpr const char *kStateSql = "r.review";

// forEachIn's filter on one answer of `records r` (?5 the field, ?6 the
// value's bytes): one lookup in field_values' primary key per record.
constexpr const char *kAnswerIs = "(?5 IS NULL OR EXISTS (SELECT 1 FROM field_values f "
                                  "WHERE f.entity = 'record' AND f.row = r.id AND f.field = ?5 "
                                  "AND f.value = ?6))";

struct RecordReview
{
    bool found = false;
    bool finalized = false;
    bool deleted = false;
    QByteArray author;
    std::optional<ReviewState> state;
};

Result<RecordReview> readRecord(Database &db, const QUuid &record)
{
    Statement st(db.statements(),
                 QByteArray("SELECT r.status, r.deleted, r.author, v.state FROM records r LEFT "
                            "JOIN review_states v ON v.id = r.id WHERE r.id = ?1"));
    st.bind(1, record.toRfc4122());
    RecordReview t;
    const int rc = st.step();
    if (rc == SQLITE_ROW) {
        t.found = true;
        t.finalized = st.columnText(0) == statusName(RecordStatus::Finalized);
        t.deleted = st.columnInt64(1) != 0;
        t.author = st.columnBlob(2);
        if (!st.columnIsNull(3))
            t.state = reviewStateFromName(st.columnText(3));
        if (!t.state && t.finalized)
            t.state = ReviewState::Received;
    } else if (rc != SQLITE_DONE) {
        return db.errorFor(rc, ReviewStore::tr("reading the record's review"));
    }
    return t;
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}
} // namespace

ReviewStore::ReviewStore(Database &db, OpLog &log, Role role)
    : m_db(db)
    , m_log(log)
    , m_role(role)
{}

Status ReviewStore::write(const QUuid &record, ReviewState state)
{
    auto target = readRecord(m_db, record);
    if (!target)
        return target.error();
    const RecordReview &t = target.value();
    if (!t.found || t.deleted)
        return Error(
            ErrorCode::NotFound,
            tr("No record %1 exists. List the records to see their ids.").arg(idText(record)));
    if (!t.finalized)
        return Error(ErrorCode::Validation,
                     tr("Record %1 is not finalized: only finalized records are reviewed.")
                         .arg(idText(record)));
    const bool isAuthor = !t.author.isEmpty() && t.author == m_log.deviceId();
    if (!mayWrite(m_role, isAuthor, state)) {
        return Error(ErrorCode::Validation,
                     isAuthor ? tr("Only a coordinator approves, rejects or asks for changes to "
                                   "a record. Edit and finalize record %1 again to send it back "
                                   "for review.")
                                    .arg(idText(record))
                              : tr("Record %1 was created by another researcher: only a "
                                   "coordinator reviews it.")
                                    .arg(idText(record)));
    }
    if (t.state == state)
        return {}; // nothing to tell anybody
    auto op = m_log.append(QString::fromLatin1(kEntity), record.toRfc4122(),
                           QString::fromLatin1(kState), reviewStateName(state));
    if (!op)
        return op.error();
    return {};
}

Status ReviewStore::set(const QUuid &record, ReviewState state)
{
    auto n = setAll({record}, state);
    if (!n)
        return n.error();
    return {};
}

Result<int> ReviewStore::setAll(const QList<QUuid> &records, ReviewState state)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun().error();
    for (const QUuid &record : records) {
        if (Status s = write(record, state); !s)
            return s.error();
    }
    if (Status s = txn.commit(); !s)
        return s.error();
    qCInfo(lcStore) << "review states written:" << records.size();
    return int(records.size());
}

Result<bool> ReviewStore::resubmit(const QUuid &record)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun().error();
    auto target = readRecord(m_db, record);
    if (!target)
        return target.error();
    if (target.value().state != ReviewState::NeedsChanges || !target.value().finalized)
        return false;
    if (Status s = write(record, ReviewState::Received); !s)
        return s.error();
    if (Status s = txn.commit(); !s)
        return s.error();
    return true;
}

Result<ReviewState> ReviewStore::state(const QUuid &record)
{
    auto target = readRecord(m_db, record);
    if (!target)
        return target.error();
    if (!target.value().found)
        return Error(
            ErrorCode::NotFound,
            tr("No record %1 exists. List the records to see their ids.").arg(idText(record)));
    if (!target.value().state)
        return Error(ErrorCode::Validation,
                     tr("Record %1 is not finalized: only finalized records are reviewed.")
                         .arg(idText(record)));
    return *target.value().state;
}

Result<QHash<QUuid, ReviewState>> ReviewStore::states(const QList<QUuid> &records)
{
    Statement st(m_db.statements(),
                 QByteArray("SELECT ") + kStateSql + " FROM records r WHERE r.id = ?1");
    QHash<QUuid, ReviewState> out;
    for (const QUuid &record : records) {
        st.bind(1, record.toRfc4122());
        const int rc = st.step();
        if (rc == SQLITE_ROW && !st.columnIsNull(0)) {
            if (auto s = reviewStateFromName(st.columnText(0)))
                out.insert(record, *s);
        } else if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            return m_db.errorFor(rc, tr("reading the review states"));
        }
        st.reset();
    }
    return out;
}

Result<QList<ReviewEntry>> ReviewStore::list(std::optional<ReviewState> only)
{
    QByteArray sql = QByteArray("SELECT r.id, ") + kStateSql +
                     ", r.form_id, r.author, r.updated_hlc FROM records r "
                     "WHERE r.status = 'finalized' AND r.deleted = 0";
    if (only)
        sql += QByteArray(" AND ") + kStateSql + " = ?1";
    sql += " ORDER BY r.updated_hlc DESC, r.id";
    Statement st(m_db.statements(), sql);
    if (only)
        st.bindText(1, reviewStateName(*only));
    QList<ReviewEntry> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        ReviewEntry e;
        e.record = QUuid::fromRfc4122(st.columnBlob(0));
        e.state = reviewStateFromName(st.columnText(1)).value_or(ReviewState::Received);
        e.formId = st.columnText(2);
        e.author = st.columnBlob(3);
        e.updatedHlc = quint64(st.columnInt64(4));
        out.append(e);
    }
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading the review states"));
    return out;
}

Result<int> ReviewStore::countMine(ReviewState state)
{
    Statement st(m_db.statements(),
                 QByteArray("SELECT count(*) FROM records r WHERE r.author = ?1 AND "
                            "r.deleted = 0 AND ") +
                     kStateSql + " = ?2");
    st.bind(1, m_log.deviceId()).bindText(2, reviewStateName(state));
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, tr("reading the review states"));
    return int(st.columnInt64(0));
}

Status ReviewStore::forEachIn(const QString &formId, const QList<ReviewState> &states,
                              const std::function<Status(const Record &)> &visit,
                              const QString &country, int pageSize, const QString &field,
                              const QString &text)
{
    const QString what = tr("reading the reviewed records");
    // Keyset paging on the row id; '+' keeps SQLite off every index on
    // these columns (the form's orders by time, records_by_filters begins
    // with `deleted`), which would make it sort the rows again for every
    // page: time in n squared over a large form.
    Statement page(m_db.statements(),
                   QByteArray("SELECT r.rowid, r.id, r.form_version, r.country, r.event_date, "
                              "r.created_hlc, r.updated_hlc, r.author, ") +
                       kStateSql +
                       " FROM records r "
                       "WHERE +r.form_id = ?1 AND +r.status = 'finalized' AND +r.deleted = 0 "
                       "AND r.rowid > ?2 AND (?4 IS NULL OR r.country = ?4) AND " +
                       kAnswerIs + " ORDER BY r.rowid LIMIT ?3");
    // The answers of every record of the form in a range of row ids; those
    // of records the page left out are skipped.
    Statement answers(m_db.statements(),
                      QByteArray("SELECT v.record_id, v.field, v.value FROM record_values v "
                                 "WHERE v.record_id IN (SELECT r.id FROM records r "
                                 "WHERE +r.form_id = ?1 AND r.rowid > ?2 AND r.rowid <= ?3 "
                                 "AND (?4 IS NULL OR r.country = ?4) AND ") +
                          kAnswerIs + ")");
    if (!page.isValid())
        return m_db.errorFor(page.prepareResult(), what);
    if (!answers.isValid())
        return m_db.errorFor(answers.prepareResult(), what);
    // The answer as stored: the canonical CBOR of the op that wrote it.
    const QByteArray wanted =
        field.isEmpty() ? QByteArray() : CanonicalCbor::encode(QCborValue(text));
    const auto bindFilters = [&](Statement &st) {
        if (country.isEmpty())
            st.bindNull(4);
        else
            st.bindText(4, country);
        if (field.isEmpty()) {
            st.bindNull(5).bindNull(6);
        } else {
            st.bindText(5, field);
            st.bind(6, QByteArrayView(wanted));
        }
    };
    qint64 after = 0;
    QList<Record> records;
    QHash<QByteArray, qsizetype> indexOf;
    for (;;) {
        records.clear();
        indexOf.clear();
        page.reset();
        page.bindText(1, formId).bind(2, after).bind(3, qMax(1, pageSize));
        bindFilters(page);
        const qint64 first = after;
        int rows = 0;
        int rc;
        while ((rc = page.step()) == SQLITE_ROW) {
            ++rows;
            after = page.columnInt64(0);
            const auto state = reviewStateFromName(page.columnText(8));
            if (!state || !states.contains(*state))
                continue;
            Record r;
            const QByteArray id = page.columnBlob(1);
            r.id = QUuid::fromRfc4122(id);
            r.formId = formId;
            r.formVersion = page.columnText(2);
            r.status = RecordStatus::Finalized;
            r.country = page.columnText(3);
            r.date = page.columnText(4);
            r.createdHlc = quint64(page.columnInt64(5));
            r.updatedHlc = quint64(page.columnInt64(6));
            r.author = page.columnBlob(7);
            indexOf.insert(id, records.size());
            records.append(std::move(r));
        }
        if (rc != SQLITE_DONE)
            return m_db.errorFor(rc, what);
        if (rows == 0)
            return {};
        if (!records.isEmpty()) {
            answers.reset();
            answers.bindText(1, formId).bind(2, first).bind(3, after);
            bindFilters(answers);
            while ((rc = answers.step()) == SQLITE_ROW) {
                const auto it = indexOf.constFind(answers.columnBlob(0));
                if (it == indexOf.cend())
                    continue;
                records[it.value()].values.insert(answers.columnText(1),
                                                  QCborValue::fromCbor(answers.columnBlob(2)));
            }
            if (rc != SQLITE_DONE)
                return m_db.errorFor(rc, what);
            for (const Record &r : std::as_const(records))
                if (Status s = visit(r); !s)
                    return s;
        }
        if (rows < pageSize)
            return {};
    }
}

Result<QStringList> ReviewStore::countriesIn(const QString &formId,
                                             const QList<ReviewState> &states)
{
    Statement st(m_db.statements(),
                 QByteArray("SELECT DISTINCT r.country, ") + kStateSql +
                     " FROM records r "
                     "WHERE r.form_id = ?1 AND r.status = 'finalized' AND r.deleted = 0 "
                     "AND r.country IS NOT NULL AND r.country <> ''");
    st.bindText(1, formId);
    QStringList out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const auto state = reviewStateFromName(st.columnText(1));
        const QString country = st.columnText(0);
        if (state && states.contains(*state) && !out.contains(country))
            out.append(country);
    }
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading the reviewed records"));
    out.sort();
    return out;
}

} // namespace vigia
