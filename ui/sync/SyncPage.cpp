#include "ui/sync/SyncPage.h"

#include "crypto/Fingerprint.h"
#include "project/ChangeImporter.h"
#include "project/Invitation.h"
#include "project/JoinRequest.h"
#include "project/Outbox.h"
#include "project/ProjectAdmin.h"
#include "project/ProjectMembership.h"
#include "project/ProjectStore.h"
#include "project/ReceiptBook.h"
#include "project/SignedFile.h"
#include "store/Workspace.h"
#include "ui/common/MessageBox.h"
#include "ui/sync/BundleImportResults.h"
#include "ui/sync/BundleTransferRunner.h"
#include "ui/sync/JoinRequestDialog.h"
#include "ui/sync/ProjectDevicesPanel.h"
#include "ui/sync/ProjectInfoPanel.h"
#include "ui/sync/ProjectSetupDialog.h"
#include "ui/sync/QuarantinePanel.h"

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
#include <QVBoxLayout>

namespace vigia {

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
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
    column->addWidget(m_setupBox = buildSetupBox());
    column->addWidget(m_project = new ProjectInfoPanel(content));
    column->addWidget(m_adminBox = buildAdminBox());
    column->addWidget(m_memberBox = buildMemberBox());
    column->addWidget(m_changesBox = buildChangesBox());
    column->addWidget(m_quarantineBox = buildQuarantineBox());
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

QPushButton *SyncPage::addButton(const QString &objectName, void (SyncPage::*ask)())
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    if (ask)
        connect(button, &QPushButton::clicked, this, ask);
    return button;
}

QGroupBox *SyncPage::buildSetupBox()
{
    auto *box = new QGroupBox(this);
    box->setObjectName(QStringLiteral("syncSetup"));
    m_setupText = new QLabel(box);
    m_setupText->setWordWrap(true);
    m_create = addButton(QStringLiteral("createProject"), &SyncPage::askCreateProject);
    m_join = addButton(QStringLiteral("joinProject"), &SyncPage::askJoin);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_setupText);
    layout->addWidget(m_create, 0, Qt::AlignLeft);
    layout->addWidget(m_join, 0, Qt::AlignLeft);
    return box;
}

QGroupBox *SyncPage::buildAdminBox()
{
    auto *box = new QGroupBox(this);
    box->setObjectName(QStringLiteral("syncMembers"));
    m_saveInvitation = addButton(QStringLiteral("saveInvitation"), &SyncPage::askSaveInvitation);
    m_approve = addButton(QStringLiteral("approveJoinRequest"), &SyncPage::askApproveJoinRequest);
    m_exportManifest = addButton(QStringLiteral("exportManifest"), &SyncPage::askExportManifest);
    m_devices = new ProjectDevicesPanel(box);
    connect(m_devices, &ProjectDevicesPanel::revokeRequested, this, &SyncPage::revokeDevice);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveInvitation);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_exportManifest);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(buttons);
    layout->addWidget(m_devices);
    return box;
}

QGroupBox *SyncPage::buildMemberBox()
{
    auto *box = new QGroupBox(this);
    box->setObjectName(QStringLiteral("syncMembership"));
    m_memberText = new QLabel(box);
    m_memberText->setWordWrap(true);
    m_saveRequest = addButton(QStringLiteral("saveJoinRequest"), &SyncPage::askSaveJoinRequest);
    m_importManifest = addButton(QStringLiteral("importManifest"), &SyncPage::askImportManifest);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveRequest);
    buttons->addWidget(m_importManifest);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_memberText);
    layout->addLayout(buttons);
    return box;
}

QGroupBox *SyncPage::buildChangesBox()
{
    auto *box = new QGroupBox(this);
    box->setObjectName(QStringLiteral("syncChanges"));
    m_pending = new QLabel(box);
    m_pending->setObjectName(QStringLiteral("pendingChanges"));
    m_pending->setWordWrap(true);
    m_exportChanges = addButton(QStringLiteral("exportChanges"), &SyncPage::askExportChanges);
    m_importBundles = addButton(QStringLiteral("importBundles"), nullptr);
    auto *menu = new QMenu(m_importBundles);
    menu->setObjectName(QStringLiteral("importBundlesMenu"));
    connect(menu->addAction(QString()), &QAction::triggered, this, &SyncPage::askImportBundleFiles);
    connect(menu->addAction(QString()), &QAction::triggered, this,
            &SyncPage::askImportBundleFolder);
    m_importBundles->setMenu(menu);
    m_exportReceipt = addButton(QStringLiteral("exportReceipt"), &SyncPage::askExportReceipt);
    m_importReceipt = addButton(QStringLiteral("importReceipt"), &SyncPage::askImportReceipt);
    m_results = new BundleImportResults(box);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_exportChanges, m_importBundles, m_exportReceipt, m_importReceipt})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_pending);
    layout->addLayout(buttons);
    layout->addWidget(m_results);
    return box;
}

