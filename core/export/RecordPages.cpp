#include "export/RecordPages.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <QCborValue>

#include <sqlite3.h>

namespace vigia {

namespace {
// A record's review state as SQL over `records r`, as SummaryRows reads it.
constexpr const char *kReview =
    "coalesce((SELECT v.state FROM review_states v WHERE v.id = r.id), 'received')";
} // namespace

RecordPages::RecordPages(Database &db, QString formId, QString formVersion, bool includeRejected,
                         int pageSize)
    : m_db(db)
    , m_formId(std::move(formId))
    , m_formVersion(std::move(formVersion))
    , m_includeRejected(includeRejected)
    , m_pageSize(qMax(1, pageSize))
{}

QByteArray RecordPages::where(bool paged) const
{
    // Paged, no index on these columns may be used ('+'): the form's would
    // order the form's records by time, and records_by_filters (deleted,
    // form_id, status, …) would hand SQLite every live record; either way
    // each page would sort them again by row id, and an export of n
    // records would take time in n squared. Paged, the scan starts at the
    // last row id read instead.
    QByteArray sql = paged ? "WHERE +r.form_id = ?1 AND +r.form_version = ?2 "
                             "AND +r.status = 'finalized' AND +r.deleted = 0"
                           : "WHERE r.form_id = ?1 AND r.form_version = ?2 "
                             "AND r.status = 'finalized' AND r.deleted = 0";
    if (!m_includeRejected)
        sql += QByteArray(" AND ") + kReview + " <> 'rejected'";
    return sql;
}

Result<qint64> RecordPages::count()
{
    Statement st(m_db.statements(), "SELECT count(*) FROM records r " + where(false));
    if (!st.isValid())
        return m_db.errorFor(st.prepareResult(), tr("counting the records to export"));
    st.bindText(1, m_formId).bindText(2, m_formVersion);
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, tr("counting the records to export"));
    return st.columnInt64(0);
}

Result<bool> RecordPages::next(QList<ExportRecord> &page)
{
    page.clear();
    if (m_done)
        return false;
    const QString what = tr("reading the records to export");
    {
        Statement st(m_db.statements(),
                     QByteArray("SELECT r.rowid, r.id, r.country, r.event_date, ") + kReview +
                         " FROM records r " + where(true) +
                         " AND r.rowid > ?3 ORDER BY r.rowid LIMIT ?4");
        if (!st.isValid())
            return m_db.errorFor(st.prepareResult(), what);
        st.bindText(1, m_formId).bindText(2, m_formVersion).bind(3, m_after).bind(4, m_pageSize);
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            m_after = st.columnInt64(0);
            ExportRecord r;
            r.id = QUuid::fromRfc4122(st.columnBlob(1));
            r.country = st.columnText(2);
            r.date = st.columnText(3);
            r.review = st.columnText(4);
            page.append(std::move(r));
        }
        if (rc != SQLITE_DONE)
            return m_db.errorFor(rc, what);
    }
    if (page.size() < m_pageSize)
        m_done = true;
    Statement values(m_db.statements(),
                     "SELECT field, value FROM record_values WHERE record_id = ?1");
    if (!values.isValid())
        return m_db.errorFor(values.prepareResult(), what);
    for (ExportRecord &r : page) {
        values.reset();
        values.bind(1, r.id.toRfc4122());
        int rc;
        while ((rc = values.step()) == SQLITE_ROW) {
            const QCborValue v = QCborValue::fromCbor(values.columnView(1).toByteArray());
            if (!v.isNull() && !v.isUndefined())
                r.values.insert(values.columnText(0),
                                v.isString() ? v.toString() : v.toVariant().toString());
        }
        if (rc != SQLITE_DONE)
            return m_db.errorFor(rc, what);
    }
    return !page.isEmpty();
}

} // namespace vigia
