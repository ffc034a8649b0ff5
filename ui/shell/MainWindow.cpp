#include "ui/shell/MainWindow.h"

#include "project/ProjectFiles.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "ui/codebook/CodebookPage.h"
#include "ui/common/KeyBindings.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WorkspaceTask.h"
#include "ui/export/ExportDialog.h"
#include "ui/forms/ImportFormDialog.h"
#include "ui/monitoring/DashboardPage.h"
#include "ui/monitoring/TargetsPage.h"
#include "ui/records/NeedsChangesLabel.h"
#include "ui/records/RecordEditor.h"
#include "ui/records/RecordsPage.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/LockScreen.h"
#include "ui/shell/NavigationIcons.h"
#include "ui/shell/ProjectChooser.h"
#include "ui/shell/SettingsPage.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/sync/BundleTransferRunner.h"
#include "ui/sync/FormsView.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncPage.h"
#include "ui/sync/SyncStatusIndicator.h"
#include "ui/sync/UnsentWorkLabel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProgressDialog>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace vigia {

namespace {
// Unsent changes only grow while the user works here; a few seconds' delay in
// the status bar is invisible and costs one count query.
constexpr int kStatusRefreshMs = 3000;
constexpr int kMsPerMinute = 60 * 1000;
constexpr int kDropRetryMs = 100;
} // namespace

MainWindow::MainWindow(Workspace &ws, QWidget *parent)
    : QMainWindow(parent)
    , m_ws(ws)
    , m_settings(std::make_unique<WorkspaceSettings>(ws.path()))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_central = new QStackedWidget(this);
    m_content = new QSplitter(m_central);
    // The project chooser sits above the navigation, hidden with one project.
    auto *side = new QWidget(m_content);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(0);
    m_projects = new ProjectChooser(side);
    m_navigation = new QListWidget(side);
    sideLayout->addWidget(m_projects);
    sideLayout->addWidget(m_navigation, 1);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setSpacing(4);
    NavigationIcons::installFallbackTheme();
    const QString icons[] = {QStringLiteral("records"), QStringLiteral("codebook"),
                             QStringLiteral("targets"), QStringLiteral("dashboard"),
                             QStringLiteral("sync"),    QStringLiteral("settings")};
    for (int i = 0; i <= SettingsView; ++i)
        new QListWidgetItem(NavigationIcons::icon(icons[i]), QString(), m_navigation);
    m_views = new QStackedWidget(m_content);
    m_views->setObjectName(QStringLiteral("pages"));
    m_settingsPage = new SettingsPage(m_ws, *m_settings, m_views);
    m_views->addWidget(m_settingsPage);
    createDataPages();
    m_content->setStretchFactor(1, 1);
    m_lockScreen = new LockScreen(m_ws, m_central);
    m_central->addWidget(m_content);
    m_central->addWidget(m_lockScreen);
    setCentralWidget(m_central);

    // Records and codings not yet sent, in words; a click opens the Sync page.
    auto *unsent = new UnsentWorkLabel(this);
    connect(unsent, &UnsentWorkLabel::clicked, this, [this] { showPage(SyncView); });
    m_unsent = unsent;
    m_workspaceState = new QLabel(this);
    m_workspaceState->setObjectName(QStringLiteral("workspaceState"));
    m_syncIndicator = new SyncStatusIndicator(this);
    m_syncIndicator->hide(); // until an agent runs (setSyncController)
    statusBar()->addWidget(m_unsent, 1);
    m_needsChanges = new NeedsChangesLabel(this);
    statusBar()->addPermanentWidget(m_needsChanges);
    statusBar()->addPermanentWidget(m_syncIndicator);
    statusBar()->addPermanentWidget(m_workspaceState);

    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(kStatusRefreshMs);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_statusTimer->start();

    m_idle = new IdleWatcher(this);
    m_idle->setTimeout(m_ws.autoLockMinutes() * kMsPerMinute);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(m_settingsPage, &SettingsPage::autoLockMinutesChanged, this,
            [this](int minutes) { m_idle->setTimeout(minutes * kMsPerMinute); });
    connect(m_settingsPage, &SettingsPage::storeRekeyRequested, this, &MainWindow::rekeyStore);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_projects, &ProjectChooser::chosen, this, &MainWindow::switchProject);
    m_projects->refresh(m_ws);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_views->setCurrentIndex(row);
        retranslate();
    });

    // Researchers working on their own import forms too, not only
    // coordinators on the Sync page's Forms tab.
    m_fileMenu = menuBar()->addMenu(QString());
    m_importFormAction = m_fileMenu->addAction(QString(), this, &MainWindow::showImportForm);
    m_importFormAction->setObjectName(QStringLiteral("importFormAction"));
    m_exportMenu = menuBar()->addMenu(QString());
    m_exportAction = m_exportMenu->addAction(QString(), this, &MainWindow::showExport);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(keys::shortcutsList());
    addAction(m_shortcutsAction); // F1 works wherever the focus is in the window
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    addShortcuts();
    m_navigation->setCurrentRow(RecordsView);
    resize(1024, 680);
    retranslate();
    m_content->setSizes({m_navigation->minimumWidth(), width()});
    refreshStatus();
    if (m_ws.takeAutoLockReset()) {
        // Once the window is up, so the notice has something to sit on.
        QTimer::singleShot(0, this, &MainWindow::tellAutoLockReset);
    }
}

void MainWindow::tellAutoLockReset()
{
    MessageBox::warning(this, tr("Auto-lock reset"),
                        tr("The auto-lock setting was changed outside Vigia and has been reset "
                           "to %1 minutes.")
                            .arg(WorkspaceSettings::kDefaultAutoLockMinutes));
}

