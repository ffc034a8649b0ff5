#include "sync/SyncAgent.h"
#include "common/LogCategories.h"
#include "db/Database.h"
#include "store/Workspace.h"
#include "sync/HubConnection.h"
#include "sync/HubEndpoint.h"
#include "sync/ProjectPasses.h"
#include "sync/SyncStore.h"

#include <QDateTime>
#include <QNetworkInformation>
#include <QThread>
#include <QTimer>

namespace vigia {

namespace {
// Progress signals at most this often: a slow link reports every few bytes.
constexpr qint64 kProgressIntervalMs = 100;
} // namespace

SyncAgent::SyncAgent(std::unique_ptr<Workspace> ws, Options options)
    : m_ws(std::move(ws))
    , m_homeStore(m_ws ? m_ws->projectStore() : QByteArray())
    , m_options(std::move(options))
    , m_backoff(m_options.backoff, m_options.random)
{
    qRegisterMetaType<vigia::SyncAgent::Status>();
    qRegisterMetaType<vigia::SyncReport>();
}

SyncAgent::SyncAgent(std::unique_ptr<Workspace> ws)
    : SyncAgent(std::move(ws), Options{})
{}

SyncAgent::~SyncAgent()
{
    shutdown();
}

void SyncAgent::startOnThread()
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("vigia-sync"));
    moveToThread(m_thread);
    m_ws->moveToThread(m_thread);
    connect(m_thread, &QThread::started, this, &SyncAgent::start);
    m_thread->start();
}

void SyncAgent::shutdown()
{
    if (!m_thread)
        return;
    // Runs on the agent's thread: inside a pass's wait, it aborts the
    // request, and the pass unwinds with a network error.
    QMetaObject::invokeMethod(this, &SyncAgent::stopOnThread, Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void SyncAgent::stopOnThread()
{
    m_stopping = true;
    if (m_timer)
        m_timer->stop();
    if (m_connection)
        m_connection->abort();
    if (!m_running) {
        m_ws.reset(); // its store connection belongs to this thread
        delete m_timer;
        m_timer = nullptr;
        QThread::currentThread()->quit();
    }
}

void SyncAgent::start()
{
    auto automatic = SyncStore(m_ws->database()).value(SyncStore::kAutomatic);
    m_status.automatic = !automatic || automatic.value() != QLatin1String("0");
    auto last = SyncStore(m_ws->database()).number(SyncStore::kLastSuccess);
    m_status.lastSuccess = last ? last.value() : 0;
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { trigger(false); });
    if (m_options.watchNetwork)
        watchNetwork();
    if (m_status.automatic)
        trigger(false); // app start
    else
        setState(State::Disabled);
}

void SyncAgent::watchNetwork()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return; // no backend here: each retry's health check is the probe
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                if (r == QNetworkInformation::Reachability::Online && m_status.automatic &&
                    !m_status.halted) {
                    qCInfo(lcSync) << "network back: syncing";
                    m_backoff.succeeded(); // a new network is not the old failure
                    trigger(false);
                }
            });
}

void SyncAgent::syncNow()
{
    m_status.halted = false;
    trigger(true);
}

void SyncAgent::notifyChanged()
{
    if (m_status.automatic && !m_status.halted && m_status.state != State::Offline)
        trigger(false);
}

void SyncAgent::setAutomatic(bool on)
{
    m_status.automatic = on;
    if (m_ws) {
        const QString value = on ? QStringLiteral("1") : QStringLiteral("0");
        // Called during a pass, the workspace may be visiting another project.
        if (m_ws->projectStore() == m_homeStore) {
            (void)SyncStore(m_ws->database()).setValue(SyncStore::kAutomatic, value);
        } else if (auto home = m_ws->openProjectDatabase(m_homeStore)) {
            (void)SyncStore(*home.value()).setValue(SyncStore::kAutomatic, value);
        }
    }
    if (on) {
        trigger(false);
    } else {
        if (m_timer)
            m_timer->stop();
        if (!m_running)
            setState(State::Disabled);
    }
}

void SyncAgent::trigger(bool fromUser)
{
    if (m_stopping || !m_ws)
        return;
    if (!fromUser && (!m_status.automatic || m_status.halted))
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    runPass();
}

