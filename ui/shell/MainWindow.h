#pragma once

#include "common/Result.h"

#include <QDialog>
#include <QMainWindow>
#include <QPointer>
#include <QUuid>

#include <chrono>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QProgressDialog;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace vigia {

class CodebookPage;
class NeedsChangesLabel;
class ProjectChooser;
class TargetsPage;
class DashboardPage;
class IdleWatcher;
class LockScreen;
class RecordsPage;
class SecretBytes;
class SettingsPage;
class SyncController;
class SyncPage;
class SyncStatusIndicator;
class Workspace;
class WorkspaceSettings;

// The desktop shell around an open workspace: navigation on the left, the
// current page in the middle, unsent changes, the sync with the hub and the
// workspace's state in the status bar. Locking (Ctrl+L or after the configured idle time) replaces
// everything with the lock screen and destroys the pages that hold records,
// so nothing of the data stays on screen or in the widgets.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        RecordsView,
        CodebookView,
        TargetsView,
        DashboardView,
        SyncView,
        SettingsView
    };

    // `ws` must outlive the window.
    explicit MainWindow(Workspace &ws, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] bool isLocked() const { return m_locked; }
    // A change of the store's key runs: the store is closed meanwhile.
    [[nodiscard]] bool isChangingStoreKey() const { return m_rekeying; }
    [[nodiscard]] Page currentPage() const;
    // Overrides the auto-lock delay from the settings (tests use a short one).
    void setAutoLockInterval(std::chrono::milliseconds interval);
    // The app's sync agent (AppController): the status bar shows its state,
    // the Sync page drives it, a finalized record wakes it, and locking
    // stops it until the unlock. Without one (tests), nothing syncs.
    void setSyncController(SyncController *controller);
    // A file given on the command line, as a double-click in a file manager
    // does (packaging/desktop): a bundle is imported, an invitation asks
    // whether to join, an approval (manifest) is loaded, each on the Sync
    // page, which shows the outcome. Any other file is refused with a
    // message. False when nothing was done.
    bool openFile(const QString &path);

public slots:
    void lock();
    // Changes the store's key (Settings > Store key) with a passphrase
    // already checked: saves the open record, stops the sync, drops the pages
    // that hold records and closes the store, runs the change behind a
    // window-modal progress dialog and opens everything again.
    void rekeyStore(std::shared_ptr<const vigia::SecretBytes> passphrase);
    void showPage(vigia::MainWindow::Page page);
    void refreshStatus();

signals:
    void lockedChanged(bool locked);

protected:
    void changeEvent(QEvent *event) override;
    // Saves the open record first; if that fails, asks before quitting.
    void closeEvent(QCloseEvent *event) override;

private:
    // How soon to look again whether the dropped data pages are gone.
    static constexpr int kDropRetryMs = 100;

    void retranslate();
    void fitNavigation();
    void createDataPages();
    void dropDataPages();
    // Takes the data pages out of the window; they go at the next turn of
    // the event loop.
    QList<QPointer<QWidget>> removeDataPages();
    void startRekey();
    void finishRekey(const Status &status);
    // Locks the workspace itself (Workspace::lock) once `pages` are gone.
    void closeStoreOnceDropped(const QList<QPointer<QWidget>> &pages);
    void hideOwnWindows();
    void unlock();
    void focusSearch();
    void addShortcuts();
    void tellAutoLockReset();
    void newRecord();
    void showShortcuts();
    void showAbout();
    void showExport();
    void showImportForm();
    // Shows another project (ProjectChooser): saves the open record, stops
    // the sync, drops the data pages and, once they are gone, opens the
    // other project's store and builds them again on it.
    void switchProject(const QByteArray &store);
    void finishSwitchOnceDropped(const QList<QPointer<QWidget>> &pages, const QByteArray &store,
                                 int row);

    Workspace &m_ws;
    std::unique_ptr<WorkspaceSettings> m_settings;
    QStackedWidget *m_central = nullptr;
    QSplitter *m_content = nullptr;
    QListWidget *m_navigation = nullptr;
    ProjectChooser *m_projects = nullptr;
    bool m_switching = false;
    QStackedWidget *m_views = nullptr;
    RecordsPage *m_records = nullptr;
    CodebookPage *m_codebook = nullptr;
    TargetsPage *m_targets = nullptr;
    DashboardPage *m_dashboard = nullptr;
    SyncPage *m_sync = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    LockScreen *m_lockScreen = nullptr;
    QLabel *m_unsent = nullptr;
    NeedsChangesLabel *m_needsChanges = nullptr; // a researcher's records sent back
    QLabel *m_workspaceState = nullptr;
    SyncStatusIndicator *m_syncIndicator = nullptr;
    QPointer<SyncController> m_syncController;
    QTimer *m_statusTimer = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_importFormAction = nullptr;
    QPointer<QDialog> m_importDialog;
    QMenu *m_exportMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QPointer<QDialog> m_exportDialog;
    QMenu *m_helpMenu = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    IdleWatcher *m_idle = nullptr;
    bool m_locked = false;
    bool m_rekeying = false;
    std::shared_ptr<const SecretBytes> m_rekeyPassphrase; // until the store is closed
    QPointer<QProgressDialog> m_rekeyProgress;
    QUuid m_lockedRecord; // the record open when the window locked
    QString m_lockedField;
    QString m_unsavedAtLock; // why the open record could not be saved when locking
};

} // namespace vigia
