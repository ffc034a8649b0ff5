#pragma once

#include <QList>

namespace vigia {

// Which cells of a count table with row and column totals must be hidden so
// that no count between 1 and k - 1 can be read or worked out from one total
// (docs/exports.md, "Small cells"):
//
// - primary: every count, total included, from 1 to k - 1;
// - secondary: a row or column (the totals row and column included, each
//   with the grand total as its own total) that hides exactly one of its
//   entries and its total could be solved for it, so one more entry is
//   hidden: the smallest shown count of that line (the first on a tie), or
//   the line's total when no count is left to hide. Rows are checked top to
//   bottom, then columns left to right, again until a pass hides nothing.
//
// Zeros are not hidden by the primary rule (they describe no one).
class SmallCellSuppression
{
public:
    // `counts` is rows × columns without totals. The mask returned is
    // (rows + 1) × (columns + 1): the last column holds the row totals, the
    // last row the column totals, its last cell the grand total.
    [[nodiscard]] static QList<QList<bool>> apply(const QList<QList<qint64>> &counts, int k);
    // The counts with their totals, in the mask's shape.
    [[nodiscard]] static QList<QList<qint64>> withTotals(const QList<QList<qint64>> &counts);
};

} // namespace vigia
