#include "export/RecordPages.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <QCborValue>
#include <QHash>

#include <algorithm>

#include <sqlite3.h>

namespace vigia {

namespace {
// A record's review state as SQL over `records r`, as SummaryRows reads it
// (kept by triggers; every record exported is finalized, so never NULL).
constexpr const char *kReview = "r.review";
} // namespace

RecordPages::RecordPages(Database &db, QString formId, QString formVersion, bool includeRejected,
                         int pageSize)
    : m_db(db)
    , m_formId(std::move(formId))
    , m_formVersion(std::move(formVersion))
    , m_includeRejected(includeRejected)
    , m_pageSize(qMax(1, pageSize))
{}

QByteArray RecordPages::where() const
{
    // No index on these columns may be used ('+'): the form's would order
    // the form's records by time, and records_by_filters (deleted, form_id,
    // status, …) would hand SQLite every live record; either way each page
    // would sort them again by row id, and an export of n records would take
    // time in n squared. The scan starts at the last row id read instead.
    QByteArray sql = "WHERE +r.form_id = ?1 AND +r.form_version = ?2 "
                     "AND +r.status = 'finalized' AND +r.deleted = 0";
    if (!m_includeRejected)
        sql += QByteArray(" AND ") + kReview + " <> 'rejected'";
    return sql;
}

Result<qint64> RecordPages::count()
{
    // From schema 15's tally (docs/store.md, "Counting records"): a few rows,
    // where counting the version's records read each of their rows through
    // the encrypted store. A finalized record always has a review state.
    QByteArray sql = "SELECT coalesce(sum(n), 0) FROM record_tally WHERE form_id = ?1 "
                     "AND form_version = ?2 AND status = 'finalized'";
    if (!m_includeRejected)
        sql += " AND review <> 'rejected'";
    Statement st(m_db.statements(), sql);
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
    const qint64 first = m_after;
    QHash<QUuid, qsizetype> indexOf;
    {
        Statement st(m_db.statements(),
                     QByteArray("SELECT r.rowid, r.id, r.country, r.event_date, ") + kReview +
                         " FROM records r " + where() +
                         " AND r.rowid > ?3 ORDER BY r.rowid LIMIT ?4");
        if (!st.isValid())
            return m_db.errorFor(st.prepareResult(), what);
        st.bindText(1, m_formId).bindText(2, m_formVersion).bind(3, m_after).bind(4, m_pageSize);
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            m_after = st.columnInt64(0);
            ExportRecord r;
            r.id = QUuid::fromRfc4122(st.columnView(1));
            r.country = st.columnText(2);
            r.date = st.columnText(3);
            r.review = st.columnText(4);
            indexOf.insert(r.id, page.size());
            page.append(std::move(r));
        }
        if (rc != SQLITE_DONE)
            return m_db.errorFor(rc, what);
    }
    if (page.size() < m_pageSize)
        m_done = true;
    if (page.isEmpty())
        return false;
    // The answers of the whole page in one query: those of every record of
    // the form version in the page's range of row ids (no record can join
    // that range later); a record the page left out is skipped.
    Statement values(m_db.statements(), "SELECT v.record_id, v.field, v.value FROM record_values v "
                                        "WHERE v.record_id IN (SELECT r.id FROM records r "
                                        "WHERE +r.form_id = ?1 AND +r.form_version = ?2 "
                                        "AND r.rowid > ?3 AND r.rowid <= ?4)");
    if (!values.isValid())
        return m_db.errorFor(values.prepareResult(), what);
    values.bindText(1, m_formId).bindText(2, m_formVersion).bind(3, first).bind(4, m_after);
    int rc;
    ExportRecord *current = nullptr;
    QUuid currentId;
    qsizetype position = 0; // of the answer in its record, for fieldName
    while ((rc = values.step()) == SQLITE_ROW) {
        const QUuid id = QUuid::fromRfc4122(values.columnView(0));
        if (!current || id != currentId) {
            const auto it = indexOf.constFind(id);
            current = it == indexOf.cend() ? nullptr : &page[it.value()];
            currentId = id;
            position = 0;
            if (current) {
                current->values.reserve(m_lastOrder.size());
                current->text.reserve(m_lastTextSize);
            }
        }
        if (!current)
            continue;
        const qsizetype offset = current->text.size();
        if (appendAnswer(values.columnView(2), &current->text)) {
            current->values.append({fieldName(values.columnView(1), position++), offset,
                                    current->text.size() - offset});
            m_lastTextSize = qMax(m_lastTextSize, current->text.size());
        }
    }
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, what);
    // SQLite hands each record's answers in the order of its index, which
    // is already the order wanted; sorting is the guarantee, not the rule.
    for (ExportRecord &r : page)
        if (!std::is_sorted(r.values.cbegin(), r.values.cend()))
            std::sort(r.values.begin(), r.values.end());
    return true;
}

QString RecordPages::fieldName(QByteArrayView utf8, qsizetype position)
{
    // Records of one form mostly hold the same answers in the same order:
    // the previous record's name at this position is checked first, then
    // every name read so far. Either way a form's few dozen addresses are
    // shared copies (a repeat with thousands of instances could grow the
    // table without bound, hence the cap).
    if (position < m_lastOrder.size() && m_lastOrder[position].first == utf8)
        return m_lastOrder[position].second;
    const std::string_view key(utf8.data(), size_t(utf8.size()));
    QString name;
    if (const auto it = m_names.find(key); it != m_names.end()) {
        name = it->second;
    } else {
        name = QString::fromUtf8(utf8);
        if (m_names.size() < kMaxNames)
            m_names.emplace(std::string(key), name);
    }
    if (position < kMaxNames) {
        m_lastOrder.resize(qMax(m_lastOrder.size(), position + 1));
        m_lastOrder[position] = {utf8.toByteArray(), name};
    }
    return name;
}

bool RecordPages::appendAnswer(QByteArrayView cbor, QByteArray *utf8)
{
    // Most answers are text: a definite-length CBOR text string is copied
    // as it is (after checking it is UTF-8, as QString::fromUtf8 would have
    // repaired it) rather than read through a QCborValue.
    if (!cbor.isEmpty()) {
        const auto head = quint8(cbor[0]);
        qsizetype skip = -1;
        if (head >= 0x60 && head <= 0x77 && cbor.size() == 1 + (head - 0x60))
            skip = 1;
        else if (head == 0x78 && cbor.size() >= 2 && cbor.size() == 2 + quint8(cbor[1]))
            skip = 2;
        if (skip > 0) {
            const QByteArrayView text = cbor.sliced(skip);
            if (text.isValidUtf8())
                utf8->append(text);
            else
                utf8->append(QString::fromUtf8(text).toUtf8());
            return true;
        }
    }
    const QCborValue v = QCborValue::fromCbor(cbor.toByteArray());
    if (v.isNull() || v.isUndefined())
        return false;
    utf8->append((v.isString() ? v.toString() : v.toVariant().toString()).toUtf8());
    return true;
}

} // namespace vigia