void SyncAgent::runPass()
{
    m_running = true;
    m_again = false;
    if (m_timer)
        m_timer->stop();
    ++m_passes;
    const qint64 started = QDateTime::currentSecsSinceEpoch();
    setState(State::Connecting);
    // One pass per project with a hub, each on its own store (docs/sync.md,
    // "Several projects"); without any, the open store's, which says why.
    ProjectPasses passes(*m_ws);
    auto projects = passes.withHub();
    if (!projects) {
        finish({}, projects.error(), started);
        return;
    }
    if (projects.value().isEmpty()) {
        WorkspaceProjects::Entry open;
        open.store = m_ws->projectStore();
        projects.value().append(open);
    }
    ProjectPasses::Hooks hooks;
    hooks.connected = [this](HubConnection *connection) { m_connection = connection; };
    hooks.stop = [this] { return m_stopping; };
    hooks.finished = [this, started](const ProjectPasses::Pass &pass) {
        log(pass.report, pass.outcome, started); // into that project's own log
    };
    m_progressThrottle.start();
    hooks.progress = [this](SyncReport::Stage stage, qint64 done, qint64 total) {
        const State state = stage == SyncReport::Stage::Sending    ? State::Sending
                            : stage == SyncReport::Stage::Fetching ? State::Fetching
                                                                   : State::Connecting;
        const bool changed = state != m_status.state;
        m_status.state = state;
        m_status.done = done;
        m_status.total = total;
        if (changed || m_progressThrottle.elapsed() >= kProgressIntervalMs || done == total) {
            m_progressThrottle.restart();
            m_status.message.clear();
            emitStatus();
        }
    };
    const QList<ProjectPasses::Pass> done =
        passes.run(projects.value(), m_options.pass, m_options.timeoutMs, hooks);
    finish(ProjectPasses::merged(done), ProjectPasses::outcome(done), started, false);
}

void SyncAgent::log(const SyncReport &report, const vigia::Status &outcome, qint64 started)
{
    if (!m_ws)
        return;
    SyncStore::LogEntry entry{started,
                              QDateTime::currentSecsSinceEpoch(),
                              bool(outcome),
                              report.bundlesSent,
                              report.bundlesReceived,
                              report.receiptsAccepted + report.receiptsSent,
                              outcome ? QString() : outcome.error().message()};
    // A pass that held a restored workspace's changes back did its job,
    // and the log says why nothing left.
    if (outcome && report.sendingHeld)
        entry.message = report.problems.join(QLatin1Char(' '));
    if (vigia::Status s = SyncStore(m_ws->database()).appendLog(entry); !s)
        qCWarning(lcSync) << "could not write the sync log";
}

void SyncAgent::finish(const SyncReport &report, const vigia::Status &outcome, qint64 started,
                       bool toLog)
{
    m_running = false;
    const qint64 finished = QDateTime::currentSecsSinceEpoch();
    m_status.done = m_status.total = 0;
    m_status.clockSkewSeconds = report.clockSkewSeconds;
    if (toLog)
        log(report, outcome, started);
    emit passFinished(report, bool(outcome), outcome ? QString() : outcome.error().message());
    if (m_stopping) {
        stopOnThread();
        return;
    }
    if (outcome) {
        m_backoff.succeeded();
        m_status.lastSuccess = finished;
        setState(State::Idle);
        if (m_again)
            QTimer::singleShot(0, this, [this] { trigger(false); });
        else if (m_status.automatic)
            schedule(m_options.periodMs);
        return;
    }
    const Error &error = outcome.error();
    if (error.code() == ErrorCode::Untrusted) {
        // Revoked, blocked, or a certificate that is not the pinned one:
        // trying again by itself would only repeat it.
        m_status.halted = true;
        setState(State::Error, error.message());
        return;
    }
    const qint64 delay = m_backoff.failed(report.retryAfterSeconds);
    qCInfo(lcSync) << "sync failed; next attempt in" << delay / 1000 << "s";
    m_status.nextAttemptMs = delay;
    setState(error.code() == ErrorCode::Network ? State::Offline : State::Error, error.message());
    if (m_status.automatic || m_again)
        schedule(delay);
}

void SyncAgent::schedule(qint64 ms)
{
    m_status.nextAttemptMs = ms;
    if (m_timer)
        m_timer->start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

void SyncAgent::setState(State state, const QString &message)
{
    m_status.state = state;
    m_status.message = message;
    if (state != State::Offline && state != State::Error)
        m_status.nextAttemptMs = -1;
    emitStatus();
}

void SyncAgent::emitStatus()
{
    emit statusChanged(m_status);
}

} // namespace vigia
