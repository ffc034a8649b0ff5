#include "ui/sync/SyncPage.h"

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
#include "ui/sync/JoinRequestDialog.h"
#include "ui/sync/PlainMessage.h"
#include "ui/sync/ProjectDevicesPanel.h"
#include "ui/sync/ProjectInfoPanel.h"
#include "ui/sync/ProjectSetupDialog.h"
#include "ui/sync/QuarantinePanel.h"
#include "ui/sync/SyncStep.h"
#include "ui/sync/WorkCountText.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
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

// A fingerprint in two lines of four groups: the way it is read aloud.
QString forReading(const QString &formatted)
{
    const QStringList groups = formatted.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (groups.size() < 2)
        return formatted;
    const qsizetype half = (groups.size() + 1) / 2;
    return groups.mid(0, half).join(QLatin1Char(' ')) + QLatin1Char('\n') +
           groups.mid(half).join(QLatin1Char(' '));
}

QLabel *fingerprintLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    label->setFont(mono);
    return label;
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
    m_intro = wrappingLabel(QStringLiteral("syncIntro"), content);
    column->addWidget(m_intro);
    column->addWidget(m_researcherSteps = buildResearcherSteps());
    column->addWidget(m_coordinatorSteps = buildCoordinatorSteps());
    column->addWidget(m_countsBox = buildCountsBox());
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
    m_joinFingerprint = fingerprintLabel(QStringLiteral("joinFingerprint"), box);
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

QPushButton *SyncPage::addBundleMenu(SyncStep *step, const QString &objectName)
{
    QPushButton *button = step->addButton(objectName);
    auto *menu = new QMenu(button);
    menu->setObjectName(objectName + QStringLiteral("Menu"));
    connect(menu->addAction(QString()), &QAction::triggered, this, &SyncPage::askImportBundleFiles);
    connect(menu->addAction(QString()), &QAction::triggered, this,
            &SyncPage::askImportBundleFolder);
    button->setMenu(menu);
    return button;
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
    m_deviceFingerprint = fingerprintLabel(QStringLiteral("deviceFingerprintToRead"), steps);
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
    m_importBundles = addBundleMenu(m_sendStep, QStringLiteral("importBundles"));

    auto *layout = new QVBoxLayout(steps);
    layout->setContentsMargins(0, 0, 0, 0);
    for (SyncStep *step : {m_joinStep, m_requestStep, m_approvalStep, m_sendStep})
        layout->addWidget(step);
    return steps;
}

QWidget *SyncPage::buildCoordinatorSteps()
{
    auto *steps = new QWidget(this);
    steps->setObjectName(QStringLiteral("coordinatorSteps"));
    m_createStep = new SyncStep(1, kSteps, steps);
    m_create = m_createStep->addButton(QStringLiteral("createProject"));
    connect(m_create, &QPushButton::clicked, this, &SyncPage::askCreateProject);

    m_inviteStep = new SyncStep(2, kSteps, steps);
    m_keyFingerprint = fingerprintLabel(QStringLiteral("projectKeyToRead"), steps);
    m_inviteStep->addWidget(m_keyFingerprint);
    m_saveInvitation = m_inviteStep->addButton(QStringLiteral("saveInvitation"));
    connect(m_saveInvitation, &QPushButton::clicked, this, &SyncPage::askSaveInvitation);

    m_approveStep = new SyncStep(3, kSteps, steps);
    m_approve = m_approveStep->addButton(QStringLiteral("approveJoinRequest"));
    connect(m_approve, &QPushButton::clicked, this, &SyncPage::askApproveJoinRequest);
    m_exportManifest = m_approveStep->addButton(QStringLiteral("exportManifest"));
    connect(m_exportManifest, &QPushButton::clicked, this, &SyncPage::askExportManifest);

    m_collectStep = new SyncStep(4, kSteps, steps);
    m_importFindings = addBundleMenu(m_collectStep, QStringLiteral("importFindings"));
    m_exportReceipt = m_collectStep->addButton(QStringLiteral("exportReceipt"));
    connect(m_exportReceipt, &QPushButton::clicked, this, &SyncPage::askExportReceipt);
    m_exportOwnChanges = m_collectStep->addButton(QStringLiteral("exportOwnChanges"));
    connect(m_exportOwnChanges, &QPushButton::clicked, this, &SyncPage::askExportChanges);

    auto *layout = new QVBoxLayout(steps);
    layout->setContentsMargins(0, 0, 0, 0);
    for (SyncStep *step : {m_createStep, m_inviteStep, m_approveStep, m_collectStep})
        layout->addWidget(step);
    return steps;
}

