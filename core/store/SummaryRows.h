#pragma once

#include "RecordSummary.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>

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
    // The columns read(), in order; collect() also needs the row id after them.
    static constexpr const char *kColumns =
        "SELECT r.id, r.form_id, r.status, r.deleted, r.country, r.event_date, r.updated_hlc, "
        "r.summary, r.rowid ";

    [[nodiscard]] RecordSummary read(const Statement &st);
    // Reads a row and keeps it for sorted().
    void collect(const Statement &st);
    [[nodiscard]] qsizetype collected() const { return m_rows.size(); }
    // The collected rows in the order RecordStore's SQL lists them, from
    // `offset`, at most `limit` (negative: all).
    [[nodiscard]] QList<RecordSummary> sorted(RecordSort sort, bool ascending, qsizetype offset,
                                              qsizetype limit) const;

private:
    struct Text
    {
        QByteArray utf8;
        QString text;
    };
    struct Row
    {
        RecordSummary line;
        qint64 rowid = 0;
        quint8 nulls = 0; // bit n: column n was NULL (n < 8)
    };
    [[nodiscard]] QString text(const Statement &st, int col);

    std::array<QList<Text>, 8> m_seen;
    QList<Row> m_rows;
};

} // namespace vigia
