#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace vigia {

// A line diff of two texts (longest common subsequence of lines), for the
// side-by-side view of two competing narratives.
class LineDiff
{
public:
    enum class Kind
    {
        Same,
        Removed, // only in the first text
        Added,   // only in the second
    };
    struct Line
    {
        Kind kind = Kind::Same;
        QString text;
    };

    [[nodiscard]] static QList<Line> of(const QString &first, const QString &second);
    // The diff as HTML: removed lines struck out with "−", added ones with "+".
    [[nodiscard]] static QString html(const QList<Line> &lines);
};

} // namespace vigia
