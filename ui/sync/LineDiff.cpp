#include "ui/sync/LineDiff.h"

#include <vector>

namespace vigia {

QList<LineDiff::Line> LineDiff::of(const QString &first, const QString &second)
{
    const QStringList a = first.split(QLatin1Char('\n'));
    const QStringList b = second.split(QLatin1Char('\n'));
    const qsizetype n = a.size(), m = b.size();
    // Narratives are a few dozen lines: the quadratic table is small.
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] =
                a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QList<Line> out;
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            out.append({Kind::Same, a[i]});
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.append({Kind::Removed, a[i++]});
        } else {
            out.append({Kind::Added, b[j++]});
        }
    }
    while (i < n)
        out.append({Kind::Removed, a[i++]});
    while (j < m)
        out.append({Kind::Added, b[j++]});
    return out;
}

QString LineDiff::html(const QList<Line> &lines)
{
    QString out = QStringLiteral("<pre>");
    for (const Line &l : lines) {
        const QString text = l.text.toHtmlEscaped();
        switch (l.kind) {
        case Kind::Same:
            out += QStringLiteral("  ") + text;
            break;
        case Kind::Removed:
            out +=
                QStringLiteral("<span style=\"color:#a40000\">\u2212 <s>%1</s></span>").arg(text);
            break;
        case Kind::Added:
            out += QStringLiteral("<span style=\"color:#1a6b1a\">+ <b>%1</b></span>").arg(text);
            break;
        }
        out += QLatin1Char('\n');
    }
    return out + QStringLiteral("</pre>");
}

} // namespace vigia