MainWindow::~MainWindow() = default;

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_views->currentIndex());
}

void MainWindow::setAutoLockInterval(std::chrono::milliseconds interval)
{
    m_idle->setTimeout(int(interval.count()));
}

void MainWindow::setSyncController(SyncController *controller)
{
    if (SyncController *old = m_syncController.data()) {
        disconnect(old, nullptr, this, nullptr);
        disconnect(old, nullptr, m_syncIndicator, nullptr);
        if (m_records)
            disconnect(m_records, nullptr, old, nullptr);
    }
    m_syncController = controller;
    m_syncIndicator->setVisible(controller && controller->isRunning());
    if (m_sync)
        m_sync->setSyncController(controller);
    if (m_records && controller)
        connect(m_records, &RecordsPage::recordFinalized, controller,
                &SyncController::notifyChanged);
    if (!controller)
        return;
    m_syncIndicator->setStatus(controller->status(), controller->awaitingApproval());
    connect(controller, &SyncController::statusChanged, this,
            [this](const SyncAgent::Status &status) {
                m_syncIndicator->setStatus(status, m_syncController->awaitingApproval());
            });
    connect(controller, &SyncController::runningChanged, m_syncIndicator, &QWidget::setVisible);
}

void MainWindow::addShortcuts()
{
    auto *lockKey = new QShortcut(keys::lock(), this);
    lockKey->setObjectName(QStringLiteral("lockShortcut"));
    connect(lockKey, &QShortcut::activated, this, &MainWindow::lock);
    auto *search = new QShortcut(keys::search(), this);
    connect(search, &QShortcut::activated, this, &MainWindow::focusSearch);
    auto *create = new QShortcut(keys::newRecord(), this);
    create->setObjectName(QStringLiteral("newRecordShortcut"));
    connect(create, &QShortcut::activated, this, &MainWindow::newRecord);
    for (int page = RecordsView; page <= SettingsView; ++page) {
        auto *key = new QShortcut(keys::page(page), this);
        connect(key, &QShortcut::activated, this, [this, page] { showPage(Page(page)); });
    }
}

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

void MainWindow::showPage(Page page)
{
    if (m_locked)
        return;
    m_navigation->setCurrentRow(page);
}

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

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The store is being replaced: quitting now would leave it to the next
    // start to finish.
    if (m_rekeying) {
        event->ignore();
        return;
    }
    if (!m_locked && m_records) {
        if (Status s = m_records->saveOpenWork(); !s) {
            const auto answer = MessageBox::question(
                this, tr("Quit Vigia"),
                tr("%1\n\nQuit anyway and lose what you typed since the last save?")
                    .arg(s.error().message()),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes) {
                event->ignore();
                return;
            }
        }
    }
    QMainWindow::closeEvent(event);
    // Quitting: the pass in progress ends now rather than holding the exit.
    if (event->isAccepted() && m_syncController)
        m_syncController->stop();
}

void MainWindow::refreshStatus()
{
    // Closed while locked, and while its key changes.
    const bool open = !m_locked && !m_ws.isLocked();
    m_unsent->setVisible(open);
    if (open) {
        static_cast<UnsentWorkLabel *>(m_unsent)->refresh(m_ws);
        m_needsChanges->refresh(m_ws);
    } else {
        m_needsChanges->hide();
    }
    m_workspaceState->setText(m_locked ? tr("Locked · %1").arg(m_ws.deviceName())
                                       : tr("Unlocked · %1").arg(m_ws.deviceName()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshStatus();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::fitNavigation()
{
    // As wide as its longest label: a fixed 160 px took from a 1024-pixel
    // screen what the records list needed.
    const QFontMetrics metrics = m_navigation->fontMetrics();
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = qMax(widest, metrics.horizontalAdvance(m_navigation->item(i)->text()));
    const int padding = 2 * (m_navigation->spacing() + m_navigation->frameWidth()) +
                        2 * metrics.horizontalAdvance(QLatin1Char('M'));
    m_navigation->setMinimumWidth(widest + padding);
}

void MainWindow::retranslate()
{
    const QString names[] = {tr("Records"),   tr("Codebook"), tr("Targets"),
                             tr("Dashboard"), tr("Sync"),     tr("Settings")};
    for (int i = 0; i <= SettingsView; ++i) {
        QListWidgetItem *item = m_navigation->item(i);
        item->setText(names[i]);
        item->setToolTip(keys::page(i).toString(QKeySequence::NativeText));
    }
    fitNavigation();
    m_navigation->setAccessibleName(tr("Navigation"));
    // No Alt letter: every letter of "File", "Archivo" and "Arquivo" is
    // taken on some page (tst_accelerators); Alt or F10 and the arrows reach it.
    m_fileMenu->setTitle(tr("File"));
    m_importFormAction->setText(tr("&Import XLSForm…"));
    m_exportMenu->setTitle(tr("E&xport"));
    m_exportAction->setText(tr("&Export records…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About Vigia"));
    m_workspaceState->setToolTip(
        tr("Lock Vigia now: %1").arg(keys::lock().toString(QKeySequence::NativeText)));
    m_views->setAccessibleName(tr("Current page"));
    // The title bar shows in task switchers and screen shares: never data,
    // and only the page's name while unlocked.
    const int row = m_navigation->currentRow();
    const QString project = m_projects->currentName();
    if (m_locked || row < 0)
        setWindowTitle(tr("Vigia"));
    else if (!project.isEmpty())
        setWindowTitle(tr("%1 — %2 — Vigia").arg(names[row], project));
    else
        setWindowTitle(tr("%1 — Vigia").arg(names[row]));
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
