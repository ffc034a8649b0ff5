// SyncPage: bringing what it shows up to date with the store: the project,
// the researcher's steps and the counts of work waiting.
#include "ui/sync/SyncPage.h"

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
#include "ui/sync/ConflictsView.h"
#include "ui/sync/CoordinatorSteps.h"
#include "ui/sync/FingerprintLabel.h"
#include "ui/sync/FormsView.h"
#include "ui/sync/HubCoordinatorPanel.h"
#include "ui/sync/HubSyncPanel.h"
#include "ui/sync/InboxView.h"
#include "ui/sync/JoinByCodeDialog.h"
#include "ui/sync/OutboxCountsBox.h"
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

void SyncPage::refresh()
{
    // A project joined, created or approved here may now have a hub to sync with.
    if (m_syncController)
        m_syncController->refresh();
    if (m_ws)
        refreshProject();
    if (m_ws && m_tabs) {
        // Every device receives bundles, but only coordinators receive other
        // devices' changes: the inbox and conflicts are theirs, and only
        // they publish forms.
        const bool coordinator = m_ws->role() == Role::Coordinator;
        m_tabs->setTabVisible(1, coordinator);
        m_tabs->setTabVisible(2, coordinator);
        m_tabs->setTabVisible(3, coordinator);
        m_tabs->tabBar()->setVisible(coordinator);
        if (coordinator) {
            m_inbox->refresh();
            m_conflicts->refresh();
            m_forms->refresh();
        }
    }
}

void SyncPage::refreshProject()
{
    auto loaded = ProjectStore(m_ws->database()).load();
    if (!loaded) {
        fail(loaded.error());
        return;
    }
    const std::optional<ProjectStore::State> &state = loaded.value();
    const QByteArray me = m_ws->deviceId().toRfc4122();
    // Only the workspace that created the project holds its key; a second
    // coordinator joins like any member.
    m_holdsProjectKey = state && state->invitation.isEmpty();
    m_joined = bool(state);
    const bool coordinatorView = m_holdsProjectKey || (!state && m_ws->role() == Role::Coordinator);
    const ProjectManifest *manifest = state && state->manifest ? &*state->manifest : nullptr;
    m_approved = manifest && manifest->device(me);
    QString name = manifest ? manifest->name : QString();
    if (state && !manifest) {
        if (auto invitation = Invitation::open(state->invitation))
            name = invitation.value().projectName;
    }

    m_intro->setText(coordinatorView
                         ? tr("Bring researchers into the project and collect their findings "
                              "on a USB stick, one step at a time.")
                         : tr("Send your findings to your coordinator on a USB stick, one step "
                              "at a time."));
    m_researcherSteps->setVisible(!coordinatorView);
    m_coordinatorSteps->setVisible(coordinatorView);
    m_membersBox->setVisible(m_holdsProjectKey);
    // The hub's address is for engineers: it waits in the details.
    const QString hubUrl = state ? SyncController::hubUrl(*m_ws) : QString();
    m_hub->setVisible(!hubUrl.isEmpty());
    if (!hubUrl.isEmpty())
        m_hub->refresh();
    m_hubCoordinator->setVisible(m_holdsProjectKey && !hubUrl.isEmpty());
    m_project->setHubUrl(hubUrl);
    m_detailsToggle->setVisible(m_joined);
    m_joinAnother->setVisible(m_joined);
    m_details->setVisible(m_joined && m_detailsToggle->isChecked());
    m_results->setVisible(m_results->topLevelItemCount() > 0);
    // A coordinator's own records go only to other coordinators: without
    // one, there is nothing to count as unsent.
    m_countsBox->setVisible(m_joined &&
                            (!m_holdsProjectKey || (manifest && manifest->recipients.size() > 1)));
    m_coordinatorSteps->setOwnChangesShown(m_holdsProjectKey && manifest &&
                                           manifest->recipients.size() > 1);

    if (coordinatorView) {
        ProjectProgress progress(m_ws->database());
        m_currentStep = m_coordinatorSteps->refresh(m_holdsProjectKey,
                                                    manifest ? int(manifest->devices.size()) : 0,
                                                    manifest ? manifest->version : 0, progress);
    } else
        refreshResearcherSteps(m_joined, m_approved, manifest != nullptr, name);

    if (state) {
        m_project->setProject(name, state->projectId, state->keyFingerprint,
                              manifest ? manifest->version : 0, m_ws->fingerprint());
        m_coordinatorSteps->setKeyFingerprint(Fingerprint::format(state->keyFingerprint));
    }
    if (manifest) {
        m_devices->setManifest(*manifest, me);
        // Numbers the coordinator compares; a failed read leaves them blank.
        if (auto overview = DeviceOverview(*m_ws).devices())
            m_devices->setOverview(overview.value());
    }
    refreshCounts();
    auto quarantined = ChangeImporter(*m_ws).quarantine();
    m_quarantine->setEntries(
        quarantined ? quarantined.value() : QList<ChangeImporter::Quarantined>{}, manifest);
}

void SyncPage::refreshResearcherSteps(bool joined, bool approved, bool hasManifest,
                                      const QString &projectName)
{
    ProjectProgress progress(m_ws->database());
    auto saved = progress.joinRequestSaved();
    // A manifest of this project means the coordinator had the request.
    const bool requestSaved = (saved && saved.value()) || hasManifest || approved;
    if (!joined)
        m_currentStep = 1;
    else if (!approved && !requestSaved)
        m_currentStep = 2;
    else if (!approved)
        m_currentStep = 3;
    else
        m_currentStep = 4;
    const auto stateOf = [this](int step, bool done) {
        if (done)
            return SyncStep::State::Done;
        return step == m_currentStep ? SyncStep::State::Current : SyncStep::State::Waiting;
    };
    m_joinStep->setState(stateOf(1, joined));
    m_requestStep->setState(stateOf(2, requestSaved), !approved);
    m_approvalStep->setState(stateOf(3, approved), true);
    m_sendStep->setState(stateOf(4, false));

    m_joinStep->setText(joined ? tr("Joined %1.").arg(projectName)
                               : tr("Open the invitation file your coordinator gave you. Before "
                                    "anything changes, Vigia shows the project's fingerprint and "
                                    "asks whether it matches what your coordinator reads to you."));
    if (joined)
        m_joinQuestion->hide();
    m_requestStep->setText(approved ? tr("Your coordinator approved your request.")
                                    : tr("Save your request to the USB stick and give it to your "
                                         "coordinator. When they call, read them this device's "
                                         "fingerprint:"));
    m_deviceFingerprint->setFingerprint(m_ws->fingerprint());
    m_deviceFingerprint->setVisible(joined && !approved);
    m_approvalStep->setText(approved ? tr("This device is approved. Load each new approval your "
                                          "coordinator gives you.")
                                     : tr("Load the approval file your coordinator gives back "
                                          "after accepting your request."));
}

void SyncPage::refreshCounts()
{
    auto summary = OutboxSummary::read(m_ws->database(), m_ws->deviceId().toRfc4122());
    if (summary)
        m_countsBox->setSummary(summary.value());
    else
        m_countsBox->setError(summary.error().message());
    auto ops = Outbox::pendingCount(m_ws->database());
    m_technical->setText(tr("%n change(s) of this device not yet acknowledged by a receipt.",
                            nullptr, ops ? ops.value() : 0));
}

} // namespace vigia
