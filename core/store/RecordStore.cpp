#include "store/RecordStore.h"
#include "oplog/ReservedFields.h"

#include "common/TimeOrderedUuid.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/StatementCache.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"
#include "store/RecordTally.h"
#include "store/SummaryRows.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sqlite3.h>

namespace vigia {

namespace {
const QString kEntity = QStringLiteral("record");

QByteArray rowOf(const QUuid &id)
{
    return id.toRfc4122();
}

// Turns what a person typed into an FTS5 query: every word must match, as a
// prefix, and FTS5 syntax characters lose their meaning.
QString ftsQuery(const QString &search)
{
    QString query;
    for (const QString &w : RecordStore::searchWords(search)) {
        if (!query.isEmpty())
            query += QLatin1Char(' ');
        query += QLatin1Char('"') + w + QStringLiteral("\"*");
    }
    return query;
}

Record recordFromRow(const Statement &st)
{
    Record r;
    r.id = QUuid::fromRfc4122(st.columnBlob(0));
    r.formId = st.columnText(1);
    r.formVersion = st.columnText(2);
    // A status this version does not know (written by a newer one) is not
    // shared truth it understands: the record is treated as a draft.
    r.status = statusFromName(st.columnText(3)).value_or(RecordStatus::Draft);
    r.deleted = st.columnInt64(4) != 0;
    r.country = st.columnText(5);
    r.date = st.columnText(6);
    r.createdHlc = quint64(st.columnInt64(7));
    r.updatedHlc = quint64(st.columnInt64(8));
    r.author = st.columnBlob(9);
    return r;
}

constexpr const char *kRecordColumns =
    "SELECT r.id, r.form_id, r.form_version, r.status, r.deleted, r.country, r.event_date, "
    "r.created_hlc, r.updated_hlc, r.author FROM records r ";
} // namespace

RecordStore::RecordStore(Database &db, OpLog &log)
    : m_db(db)
    , m_log(log)
{}

bool RecordStore::isValidFieldName(const QString &name)
{
    // A name, or the address of a field in a repeat instance ("members[2]/age",
    // docs/form-format.md): names joined by '/', each with an optional [n].
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_.\\-]{0,127}(\\[[1-9][0-9]{0,3}\\])?"
                       "(/[A-Za-z][A-Za-z0-9_.\\-]{0,127}(\\[[1-9][0-9]{0,3}\\])?){0,7}$"));
    return name.size() <= 512 && re.match(name).hasMatch();
}

Result<QUuid> RecordStore::parseId(const QString &text)
{
    QString t = text.trimmed();
    if (!t.startsWith(QLatin1Char('{')))
        t = QLatin1Char('{') + t + QLatin1Char('}');
    const QUuid id(t);
    if (id.isNull()) {
        return Error(ErrorCode::Usage, tr("'%1' is not a record id. A record id looks like "
                                          "3f2b8c1e-9a4d-4e7b-8f00-1c2d3e4f5a6b.")
                                           .arg(text));
    }
    return id;
}

Status RecordStore::checkValues(const Values &values) const
{
    for (const auto &[field, value] : values) {
        Q_UNUSED(value);
        if (!isValidFieldName(field)) {
            return Error(ErrorCode::Validation,
                         tr("'%1' is not a valid field name. Use letters, digits, '_', '-' and "
                            "'.', starting with a letter; a field in a repeat is written like "
                            "members[2]/age.")
                             .arg(field));
        }
    }
    return {};
}

Status RecordStore::writeAll(const QByteArray &row, const Values &values, bool shared)
{
    auto ops =
        shared ? m_log.append(kEntity, row, values) : m_log.appendPrivate(kEntity, row, values);
    if (!ops)
        return ops.error();
    return {};
}

Result<QUuid> RecordStore::create(const QString &formId, const QString &formVersion,
                                  const Values &values, bool finalize)
{
    if (formId.trimmed().isEmpty())
        return Error(ErrorCode::Usage, tr("A record needs a form id. Name the form to use."));
    if (Status s = checkValues(values); !s)
        return s.error();
    const QUuid id = TimeOrderedUuid::next();
    Values all{{QString(ReservedField::kForm), formId},
               {QString(ReservedField::kFormVersion), formVersion},
               {QString(ReservedField::kStatus),
                statusName(finalize ? RecordStatus::Finalized : RecordStatus::Draft)}};
    all.append(values);
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun().error();
    if (Status s = writeAll(rowOf(id), all, finalize); !s)
        return s.error();
    if (Status s = txn.commit(); !s)
        return s.error();
    return id;
}

