// MainWindow: locking and unlocking the window, and the change of the store key
// that closes the store the same way.
#include "ui/shell/MainWindow.h"

#include "store/Workspace.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WorkspaceTask.h"
#include "ui/export/ExportDialog.h"
#include "ui/records/RecordEditor.h"
#include "ui/records/RecordsPage.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/LockScreen.h"
#include "ui/sync/BundleTransferRunner.h"
#include "ui/sync/SyncController.h"

#include <QApplication>
#include <QListWidget>
#include <QPointer>
#include <QProgressDialog>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>

#include <utility>

namespace vigia {

void MainWindow::closeStoreOnceDropped(const QList<QPointer<QWidget>> &pages)
{
    // The pages go at the next turn of the event loop; only then does
    // nothing hold the store, and locking closes it and wipes the keys.
    QTimer::singleShot(0, this, [this, pages] {
        if (!m_locked && !m_rekeying)
            return;
        for (const QPointer<QWidget> &page : pages) {
            if (page) {
                closeStoreOnceDropped(pages);
                return;
            }
        }
        m_ws.lock();
        if (m_rekeying)
            startRekey();
    });
}

void MainWindow::rekeyStore(std::shared_ptr<const SecretBytes> passphrase)
{
    if (m_locked || m_rekeying || !passphrase)
        return;
    // The Sync page waits for a USB transfer in a local event loop: it must
    // not be dropped under it.
    if (BundleTransferRunner::isRunning()) {
        MessageBox::information(this, tr("Store key not changed"),
                                tr("A transfer of changes is still running. Change the store "
                                   "key once it is done."));
        return;
    }
    // Nothing typed may be lost when the store closes.
    if (m_records) {
        if (Status s = m_records->saveOpenWork(); !s) {
            MessageBox::warning(this, tr("Store key not changed"),
                                tr("The record you are editing could not be saved: %1\n\nThe "
                                   "store key was not changed. Save the record, then try again.")
                                    .arg(s.error().message()));
            return;
        }
    }
    m_rekeying = true;
    m_rekeyPassphrase = std::move(passphrase);
    // The agent's own connection must close too.
    if (m_syncController)
        m_syncController->stop();
    showPage(SettingsView);
    m_rekeyProgress = new QProgressDialog(this);
    m_rekeyProgress->setObjectName(QStringLiteral("rekeyProgress"));
    m_rekeyProgress->setWindowModality(Qt::WindowModal);
    m_rekeyProgress->setWindowTitle(tr("Changing the store key"));
    m_rekeyProgress->setLabelText(tr("Copying the records under the new key. Vigia opens them "
                                     "again when it is done; keep the computer on."));
    m_rekeyProgress->setCancelButton(nullptr);
    m_rekeyProgress->setRange(0, 0);
    m_rekeyProgress->setMinimumDuration(0);
    m_rekeyProgress->setAutoClose(false);
    m_rekeyProgress->setAutoReset(false);
    m_rekeyProgress->show();
    closeStoreOnceDropped(removeDataPages());
}

void MainWindow::startRekey()
{
    WorkspaceTask::rekeyStore(this, m_ws, std::exchange(m_rekeyPassphrase, nullptr),
                              [this](const Status &s) { finishRekey(s); });
}

void MainWindow::finishRekey(const Status &status)
{
    if (m_rekeyProgress)
        m_rekeyProgress->deleteLater();
    m_rekeying = false;
    if (m_ws.isLocked()) {
        // The store did not open again: the lock screen asks for the
        // passphrase, and its unlock settles whatever the change left.
        lock();
        MessageBox::warning(
            this, tr("Store key"),
            tr("%1\n\nUnlock Vigia to open the store again.").arg(status.error().message()));
        return;
    }
    createDataPages();
    if (m_syncController)
        m_syncController->start();
    retranslate();
    refreshStatus();
    if (status) {
        MessageBox::information(this, tr("Store key changed"),
                                tr("The store has a new key, and the old one no longer opens "
                                   "it. Every record was kept."));
    } else {
        MessageBox::warning(this, tr("Store key not changed"), status.error().message());
    }
}

void MainWindow::hideOwnWindows()
{
    // Dialogs and menus of this window show data too. Hiding a dialog ends
    // its exec() as if cancelled.
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top == this || !top->isVisible())
            continue;
        for (QWidget *p = top->parentWidget(); p; p = p->parentWidget()) {
            if (p == this) {
                top->hide();
                break;
            }
        }
    }
}

