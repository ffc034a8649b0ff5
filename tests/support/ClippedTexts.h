#pragma once

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QToolButton>
#include <QWidget>

namespace vigia::test {

namespace detail {
inline QString where(const QWidget *w)
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()),
                                       w->objectName());
}

inline QString cut(const QWidget *w, const QString &text, int needs, int has)
{
    return QStringLiteral("%1 \"%2\" is cut: needs %3 px, has %4")
        .arg(where(w), text)
        .arg(needs)
        .arg(has);
}

// The room a combo box gives its current text.
inline int comboTextWidth(const QComboBox *box)
{
    QStyleOptionComboBox option;
    option.initFrom(box);
    option.editable = box->isEditable();
    option.currentText = box->currentText();
    option.currentIcon = box->itemIcon(box->currentIndex());
    option.iconSize = box->iconSize();
    QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                               QStyle::SC_ComboBoxEditField, box);
    if (!option.currentIcon.isNull())
        field.setLeft(field.left() + box->iconSize().width() + 4);
    return field.width();
}
} // namespace detail

// Every visible text in `top` that its widget shows only in part: a label or
// a button narrower than its text, a combo box's or date box's current text,
// a line edit's placeholder, a table header. Widgets that elide by design
// (an Ignored horizontal size policy) and word-wrapped labels are left out.
inline QStringList clippedTexts(QWidget *top)
{
    QStringList problems;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->width() <= 0 ||
            w->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (!label->wordWrap() && !label->text().isEmpty() &&
                label->sizeHint().width() > label->width())
                problems << detail::cut(label, label->text(), label->sizeHint().width(),
                                        label->width());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            // An icon-only tool button (a line edit's show/hide) shows its
            // text as a tooltip.
            const auto *tool = qobject_cast<QToolButton *>(button);
            if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull())
                continue;
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width())
                problems << detail::cut(button, button->text(), button->sizeHint().width(),
                                        button->width());
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            const int needs = group->fontMetrics().horizontalAdvance(group->title()) +
                              2 * group->fontMetrics().height();
            if (!group->title().isEmpty() && needs > group->width())
                problems << detail::cut(group, group->title(), needs, group->width());
        } else if (auto *box = qobject_cast<QComboBox *>(w)) {
            const int needs = box->fontMetrics().horizontalAdvance(box->currentText());
            const int has = detail::comboTextWidth(box);
            if (!box->isEditable() && needs > has)
                problems << detail::cut(box, box->currentText(), needs, has);
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            // The style's own measure covers the special text ("Any date")
            // and the longest value.
            if (spin->sizeHint().width() > spin->width())
                problems << detail::cut(spin, spin->text(), spin->sizeHint().width(),
                                        spin->width());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            if (edit->text().isEmpty() && !edit->placeholderText().isEmpty() &&
                !qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) &&
                !qobject_cast<QComboBox *>(edit->parentWidget())) {
                const QMargins m = edit->textMargins();
                // Icon actions (show/hide) take a square each from the text.
                const int has = edit->width() - m.left() - m.right() -
                                2 * edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) - 4 -
                                int(edit->actions().size()) * edit->height();
                const int needs = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
                if (needs > has)
                    problems << detail::cut(edit, edit->placeholderText(), needs, has);
            }
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            for (int i = 0; i < header->count(); ++i) {
                if (header->isSectionHidden(i) ||
                    header->sectionResizeMode(i) == QHeaderView::Stretch ||
                    (header->stretchLastSection() && i == header->count() - 1))
                    continue;
                if (header->sectionSize(i) < header->sectionSizeHint(i))
                    problems << detail::cut(
                        header, header->model()->headerData(i, header->orientation()).toString(),
                        header->sectionSizeHint(i), header->sectionSize(i));
            }
        }
    }
    return problems;
}

} // namespace vigia::test
