// MainWindow: the menu and shortcut actions that open a page, a dialog or a file.
#include "ui/shell/MainWindow.h"

#include "project/ProjectFiles.h"
#include "store/Workspace.h"
#include "ui/common/MessageBox.h"
#include "ui/export/ExportDialog.h"
#include "ui/forms/ImportFormDialog.h"
#include "ui/records/RecordsPage.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/sync/FormsView.h"
#include "ui/sync/SyncPage.h"

#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QPointer>

namespace vigia {

void MainWindow::focusSearch()
{
    if (m_locked || !m_records)
        return;
    showPage(RecordsView);
    m_records->focusSearch();
}

void MainWindow::newRecord()
{
    if (m_locked || !m_records)
        return;
    showPage(RecordsView);
    m_records->newRecord();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

bool MainWindow::openFile(const QString &path)
{
    if (m_locked)
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const auto is = [&suffix](ProjectFiles::Kind kind) {
        return suffix == ProjectFiles::suffix(kind);
    };
    const bool bundle = suffix == QLatin1String("vigiabundle");
    if (!bundle && !is(ProjectFiles::Kind::Invitation) && !is(ProjectFiles::Kind::Manifest)) {
        MessageBox::warning(this, tr("Open a file"),
                            tr("Vigia opens bundles (.vigiabundle), invitations (.vigiainvite) "
                               "and approvals (.vigiamanifest); %1 is none of these.")
                                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_navigation->setCurrentRow(SyncView);
    if (bundle)
        return m_sync->importBundles({path});
    if (is(ProjectFiles::Kind::Invitation))
        return m_sync->openInvitation(path);
    return m_sync->importManifest(path);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showExport()
{
    if (m_locked)
        return;
    if (m_exportDialog) {
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return;
    }
    auto *dialog = new ExportDialog(m_ws, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_exportDialog = dialog;
    dialog->show();
}

void MainWindow::showImportForm()
{
    if (m_locked)
        return;
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    auto *dialog = new ImportFormDialog(m_ws, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportFormDialog::imported, this,
            [this](const QString &formId, const QString &version) {
                if (!m_sync)
                    return;
                m_sync->formsView()->refresh();
                m_sync->formsView()->selectForm(formId, version);
            });
    m_importDialog = dialog;
    dialog->show();
}

} // namespace vigia
