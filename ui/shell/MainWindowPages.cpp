// MainWindow: the pages that hold records, built on the open store and dropped
// before it closes (lock, change of key, switch of project).
#include "ui/shell/MainWindow.h"

#include "store/Workspace.h"
#include "ui/codebook/CodebookPage.h"
#include "ui/common/MessageBox.h"
#include "ui/export/ExportDialog.h"
#include "ui/monitoring/DashboardPage.h"
#include "ui/monitoring/TargetsPage.h"
#include "ui/records/RecordsPage.h"
#include "ui/shell/ProjectChooser.h"
#include "ui/sync/BundleTransferRunner.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncPage.h"

#include <QApplication>
#include <QListWidget>
#include <QPointer>
#include <QStackedWidget>
#include <QTimer>

namespace vigia {

void MainWindow::createDataPages()
{
    m_records = new RecordsPage(m_ws, m_views);
    m_records->setObjectName(QStringLiteral("recordsPage"));
    m_codebook = new CodebookPage(m_ws, m_views);
    m_codebook->setObjectName(QStringLiteral("codebookPage"));
    m_targets = new TargetsPage(m_ws, m_views);
    m_targets->setObjectName(QStringLiteral("targetsPage"));
    m_dashboard = new DashboardPage(m_ws, m_views);
    m_dashboard->setObjectName(QStringLiteral("dashboardPage"));
    m_sync = new SyncPage(m_ws, m_views);
    m_sync->setObjectName(QStringLiteral("syncPage"));
    m_views->insertWidget(RecordsView, m_records);
    m_views->insertWidget(CodebookView, m_codebook);
    m_views->insertWidget(TargetsView, m_targets);
    m_views->insertWidget(DashboardView, m_dashboard);
    m_views->insertWidget(SyncView, m_sync);
    // Queued: the page that joined is still on the stack, and switching drops it.
    connect(
        m_sync, &SyncPage::projectAdded, this,
        [this](const QByteArray &store) {
            m_projects->refresh(m_ws);
            switchProject(store);
        },
        Qt::QueuedConnection);
    connect(m_sync, &SyncPage::openRecordRequested, this, [this](const QUuid &id) {
        if (m_locked || !m_records)
            return;
        showPage(RecordsView);
        m_records->openRecord(id);
    });
    if (m_syncController) {
        m_sync->setSyncController(m_syncController.data());
        connect(m_records, &RecordsPage::recordFinalized, m_syncController.data(),
                &SyncController::notifyChanged);
    }
}

void MainWindow::dropDataPages()
{
    // A page's own dialog or menu may still be unwinding (exec() returns
    // after the lock closed it): destroying the page under it would crash,
    // so wait until no modal or popup is left.
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        QTimer::singleShot(kDropRetryMs, this, [this] {
            if (m_locked)
                dropDataPages();
        });
        return;
    }
    closeStoreOnceDropped(removeDataPages());
}

QList<QPointer<QWidget>> MainWindow::removeDataPages()
{
    QList<QPointer<QWidget>> dropped;
    for (QWidget *page :
         std::initializer_list<QWidget *>{m_records, m_codebook, m_targets, m_dashboard, m_sync}) {
        if (!page)
            continue;
        m_views->removeWidget(page);
        page->hide();
        page->deleteLater();
        dropped.append(page);
    }
    m_records = nullptr;
    m_codebook = nullptr;
    m_targets = nullptr;
    m_dashboard = nullptr;
    m_sync = nullptr;
    return dropped;
}

void MainWindow::switchProject(const QByteArray &store)
{
    const auto refused = [this](const QString &why) {
        m_projects->refresh(m_ws); // back to the project still shown
        MessageBox::information(this, tr("Project not changed"), why);
    };
    if (m_locked || m_rekeying || m_switching || store == m_ws.projectStore())
        return;
    if (BundleTransferRunner::isRunning() || ExportDialog::isRunning())
        return refused(tr("A transfer or an export is still running. Choose the other project "
                          "once it is done."));
    if (m_records) {
        if (Status s = m_records->saveOpenWork(); !s)
            return refused(tr("The record you are editing could not be saved: %1\n\nSave the "
                              "record, then choose the other project again.")
                               .arg(s.error().message()));
    }
    m_switching = true;
    if (m_exportDialog)
        m_exportDialog->close();
    if (m_importDialog)
        m_importDialog->close();
    // The agent's connection belongs to the project shown: it starts again on the other.
    if (m_syncController)
        m_syncController->stop();
    const int row = m_views->currentIndex();
    finishSwitchOnceDropped(removeDataPages(), store, row);
}

void MainWindow::finishSwitchOnceDropped(const QList<QPointer<QWidget>> &pages,
                                         const QByteArray &store, int row)
{
    // The pages go at the next turn of the event loop; only then does
    // nothing hold the store that closes.
    QTimer::singleShot(0, this, [this, pages, store, row] {
        for (const QPointer<QWidget> &page : pages) {
            if (page) {
                finishSwitchOnceDropped(pages, store, row);
                return;
            }
        }
        const Status switched = m_ws.switchProjectStore(store);
        createDataPages();
        m_views->setCurrentIndex(row);
        m_navigation->setCurrentRow(row);
        m_switching = false;
        m_projects->refresh(m_ws);
        if (m_syncController)
            m_syncController->start();
        retranslate();
        refreshStatus();
        if (!switched)
            MessageBox::warning(this, tr("Project not changed"), switched.error().message());
    });
}

} // namespace vigia