Status RecordStore::change(const QUuid &id, Need need, const Values &ops, Chain chain)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    auto current = check(id, need);
    if (!current)
        return current.error();
    if (Status s = write(id, ops, chain); !s)
        return s;
    return txn.commit();
}

Result<Record> RecordStore::check(const QUuid &id, Need need)
{
    // Read the state inside the write transaction: another process may have
    // changed the record a moment ago.
    auto current = get(id);
    if (!current)
        return current.error();
    const Record &r = current.value();
    const QString shortId = r.id.toString(QUuid::WithoutBraces);
    switch (need) {
    case Need::Any:
        break;
    case Need::Draft:
        if (r.deleted)
            return Error(ErrorCode::Validation,
                         tr("Record %1 is deleted. Restore it before changing it.").arg(shortId));
        if (r.status != RecordStatus::Draft)
            return Error(ErrorCode::Validation,
                         tr("Record %1 is finalized. Reopen it before changing it.").arg(shortId));
        break;
    case Need::Finalized:
        if (r.deleted)
            return Error(ErrorCode::Validation,
                         tr("Record %1 is deleted. Restore it before reopening it.").arg(shortId));
        if (r.status != RecordStatus::Finalized)
            return Error(
                ErrorCode::Validation,
                tr("Record %1 is not finalized, so there is nothing to reopen.").arg(shortId));
        break;
    case Need::Deleted:
        if (!r.deleted)
            return Error(
                ErrorCode::Validation,
                tr("Record %1 is not deleted, so there is nothing to restore.").arg(shortId));
        break;
    case Need::NotDeleted:
        if (r.deleted)
            return Error(ErrorCode::Validation, tr("Record %1 is already deleted.").arg(shortId));
        break;
    }
    return r;
}

Status RecordStore::write(const QUuid &id, const Values &ops, Chain chain)
{
    bool shared = chain == Chain::Shared;
    if (chain == Chain::AsBefore) {
        auto before = m_log.isShared(kEntity, rowOf(id));
        if (!before)
            return before.error();
        shared = before.value();
    }
    return writeAll(rowOf(id), ops, shared);
}

Status RecordStore::setValues(const QUuid &id, const Values &values)
{
    if (Status s = checkValues(values); !s)
        return s;
    return change(id, Need::Draft, values, Chain::Private);
}

Status RecordStore::finalize(const QUuid &id)
{
    return finalize(id, Finalizing());
}

Status RecordStore::finalize(const QUuid &id, const Finalizing &prepare)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    auto current = check(id, Need::Draft);
    if (!current)
        return current.error();
    if (prepare) {
        auto writes = prepare(current.value());
        if (!writes)
            return writes.error();
        if (Status s = checkValues(writes.value()); !s)
            return s;
        if (!writes.value().isEmpty()) {
            if (Status s = write(id, writes.value(), Chain::Private); !s)
                return s;
        }
    }
    // The draft's values and codings go onto the shared chain before its
    // status, in this one transaction: a bundle never carries a finalized
    // record without its values.
    auto values = m_log.publish(kEntity, rowOf(id), {QString(ReservedField::kStatus)});
    if (!values)
        return values.error();
    if (Status s = publishCodings(rowOf(id)); !s)
        return s;
    if (Status s =
            write(id, {{QString(ReservedField::kStatus), statusName(RecordStatus::Finalized)}},
                  Chain::Shared);
        !s)
        return s;
    return txn.commit();
}

Status RecordStore::publishCodings(const QByteArray &record)
{
    Statement st(m_db.handle(), "SELECT id FROM codings WHERE record_id = ?1");
    st.bind(1, record);
    QList<QByteArray> codings;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        codings.append(st.columnBlob(0));
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading the codings of the record"));
    for (const QByteArray &coding : std::as_const(codings)) {
        if (auto ops = m_log.publish(QStringLiteral("coding"), coding); !ops)
            return ops.error();
    }
    return {};
}

Status RecordStore::reopen(const QUuid &id)
{
    // The finalized values stay the shared truth; reopening is local.
    return change(id, Need::Finalized,
                  {{QString(ReservedField::kStatus), statusName(RecordStatus::Draft)}},
                  Chain::Private);
}

