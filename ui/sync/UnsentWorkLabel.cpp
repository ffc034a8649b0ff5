#include "ui/sync/UnsentWorkLabel.h"

#include "project/OutboxSummary.h"
#include "store/Workspace.h"
#include "ui/sync/WorkCountText.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>

namespace vigia {

UnsentWorkLabel::UnsentWorkLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("unsentChanges"));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    retranslate();
}

void UnsentWorkLabel::refresh(Workspace &ws)
{
    auto summary = OutboxSummary::readUnsent(ws.database(), ws.deviceId().toRfc4122());
    setText(summary ? WorkCountText::statusLine(summary.value()) : summary.error().message());
}

void UnsentWorkLabel::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit clicked();
        return;
    }
    QLabel::mouseReleaseEvent(event);
}

void UnsentWorkLabel::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit clicked();
        return;
    default:
        QLabel::keyPressEvent(event);
    }
}

void UnsentWorkLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void UnsentWorkLabel::retranslate()
{
    setToolTip(tr("Open the Sync page to send your work"));
    setAccessibleDescription(tr("Opens the Sync page"));
}

} // namespace vigia