QGroupBox *SyncPage::buildQuarantineBox()
{
    auto *box = new QGroupBox(this);
    box->setObjectName(QStringLiteral("syncQuarantine"));
    m_quarantine = new QuarantinePanel(box);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_quarantine);
    return box;
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
    m_setupBox->setTitle(tr("Project"));
    m_create->setText(tr("&Create project…"));
    m_create->setAccessibleName(tr("Create a project"));
    m_join->setText(tr("&Join from invitation file…"));
    m_join->setAccessibleName(tr("Join a project from an invitation file"));

    m_adminBox->setTitle(tr("Members"));
    m_saveInvitation->setText(tr("Save &invitation…"));
    m_saveInvitation->setAccessibleName(tr("Save an invitation file for a new member"));
    m_approve->setText(tr("&Approve join request…"));
    m_approve->setAccessibleName(tr("Open a join request file to approve"));
    m_exportManifest->setText(tr("Export &manifest…"));
    m_exportManifest->setAccessibleName(tr("Export the manifest for every member"));

    m_memberBox->setTitle(tr("Membership"));
    m_saveRequest->setText(tr("Create join &request…"));
    m_saveRequest->setAccessibleName(tr("Save this device's join request"));
    m_importManifest->setText(tr("Import &manifest…"));
    m_importManifest->setAccessibleName(tr("Import the coordinator's manifest"));

    m_changesBox->setTitle(tr("Changes"));
    m_exportChanges->setText(tr("&Export changes to folder…"));
    m_exportChanges->setAccessibleName(tr("Export changes to a folder, such as a USB stick"));
    m_importBundles->setText(tr("Im&port bundles…"));
    m_importBundles->setAccessibleName(tr("Import bundles from files or a folder"));
    const QList<QAction *> actions = m_importBundles->menu()->actions();
    actions[0]->setText(tr("Bundle &files…"));
    actions[1]->setText(tr("Every bundle in a f&older…"));
    m_exportReceipt->setText(tr("Export re&ceipt…"));
    m_exportReceipt->setAccessibleName(tr("Export a receipt for the bundles imported here"));
    m_importReceipt->setText(tr("Import receip&t…"));
    m_importReceipt->setAccessibleName(tr("Import a receipt from the coordinator"));
    m_pending->setAccessibleName(tr("Changes not yet acknowledged"));

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

bool SyncPage::fail(const Error &error)
{
    m_statusIsError = true;
    // Bold rather than a colour: it survives every theme and high contrast.
    QFont font = m_status->font();
    font.setBold(true);
    m_status->setFont(font);
    m_status->setText(error.message());
    m_status->show();
    return false;
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
    const bool coordinator = m_ws->role() == Role::Coordinator;
    // Only the workspace that created the project holds its key; a second
    // coordinator joins like any member.
    m_holdsProjectKey = state && state->invitation.isEmpty();
    m_setupBox->setVisible(!state);
    m_create->setVisible(coordinator);
    m_join->setVisible(!coordinator);
    m_setupText->setText(coordinator
                             ? tr("This device is not in a project yet. Create one, then invite "
                                  "researchers with invitation files.")
                             : tr("This device is not in a project yet. Ask your coordinator for "
                                  "an invitation file and join with it."));
    m_project->setVisible(bool(state));
    m_adminBox->setVisible(m_holdsProjectKey);
    m_memberBox->setVisible(state && !m_holdsProjectKey);
    m_changesBox->setVisible(bool(state));
    m_quarantineBox->setVisible(bool(state));
    if (!state)
        return;

    const ProjectManifest *manifest = state->manifest ? &*state->manifest : nullptr;
    QString name = manifest ? manifest->name : QString();
    if (!manifest) {
        if (auto invitation = Invitation::open(state->invitation))
            name = invitation.value().projectName;
    }
    m_project->setProject(name, state->projectId, state->keyFingerprint,
                          manifest ? manifest->version : 0, m_ws->fingerprint());
    const bool approved = manifest && manifest->device(m_ws->deviceId().toRfc4122());
    m_memberText->setText(
        approved ? tr("This device is approved. Import each new manifest your coordinator sends.")
                 : tr("Send your join request to the coordinator and read them this device's "
                      "fingerprint by phone. Then import the manifest they send back."));
    m_saveRequest->setVisible(!approved);
    if (manifest)
        m_devices->setManifest(*manifest, m_ws->deviceId().toRfc4122());

    auto pending = Outbox::pendingCount(m_ws->database());
    m_pendingCount = pending ? pending.value() : 0;
    m_pending->setText(tr("%n change(s) of this device not yet acknowledged by a receipt.", nullptr,
                          m_pendingCount));
    auto quarantined = ChangeImporter(*m_ws).quarantine();
    m_quarantine->setEntries(
        quarantined ? quarantined.value() : QList<ChangeImporter::Quarantined>{}, manifest);
}

