#include "RecordMatchDelegate.h"

#include "RecordListModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

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
    const QStringList words = index.data(RecordListModel::SearchWordsRole).toStringList();
    if (words.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const auto spans = matches(text, words);
    if (spans.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setDocumentMargin(0);
    doc.setPlainText(text);
    QTextCharFormat mark;
    mark.setFontWeight(QFont::Bold);
    const bool selected = opt.state & QStyle::State_Selected;
    if (!selected)
        mark.setForeground(opt.palette.color(QPalette::Link));
    QTextCursor cursor(&doc);
    for (const auto &[start, length] : spans) {
        cursor.setPosition(start);
        cursor.setPosition(start + length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(mark);
    }
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
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