Status RecordStore::remove(const QUuid &id)
{
    return change(id, Need::NotDeleted, {{QString(ReservedField::kDeleted), true}},
                  Chain::AsBefore);
}

Status RecordStore::restore(const QUuid &id)
{
    return change(id, Need::Deleted, {{QString(ReservedField::kDeleted), false}}, Chain::AsBefore);
}

Result<Record> RecordStore::get(const QUuid &id)
{
    const QByteArray row = rowOf(id);
    Statement st(m_db.statements(),
                 QByteArray(kRecordColumns) + "WHERE r.id = ?1 AND r.form_id IS NOT NULL");
    st.bind(1, row);
    int rc = st.step();
    if (rc == SQLITE_DONE) {
        return Error(ErrorCode::NotFound,
                     tr("No record %1 exists in this workspace. List the records to find its id.")
                         .arg(id.toString(QUuid::WithoutBraces)));
    }
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, tr("reading a record"));
    Record r = recordFromRow(st);

    Statement values(m_db.statements(),
                     "SELECT field, value FROM record_values WHERE record_id = ?1 "
                     "ORDER BY field");
    values.bind(1, row);
    while ((rc = values.step()) == SQLITE_ROW)
        r.values.insert(values.columnText(0), QCborValue::fromCbor(values.columnBlob(1)));
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading a record"));

    Statement conflicts(m_db.statements(),
                        "SELECT field FROM conflicts WHERE entity = 'record' AND "
                        "row = ?1 ORDER BY field");
    conflicts.bind(1, row);
    while ((rc = conflicts.step()) == SQLITE_ROW)
        r.conflictedFields.append(conflicts.columnText(0));
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading a record"));
    return r;
}

namespace {
// Builds the WHERE clause shared by list() and count(); binds in order.
struct FilterSql
{
    QByteArray where;
    QList<QString> params;

    // Appends a parameter; returns its placeholder ("?3").
    QByteArray add(const QString &value)
    {
        params.append(value);
        return "?" + QByteArray::number(params.size());
    }
    // " LIMIT ? OFFSET ?" after the filter's parameters, bound by bindPage().
    [[nodiscard]] QByteArray page() const
    {
        return " LIMIT ?" + QByteArray::number(params.size() + 1) + " OFFSET ?" +
               QByteArray::number(params.size() + 2);
    }
    void bind(Statement &st) const
    {
        for (int i = 0; i < params.size(); ++i)
            st.bindText(i + 1, params[i]);
    }
    void bindPage(Statement &st, const RecordFilter &filter) const
    {
        bind(st);
        st.bind(int(params.size()) + 1, qint64(filter.limit > 0 ? filter.limit : -1));
        st.bind(int(params.size()) + 2, qint64(qMax(0, filter.offset)));
    }
};

// `ordered`: the query reads records in an order. Then the tests every record
// passes (a form, not deleted) are kept from choosing records_by_filters,
// which serves counts but would make SQLite sort every record rather than
// walk an index in list order.
FilterSql filterSql(const RecordFilter &f, bool ordered, bool withSearch = true)
{
    FilterSql out;
    out.where = ordered ? "WHERE +r.form_id IS NOT NULL" : "WHERE r.form_id IS NOT NULL";
    if (!f.includeDeleted)
        out.where += ordered ? " AND +r.deleted = 0" : " AND r.deleted = 0";
    const auto add = [&out](const char *clause, const QString &value) {
        out.where += QByteArray(" AND ") + clause + out.add(value);
    };
    if (!f.formId.isEmpty())
        add("r.form_id = ", f.formId);
    if (f.status)
        add("r.status = ", statusName(*f.status));
    if (!f.country.isEmpty())
        add("r.country = ", f.country);
    if (f.from.isValid())
        add("r.event_date >= ", f.from.toString(Qt::ISODate));
    if (f.to.isValid())
        add("r.event_date <= ", f.to.toString(Qt::ISODate));
    // records_by_review serves the count; a walk in list order keeps to the
    // order's own index ('+'), as the review matches most records.
    if (f.review)
        add(ordered ? "+r.review = " : "r.review = ", reviewStateName(*f.review));
    const QString query = withSearch ? ftsQuery(f.search) : QString();
    if (!query.isEmpty()) {
        out.where += " AND r.rowid IN (SELECT rowid FROM record_text WHERE record_text MATCH " +
                     out.add(query) + ")";
    }
    return out;
}

// The filter without its search, for the queries that join the matches
// their own way.
FilterSql filterSqlWithoutSearch(const RecordFilter &f, bool ordered)
{
    return filterSql(f, ordered, false);
}
} // namespace

