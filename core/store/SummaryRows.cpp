#include "store/SummaryRows.h"

#include "db/Statement.h"

#include <algorithm>

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
    case RecordSort::ByReview:
        return 9;
    }
    return -1;
}

const QString &columnOf(const RecordSummary &line, int col)
{
    switch (col) {
    case 1:
        return line.formId;
    case 4:
        return line.country;
    default:
        return line.date;
    }
}

// The sorted column of two lines, compared as SQLite compares their text.
int compareColumn(const RecordSummary &a, const RecordSummary &b, int col)
{
    if (col == 2) // the enum's order is the text's ("draft" < "finalized")
        return int(a.status) - int(b.status);
    if (col == 9) // both set: a NULL is compared before
        return reviewStateName(*a.review).compare(reviewStateName(*b.review));
    return columnOf(a, col).compare(columnOf(b, col));
}
} // namespace

const QString &SummaryRows::text(const Statement &st, int col)
{
    const QByteArrayView utf8 = st.columnView(col);
    const auto c = size_t(col);
    if (utf8 == m_lastUtf8[c] && !m_lastUtf8[c].isNull())
        return m_lastText[c];
    QHash<QByteArray, QString> &seen = m_seen[c];
    // The row's bytes, borrowed for the lookup only.
    auto it = seen.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
    if (it != seen.cend()) {
        m_lastUtf8[c] = it.key();
        m_lastText[c] = *it;
    } else if (seen.size() < kShared) {
        it = seen.insert(utf8.toByteArray(), QString::fromUtf8(utf8));
        m_lastUtf8[c] = it.key();
        m_lastText[c] = *it;
    } else {
        // Past the limit the text is not kept: it stands as the last one only.
        m_lastUtf8[c] = utf8.toByteArray();
        m_lastText[c] = QString::fromUtf8(utf8);
    }
    return m_lastText[c];
}

RecordSummary SummaryRows::read(const Statement &st)
{
    RecordSummary s;
    s.id = QUuid::fromRfc4122(st.columnView(0));
    s.formId = text(st, 1);
    s.status = statusFromName(text(st, 2)).value_or(RecordStatus::Draft);
    s.deleted = st.columnInt64(3) != 0;
    s.country = text(st, 4);
    s.date = text(st, 5);
    s.updatedHlc = quint64(st.columnInt64(6));
    s.summaryUtf8 = st.columnView(7).toByteArray();
    if (!st.columnIsNull(9))
        s.review = reviewStateFromName(QString::fromUtf8(st.columnView(9)));
    return s;
}

void SummaryRows::collect(const Statement &st, RecordSort sort)
{
    if (m_lines.empty()) {
        m_lines.reserve(128);
        m_keys.reserve(128);
    }
    const int col = sortColumn(sort);
    m_lines.push_back(read(st));
    m_keys.push_back({m_lines.back().updatedHlc, st.columnInt64(8), qsizetype(m_lines.size()) - 1,
                      col >= 0 && st.columnIsNull(col)});
}

QList<RecordSummary> SummaryRows::takeSorted(RecordSort sort, bool ascending, qsizetype offset,
                                             qsizetype limit)
{
    const int col = sortColumn(sort);
    // SQLite's order: NULL first, then the text's code units (the sorted
    // columns hold ASCII, where UTF-16 and UTF-8 order agree); ties by the
    // newest change, then the row id. Only the small keys move while sorting.
    const auto less = [&](const Key &a, const Key &b) {
        if (col < 0) {
            if (a.updatedHlc != b.updatedHlc)
                return ascending == (a.updatedHlc < b.updatedHlc);
            return a.rowid < b.rowid;
        }
        const int c = a.keyNull || b.keyNull
                          ? int(b.keyNull) - int(a.keyNull)
                          : compareColumn(m_lines[size_t(a.line)], m_lines[size_t(b.line)], col);
        if (c != 0)
            return ascending == (c < 0);
        if (a.updatedHlc != b.updatedHlc)
            return a.updatedHlc > b.updatedHlc;
        return a.rowid < b.rowid;
    };
    std::sort(m_keys.begin(), m_keys.end(), less);
    QList<RecordSummary> out;
    const qsizetype size = qsizetype(m_keys.size());
    const qsizetype from = std::min(offset, size);
    const qsizetype to = limit < 0 ? size : std::min(size, from + limit);
    out.reserve(to - from);
    for (qsizetype i = from; i < to; ++i)
        out.append(std::move(m_lines[size_t(m_keys[size_t(i)].line)]));
    m_lines.clear();
    m_keys.clear();
    return out;
}

} // namespace vigia
