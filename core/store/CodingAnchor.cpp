#include "store/CodingAnchor.h"

#include <QList>

#include <algorithm>
#include <cstdlib>

namespace vigia {

int CodingAnchor::defaultMaxCost(int quoteLength)
{
    return quoteLength < 8 ? 0 : quoteLength / 4;
}

void CodingAnchor::applyEdit(int &start, int &end, int position, int removed, int added)
{
    if (start < 0)
        return;
    const int editEnd = position + removed;
    const int delta = added - removed;
    // Text typed right before a coding pushes it; text typed right after it
    // stays outside. A boundary inside the replaced span lands at its edge.
    const auto mapStart = [&](int p) {
        if (p < position)
            return p;
        return p >= editEnd ? p + delta : position;
    };
    const auto mapEnd = [&](int p) {
        if (p <= position)
            return p;
        return p >= editEnd ? p + delta : position + added;
    };
    const int newStart = mapStart(start);
    const int newEnd = mapEnd(end);
    start = newStart;
    end = std::max(newStart, newEnd);
}

CodingAnchor::Result CodingAnchor::resolve(const QString &text, const QString &quote, int oldStart,
                                           int maxCost)
{
    Result r;
    r.quote = quote;
    if (quote.isEmpty())
        return r;
    const int n = int(quote.size());
    if (oldStart >= 0 && QStringView(text).mid(oldStart, n) == quote &&
        oldStart + n <= text.size()) {
        r.match = Match::Exact;
        r.start = oldStart;
        r.end = oldStart + n;
        return r;
    }
    // The nearest occurrence: look at the first one after and the last one
    // before the old position.
    const int from = std::max(0, oldStart);
    const qsizetype after = text.indexOf(quote, from);
    const qsizetype before =
        oldStart > 0 ? text.lastIndexOf(quote, std::min<qsizetype>(oldStart, text.size())) : -1;
    qsizetype best = after;
    if (before >= 0 && (best < 0 || (from - before) <= (best - from)))
        best = before;
    if (best >= 0) {
        r.match = Match::Moved;
        r.start = int(best);
        r.end = int(best) + n;
        return r;
    }
    if (maxCost < 0)
        maxCost = defaultMaxCost(n);
    if (maxCost == 0 || qint64(text.size()) * n > kMaxFuzzyCells)
        return r;
    return fuzzy(text, quote, oldStart, maxCost);
}

// Sellers' approximate substring matching: D[i][j] is the cheapest way to end
// the quote's first i characters at text position j, starting anywhere. One
// column is kept, with the start of the best alignment carried along. A
// substitution costs two (a deletion and an insertion): otherwise a shifted
// window of look-alike letters beats the real text with a word inserted.
CodingAnchor::Result CodingAnchor::fuzzy(const QString &text, const QString &quote, int oldStart,
                                         int maxCost)
{
    Result r;
    r.quote = quote;
    const int m = int(quote.size());
    const int len = int(text.size());
    QList<int> cost(m + 1), start(m + 1), prevCost(m + 1), prevStart(m + 1);
    for (int i = 0; i <= m; ++i) {
        prevCost[i] = i;
        prevStart[i] = 0;
    }
    int bestCost = maxCost + 1;
    int bestStart = -1;
    int bestEnd = -1;
    const auto distance = [oldStart](int s) { return oldStart < 0 ? s : std::abs(s - oldStart); };
    for (int j = 1; j <= len; ++j) {
        cost[0] = 0;
        start[0] = j;
        const QChar ch = text.at(j - 1);
        for (int i = 1; i <= m; ++i) {
            int c1 = prevCost[i - 1] + (quote.at(i - 1) == ch ? 0 : 2);
            int s1 = prevStart[i - 1];
            const int c2 = prevCost[i] + 1; // text character skipped
            if (c2 < c1) {
                c1 = c2;
                s1 = prevStart[i];
            }
            const int c3 = cost[i - 1] + 1; // quote character missing
            if (c3 < c1) {
                c1 = c3;
                s1 = start[i - 1];
            }
            cost[i] = c1;
            start[i] = s1;
        }
        const int total = cost[m];
        if (total < bestCost ||
            (total == bestCost && bestStart >= 0 && distance(start[m]) < distance(bestStart))) {
            bestCost = total;
            bestStart = start[m];
            bestEnd = j;
        }
        std::swap(cost, prevCost);
        std::swap(start, prevStart);
    }
    if (bestStart < 0 || bestCost > maxCost)
        return r;
    // Trim whitespace the alignment may have swallowed at either end.
    while (bestStart < bestEnd && text.at(bestStart).isSpace() && !quote.front().isSpace())
        ++bestStart;
    while (bestEnd > bestStart && text.at(bestEnd - 1).isSpace() && !quote.back().isSpace())
        --bestEnd;
    r.match = Match::Fuzzy;
    r.start = bestStart;
    r.end = bestEnd;
    r.quote = text.mid(bestStart, bestEnd - bestStart);
    r.cost = bestCost;
    return r;
}

} // namespace vigia