Result<QList<Record>> RecordStore::list(const RecordFilter &filter)
{
    const FilterSql f = filterSql(filter, true);
    const QByteArray sql =
        QByteArray(kRecordColumns) + f.where + " ORDER BY r.updated_hlc DESC, r.id" + f.page();
    Statement st(m_db.statements(), sql);
    if (!st.isValid())
        return m_db.errorFor(st.prepareResult(), tr("listing records"));
    f.bindPage(st, filter);
    QList<Record> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.append(recordFromRow(st));
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("listing records"));
    return out;
}

Result<int> RecordStore::count(const RecordFilter &filter)
{
    if (RecordTally::serves(filter))
        return RecordTally::count(m_db, filter);
    const FilterSql f = filterSql(filter, false);
    Statement st(m_db.statements(), QByteArray("SELECT count(*) FROM records r ") + f.where);
    if (!st.isValid())
        return m_db.errorFor(st.prepareResult(), tr("counting records"));
    f.bind(st);
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, tr("counting records"));
    return int(st.columnInt64(0));
}

QStringList RecordStore::searchWords(const QString &search)
{
    // A plain scan: a search splits what was typed on every keystroke's query.
    QStringList words;
    QString word;
    for (const QChar c : search) {
        if (c.isSpace()) {
            if (!word.isEmpty())
                words.append(std::exchange(word, QString()));
        } else if (c != QLatin1Char('"')) {
            word.append(c);
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

namespace {
// `row` names the tie-breaking row id column: r.rowid in the page query,
// p.rrow over the page it materialized.
QByteArray orderSql(RecordSort sort, bool ascending, const QByteArray &alias, const QByteArray &row)
{
    // The row id breaks ties: the indexes on records hold it after their
    // columns, so the newest-first order is read from records_by_update as is.
    const QByteArray dir = ascending ? " ASC" : " DESC";
    const QByteArray tail = ", " + alias + ".updated_hlc DESC, " + row;
    switch (sort) {
    case RecordSort::ByUpdated:
        break;
    case RecordSort::ByForm:
        return " ORDER BY " + alias + ".form_id" + dir + tail;
    case RecordSort::ByCountry:
        return " ORDER BY " + alias + ".country" + dir + tail;
    case RecordSort::ByDate:
        return " ORDER BY " + alias + ".event_date" + dir + tail;
    case RecordSort::ByStatus:
        return " ORDER BY " + alias + ".status" + dir + tail;
    case RecordSort::ByReview:
        return " ORDER BY " + alias + ".review" + dir + tail;
    }
    return " ORDER BY " + alias + ".updated_hlc" + dir + ", " + row;
}
} // namespace

namespace {
// Up to this many matching records, a search reads them all from the
// full-text index and sorts them. Beyond it, walking the records in list
// order and probing the (once materialized) matches finds a page sooner.
constexpr int kIndexFirstMatches = 2000;

// The records a search matches, from the full-text index: one entry per
// record, under the record's row id (core/oplog/SearchIndex.h).
constexpr const char *kFromMatches =
    "FROM record_text t CROSS JOIN records r ON r.rowid = t.rowid ";
} // namespace

Result<int> RecordStore::summaryCount(const RecordFilter &filter, int cap)
{
    if (RecordTally::serves(filter)) {
        auto counted = RecordTally::count(m_db, filter);
        if (counted && cap > 0)
            return std::min(counted.value(), cap + 1);
        return counted;
    }
    // A search counts from the index whatever the number of matches: the
    // count stops at the cap, and a common word's matches are read once.
    FilterSql f = filterSqlWithoutSearch(filter, false);
    const QString query = ftsQuery(filter.search);
    QByteArray from = "FROM records r " + f.where;
    if (!query.isEmpty())
        from = kFromMatches + f.where + " AND record_text MATCH " + f.add(query);
    const QByteArray sql = cap > 0 ? "SELECT count(*) FROM (SELECT 1 " + from + " LIMIT " +
                                         QByteArray::number(qint64(cap) + 1) + ")"
                                   : "SELECT count(*) " + from;
    Statement st(m_db.statements(), sql);
    if (!st.isValid())
        return m_db.errorFor(st.prepareResult(), tr("counting records"));
    f.bind(st);
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, tr("counting records"));
    return int(st.columnInt64(0));
}

Result<bool> RecordStore::indexFirstPage(const RecordFilter &filter, const QString &query,
                                         QList<RecordSummary> &page)
{
    FilterSql f = filterSqlWithoutSearch(filter, false);
    const QByteArray sql = SummaryRows::kColumns + QByteArray(kFromMatches) + f.where +
                           " AND record_text MATCH " + f.add(query);
    Statement st(m_db.statements(), sql);
    if (!st.isValid())
        return m_db.errorFor(st.prepareResult(), tr("listing records"));
    f.bind(st);
    SummaryRows rows;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        if (rows.collected() == kIndexFirstMatches)
            return false;
        rows.collect(st, filter.sort);
    }
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("listing records"));
    page = rows.takeSorted(filter.sort, filter.ascending, qMax(0, filter.offset),
                           filter.limit > 0 ? filter.limit : -1);
    return true;
}

