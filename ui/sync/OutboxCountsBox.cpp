#include "ui/sync/OutboxCountsBox.h"

#include "project/OutboxSummary.h"
#include "ui/sync/WorkCountText.h"

#include <QLabel>
#include <QVBoxLayout>

namespace vigia {

namespace {
QLabel *countLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}
} // namespace

OutboxCountsBox::OutboxCountsBox(QWidget *parent)
    : QGroupBox(parent)
    , m_notExported(countLabel(QStringLiteral("pendingChanges"), this))
    , m_onStick(countLabel(QStringLiteral("onStickChanges"), this))
    , m_received(countLabel(QStringLiteral("receivedChanges"), this))
{
    setObjectName(QStringLiteral("syncChanges"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notExported);
    layout->addWidget(m_onStick);
    layout->addWidget(m_received);
}

void OutboxCountsBox::retranslate()
{
    setTitle(tr("Your records and codings"));
    m_notExported->setAccessibleName(tr("Not yet exported"));
    m_onStick->setAccessibleName(tr("On their way, waiting for the coordinator's receipt"));
    m_received->setAccessibleName(tr("Received by the coordinator"));
}

void OutboxCountsBox::setSummary(const OutboxSummary &s)
{
    m_notExported->setText(
        tr("Not yet exported: %1").arg(WorkCountText::itemsOrNothing(s.notExported)));
    m_onStick->setText(tr("On their way, waiting for the coordinator's receipt: %1")
                           .arg(WorkCountText::itemsOrNothing(s.onStick)));
    m_received->setText(
        tr("Received by the coordinator: %1").arg(WorkCountText::itemsOrNothing(s.received)));
}

void OutboxCountsBox::setError(const QString &message)
{
    m_notExported->setText(message);
    m_onStick->clear();
    m_received->clear();
}

} // namespace vigia
