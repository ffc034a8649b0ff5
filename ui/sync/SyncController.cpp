#include "ui/sync/SyncController.h"

#include "common/LogCategories.h"
#include "project/ProjectStore.h"
#include "store/Workspace.h"
#include "sync/ProjectPasses.h"
#include "sync/SyncPass.h"
#include "sync/SyncStore.h"

namespace vigia {

SyncController::SyncController(Workspace &ws, QObject *parent)
    : SyncController(ws, SyncAgent::Options{}, parent)
{}

SyncController::SyncController(Workspace &ws, SyncAgent::Options options, QObject *parent)
    : QObject(parent)
    , m_ws(ws)
    , m_options(std::move(options))
{
    readStoredStatus();
}

SyncController::~SyncController()
{
    stop();
}

QString SyncController::hubUrl(Workspace &ws)
{
    auto project = ProjectStore(ws.database()).load();
    if (!project || !project.value())
        return {};
    auto url = SyncPass::hubUrl(ws);
    return url ? url.value() : QString();
}

bool SyncController::isAwaitingApproval(Workspace &ws)
{
    auto project = ProjectStore(ws.database()).load();
    if (!project || !project.value())
        return false;
    const std::optional<ProjectManifest> &manifest = project.value()->manifest;
    return !manifest || !manifest->device(ws.deviceId().toRfc4122());
}

SyncAgent::Status SyncController::storedStatus(Workspace &ws)
{
    // What the agent itself starts from (SyncAgent::start), so the Sync view
    // says the same before the first pass as after it.
    SyncStore store(ws.database());
    SyncAgent::Status status;
    auto automatic = store.value(SyncStore::kAutomatic);
    status.automatic = !automatic || automatic.value() != QLatin1String("0");
    auto last = store.number(SyncStore::kLastSuccess);
    status.lastSuccess = last ? last.value() : 0;
    status.state = status.automatic ? SyncAgent::State::Offline : SyncAgent::State::Disabled;
    return status;
}

void SyncController::readStoredStatus()
{
    m_status = storedStatus(m_ws);
    m_awaitingApproval = isAwaitingApproval(m_ws);
}

void SyncController::start()
{
    m_allowed = true;
    refresh();
}

void SyncController::refresh()
{
    if (!m_allowed || m_agent)
        return;
    // The agent syncs every project with a hub, not only the one shown.
    if (hubUrl(m_ws).isEmpty()) {
        auto others = ProjectPasses(m_ws).withHub();
        if (!others || others.value().isEmpty())
            return;
    }
    auto sibling = m_ws.openSibling();
    if (!sibling) {
        m_startError = sibling.error().message();
        qCWarning(lcSync) << "could not start the sync agent:" << m_startError;
        return;
    }
    m_startError.clear();
    readStoredStatus();
    m_agent = std::make_unique<SyncAgent>(sibling.take(), m_options);
    const quint64 generation = ++m_generation;
    // Queued: the agent emits on its own thread.
    connect(m_agent.get(), &SyncAgent::statusChanged, this,
            [this, generation](const SyncAgent::Status &status) {
                if (generation == m_generation)
                    takeStatus(status);
            });
    connect(m_agent.get(), &SyncAgent::passFinished, this,
            [this, generation](const SyncReport &report, bool ok, const QString &message) {
                if (generation != m_generation)
                    return;
                // A pass may have brought the approval.
                m_awaitingApproval = isAwaitingApproval(m_ws);
                emit passFinished(report, ok, message);
            });
    m_agent->startOnThread();
    emit runningChanged(true);
    emit statusChanged(m_status);
}

void SyncController::stop()
{
    m_allowed = false;
    if (!m_agent)
        return;
    ++m_generation;
    m_agent->shutdown();
    m_agent.reset();
    emit runningChanged(false);
}

void SyncController::takeStatus(const SyncAgent::Status &status)
{
    const bool newState = status.state != m_status.state;
    m_status = status;
    // Read again only when the state moves: progress comes ten times a second.
    if (newState)
        m_awaitingApproval = isAwaitingApproval(m_ws);
    emit statusChanged(m_status);
}

void SyncController::syncNow()
{
    refresh();
    if (m_agent)
        QMetaObject::invokeMethod(m_agent.get(), &SyncAgent::syncNow, Qt::QueuedConnection);
}

void SyncController::notifyChanged()
{
    if (m_agent)
        QMetaObject::invokeMethod(m_agent.get(), &SyncAgent::notifyChanged, Qt::QueuedConnection);
}

void SyncController::setAutomatic(bool on)
{
    if (m_agent) {
        // The agent saves the choice on its own connection and says its new state.
        QMetaObject::invokeMethod(
            m_agent.get(), [agent = m_agent.get(), on] { agent->setAutomatic(on); },
            Qt::QueuedConnection);
        return;
    }
    if (vigia::Status s =
            SyncStore(m_ws.database())
                .setValue(SyncStore::kAutomatic, on ? QStringLiteral("1") : QStringLiteral("0"));
        !s) {
        qCWarning(lcSync) << "could not save the automatic sync choice:" << s.error().message();
        return;
    }
    m_status.automatic = on;
    m_status.state = on ? SyncAgent::State::Offline : SyncAgent::State::Disabled;
    emit statusChanged(m_status);
}

} // namespace vigia
