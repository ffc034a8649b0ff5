#include "ui/sync/SyncPage.h"

#include "ui/sync/CoordinatorSteps.h"
#include "ui/sync/FingerprintLabel.h"
#include "ui/sync/OutboxCountsBox.h"
#include "ui/sync/ProjectFileDialog.h"

#include "crypto/Fingerprint.h"
#include "project/ChangeImporter.h"
#include "project/Invitation.h"
#include "project/JoinRequest.h"
#include "project/Outbox.h"
#include "project/OutboxSummary.h"
#include "project/ProjectAdmin.h"
#include "project/ProjectMembership.h"
#include "project/ProjectProgress.h"
#include "project/ProjectStore.h"
#include "project/ReceiptBook.h"
#include "project/SignedFile.h"
#include "store/Workspace.h"
#include "ui/common/MessageBox.h"
#include "ui/sync/BundleImportResults.h"
#include "ui/sync/BundleTransferRunner.h"
#include "ui/sync/HubSyncPanel.h"
#include "ui/sync/JoinRequestDialog.h"
#include "ui/sync/PlainMessage.h"
#include "ui/sync/ProjectDevicesPanel.h"
#include "ui/sync/ProjectInfoPanel.h"
#include "ui/sync/ProjectSetupDialog.h"
#include "ui/sync/QuarantinePanel.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncStep.h"
#include "ui/sync/WorkCountText.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace vigia {

namespace {
constexpr int kSteps = 4;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

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
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->hide();

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    // The hub first: when it works, nobody needs the USB steps below it.
    column->addWidget(m_hub = new HubSyncPanel(*m_ws, content));
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
    (new QVBoxLayout(m_membersBox))->addWidget(m_devices);
    column->addWidget(m_membersBox);
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
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

