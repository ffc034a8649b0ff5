#include "ui/records/ShapedLines.h"

#include <QPaintDevice>
#include <QStyleOptionViewItem>

namespace vigia {

namespace {
// Enough for the distinct texts of several screens of a list; past it the
// cache starts again rather than grow with every row scrolled past.
constexpr qsizetype kMaxLines = 2000;
} // namespace

ShapedLines::Line ShapedLines::shape(const QString &text, int width,
                                     const QStyleOptionViewItem &opt, QPaintDevice *device)
{
    const int dpi = device ? device->logicalDpiY() : 0;
    if (m_count >= kMaxLines || dpi != m_dpi || opt.font != m_font) {
        m_lines.clear();
        m_count = 0;
        m_dpi = dpi;
        m_font = opt.font;
    }
    const quint64 key = quint64(quint32(width)) << 32 | quint32(opt.displayAlignment) << 8 |
                        quint32(opt.textElideMode) << 4 | quint32(opt.direction);
    QHash<QString, Line> &lines = m_lines[key];
    auto it = lines.constFind(text);
    if (it == lines.cend()) {
        it = lines.insert(text, layOut(text, width, opt, device));
        ++m_count;
    }
    return *it;
}

ShapedLines::Line ShapedLines::layOut(const QString &text, int width,
                                      const QStyleOptionViewItem &opt, QPaintDevice *device)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QChar::LineSeparator);
    const bool elideRight = opt.textElideMode == Qt::ElideRight && opt.direction == Qt::LeftToRight;

    Line out;
    out.layout = std::make_shared<QTextLayout>(QString(), opt.font, device);
    QTextLayout &layout = *out.layout;
    // Without it the layout drops its glyphs after endLayout() and shapes
    // the text again on every draw.
    layout.setCacheEnabled(true);
    QTextOption textOption(opt.displayAlignment);
    textOption.setWrapMode(QTextOption::NoWrap);
    textOption.setTextDirection(opt.direction);
    layout.setTextOption(textOption);
    const auto lay = [&](const QString &part) {
        layout.setText(part);
        layout.beginLayout();
        QTextLine laid = layout.createLine();
        laid.setLineWidth(width);
        layout.endLayout();
        return laid;
    };
    // A long text is shaped only as far as twice what average letters would
    // fill: when that part overflows, the cut lies inside it. Only a part of
    // narrow letters that fits needs the whole text.
    const qsizetype enough =
        qMax<qsizetype>(16, 2 * width / qMax(1, opt.fontMetrics.averageCharWidth()));
    QTextLine laid = lay(elideRight && line.size() > enough ? line.left(enough) : line);
    if (layout.text().size() < line.size() && laid.naturalTextWidth() <= width)
        laid = lay(line);
    if (elideRight && laid.naturalTextWidth() > width) {
        const int room = width - opt.fontMetrics.horizontalAdvance(QChar(0x2026));
        int cut = laid.xToCursor(qMax(0, room), QTextLine::CursorBetweenCharacters);
        // The nearest boundary may lie past the room: keep the ellipsis whole.
        if (cut > 0 && laid.cursorToX(cut) > room)
            cut = layout.previousCursorPosition(cut);
        out.cutX = laid.cursorToX(cut);
    }
    return out;
}

} // namespace vigia
