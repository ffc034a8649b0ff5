#pragma once

#include <QString>

#include <memory>

namespace vigia {

class MainWindow;
class SyncController;
class Workspace;

// The startup flow, so main() stays tiny: without a workspace the setup
// wizard creates one, otherwise the unlock dialog opens it; then the main
// window shows and, when the workspace belongs to a project with a hub, the
// sync agent starts. Owns the workspace and the agent for the rest of the
// session.
class AppController
{
public:
    // `language` comes from --lang; empty means the workspace's saved choice,
    // or the system's.
    AppController(QString workspaceDir, QString language);
    ~AppController();

    // Runs setup or unlock and shows the main window. False when the user
    // quit before a workspace was open.
    [[nodiscard]] bool start();
    [[nodiscard]] MainWindow *window() const { return m_window.get(); }
    [[nodiscard]] SyncController *sync() const { return m_sync.get(); }

private:
    void applyLanguage();

    QString m_dir;
    QString m_language;
    // Declared first so it is destroyed last: the window uses it.
    std::unique_ptr<Workspace> m_workspace;
    // Outlives the window, which shows its state.
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace vigia
