#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

#include "ui/records/ShapedLines.h"

namespace vigia {

// Draws a list cell: plain one-line text with a single layout pass, and the
// words of the current search in bold and in the highlight colour. Matching
// follows the full-text index: case and accents are ignored and each word
// matches as a prefix.
class RecordMatchDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RecordMatchDelegate(QObject *parent = nullptr);

    // The (start, length) spans of `text` that begin one of `words`.
    [[nodiscard]] static QList<QPair<int, int>> matches(const QString &text,
                                                        const QStringList &words);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    void drawPlain(QPainter *painter, const QStyleOptionViewItem &opt, const QRect &rect,
                   const QString &text) const;

    // Painting is const; the shaped texts are a cache.
    mutable ShapedLines m_lines;
};

} // namespace vigia
