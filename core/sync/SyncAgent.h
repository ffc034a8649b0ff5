#pragma once

#include "sync/SyncBackoff.h"
#include "sync/SyncPass.h"
#include "sync/SyncReport.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace vigia {

class HubConnection;
class Workspace;

// Sends and fetches by itself whenever a connection exists (design.md §10).
// A state machine on a thread of its own: offline → connecting → sending →
// fetching → idle, or error with the reason. Triggers: start, a finalized
// record (notifyChanged), the network coming back (QNetworkInformation where
// a backend exists; otherwise each retry's health check is the probe), a
// timer, and "Sync now". Failures back off from 5 s to 15 min with jitter; a
// hub's Retry-After is obeyed. A device the hub refuses (revoked, blocked)
// stops until "Sync now".
//
// A pass syncs every project the workspace joined that names a hub, one
// after the other on the agent's own workspace (ProjectPasses); the store it
// was opened on is its own again between passes, and a failure names its
// project when there are several.
//
// The agent owns its workspace (Workspace::openSibling), so the GUI's
// connection is never used off the GUI thread. After startOnThread(), talk to
// it through its slots (queued) and signals only.
class SyncAgent : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Disabled, // automatic sync off, nothing running
        Offline,  // no hub reachable: waiting for a connection
        Connecting,
        Sending,
        Fetching,
        Idle,  // the last pass succeeded
        Error, // the last pass failed for another reason: `message`
    };
    Q_ENUM(State)

    struct Status
    {
        State state = State::Idle;
        QString message; // for people: why, in an error or offline
        qint64 done = 0; // progress of the stage, bytes or bundles
        qint64 total = 0;
        qint64 nextAttemptMs = -1; // from when the status was sent; -1: none planned
        qint64 lastSuccess = 0;    // Unix seconds, 0: never
        qint64 clockSkewSeconds = 0;
        bool automatic = true;
        bool halted = false; // refused by the hub: only "Sync now" tries again
    };

    struct Options
    {
        SyncPass::Options pass;
        SyncBackoff::Limits backoff;
        SyncBackoff::Random random;
        qint64 periodMs = 10 * 60'000; // a pass this long after the last one
        int timeoutMs = 30'000;        // per request, without a byte moving
        bool watchNetwork = true;
    };

    SyncAgent(std::unique_ptr<Workspace> ws, Options options);
    explicit SyncAgent(std::unique_ptr<Workspace> ws);
    ~SyncAgent() override;

    // Moves the agent and its workspace to a new thread and starts it.
    void startOnThread();
    // Ends the pass in progress, stops the thread and waits for it.
    void shutdown();
    [[nodiscard]] int passesRun() const { return m_passes; }

public slots:
    void start();
    void syncNow();
    void notifyChanged();
    void setAutomatic(bool on);

signals:
    void statusChanged(const vigia::SyncAgent::Status &status);
    void passFinished(const vigia::SyncReport &report, bool ok, const QString &message);

private:
    void trigger(bool fromUser);
    void runPass();
    // The report and outcome of the whole pass, every project's; `toLog`
    // when no project's pass wrote its own log entry.
    void finish(const SyncReport &report, const vigia::Status &outcome, qint64 started,
                bool toLog = true);
    // One entry in the sync log of the store open now.
    void log(const SyncReport &report, const vigia::Status &outcome, qint64 started);
    void setState(State state, const QString &message = {});
    void schedule(qint64 ms);
    void emitStatus();
    void stopOnThread();
    void watchNetwork();

    std::unique_ptr<Workspace> m_ws;
    // The store it was opened on: its settings (automatic sync) live there,
    // whichever project's store a pass is visiting.
    QByteArray m_homeStore;
    Options m_options;
    SyncBackoff m_backoff;
    Status m_status;
    QThread *m_thread = nullptr;
    QTimer *m_timer = nullptr;             // the next planned pass
    HubConnection *m_connection = nullptr; // during a pass
    QElapsedTimer m_progressThrottle;
    bool m_running = false;
    bool m_again = false; // a trigger came during the pass
    bool m_stopping = false;
    std::atomic<int> m_passes = 0;
};

} // namespace vigia

Q_DECLARE_METATYPE(vigia::SyncAgent::Status)
Q_DECLARE_METATYPE(vigia::SyncReport)
