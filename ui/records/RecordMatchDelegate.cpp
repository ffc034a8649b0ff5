#include "ui/records/RecordMatchDelegate.h"

#include "ui/records/RecordListModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace vigia {

namespace {
// One character per character: the base letter, case-folded, so that
// positions in the folded text are positions in the original.
QString folded(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QString d = QString(c).normalized(QString::NormalizationForm_D);
        out.append(d.isEmpty() ? c : d.at(0).toCaseFolded());
    }
    return out;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}
} // namespace

RecordMatchDelegate::RecordMatchDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void RecordMatchDelegate::drawPlain(QPainter *painter, const QStyleOptionViewItem &opt,
                                    const QRect &rect, const QString &text) const
{
    // One line, shaped once (ShapedLines): the style's own path lays a
    // cell's text out three times (size, elision, drawing) on every paint.
    QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    const ShapedLines::Line shaped = m_lines.shape(text, rect.width(), opt, painter->device());
    const QTextLine laid = shaped.layout->lineAt(0);

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(rect, Qt::IntersectClip);
    qreal y = rect.top();
    if (opt.displayAlignment & Qt::AlignVCenter)
        y += (rect.height() - laid.height()) / 2;
    else if (opt.displayAlignment & Qt::AlignBottom)
        y += rect.height() - laid.height();
    if (laid.naturalTextWidth() <= rect.width()) {
        shaped.layout->draw(painter, QPointF(rect.left(), y));
    } else if (shaped.cutX >= 0) {
        // The shaped line up to where the ellipsis still has room, then the
        // ellipsis on the same baseline.
        painter->save();
        painter->setClipRect(QRectF(rect.left(), rect.top(), shaped.cutX, rect.height()),
                             Qt::IntersectClip);
        shaped.layout->draw(painter, QPointF(rect.left(), y));
        painter->restore();
        const ShapedLines::Line ellipsis =
            m_lines.shape(QString(QChar(0x2026)), rect.width(), opt, painter->device());
        ellipsis.layout->draw(painter, QPointF(rect.left() + shaped.cutX, y));
    } else {
        QString line = text;
        line.replace(QLatin1Char('\n'), QChar::LineSeparator);
        painter->drawText(rect, int(opt.displayAlignment) | Qt::TextSingleLine,
                          opt.fontMetrics.elidedText(line, opt.textElideMode, rect.width()));
    }
    painter->restore();
}

QList<QPair<int, int>> RecordMatchDelegate::matches(const QString &text, const QStringList &words)
{
    QList<QPair<int, int>> spans;
    const QString hay = folded(text);
    for (const QString &word : words) {
        const QString needle = folded(word);
        if (needle.isEmpty())
            continue;
        for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
            if (at > 0 && isWordChar(hay.at(at - 1)))
                continue; // a prefix match starts a word
            int end = at + int(needle.size());
            while (end < hay.size() && isWordChar(hay.at(end)))
                ++end;
            spans.append({at, end - at});
        }
    }
    std::sort(spans.begin(), spans.end());
    return spans;
}

void RecordMatchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.features & (QStyleOptionViewItem::HasCheckIndicator |
                        QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::WrapText)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = opt.text;
    const QStringList words = index.data(RecordListModel::SearchWordsRole).toStringList();
    const auto spans = words.isEmpty() ? QList<QPair<int, int>>() : matches(text, words);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    const bool selected = opt.state & QStyle::State_Selected;
    if (spans.isEmpty()) {
        // The margin the style leaves around an item's text.
        const int margin =
            style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
        drawPlain(painter, opt, rect.adjusted(margin, 0, -margin, 0), text);
        return;
    }

    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setDocumentMargin(0);
    doc.setPlainText(text);
    QTextCharFormat mark;
    mark.setFontWeight(QFont::Bold);
    if (!selected)
        mark.setForeground(opt.palette.color(QPalette::Link));
    QTextCursor cursor(&doc);
    for (const auto &[start, length] : spans) {
        cursor.setPosition(start);
        cursor.setPosition(start + length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(mark);
    }
    painter->save();
    painter->translate(rect.topLeft() + QPoint(2, (rect.height() - int(doc.size().height())) / 2));
    painter->setClipRect(QRect(QPoint(0, 0), rect.size() - QSize(2, 0)));
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette = opt.palette;
    ctx.palette.setColor(QPalette::Text,
                         opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

} // namespace vigia
