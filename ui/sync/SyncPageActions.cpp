// SyncPage: moving changes and receipts by file (a USB stick), taking
// paths (tests call them directly), and the ask*() buttons, which only ask
// for those paths first.
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

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

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