bool SyncPage::createProject(const QString &name, const QString &country, const QString &hubUrl)
{
    auto created = ProjectAdmin(*m_ws).create(name, country, hubUrl);
    if (!created)
        return fail(created.error());
    refresh();
    showMessage(tr("Created the project %1. Keep this workspace and its passphrase safe: it "
                   "holds the project key. Next, save an invitation for each researcher.")
                    .arg(created.value().name));
    return true;
}

bool SyncPage::saveInvitation(const QString &path)
{
    auto bytes = ProjectAdmin(*m_ws).invitation();
    if (!bytes)
        return fail(bytes.error());
    if (Status s = SignedFile::writeFile(path, bytes.value()); !s)
        return fail(s.error());
    showMessage(tr("Saved the invitation to %1. Read the project key's fingerprint to the new "
                   "member by phone: %2")
                    .arg(native(path), m_project->keyFingerprint()));
    return true;
}

bool SyncPage::approveJoinRequest(const QString &path)
{
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
    showMessage(tr("Approved %1. Export the manifest (version %2) and give it to every member.")
                    .arg(request.value().name)
                    .arg(manifest.value().version));
    return true;
}

bool SyncPage::revokeDevice(const QByteArray &deviceId, const QString &name)
{
    const auto answer = MessageBox::question(
        this, tr("Revoke device"),
        tr("Remove %1 from the project? Only the changes this computer has already received "
           "from it stay valid; anything else it sends, whatever its date, will be refused. "
           "Give the new manifest to every member afterwards.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    auto manifest = ProjectAdmin(*m_ws).revoke(deviceId);
    if (!manifest)
        return fail(manifest.error());
    refresh();
    showMessage(tr("Revoked %1. Export the manifest (version %2) and give it to every member.")
                    .arg(name)
                    .arg(manifest.value().version));
    return true;
}

bool SyncPage::exportManifest(const QString &path)
{
    auto state = ProjectStore(m_ws->database()).requireProject();
    if (!state)
        return fail(state.error());
    if (Status s = SignedFile::writeFile(path, state.value().manifestBytes); !s)
        return fail(s.error());
    showMessage(tr("Saved manifest version %1 to %2. Every member imports it.")
                    .arg(m_project->manifestVersion())
                    .arg(native(path)));
    return true;
}

bool SyncPage::joinFromInvitation(const QString &path)
{
    auto bytes = SignedFile::readFile(path);
    if (!bytes)
        return fail(bytes.error());
    auto invitation = ProjectMembership(*m_ws).join(bytes.value());
    if (!invitation)
        return fail(invitation.error());
    refresh();
    showMessage(tr("Joined %1. Compare the project key's fingerprint (%2) with your "
                   "coordinator's by phone, then create your join request.")
                    .arg(invitation.value().projectName,
                         Fingerprint::format(invitation.value().keyFingerprint())));
    return true;
}

bool SyncPage::saveJoinRequest(const QString &path)
{
    auto bytes = ProjectMembership(*m_ws).request();
    if (!bytes)
        return fail(bytes.error());
    if (Status s = SignedFile::writeFile(path, bytes.value()); !s)
        return fail(s.error());
    showMessage(tr("Saved the join request to %1. Give it to your coordinator and read them "
                   "this device's fingerprint by phone: %2")
                    .arg(native(path), m_ws->fingerprint()));
    return true;
}

bool SyncPage::importManifest(const QString &path)
{
    auto bytes = SignedFile::readFile(path);
    if (!bytes)
        return fail(bytes.error());
    auto imported = ProjectMembership(*m_ws).importManifest(bytes.value());
    if (!imported)
        return fail(imported.error());
    int released = 0;
    for (const auto &r : imported.value().released) {
        m_results->addResult(tr("(quarantine)"), r);
        if (r && r.value().kind != ChangeImporter::Outcome::Kind::Quarantined)
            ++released;
    }
    refresh();
    QString text = tr("Installed manifest version %1.").arg(imported.value().manifest.version);
    if (released > 0)
        text += QLatin1Char(' ') + tr("Imported %n bundle(s) from quarantine.", nullptr, released);
    showMessage(text);
    return true;
}

bool SyncPage::exportChangesTo(const QString &dir)
{
    auto exported = BundleTransferRunner::exportChanges(this, *m_ws, dir);
    if (!exported)
        return fail(exported.error());
    refresh();
    const ChangeExporter::Exported &e = exported.value();
    if (e.path.isEmpty())
        showMessage(tr("Nothing to export: every change has been acknowledged, or only drafts "
                       "are waiting."));
    else if (e.paths.size() == 1)
        showMessage(
            tr("Wrote %n change(s) in one bundle to %1.", nullptr, e.opCount).arg(native(e.path)));
    else
        showMessage(
            tr("Wrote %n change(s) in %1 bundles to %2; take all of them.", nullptr, e.opCount)
                .arg(e.paths.size())
                .arg(native(dir)));
    return true;
}

bool SyncPage::importBundles(const QStringList &paths)
{
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
    auto bytes = ReceiptBook::issue(*m_ws);
    if (!bytes)
        return fail(bytes.error());
    if (Status s = SignedFile::writeFile(path, bytes.value()); !s)
        return fail(s.error());
    showMessage(tr("Saved the receipt to %1. Give it to the researchers: it tells their "
                   "devices which changes arrived.")
                    .arg(native(path)));
    return true;
}

bool SyncPage::importReceipt(const QString &path)
{
    auto bytes = SignedFile::readFile(path);
    if (!bytes)
        return fail(bytes.error());
    auto accepted = ReceiptBook::accept(*m_ws, bytes.value());
    if (!accepted)
        return fail(accepted.error());
    refresh();
    showMessage(tr("%n change(s) acknowledged; %1 still waiting for a receipt.", nullptr,
                   accepted.value().acknowledged)
                    .arg(accepted.value().stillPending));
    return true;
}

void SyncPage::askCreateProject()
{
    ProjectSetupDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        createProject(dialog.name(), dialog.country(), dialog.hubUrl());
}

QString SyncPage::signedFileFilter()
{
    return tr("Vigia files (*.vigia);;All files (*)");
}

QString SyncPage::askSavePath(const QString &title, const QString &suggestedName)
{
    return QFileDialog::getSaveFileName(this, title, QDir::home().filePath(suggestedName),
                                        signedFileFilter());
}

QString SyncPage::askOpenPath(const QString &title)
{
    return QFileDialog::getOpenFileName(this, title, QDir::homePath(), signedFileFilter());
}

void SyncPage::askSaveInvitation()
{
    const QString path = askSavePath(tr("Save invitation"), QStringLiteral("invitation.vigia"));
    if (!path.isEmpty())
        saveInvitation(path);
}

void SyncPage::askApproveJoinRequest()
{
    const QString path = askOpenPath(tr("Open join request"));
    if (!path.isEmpty())
        approveJoinRequest(path);
}

void SyncPage::askExportManifest()
{
    const QString path = askSavePath(tr("Export manifest"), QStringLiteral("manifest.vigia"));
    if (!path.isEmpty())
        exportManifest(path);
}

void SyncPage::askJoin()
{
    const QString path = askOpenPath(tr("Open invitation"));
    if (!path.isEmpty())
        joinFromInvitation(path);
}

void SyncPage::askSaveJoinRequest()
{
    const QString path = askSavePath(tr("Save join request"), QStringLiteral("join-request.vigia"));
    if (!path.isEmpty())
        saveJoinRequest(path);
}

void SyncPage::askImportManifest()
{
    const QString path = askOpenPath(tr("Import manifest"));
    if (!path.isEmpty())
        importManifest(path);
}

void SyncPage::askExportChanges()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Export changes to folder"), QDir::homePath());
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
    const QString path = askSavePath(tr("Export receipt"), QStringLiteral("receipt.vigia"));
    if (!path.isEmpty())
        exportReceipt(path);
}

void SyncPage::askImportReceipt()
{
    const QString path = askOpenPath(tr("Import receipt"));
    if (!path.isEmpty())
        importReceipt(path);
}

} // namespace vigia
