#include "ui/shell/AppController.h"

#include "common/Language.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "ui/setup/SetupWizard.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UnlockDialog.h"
#include "ui/sync/SyncController.h"

namespace vigia {

AppController::AppController(QString workspaceDir, QString language)
    : m_dir(std::move(workspaceDir))
    , m_language(std::move(language))
{}

AppController::~AppController()
{
    m_window.reset();
    m_sync.reset(); // stops the agent before its workspace's files go
    m_workspace.reset();
}

void AppController::applyLanguage()
{
    QString lang = m_language;
    if (lang.isEmpty() && Workspace::exists(m_dir))
        lang = WorkspaceSettings(m_dir).interfaceLanguage();
    Language::install(lang);
}

bool AppController::start()
{
    applyLanguage();
    if (!Workspace::exists(m_dir)) {
        SetupWizard wizard(m_dir);
        if (wizard.exec() != QDialog::Accepted)
            return false;
        m_workspace = wizard.takeWorkspace();
    } else {
        UnlockDialog dialog(m_dir);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        m_workspace = dialog.takeWorkspace();
    }
    if (!m_workspace)
        return false;
    m_sync = std::make_unique<SyncController>(*m_workspace);
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->setSyncController(m_sync.get());
    m_window->show();
    // After the window shows: its status bar and Sync page follow the first pass.
    m_sync->start();
    return true;
}

} // namespace vigia
