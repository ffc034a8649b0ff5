#include "ui/sync/SyncPage.h"

#include "ui/sync/ConflictsView.h"
#include "ui/sync/CoordinatorSteps.h"
#include "ui/sync/FingerprintLabel.h"
#include "ui/sync/FormsView.h"
#include "ui/sync/InboxView.h"
#include "ui/sync/OutboxCountsBox.h"

#include "crypto/Fingerprint.h"
#include "project/ChangeImporter.h"
#include "project/Invitation.h"
#include "project/Outbox.h"
#include "project/OutboxSummary.h"
#include "project/ProjectProgress.h"
#include "project/ProjectStore.h"
#include "store/Workspace.h"
#include "ui/common/StatusLine.h"
#include "ui/sync/BundleImportResults.h"
#include "ui/sync/HubCoordinatorPanel.h"
#include "ui/sync/HubSyncPanel.h"
#include "ui/sync/JoinByCodeDialog.h"
#include "ui/sync/PlainMessage.h"
#include "ui/sync/ProjectDevicesPanel.h"
#include "ui/sync/ProjectInfoPanel.h"
#include "ui/sync/QuarantinePanel.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncStep.h"
#include "ui/sync/WorkCountText.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace vigia {

SyncPage::SyncPage(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(&ws)
{
    build();
    retranslate();
    refresh();
}

void SyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void SyncPage::retranslate()
{
    m_status->setAccessibleName(tr("Sync status"));
    m_tabs->setTabText(0, tr("Sync"));
    m_tabs->setTabText(1, tr("Inbox"));
    m_tabs->setTabText(2, tr("Conflicts"));
    m_tabs->setTabText(3, tr("Forms"));

    m_joinStep->setTitle(tr("Join the project"));
    m_join->setText(tr("&Open the invitation…"));
    m_join->setAccessibleName(tr("Open the invitation file from your coordinator"));
    m_joinByCode->setText(tr("Jo&in with a code…"));
    m_joinByCode->setAccessibleName(
        tr("Join through the hub with the code your coordinator reads to you"));
    m_joinAsk->setText(tr("Does this match what your coordinator reads to you? Join only if "
                          "every group matches: anyone can write an invitation file."));
    m_joinFingerprint->setAccessibleName(tr("Project fingerprint"));
    m_joinMatches->setText(tr("&Yes, it matches: join"));
    m_joinMatches->setAccessibleName(tr("The fingerprint matches: join the project"));
    m_joinCancel->setText(tr("Cancel"));
    m_joinCancel->setAccessibleName(tr("Do not join"));

    m_requestStep->setTitle(tr("Send your request to the coordinator"));
    m_deviceFingerprint->setAccessibleName(tr("This device's fingerprint"));
    m_saveRequest->setText(tr("&Save the request…"));
    m_saveRequest->setAccessibleName(tr("Save this device's join request to the USB stick"));

    m_approvalStep->setTitle(tr("Load the approval"));
    m_importManifest->setText(tr("&Load the approval…"));
    m_importManifest->setAccessibleName(tr("Load the approval file from your coordinator"));

    m_sendStep->setTitle(tr("Send your findings"));
    m_sendStep->setText(tr("Put your finalized records and codings on the USB stick for your "
                           "coordinator. Then load the receipt they give back: it tells this "
                           "device what arrived."));
    m_exportChanges->setText(tr("Send your &findings…"));
    m_exportChanges->setAccessibleName(
        tr("Save your findings to a folder, such as a USB stick, for the coordinator"));
    m_importReceipt->setText(tr("Load the &receipt…"));
    m_importReceipt->setAccessibleName(tr("Load a receipt from the coordinator"));
    m_importBundles->setText(tr("Load &bundles…"));
    m_importBundles->setAccessibleName(tr("Load bundles from the coordinator"));

    SyncStep::retranslateBundleMenu(m_importBundles);
    m_coordinatorSteps->retranslate();

    m_countsBox->retranslate();
    m_membersBox->setTitle(tr("Members"));
    m_joinAnother->setText(tr("Join another pro&ject with a code…"));
    m_joinAnother->setAccessibleName(
        tr("Join a further project through its hub, beside the one this workspace is in"));
    m_detailsToggle->setText(tr("&Details"));
    m_detailsToggle->setAccessibleName(tr("Show technical details"));
    m_technical->setAccessibleName(tr("Changes not yet acknowledged"));
    m_quarantineBox->setTitle(tr("Quarantine"));
    refreshProject();
}

QString SyncPage::statusText() const
{
    return m_status ? m_status->text() : QString();
}

bool SyncPage::statusIsError() const
{
    return m_status->isError();
}

void SyncPage::showMessage(const QString &text)
{
    m_status->showMessage(text);
}

bool SyncPage::failWith(const QString &text)
{
    m_status->showError(PlainMessage::withoutCommandLines(text));
    return false;
}

bool SyncPage::fail(const Error &error)
{
    return failWith(error.message());
}

void SyncPage::askJoinByCode()
{
    JoinByCodeDialog dialog(*m_ws, this);
    // refresh() also lets the sync agent start: it waits for the approval.
    connect(&dialog, &JoinByCodeDialog::joined, this, &SyncPage::refresh);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("Joined %1. The approval arrives by itself with the next sync.")
                        .arg(dialog.projectName()));
    if (const QByteArray added = dialog.addedProjectStore(); !added.isEmpty())
        emit projectAdded(added);
}

void SyncPage::setSyncController(SyncController *controller)
{
    m_syncController = controller;
    m_hub->setController(controller);
    refresh();
}

bool SyncPage::requireJoined()
{
    refreshProject();
    if (m_joined)
        return true;
    return failWith(m_coordinatorSteps->isVisibleTo(this)
                        ? tr("Create the project first (step 1).")
                        : tr("Join the project first (step 1): open the invitation file from "
                             "your coordinator."));
}

bool SyncPage::requireApproved()
{
    if (!requireJoined())
        return false;
    if (m_approved)
        return true;
    return failWith(tr("Load the approval from your coordinator first (step 3): until then, "
                       "nobody would accept what this device sends."));
}

bool SyncPage::requireCreated()
{
    refreshProject();
    if (m_holdsProjectKey)
        return true;
    return failWith(m_joined ? tr("Only the coordinator who created the project can do this.")
                             : tr("Create the project first (step 1)."));
}

} // namespace vigia
