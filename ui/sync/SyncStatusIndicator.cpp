#include "ui/sync/SyncStatusIndicator.h"

#include "ui/sync/SyncStatusText.h"

#include <QEvent>

namespace vigia {

SyncStatusIndicator::SyncStatusIndicator(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncIndicator"));
    m_status.state = SyncAgent::State::Offline;
    retranslate();
}

void SyncStatusIndicator::setStatus(const SyncAgent::Status &status, bool awaitingApproval)
{
    m_status = status;
    m_awaitingApproval = awaitingApproval;
    retranslate();
}

void SyncStatusIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void SyncStatusIndicator::retranslate()
{
    setText(SyncStatusText::indicator(m_status, m_awaitingApproval));
    setToolTip(SyncStatusText::indicatorToolTip(m_status, m_awaitingApproval));
    setAccessibleName(tr("Sync with the hub"));
    // Screen readers read the reason with the state.
    setAccessibleDescription(toolTip());
}

} // namespace vigia
