#include "ui/common/ErrorLabel.h"

#include <QEvent>

namespace vigia {

ErrorLabel::ErrorLabel(QWidget *parent, int reservedLines)
    : QLabel(parent)
    , m_reservedLines(reservedLines)
{
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: %1").arg(QLatin1String(kColor)));
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    reserve();
    setVisible(false);
}

void ErrorLabel::showMessage(const QString &text)
{
    setText(text);
    setVisible(true);
}

void ErrorLabel::clearMessage()
{
    setVisible(false);
    clear();
}

void ErrorLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        reserve();
    QLabel::changeEvent(event);
}

void ErrorLabel::reserve()
{
    setMinimumHeight(m_reservedLines * fontMetrics().lineSpacing() + 2 * margin());
}

} // namespace vigia
