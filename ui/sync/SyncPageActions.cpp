#include "ui/sync/SyncPage.h"

// The page's actions: each takes paths (tests call them directly), and the
// ask*() buttons only ask for those paths first.

#include "crypto/Fingerprint.h"
#include "project/ChangeImporter.h"
#include "project/Invitation.h"
#include "project/JoinRequest.h"
#include "project/OutboxSummary.h"
#include "project/ProjectAdmin.h"
#include "project/ProjectMembership.h"
#include "project/ProjectProgress.h"
#include "project/ProjectStore.h"
#include "project/ReceiptBook.h"
#include "project/SignedFile.h"
#include "project/WorkspaceProjects.h"
#include "store/Workspace.h"
#include "sync/HubEndpoint.h"
#include "sync/SyncStore.h"
#include "ui/common/MessageBox.h"
#include "ui/common/StatusLine.h"
#include "ui/sync/BundleImportResults.h"
#include "ui/sync/BundleTransferRunner.h"
#include "ui/sync/FingerprintLabel.h"
#include "ui/sync/JoinRequestDialog.h"
#include "ui/sync/ProjectFileDialog.h"
#include "ui/sync/ProjectInfoPanel.h"
#include "ui/sync/ProjectSetupDialog.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/WorkCountText.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSet>

namespace vigia {

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

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
    // A self-hosted hub's pin travels in the signed file.
    auto pin = SyncStore(m_ws->database()).certPin();
    if (!pin)
        return fail(pin.error());
    auto bytes = ProjectAdmin(*m_ws).invitation(pin.value());
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
    // The question waits in step 1, which a coordinator's view does not show.
    if (m_joined && m_researcherSteps->isHidden())
        return failWith(tr("This workspace already belongs to a project; nothing was changed. "
                           "To join another project as well, use \"Join another project with "
                           "a code\" on this page."));
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
    // Joining a further project opens another store, which the pages cannot
    // follow while they are open on this one: it is joined beside them.
    if (auto opened = Invitation::open(bytes)) {
        auto current = ProjectStore(m_ws->database()).load();
        if (current && current.value() && current.value()->projectId != opened.value().projectId)
            return joinFurtherProject(bytes);
    }
    auto invitation = ProjectMembership(*m_ws).join(bytes);
    if (!invitation)
        return fail(invitation.error());
    // Where the hub is and how to trust it, for the agent once approved.
    if (Status s = HubEndpoint::remember(*m_ws, invitation.value()); !s)
        return fail(s.error());
    refresh();
    showMessage(tr("Joined %1. Next, save your request to the USB stick (step 2).")
                    .arg(invitation.value().projectName));
    return true;
}

bool SyncPage::joinFurtherProject(const QByteArray &bytes)
{
    auto sibling = m_ws->openSibling();
    if (!sibling)
        return fail(sibling.error());
    // The same path as `vigiactl project join`: a new store, current there.
    const QByteArray previous = sibling.value()->projectStore();
    auto invitation = ProjectMembership(*sibling.value()).join(bytes);
    if (!invitation)
        return fail(invitation.error());
    if (Status s = HubEndpoint::remember(*sibling.value(), invitation.value()); !s) {
        (void)WorkspaceProjects(*sibling.value()).abandon(previous);
        return fail(s.error());
    }
    const QByteArray store = sibling.value()->projectStore();
    sibling.value().reset();
    showMessage(tr("Joined %1 beside this workspace's other projects. Next, save your request "
                   "to the USB stick (step 2).")
                    .arg(invitation.value().projectName));
    // Queued by the window: this page goes when it shows the new project.
    emit projectAdded(store);
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
    if (e.alone) {
        showMessage(tr("Nothing to send yet: this computer is the only device in the project. "
                       "Its changes stay here and go to each device you approve, in its first "
                       "bundle."));
        return true;
    }
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
    const BundleTransferRunner::Imported imported = BundleTransferRunner::importFiles(
        this, *m_ws, files,
        [this, &refused](const QString &path, const Result<ChangeImporter::Outcome> &r) {
            m_results->addResult(path, r);
            if (!r)
                ++refused;
        });
    if (!imported.receipts)
        return fail(imported.receipts.error());
    refresh();
    // Bundles of the other projects went to their own stores: say where.
    QStringList perProject;
    for (const RoutedImporter::Tally &t : imported.tallies)
        perProject.append(RoutedImporter::describe(t));
    const QString where =
        perProject.isEmpty() ? QString() : QLatin1Char(' ') + perProject.join(QLatin1Char(' '));
    const int done = m_results->topLevelItemCount();
    if (refused > 0)
        return fail(Error(ErrorCode::Failure,
                          tr("%1 of %n bundle(s) were refused; the list says why. Nothing of "
                             "a refused bundle was imported.",
                             nullptr, done)
                                  .arg(refused) +
                              where));
    showMessage(tr("Imported %n bundle(s); the list shows each result.", nullptr, done) + where);
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
