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

namespace {
constexpr int kSteps = 4;

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}
} // namespace

SyncPage::SyncPage(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(&ws)
{
    build();
    retranslate();
    refresh();
}

void SyncPage::build()
{
    setObjectName(QStringLiteral("syncPage"));
    m_status = new StatusLine(QStringLiteral("syncStatus"), this);

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    // The hub first: when it works, nobody needs the USB steps below it.
    column->addWidget(m_hub = new HubSyncPanel(*m_ws, content));
    column->addWidget(m_hubCoordinator = new HubCoordinatorPanel(*m_ws, content));
    // A device approved: the members and the steps follow.
    connect(m_hubCoordinator, &HubCoordinatorPanel::projectChanged, this, &SyncPage::refresh);
    m_intro = wrappingLabel(QStringLiteral("syncIntro"), content);
    column->addWidget(m_intro);
    column->addWidget(m_researcherSteps = buildResearcherSteps());
    m_coordinatorSteps = new CoordinatorSteps(content);
    connect(m_coordinatorSteps, &CoordinatorSteps::createRequested, this,
            &SyncPage::askCreateProject);
    connect(m_coordinatorSteps, &CoordinatorSteps::saveInvitationRequested, this,
            &SyncPage::askSaveInvitation);
    connect(m_coordinatorSteps, &CoordinatorSteps::approveRequested, this,
            &SyncPage::askApproveJoinRequest);
    connect(m_coordinatorSteps, &CoordinatorSteps::exportManifestRequested, this,
            &SyncPage::askExportManifest);
    connect(m_coordinatorSteps, &CoordinatorSteps::importFilesRequested, this,
            &SyncPage::askImportBundleFiles);
    connect(m_coordinatorSteps, &CoordinatorSteps::importFolderRequested, this,
            &SyncPage::askImportBundleFolder);
    connect(m_coordinatorSteps, &CoordinatorSteps::exportReceiptRequested, this,
            &SyncPage::askExportReceipt);
    connect(m_coordinatorSteps, &CoordinatorSteps::exportOwnChangesRequested, this,
            &SyncPage::askExportChanges);
    column->addWidget(m_coordinatorSteps);
    column->addWidget(m_countsBox = new OutboxCountsBox(content));
    m_results = new BundleImportResults(content);
    column->addWidget(m_results);
    m_membersBox = new QGroupBox(content);
    m_membersBox->setObjectName(QStringLiteral("syncMembers"));
    m_devices = new ProjectDevicesPanel(m_membersBox);
    connect(m_devices, &ProjectDevicesPanel::revokeRequested, this, &SyncPage::revokeDevice);
    // Requests reach the coordinator through the hub: the devices list shows
    // them beside the members, and approving one there goes the hub's way.
    connect(m_hubCoordinator, &HubCoordinatorPanel::requestsChanged, m_devices,
            &ProjectDevicesPanel::setPendingRequests);
    connect(m_devices, &ProjectDevicesPanel::approveRequested, m_hubCoordinator,
            [this](const JoinRequest &request) { (void)m_hubCoordinator->approve(request); });
    (new QVBoxLayout(m_membersBox))->addWidget(m_devices);
    column->addWidget(m_membersBox);
    // Only once in a project: before that, step 1 joins the first one.
    m_joinAnother = new QPushButton(content);
    m_joinAnother->setObjectName(QStringLiteral("joinAnotherProject"));
    connect(m_joinAnother, &QPushButton::clicked, this, &SyncPage::askJoinByCode);
    column->addWidget(m_joinAnother, 0, Qt::AlignLeft);
    m_detailsToggle = new QToolButton(content);
    m_detailsToggle->setObjectName(QStringLiteral("syncDetailsToggle"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    column->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    column->addWidget(m_details = buildDetails());
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_details->setVisible(open);
        m_detailsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    m_details->hide();
    column->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("syncScroll"));
    // Tab goes straight to the controls (the area scrolls to the focused one).
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    // Coordinators follow what arrived and settle conflicts beside the
    // steps, on tabs of this page rather than pages of their own: they are
    // the other half of importing bundles.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, QString());
    m_inbox = new InboxView(*m_ws, m_tabs);
    m_tabs->addTab(m_inbox, QString());
    m_conflicts = new ConflictsView(*m_ws, m_tabs);
    m_tabs->addTab(m_conflicts, QString());
    m_forms = new FormsView(*m_ws, m_tabs);
    m_tabs->addTab(m_forms, QString());
    connect(m_inbox, &InboxView::openRecordRequested, this, &SyncPage::openRecordRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_inbox)
            m_inbox->refresh();
        else if (m_tabs->widget(index) == m_conflicts)
            m_conflicts->refresh();
        else if (m_tabs->widget(index) == m_forms)
            m_forms->refresh();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
}

QWidget *SyncPage::buildJoinQuestion()
{
    // On the page rather than in a dialog: the fingerprint stays in view
    // while the coordinator reads theirs on the phone.
    auto *box = new QFrame;
    box->setObjectName(QStringLiteral("joinQuestion"));
    box->setFrameShape(QFrame::StyledPanel);
    m_joinProjectName = wrappingLabel(QStringLiteral("joinProjectName"), box);
    m_joinFingerprint = new FingerprintLabel(QStringLiteral("joinFingerprint"), box);
    m_joinAsk = wrappingLabel(QStringLiteral("joinAsk"), box);
    m_joinMatches = new QPushButton(box);
    m_joinMatches->setObjectName(QStringLiteral("joinMatches"));
    m_joinCancel = new QPushButton(box);
    m_joinCancel->setObjectName(QStringLiteral("joinCancel"));
    connect(m_joinMatches, &QPushButton::clicked, this, &SyncPage::confirmJoin);
    connect(m_joinCancel, &QPushButton::clicked, this, &SyncPage::cancelJoin);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_joinMatches);
    buttons->addWidget(m_joinCancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_joinProjectName);
    layout->addWidget(m_joinFingerprint);
    layout->addWidget(m_joinAsk);
    layout->addLayout(buttons);
    box->hide();
    return box;
}

QWidget *SyncPage::buildResearcherSteps()
{
    auto *steps = new QWidget(this);
    steps->setObjectName(QStringLiteral("researcherSteps"));
    m_joinStep = new SyncStep(1, kSteps, steps);
    m_join = m_joinStep->addButton(QStringLiteral("joinProject"));
    connect(m_join, &QPushButton::clicked, this, &SyncPage::askJoin);
    m_joinByCode = m_joinStep->addButton(QStringLiteral("joinByCode"));
    connect(m_joinByCode, &QPushButton::clicked, this, &SyncPage::askJoinByCode);
    m_joinStep->addWidget(m_joinQuestion = buildJoinQuestion());

    m_requestStep = new SyncStep(2, kSteps, steps);
    m_deviceFingerprint = new FingerprintLabel(QStringLiteral("deviceFingerprintToRead"), steps);
    m_requestStep->addWidget(m_deviceFingerprint);
    m_saveRequest = m_requestStep->addButton(QStringLiteral("saveJoinRequest"));
    connect(m_saveRequest, &QPushButton::clicked, this, &SyncPage::askSaveJoinRequest);

    m_approvalStep = new SyncStep(3, kSteps, steps);
    m_importManifest = m_approvalStep->addButton(QStringLiteral("importManifest"));
    connect(m_importManifest, &QPushButton::clicked, this, &SyncPage::askImportManifest);

    m_sendStep = new SyncStep(4, kSteps, steps);
    m_exportChanges = m_sendStep->addButton(QStringLiteral("exportChanges"));
    connect(m_exportChanges, &QPushButton::clicked, this, &SyncPage::askExportChanges);
    m_importReceipt = m_sendStep->addButton(QStringLiteral("importReceipt"));
    connect(m_importReceipt, &QPushButton::clicked, this, &SyncPage::askImportReceipt);
    m_importBundles = m_sendStep->addBundleMenu(QStringLiteral("importBundles"));
    const QList<QAction *> imports = m_importBundles->menu()->actions();
    connect(imports[0], &QAction::triggered, this, &SyncPage::askImportBundleFiles);
    connect(imports[1], &QAction::triggered, this, &SyncPage::askImportBundleFolder);

    auto *layout = new QVBoxLayout(steps);
    layout->setContentsMargins(0, 0, 0, 0);
    for (SyncStep *step : {m_joinStep, m_requestStep, m_approvalStep, m_sendStep})
        layout->addWidget(step);
    return steps;
}

QWidget *SyncPage::buildDetails()
{
    auto *details = new QWidget(this);
    details->setObjectName(QStringLiteral("syncDetails"));
    m_project = new ProjectInfoPanel(details);
    m_technical = wrappingLabel(QStringLiteral("outboxOps"), details);
    m_quarantineBox = new QGroupBox(details);
    m_quarantineBox->setObjectName(QStringLiteral("syncQuarantine"));
    m_quarantine = new QuarantinePanel(m_quarantineBox);
    (new QVBoxLayout(m_quarantineBox))->addWidget(m_quarantine);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_project);
    layout->addWidget(m_technical);
    layout->addWidget(m_quarantineBox);
    return details;
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
