// SyncPage: the widgets it is built of, made once; their texts are set by
// retranslate() and their state by the refresh.
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

} // namespace vigia
