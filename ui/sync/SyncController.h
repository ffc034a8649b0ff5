#pragma once

#include "sync/SyncAgent.h"

#include <QObject>
#include <QString>

#include <memory>

namespace vigia {

class Workspace;

// The app's one sync agent (design.md §10): starts it on its own thread, with
// its own connection to the workspace, once the workspace is unlocked and
// belongs to a project with a hub (any of its projects), and stops it when the window locks or the
// app quits, so nothing syncs while nobody could see it. The agent's signals
// arrive here on the GUI thread, where the status bar and the Sync view read
// them; the widgets never talk to the agent's thread themselves.
class SyncController : public QObject
{
    Q_OBJECT

public:
    // `ws` (the GUI's workspace) must outlive the controller.
    explicit SyncController(Workspace &ws, QObject *parent = nullptr);
    SyncController(Workspace &ws, SyncAgent::Options options, QObject *parent = nullptr);
    ~SyncController() override;

    // Lets the agent run, and starts it if the workspace is ready (refresh()).
    void start();
    // Stops the agent (waits for its pass to unwind) until the next start().
    void stop();
    // Starts the agent if allowed and the workspace has come to belong to a
    // project with a hub since (joined, created, approved).
    void refresh();

    [[nodiscard]] bool isRunning() const { return m_agent != nullptr; }
    // The agent's last status; before it runs, what the store remembers.
    [[nodiscard]] const SyncAgent::Status &status() const { return m_status; }
    // Joined, and the coordinator's manifest does not list this device yet.
    [[nodiscard]] bool awaitingApproval() const { return m_awaitingApproval; }
    // Why the agent could not start (the store could not be opened again).
    [[nodiscard]] const QString &startError() const { return m_startError; }

    // The hub of the project `ws` belongs to; empty without a project or
    // when the project names no hub: then there is nothing to sync with.
    [[nodiscard]] static QString hubUrl(Workspace &ws);
    [[nodiscard]] static bool isAwaitingApproval(Workspace &ws);
    // The status an agent of `ws` starts from: its automatic switch and
    // last success as stored, offline (or disabled) until it says more.
    [[nodiscard]] static SyncAgent::Status storedStatus(Workspace &ws);

public slots:
    void syncNow();
    // Something worth sending was written here (a record finalized).
    void notifyChanged();
    void setAutomatic(bool on);

signals:
    void statusChanged(const vigia::SyncAgent::Status &status);
    void passFinished(const vigia::SyncReport &report, bool ok, const QString &message);
    void runningChanged(bool running);

private:
    void readStoredStatus();
    void takeStatus(const SyncAgent::Status &status);

    Workspace &m_ws;
    SyncAgent::Options m_options;
    std::unique_ptr<SyncAgent> m_agent;
    SyncAgent::Status m_status;
    QString m_startError;
    bool m_allowed = false;
    bool m_awaitingApproval = false;
    // Signals already queued by a stopped agent carry an old generation and
    // are dropped: a status from before the lock must not show after it.
    quint64 m_generation = 0;
};

} // namespace vigia
