#pragma once

#include <QFont>
#include <QHash>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPaintDevice;
class QStyleOptionViewItem;

namespace vigia {

// One-line cell texts, shaped once per text, width and cell options. A list
// repeats a few texts on every row (statuses, forms, countries, dates, change
// times within a minute), and shaping is most of painting one: each distinct
// text is shaped on its first row only, and its layout keeps the glyphs so
// that drawing it again does not shape it again.
class ShapedLines
{
public:
    struct Line
    {
        std::shared_ptr<QTextLayout> layout; // one line, laid out
        qreal cutX = -1;                     // >= 0: elided: draw up to this x, then an ellipsis
    };

    // `text` laid out for a cell `width` wide with `opt`'s font, alignment,
    // direction and elision, on `device`'s resolution.
    [[nodiscard]] Line shape(const QString &text, int width, const QStyleOptionViewItem &opt,
                             QPaintDevice *device);

private:
    [[nodiscard]] static Line layOut(const QString &text, int width,
                                     const QStyleOptionViewItem &opt, QPaintDevice *device);

    // Per (width, options): per text.
    QHash<quint64, QHash<QString, Line>> m_lines;
    qsizetype m_count = 0;
    QFont m_font;
    int m_dpi = 0;
};

} // namespace vigia
