#include "ui/common/PlaceholderFit.h"

#include <QAction>
#include <QLineEdit>
#include <QStyle>

namespace vigia {

void fitPlaceholder(QLineEdit *edit)
{
    const QFontMetrics metrics = edit->fontMetrics();
    const int frame = 2 * edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
    // Each action sits in a square button as tall as the field.
    const int actions = int(edit->actions().size()) * edit->sizeHint().height();
    const QMargins margins = edit->textMargins();
    edit->setMinimumWidth(metrics.horizontalAdvance(edit->placeholderText()) + frame + actions +
                          margins.left() + margins.right() + 2 * metrics.averageCharWidth());
}

} // namespace vigia
