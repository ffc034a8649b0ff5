#include "export/SmallCellSuppression.h"

namespace vigia {

QList<QList<qint64>> SmallCellSuppression::withTotals(const QList<QList<qint64>> &counts)
{
    const qsizetype rows = counts.size();
    const qsizetype columns = rows > 0 ? counts.first().size() : 0;
    QList<QList<qint64>> m(rows + 1, QList<qint64>(columns + 1, 0));
    for (qsizetype r = 0; r < rows; ++r) {
        for (qsizetype c = 0; c < columns; ++c) {
            const qint64 v = counts[r].value(c);
            m[r][c] = v;
            m[r][columns] += v;
            m[rows][c] += v;
            m[rows][columns] += v;
        }
    }
    return m;
}

QList<QList<bool>> SmallCellSuppression::apply(const QList<QList<qint64>> &counts, int k)
{
    const QList<QList<qint64>> m = withTotals(counts);
    const qsizetype rows = m.size() - 1;
    const qsizetype columns = m.first().size() - 1;
    QList<QList<bool>> hidden(rows + 1, QList<bool>(columns + 1, false));
    for (qsizetype r = 0; r <= rows; ++r)
        for (qsizetype c = 0; c <= columns; ++c)
            hidden[r][c] = m[r][c] > 0 && m[r][c] < k;

    // One line: its entries (cells) and its total, as positions.
    struct Pos
    {
        qsizetype r;
        qsizetype c;
    };
    const auto protect = [&](const QList<Pos> &entries, Pos total) {
        int count = hidden[total.r][total.c] ? 1 : 0;
        for (const Pos &p : entries)
            count += hidden[p.r][p.c] ? 1 : 0;
        if (count != 1)
            return false;
        const Pos *smallest = nullptr;
        for (const Pos &p : entries)
            if (!hidden[p.r][p.c] && (!smallest || m[p.r][p.c] < m[smallest->r][smallest->c]))
                smallest = &p;
        const Pos pick = smallest ? *smallest : total;
        if (hidden[pick.r][pick.c])
            return false;
        hidden[pick.r][pick.c] = true;
        return true;
    };

    bool changed = true;
    while (changed) {
        changed = false;
        for (qsizetype r = 0; r <= rows; ++r) {
            QList<Pos> entries;
            for (qsizetype c = 0; c < columns; ++c)
                entries.append({r, c});
            changed = protect(entries, {r, columns}) || changed;
        }
        for (qsizetype c = 0; c <= columns; ++c) {
            QList<Pos> entries;
            for (qsizetype r = 0; r < rows; ++r)
                entries.append({r, c});
            changed = protect(entries, {rows, c}) || changed;
        }
    }
    return hidden;
}

} // namespace vigia