QGroupBox *SyncPage::buildCountsBox()
{
    auto *box = new QGroupBox(this);
    box->setObjectName(QStringLiteral("syncChanges"));
    m_notExported = wrappingLabel(QStringLiteral("pendingChanges"), box);
    m_onStick = wrappingLabel(QStringLiteral("onStickChanges"), box);
    m_received = wrappingLabel(QStringLiteral("receivedChanges"), box);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_notExported);
    layout->addWidget(m_onStick);
    layout->addWidget(m_received);
    return box;
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

    m_createStep->setTitle(tr("Create the project"));
    m_createStep->setText(tr("Name the project and its country. This workspace will hold the "
                             "project key: keep it and its passphrase safe."));
    m_create->setText(tr("&Create the project…"));
    m_create->setAccessibleName(tr("Create a project"));

    m_inviteStep->setTitle(tr("Invite researchers"));
    m_keyFingerprint->setAccessibleName(tr("Project fingerprint"));
    m_saveInvitation->setText(tr("Save an &invitation…"));
    m_saveInvitation->setAccessibleName(tr("Save an invitation file for a new member"));

    m_approveStep->setTitle(tr("Approve a join request"));
    m_approveStep->setText(tr("Open a researcher's request and compare the fingerprint they "
                              "read to you. Then save the approval and give it back to them, "
                              "and to every member after each change."));
    m_approve->setText(tr("&Open a join request…"));
    m_approve->setAccessibleName(tr("Open a join request file to approve"));
    m_exportManifest->setText(tr("Save the &approval…"));
    m_exportManifest->setAccessibleName(tr("Save the approval for every member"));

    m_collectStep->setTitle(tr("Import findings, give receipts"));
    m_collectStep->setText(tr("Import the findings researchers bring on their USB sticks, then "
                              "save a receipt for them: it tells their devices what arrived."));
    m_importFindings->setText(tr("Import &findings…"));
    m_importFindings->setAccessibleName(tr("Import findings from files or a folder"));
    m_exportReceipt->setText(tr("Save a receip&t…"));
    m_exportReceipt->setAccessibleName(tr("Save a receipt for the findings imported here"));
    m_exportOwnChanges->setText(tr("&Export this device's records…"));
    m_exportOwnChanges->setAccessibleName(
        tr("Save this device's records to a folder for another coordinator"));

    for (QPushButton *menuButton : {m_importBundles, m_importFindings}) {
        const QList<QAction *> actions = menuButton->menu()->actions();
        actions[0]->setText(tr("Bundle &files…"));
        actions[1]->setText(tr("Every bundle in a f&older…"));
    }

    m_countsBox->setTitle(tr("Your records and codings"));
    m_notExported->setAccessibleName(tr("Not yet exported"));
    m_onStick->setAccessibleName(tr("On the USB stick, waiting for the coordinator's receipt"));
    m_received->setAccessibleName(tr("Received by the coordinator"));
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

