// SyncPage: the actions on the project and its members, taking paths (tests
// call them directly): creating it, inviting, joining, approving, revoking,
// and the manifest both ways.
#include "ui/sync/SyncPage.h"

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
                    .arg(QDir::toNativeSeparators(path), m_project->keyFingerprint()));
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
                    .arg(QDir::toNativeSeparators(path)));
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
                    .arg(QDir::toNativeSeparators(path), m_ws->fingerprint()));
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

} // namespace vigia
