#pragma once

#include "store/RecordSummary.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace vigia {

class Statement;

// Turns rows of the list queries into list lines. Repeated texts (form ids,
// statuses, countries, dates) share one QString instead of one allocation
// per line. A search's matches, read from the full-text index in no
// particular order, are sorted here in the list's order: for the few
// hundred rows of a rare word that costs less than SQLite's sorter.
class SummaryRows
{
public:
    // The columns read(), in order: the row id (for collect()) and the
    // review state last (`records.review`: the review op's, else "received"
    // for a finalized record, else NULL; kept by triggers, docs/store.md).
    static constexpr const char *kColumns =
        "SELECT r.id, r.form_id, r.status, r.deleted, r.country, r.event_date, r.updated_hlc, "
        "r.summary, r.rowid, r.review ";

    [[nodiscard]] RecordSummary read(const Statement &st);
    // Reads a row and keeps it for takeSorted(), which will order by `sort`.
    void collect(const Statement &st, RecordSort sort);
    [[nodiscard]] qsizetype collected() const { return qsizetype(m_lines.size()); }
    // The collected rows in the order RecordStore's SQL lists them, from
    // `offset`, at most `limit` (negative: all). Leaves nothing collected.
    [[nodiscard]] QList<RecordSummary> takeSorted(RecordSort sort, bool ascending, qsizetype offset,
                                                  qsizetype limit);

private:
    // What sorting looks at, apart from the lines it reorders.
    struct Key
    {
        quint64 updatedHlc = 0;
        qint64 rowid = 0;
        qsizetype line = 0;   // index in m_lines
        bool keyNull = false; // the sort column was NULL
    };
    // The text is shared: valid until the next call for the same column.
    [[nodiscard]] const QString &text(const Statement &st, int col);

    // Per column: UTF-8 bytes -> the shared text, and the last text read
    // (neighbouring rows often repeat it).
    std::array<QHash<QByteArray, QString>, 8> m_seen;
    std::array<QByteArray, 8> m_lastUtf8;
    std::array<QString, 8> m_lastText;
    std::vector<RecordSummary> m_lines;
    std::vector<Key> m_keys;
};

} // namespace vigia
