#include "SummaryRows.h"

#include "Statement.h"

#include <algorithm>
#include <numeric>

namespace vigia {

namespace {
// Texts remembered per column: enough for forms, statuses and countries, and
// a page's dates; past it a text is converted as usual.
constexpr qsizetype kShared = 32;

// The column a sort orders by first, as in RecordStore's SQL; -1: the time
// of the last change.
int sortColumn(RecordSort sort)
{
    switch (sort) {
    case RecordSort::ByUpdated:
        break;
    case RecordSort::ByForm:
        return 1;
    case RecordSort::ByStatus:
        return 2;
    case RecordSort::ByCountry:
        return 4;
    case RecordSort::ByDate:
        return 5;
    }
    return -1;
}

const QString &columnOf(const RecordSummary &line, int col)
{
    switch (col) {
    case 1:
        return line.formId;
    case 2:
        return line.status;
    case 4:
        return line.country;
    default:
        return line.date;
    }
}
} // namespace

QString SummaryRows::text(const Statement &st, int col)
{
    const QByteArrayView utf8 = st.columnView(col);
    QList<Text> &seen = m_seen[size_t(col)];
    for (const Text &t : std::as_const(seen)) {
        if (t.utf8 == utf8)
            return t.text;
    }
    QString text = QString::fromUtf8(utf8);
    if (seen.size() < kShared)
        seen.append({utf8.toByteArray(), text});
    return text;
}

RecordSummary SummaryRows::read(const Statement &st)
{
    RecordSummary s;
    s.id = QUuid::fromRfc4122(st.columnView(0));
    s.formId = text(st, 1);
    s.status = text(st, 2);
    s.deleted = st.columnInt64(3) != 0;
    s.country = text(st, 4);
    s.date = text(st, 5);
    s.updatedHlc = quint64(st.columnInt64(6));
    s.summary = QString::fromUtf8(st.columnView(7));
    return s;
}

void SummaryRows::collect(const Statement &st)
{
    Row row{read(st), st.columnInt64(8), 0};
    for (const int col : {1, 2, 4, 5}) {
        if (st.columnIsNull(col))
            row.nulls |= quint8(1u << col);
    }
    m_rows.append(std::move(row));
}

QList<RecordSummary> SummaryRows::sorted(RecordSort sort, bool ascending, qsizetype offset,
                                         qsizetype limit) const
{
    const int col = sortColumn(sort);
    // SQLite's order: NULL first, then the text's code units (the sorted
    // columns hold ASCII, where UTF-16 and UTF-8 order agree); ties by the
    // newest change, then the row id.
    const auto less = [&](const Row &a, const Row &b) {
        if (col < 0) {
            if (a.line.updatedHlc != b.line.updatedHlc)
                return ascending == (a.line.updatedHlc < b.line.updatedHlc);
            return a.rowid < b.rowid;
        }
        const quint8 bit = quint8(1u << col);
        const bool aNull = a.nulls & bit;
        const bool bNull = b.nulls & bit;
        const int c = aNull || bNull ? int(bNull) - int(aNull)
                                     : columnOf(a.line, col).compare(columnOf(b.line, col));
        if (c != 0)
            return ascending == (c < 0);
        if (a.line.updatedHlc != b.line.updatedHlc)
            return a.line.updatedHlc > b.line.updatedHlc;
        return a.rowid < b.rowid;
    };
    QList<qsizetype> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return less(m_rows[a], m_rows[b]); });
    QList<RecordSummary> out;
    const qsizetype from = std::min(offset, order.size());
    const qsizetype to = limit < 0 ? order.size() : std::min(order.size(), from + limit);
    out.reserve(to - from);
    for (qsizetype i = from; i < to; ++i)
        out.append(m_rows[order[i]].line);
    return out;
}

} // namespace vigia
