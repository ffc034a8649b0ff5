#include "ui/shell/MainWindow.h"

#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "ui/common/KeyBindings.h"
#include "ui/common/MessageBox.h"
#include "ui/records/NeedsChangesLabel.h"
#include "ui/records/RecordsPage.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/LockScreen.h"
#include "ui/shell/NavigationIcons.h"
#include "ui/shell/ProjectChooser.h"
#include "ui/shell/SettingsPage.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncPage.h"
#include "ui/sync/SyncStatusIndicator.h"
#include "ui/sync/UnsentWorkLabel.h"

#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
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

void MainWindow::showPage(Page page)
{
    if (m_locked)
        return;
    m_navigation->setCurrentRow(page);
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

} // namespace vigia