void MainWindow::lock()
{
    if (m_locked)
        return;
    // The store is closed while its key changes or the project changes;
    // the lock comes right after.
    if (m_rekeying || m_switching) {
        QTimer::singleShot(kDropRetryMs, this, &MainWindow::lock);
        return;
    }
    // A USB transfer waits for its worker in a local event loop of the Sync
    // page, which the lock would drop under it: the lock comes right after it.
    if (BundleTransferRunner::isRunning()) {
        QTimer::singleShot(kDropRetryMs, this, &MainWindow::lock);
        return;
    }
    // A running export holds the folder it writes; the lock comes once it
    // ends. An idle export dialog closes with the window's contents.
    if (ExportDialog::isRunning()) {
        QTimer::singleShot(kDropRetryMs, this, &MainWindow::lock);
        return;
    }
    if (m_exportDialog)
        m_exportDialog->close();
    if (m_importDialog)
        m_importDialog->close();
    m_locked = true;
    // Locking cannot wait for a full disk: save now, and say after the
    // unlock if it failed (the page's editor tries once more as it goes).
    if (m_records) {
        if (Status s = m_records->saveOpenWork(); !s)
            m_unsavedAtLock = s.error().message();
        // The record she was writing comes back after the unlock, at the
        // field she was in.
        if (const RecordEditor *editor = m_records->editor()) {
            m_lockedRecord = editor->recordId();
            m_lockedField = editor->currentField();
        }
    }
    // Nothing syncs while nobody could see it; the unlock starts it again.
    if (m_syncController)
        m_syncController->stop();
    const int current = m_views->currentIndex();
    hideOwnWindows();
    m_lockScreen->reset();
    m_central->setCurrentWidget(m_lockScreen);
    dropDataPages();
    m_lockScreen->setFocus();
    // Remember where the user was without keeping the page.
    m_navigation->setProperty("lockedRow", current);
    retranslate();
    refreshStatus();
    emit lockedChanged(true);
}

void MainWindow::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    // The pages may have survived a short lock (see dropDataPages).
    if (!m_records)
        createDataPages();
    m_central->setCurrentWidget(m_content);
    const int row = m_navigation->property("lockedRow").toInt();
    m_views->setCurrentIndex(row);
    m_navigation->setCurrentRow(row);
    if (QWidget *page = m_views->currentWidget())
        page->setFocus();
    if (const QUuid record = std::exchange(m_lockedRecord, QUuid()); !record.isNull()) {
        const QString field = std::exchange(m_lockedField, QString());
        RecordEditor *editor = m_records->editor();
        if (!editor || editor->recordId() != record)
            editor = m_records->openRecord(record);
        if (editor && !field.isEmpty())
            editor->showField(field);
    }
    m_idle->restart();
    if (m_syncController)
        m_syncController->start();
    retranslate();
    refreshStatus();
    emit lockedChanged(false);
    if (!m_unsavedAtLock.isEmpty()) {
        const QString why = std::exchange(m_unsavedAtLock, QString());
        MessageBox::warning(this, tr("Changes not saved"),
                            tr("When Vigia locked, the record you were editing could not be "
                               "saved: %1\n\nWhat you typed just before the lock may be "
                               "missing. Open the record and check it.")
                                .arg(why));
    }
}

} // namespace vigia
