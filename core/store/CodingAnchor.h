#pragma once

#include <QString>

namespace vigia {

// Finds a coding's quote again after its text changed. In order of
// preference: the quote still sits at its old position; the nearest exact
// occurrence elsewhere; the closest approximate match within a bounded edit
// cost (the quote then becomes the text matched); otherwise the coding is
// detached. Pure functions on strings, so they are cheap to test and to run
// on every keystroke.
class CodingAnchor
{
public:
    enum class Match
    {
        Exact,   // unchanged position
        Moved,   // the same text, found elsewhere
        Fuzzy,   // similar text, found within the cost bound
        Detached // not found
    };

    struct Result
    {
        Match match = Match::Detached;
        int start = -1;
        int end = -1;
        QString quote; // the text now anchored; the old quote when detached
        int cost = 0;  // characters inserted plus removed between old and new quote
    };

    // `oldStart` may be -1 (a detached coding): then any occurrence will do,
    // the first one preferred. `maxCost` < 0 picks defaultMaxCost().
    [[nodiscard]] static Result resolve(const QString &text, const QString &quote, int oldStart,
                                        int maxCost = -1);

    // A quarter of the quote's length, none below 8 characters: short quotes
    // match too much by accident.
    [[nodiscard]] static int defaultMaxCost(int quoteLength);

    // Where [start, end) lands after `removed` characters at `position` were
    // replaced by `added` ones (QTextDocument::contentsChange). An edit inside
    // the range widens or narrows it; resolve() then judges what is left.
    static void applyEdit(int &start, int &end, int position, int removed, int added);

    // True if the edit leaves both ends of [start, end) intact: the coding
    // then simply takes in the change, with no search.
    [[nodiscard]] static bool isInside(int start, int end, int position, int removed)
    {
        return start >= 0 && position > start && position + removed < end;
    }

    // Texts longer than this skip the approximate search, which costs
    // text length x quote length.
    static constexpr qint64 kMaxFuzzyCells = 8'000'000;

private:
    [[nodiscard]] static Result fuzzy(const QString &text, const QString &quote, int oldStart,
                                      int maxCost);
};

} // namespace vigia