Result<QList<RecordSummary>> RecordStore::summaries(const RecordFilter &filter)
{
    const QString query = ftsQuery(filter.search);
    if (!query.isEmpty()) {
        QList<RecordSummary> page;
        auto few = indexFirstPage(filter, query, page);
        if (!few)
            return few.error();
        if (few.value())
            return page;
    }
    // No search, or a common word: walk the records in list order. The '+'
    // keeps SQLite from driving the walk from the matches.
    FilterSql f = filterSqlWithoutSearch(filter, true);
    if (!query.isEmpty()) {
        f.where += " AND +r.rowid IN (SELECT rowid FROM record_text WHERE record_text MATCH " +
                   f.add(query) + ")";
    }
    QByteArray sql;
    if (filter.sort == RecordSort::ByUpdated) {
        // records_by_update gives the order: the walk stops at the page's end.
        sql = SummaryRows::kColumns + QByteArray("FROM records r ") + f.where +
              orderSql(filter.sort, filter.ascending, "r", "r.rowid") + f.page();
    } else {
        // Sorting by another column sorts every record: it sorts their row
        // ids (materialized, so SQLite cannot fold it into the outer query),
        // then reads the page's rows, summaries included.
        sql = "WITH p AS MATERIALIZED (SELECT r.rowid AS rrow, r.form_id, r.status, r.country, "
              "r.event_date, r.updated_hlc, r.review FROM records r " +
              f.where + orderSql(filter.sort, filter.ascending, "r", "r.rowid") + f.page() + ") " +
              SummaryRows::kColumns + "FROM p CROSS JOIN records r ON r.rowid = p.rrow" +
              orderSql(filter.sort, filter.ascending, "p", "p.rrow");
    }
    Statement st(m_db.statements(), sql);
    if (!st.isValid())
        return m_db.errorFor(st.prepareResult(), tr("listing records"));
    f.bindPage(st, filter);
    SummaryRows rows;
    QList<RecordSummary> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.append(rows.read(st));
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("listing records"));
    return out;
}

Result<QList<QUuid>> RecordStore::createMany(const QString &formId, const QString &formVersion,
                                             const QList<Values> &records, bool finalize)
{
    if (formId.trimmed().isEmpty())
        return Error(ErrorCode::Usage, tr("A record needs a form id. Name the form to use."));
    for (const Values &values : records) {
        if (Status s = checkValues(values); !s)
            return s.error();
    }
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun().error();
    QList<QUuid> ids;
    ids.reserve(records.size());
    for (const Values &values : records) {
        const QUuid id = TimeOrderedUuid::next();
        Values all{{QString(ReservedField::kForm), formId},
                   {QString(ReservedField::kFormVersion), formVersion},
                   {QString(ReservedField::kStatus),
                    statusName(finalize ? RecordStatus::Finalized : RecordStatus::Draft)}};
        all.append(values);
        if (Status s = writeAll(rowOf(id), all, finalize); !s)
            return s.error();
        ids.append(id);
    }
    if (Status s = txn.commit(); !s)
        return s.error();
    return ids;
}

} // namespace vigia