    m_joinStep->setTitle(tr("Join the project"));
    m_join->setText(tr("&Open the invitation…"));
    m_join->setAccessibleName(tr("Open the invitation file from your coordinator"));
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

void SyncPage::showMessage(const QString &text)
{
    m_statusIsError = false;
    QFont font = m_status->font();
    font.setBold(false);
    m_status->setFont(font);
    m_status->setText(text);
    m_status->show();
}

bool SyncPage::failWith(const QString &text)
{
    m_statusIsError = true;
    // Bold rather than a colour: it survives every theme and high contrast.
    QFont font = m_status->font();
    font.setBold(true);
    m_status->setFont(font);
    m_status->setText(PlainMessage::withoutCommandLines(text));
    m_status->show();
    return false;
}

bool SyncPage::fail(const Error &error)
{
    return failWith(error.message());
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
    m_project->setHubUrl(hubUrl);
    m_detailsToggle->setVisible(m_joined);
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
    if (manifest)
        m_devices->setManifest(*manifest, me);
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

bool SyncPage::createProject(const QString &name, const QString &country, const QString &hubUrl)
{
    auto created = ProjectAdmin(*m_ws).create(name, country, hubUrl);
    if (!created)
        return fail(created.error());
    refresh();
    showMessage(tr("Created the project %1. Keep this workspace and its passphrase safe: it "
                   "holds the project key. Next, save an invitation (step 2).")
                    .arg(created.value().name));
    return true;
}

bool SyncPage::saveInvitation(const QString &path)
{
    if (!requireCreated())
        return false;
    auto bytes = ProjectAdmin(*m_ws).invitation();
    if (!bytes)
        return fail(bytes.error());
    if (Status s = SignedFile::writeFile(path, bytes.value()); !s)
        return fail(s.error());
    if (Status s = ProjectProgress(m_ws->database()).noteInvitationSaved(); !s)
        return fail(s.error());
    refresh();
    showMessage(tr("Saved the invitation to %1. Give it to the researcher and read them the "
                   "project's fingerprint by phone: %2")
                    .arg(native(path), m_project->keyFingerprint()));
    return true;
}

bool SyncPage::approveJoinRequest(const QString &path)
{
    if (!requireCreated())
        return false;
    auto bytes = SignedFile::readFile(path);
    if (!bytes)
        return fail(bytes.error());
    auto request = JoinRequest::open(bytes.value());
    if (!request)
        return fail(request.error());
    JoinRequestDialog dialog(request.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto manifest = ProjectAdmin(*m_ws).approve(request.value(), dialog.grantedRole());
    if (!manifest)
        return fail(manifest.error());
    refresh();
    showMessage(tr("Approved %1. Now save the approval and give it to every member of the "
                   "project.")
                    .arg(request.value().name));
    return true;
}

bool SyncPage::revokeDevice(const QByteArray &deviceId, const QString &name)
{
    const auto answer = MessageBox::question(
        this, tr("Revoke device"),
        tr("Remove %1 from the project? Only the changes this computer has already received "
           "from it stay valid; anything else it sends, whatever its date, will be refused. "
           "Save the approval again afterwards and give it to every member.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    auto manifest = ProjectAdmin(*m_ws).revoke(deviceId);
    if (!manifest)
        return fail(manifest.error());
    refresh();
    showMessage(tr("Removed %1. Save the approval again and give it to every member.").arg(name));
    return true;
}

bool SyncPage::exportManifest(const QString &path)
{
    if (!requireCreated())
        return false;
    auto state = ProjectStore(m_ws->database()).requireProject();
    if (!state)
        return fail(state.error());
    if (Status s = SignedFile::writeFile(path, state.value().manifestBytes); !s)
        return fail(s.error());
    const quint64 version = state.value().manifest ? state.value().manifest->version : 0;
    if (Status s = ProjectProgress(m_ws->database()).noteManifestSaved(version); !s)
        return fail(s.error());
    refresh();
    showMessage(tr("Saved the approval to %1. Give it to every member of the project: it tells "
                   "their devices who belongs to it.")
                    .arg(native(path)));
    return true;
}

bool SyncPage::openInvitation(const QString &path)
{
    refreshProject();
    if (m_joined)
        return failWith(tr("This workspace already belongs to a project; nothing was changed. "
                           "Use a separate workspace for each project."));
    auto bytes = SignedFile::readFile(path);
    if (!bytes)
        return fail(bytes.error());
    auto invitation = Invitation::open(bytes.value());
    if (!invitation)
        return fail(invitation.error());
    m_openedInvitation = bytes.value();
    m_joinProjectName->setText(tr("Project: %1").arg(invitation.value().projectName));
    m_joinFingerprint->setFingerprint(Fingerprint::format(invitation.value().keyFingerprint()));
    m_joinQuestion->show();
    m_status->hide();
    m_joinCancel->setFocus();
    return true;
}

bool SyncPage::confirmJoin()
{
    if (m_openedInvitation.isEmpty())
        return failWith(tr("Open the invitation file first."));
    const QByteArray bytes = std::exchange(m_openedInvitation, QByteArray());
    m_joinQuestion->hide();
    auto invitation = ProjectMembership(*m_ws).join(bytes);
    if (!invitation)
        return fail(invitation.error());
    refresh();
    showMessage(tr("Joined %1. Next, save your request to the USB stick (step 2).")
                    .arg(invitation.value().projectName));
    return true;
}

void SyncPage::cancelJoin()
{
    m_openedInvitation.clear();
    m_joinQuestion->hide();
    showMessage(tr("Nothing was changed. Join once the fingerprint matches what your "
                   "coordinator reads to you."));
}

bool SyncPage::joinFromInvitation(const QString &path)
{
    return openInvitation(path) && confirmJoin();
}

bool SyncPage::saveJoinRequest(const QString &path)
{
    if (!requireJoined())
        return false;
    auto bytes = ProjectMembership(*m_ws).request();
    if (!bytes)
        return fail(bytes.error());
    if (Status s = SignedFile::writeFile(path, bytes.value()); !s)
        return fail(s.error());
    if (Status s = ProjectProgress(m_ws->database()).noteJoinRequestSaved(); !s)
        return fail(s.error());
    refresh();
    showMessage(tr("Saved your request to %1. Give it to your coordinator and read them this "
                   "device's fingerprint by phone: %2")
                    .arg(native(path), m_ws->fingerprint()));
    return true;
}

bool SyncPage::importManifest(const QString &path)
{
    if (!requireJoined())
        return false;
    auto bytes = SignedFile::readFile(path);
    if (!bytes)
        return fail(bytes.error());
    auto state = ProjectStore(m_ws->database()).requireProject();
    if (!state)
        return fail(state.error());
    // Checked here so the answer speaks of approvals, not manifest versions.
    auto incoming =
        ProjectManifest::open(bytes.value(), state.value().keyFingerprint, state.value().projectId);
    if (!incoming)
        return fail(incoming.error());
    const quint64 have = state.value().manifest ? state.value().manifest->version : 0;
    if (incoming.value().version <= have)
        return failWith(tr("This approval is not newer than the one already loaded; nothing was "
                           "changed. Ask your coordinator for their newest approval file."));
    const bool wasApproved = m_approved;
    auto imported = ProjectMembership(*m_ws).importManifest(bytes.value());
    if (!imported)
        return fail(imported.error());
    int released = 0;
    for (const auto &r : imported.value().released) {
        m_results->addResult(tr("(waiting bundle)"), r);
        if (r && r.value().kind != ChangeImporter::Outcome::Kind::Quarantined)
            ++released;
    }
    refresh();
    QString text;
    if (!m_approved)
        text = tr("Loaded the coordinator's file, but it does not approve this device yet. Ask "
                  "your coordinator to approve your request, then load the new file.");
    else if (!wasApproved)
        text = tr("Your coordinator approved this device. You can now send your findings "
                  "(step 4).");
    else
        text = tr("Loaded the coordinator's newer approval.");
    if (released > 0)
        text +=
            QLatin1Char(' ') + tr("%n bundle(s) waiting for their sender's approval were imported.",
                                  nullptr, released);
    showMessage(text);
    return true;
}

bool SyncPage::exportChangesTo(const QString &dir)
{
    if (!requireApproved())
        return false;
    auto exported = BundleTransferRunner::exportChanges(this, *m_ws, dir);
    if (!exported)
        return fail(exported.error());
    refresh();
    const ChangeExporter::Exported &e = exported.value();
    if (e.path.isEmpty()) {
        showMessage(tr("Nothing new to send. Drafts stay on this computer until you finalize "
                       "them."));
        return true;
    }
    auto summary = OutboxSummary::read(m_ws->database(), m_ws->deviceId().toRfc4122());
    const QString items = summary ? WorkCountText::items(summary.value().onStick) : QString();
    if (items.isEmpty())
        showMessage(tr("Saved this device's starting data to %1; it holds no records yet.")
                        .arg(native(e.paths.size() == 1 ? e.path : dir)));
    else if (e.paths.size() == 1)
        showMessage(tr("Put %1 on the USB stick: %2. They show as waiting for the coordinator's "
                       "receipt until it comes back.")
                        .arg(items, native(e.path)));
    else
        showMessage(tr("Put %1 on the USB stick in %n files in %2; give all of them to your "
                       "coordinator.",
                       nullptr, int(e.paths.size()))
                        .arg(items, native(dir)));
    return true;
}

bool SyncPage::importBundles(const QStringList &paths)
{
    if (!requireJoined())
        return false;
    const QStringList files = BundleTransferRunner::bundleFiles(paths);
    if (files.isEmpty())
        return fail(Error(ErrorCode::NotFound,
                          tr("There are no bundles (*.vigiabundle) there. Choose the folder "
                             "or the files your colleagues exported.")));
    m_results->clear();
    int refused = 0;
    BundleTransferRunner::importFiles(
        this, *m_ws, files,
        [this, &refused](const QString &path, const Result<ChangeImporter::Outcome> &r) {
            m_results->addResult(path, r);
            if (!r)
                ++refused;
        });
    refresh();
    const int done = m_results->topLevelItemCount();
    if (refused > 0)
        return fail(Error(ErrorCode::Failure,
                          tr("%1 of %n bundle(s) were refused; the list says why. Nothing of "
                             "a refused bundle was imported.",
                             nullptr, done)
                              .arg(refused)));
    showMessage(tr("Imported %n bundle(s); the list shows each result.", nullptr, done));
    return true;
}

bool SyncPage::exportReceipt(const QString &path)
{
    if (!requireApproved())
        return false;
    auto bytes = ReceiptBook::issue(*m_ws);
    if (!bytes)
        return fail(bytes.error());
    if (Status s = SignedFile::writeFile(path, bytes.value()); !s)
        return fail(s.error());
    showMessage(tr("Saved the receipt to %1. Give it to the researchers: it tells their "
                   "devices which records arrived.")
                    .arg(native(path)));
    return true;
}

bool SyncPage::importReceipt(const QString &path)
{
    if (!requireApproved())
        return false;
    auto bytes = SignedFile::readFile(path);
    if (!bytes)
        return fail(bytes.error());
    auto accepted = ReceiptBook::accept(*m_ws, bytes.value());
    if (!accepted)
        return fail(accepted.error());
    refresh();
    auto summary = OutboxSummary::read(m_ws->database(), m_ws->deviceId().toRfc4122());
    if (!summary)
        return fail(summary.error());
    QString text = tr("Loaded the coordinator's receipt. Received by the coordinator: %1.")
                       .arg(WorkCountText::itemsOrNothing(summary.value().received));
    if (const OutboxSummary::Counts unsent = summary.value().unsent(); !unsent.isEmpty())
        text += QLatin1Char(' ') + tr("Not received yet: %1.").arg(WorkCountText::items(unsent));
    showMessage(text);
    return true;
}

void SyncPage::askCreateProject()
{
    ProjectSetupDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        createProject(dialog.name(), dialog.country(), dialog.hubUrl());
}

void SyncPage::askSaveInvitation()
{
    const QString path =
        ProjectFileDialog::save(this, tr("Save invitation"), ProjectFiles::Kind::Invitation);
    if (!path.isEmpty())
        saveInvitation(path);
}

void SyncPage::askApproveJoinRequest()
{
    const QString path =
        ProjectFileDialog::open(this, tr("Open join request"), ProjectFiles::Kind::JoinRequest);
    if (!path.isEmpty())
        approveJoinRequest(path);
}

void SyncPage::askExportManifest()
{
    const QString path =
        ProjectFileDialog::save(this, tr("Save the approval"), ProjectFiles::Kind::Manifest);
    if (!path.isEmpty())
        exportManifest(path);
}

void SyncPage::askJoin()
{
    const QString path =
        ProjectFileDialog::open(this, tr("Open invitation"), ProjectFiles::Kind::Invitation);
    if (!path.isEmpty())
        openInvitation(path);
}

void SyncPage::askSaveJoinRequest()
{
    const QString path =
        ProjectFileDialog::save(this, tr("Save join request"), ProjectFiles::Kind::JoinRequest);
    if (!path.isEmpty())
        saveJoinRequest(path);
}

void SyncPage::askImportManifest()
{
    const QString path =
        ProjectFileDialog::open(this, tr("Load the approval"), ProjectFiles::Kind::Manifest);
    if (!path.isEmpty())
        importManifest(path);
}

void SyncPage::askExportChanges()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Choose the USB stick or a folder on it"), QDir::homePath());
    if (!dir.isEmpty())
        exportChangesTo(dir);
}

void SyncPage::askImportBundleFiles()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import bundles"), QDir::homePath(),
                                      tr("Vigia bundles (*.vigiabundle);;All files (*)"));
    if (!files.isEmpty())
        importBundles(files);
}

void SyncPage::askImportBundleFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Import bundles from folder"), QDir::homePath());
    if (!dir.isEmpty())
        importBundles({dir});
}

void SyncPage::askExportReceipt()
{
    const QString path =
        ProjectFileDialog::save(this, tr("Export receipt"), ProjectFiles::Kind::Receipt);
    if (!path.isEmpty())
        exportReceipt(path);
}

void SyncPage::askImportReceipt()
{
    const QString path =
        ProjectFileDialog::open(this, tr("Import receipt"), ProjectFiles::Kind::Receipt);
    if (!path.isEmpty())
        importReceipt(path);
}

} // namespace vigia