void SyncPage::refresh()
{
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
    m_detailsToggle->setVisible(m_joined);
    m_details->setVisible(m_joined && m_detailsToggle->isChecked());
    m_results->setVisible(m_results->topLevelItemCount() > 0);
    // A coordinator's own records go only to other coordinators: without
    // one, there is nothing to count as unsent.
    m_countsBox->setVisible(m_joined &&
                            (!m_holdsProjectKey || (manifest && manifest->recipients.size() > 1)));
    m_exportOwnChanges->setVisible(m_holdsProjectKey && manifest &&
                                   manifest->recipients.size() > 1);

    if (coordinatorView)
        refreshCoordinatorSteps(m_holdsProjectKey, manifest ? int(manifest->devices.size()) : 0,
                                manifest ? manifest->version : 0);
    else
        refreshResearcherSteps(m_joined, m_approved, manifest != nullptr, name);

    if (state) {
        m_project->setProject(name, state->projectId, state->keyFingerprint,
                              manifest ? manifest->version : 0, m_ws->fingerprint());
        m_keyFingerprint->setText(forReading(Fingerprint::format(state->keyFingerprint)));
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
    m_deviceFingerprint->setText(forReading(m_ws->fingerprint()));
    m_deviceFingerprint->setVisible(joined && !approved);
    m_approvalStep->setText(approved ? tr("This device is approved. Load each new approval your "
                                          "coordinator gives you.")
                                     : tr("Load the approval file your coordinator gives back "
                                          "after accepting your request."));
}

void SyncPage::refreshCoordinatorSteps(bool created, int members, quint64 manifestVersion)
{
    ProjectProgress progress(m_ws->database());
    auto invited = progress.invitationSaved();
    auto savedVersion = progress.manifestSavedVersion();
    const bool invitationSaved = invited && invited.value();
    // Version 1 is the project as created: nobody needs it.
    const bool approvalPending =
        manifestVersion > 1 && (!savedVersion || savedVersion.value() < manifestVersion);
    const bool approvalGiven = savedVersion && savedVersion.value() > 1;
    if (!created)
        m_currentStep = 1;
    else if (!invitationSaved)
        m_currentStep = 2;
    else if (members < 2 || approvalPending)
        m_currentStep = 3;
    else
        m_currentStep = 4;
    const auto stateOf = [this](int step, bool done) {
        if (done)
            return SyncStep::State::Done;
        return step == m_currentStep ? SyncStep::State::Current : SyncStep::State::Waiting;
    };
    m_createStep->setState(stateOf(1, created));
    m_inviteStep->setState(stateOf(2, invitationSaved), true);
    m_approveStep->setState(stateOf(3, m_currentStep == 4 || (approvalGiven && !approvalPending)),
                            true);
    // Once findings can arrive, they can keep arriving while a new approval waits.
    m_collectStep->setState(m_currentStep == 4 ? SyncStep::State::Current
                            : approvalGiven    ? SyncStep::State::Done
                                               : SyncStep::State::Waiting,
                            true);
    m_exportManifest->setEnabled(m_exportManifest->isEnabled() && manifestVersion > 1);

    m_inviteStep->setText(created ? tr("Save the invitation to the USB stick for each new "
                                       "researcher. When they open it, read them this "
                                       "fingerprint by phone:")
                                  : tr("Save an invitation file for each researcher."));
    m_keyFingerprint->setVisible(created);
}

void SyncPage::refreshCounts()
{
    auto summary = OutboxSummary::read(m_ws->database(), m_ws->deviceId().toRfc4122());
    if (!summary) {
        m_notExported->setText(summary.error().message());
        m_onStick->clear();
        m_received->clear();
    } else {
        const OutboxSummary &s = summary.value();
        m_notExported->setText(
            tr("Not yet exported: %1").arg(WorkCountText::itemsOrNothing(s.notExported)));
        m_onStick->setText(tr("On the USB stick, waiting for the coordinator's receipt: %1")
                               .arg(WorkCountText::itemsOrNothing(s.onStick)));
        m_received->setText(
            tr("Received by the coordinator: %1").arg(WorkCountText::itemsOrNothing(s.received)));
    }
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
    m_joinFingerprint->setText(
        forReading(Fingerprint::format(invitation.value().keyFingerprint())));
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

QString SyncPage::fileFilter(ProjectFiles::Kind kind, bool forOpening) const
{
    QStringList patterns;
    const QStringList suffixes =
        forOpening ? ProjectFiles::openSuffixes(kind) : QStringList{ProjectFiles::suffix(kind)};
    for (const QString &suffix : suffixes)
        patterns << QStringLiteral("*.") + suffix;
    const QString list = patterns.join(QLatin1Char(' '));
    QString name;
    switch (kind) {
    case ProjectFiles::Kind::Invitation:
        name = tr("Invitations (%1)").arg(list);
        break;
    case ProjectFiles::Kind::JoinRequest:
        name = tr("Join requests (%1)").arg(list);
        break;
    case ProjectFiles::Kind::Manifest:
        name = tr("Approvals (%1)").arg(list);
        break;
    case ProjectFiles::Kind::Receipt:
        name = tr("Receipts (%1)").arg(list);
        break;
    }
    return name + QStringLiteral(";;") + tr("All files (*)");
}

QString SyncPage::askSavePath(const QString &title, ProjectFiles::Kind kind)
{
    const QString path = QFileDialog::getSaveFileName(
        this, title, QDir::home().filePath(ProjectFiles::defaultFileName(kind)),
        fileFilter(kind, false));
    return ProjectFiles::withSuffix(path, kind);
}

QString SyncPage::askOpenPath(const QString &title, ProjectFiles::Kind kind)
{
    return QFileDialog::getOpenFileName(this, title, QDir::homePath(), fileFilter(kind, true));
}

void SyncPage::askSaveInvitation()
{
    const QString path = askSavePath(tr("Save invitation"), ProjectFiles::Kind::Invitation);
    if (!path.isEmpty())
        saveInvitation(path);
}

void SyncPage::askApproveJoinRequest()
{
    const QString path = askOpenPath(tr("Open join request"), ProjectFiles::Kind::JoinRequest);
    if (!path.isEmpty())
        approveJoinRequest(path);
}

void SyncPage::askExportManifest()
{
    const QString path = askSavePath(tr("Save the approval"), ProjectFiles::Kind::Manifest);
    if (!path.isEmpty())
        exportManifest(path);
}

void SyncPage::askJoin()
{
    const QString path = askOpenPath(tr("Open invitation"), ProjectFiles::Kind::Invitation);
    if (!path.isEmpty())
        openInvitation(path);
}

void SyncPage::askSaveJoinRequest()
{
    const QString path = askSavePath(tr("Save join request"), ProjectFiles::Kind::JoinRequest);
    if (!path.isEmpty())
        saveJoinRequest(path);
}

void SyncPage::askImportManifest()
{
    const QString path = askOpenPath(tr("Load the approval"), ProjectFiles::Kind::Manifest);
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
    const QString path = askSavePath(tr("Export receipt"), ProjectFiles::Kind::Receipt);
    if (!path.isEmpty())
        exportReceipt(path);
}

void SyncPage::askImportReceipt()
{
    const QString path = askOpenPath(tr("Import receipt"), ProjectFiles::Kind::Receipt);
    if (!path.isEmpty())
        importReceipt(path);
}

} // namespace vigia
