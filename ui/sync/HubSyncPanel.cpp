#include "ui/sync/HubSyncPanel.h"

#include "store/Workspace.h"
#include "sync/SyncStore.h"
#include "ui/common/SentenceLabel.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncLogList.h"
#include "ui/sync/SyncStatusText.h"

#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace vigia {

namespace {
constexpr int kLogEntries = 10;
// "last sync 5 minutes ago" is redrawn this often; it counts in minutes.
constexpr int kTickMs = 30'000;
// Bytes can pass an int: the bar shows a share of the total instead.
constexpr int kProgressSteps = 1000;

} // namespace

HubSyncPanel::HubSyncPanel(Workspace &ws, QWidget *parent)
    : QGroupBox(parent)
    , m_ws(ws)
    , m_status(SyncController::storedStatus(ws))
{
    setObjectName(QStringLiteral("hubSync"));
    m_sentence = new SentenceLabel(QStringLiteral("hubSentence"), this);
    m_clock = new SentenceLabel(QStringLiteral("hubClock"), this);
    m_clock->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("hubProgress"));
    m_progress->hide();
    m_syncNow = new QPushButton(this);
    m_syncNow->setObjectName(QStringLiteral("hubSyncNow"));
    m_automatic = new QCheckBox(this);
    m_automatic->setObjectName(QStringLiteral("hubAutomatic"));
    m_log = new SyncLogList(this);
    m_logCaption = new QLabel(this);
    m_logCaption->setObjectName(QStringLiteral("hubLogCaption"));
    m_logCaption->setBuddy(m_log);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_automatic);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sentence);
    layout->addWidget(m_clock);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addWidget(m_logCaption);
    layout->addWidget(m_log);

    // clicked, not toggled: only a person's choice goes to the agent, never
    // the box following the agent's own status.
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->syncNow();
    });
    connect(m_automatic, &QCheckBox::clicked, this, [this](bool on) {
        if (m_controller)
            m_controller->setAutomatic(on);
    });
    m_ticker = new QTimer(this);
    m_ticker->setInterval(kTickMs);
    connect(m_ticker, &QTimer::timeout, this, &HubSyncPanel::showStatus);
    m_ticker->start();

    retranslate();
    refresh();
}

void HubSyncPanel::setController(SyncController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (!controller) {
        showStatus();
        return;
    }
    connect(controller, &SyncController::statusChanged, this,
            [this](const SyncAgent::Status &status) {
                setStatus(status, m_controller->awaitingApproval());
            });
    // The log gets its line when the pass ends; the state follows.
    connect(controller, &SyncController::passFinished, this, &HubSyncPanel::reloadLog);
    setStatus(controller->status(), controller->awaitingApproval());
}

void HubSyncPanel::setStatus(const SyncAgent::Status &status, bool awaitingApproval)
{
    m_status = status;
    m_awaitingApproval = awaitingApproval;
    // Progress comes ten times a second and changes no count: only the
    // other states read the store.
    if (!SyncStatusText::isTransfer(status.state))
        recount();
    showStatus();
}

void HubSyncPanel::refresh()
{
    m_awaitingApproval = SyncController::isAwaitingApproval(m_ws);
    recount();
    reloadLog();
    showStatus();
}

QString HubSyncPanel::sentence() const
{
    return m_sentence->text();
}

QString HubSyncPanel::clockWarning() const
{
    return m_clock->isVisibleTo(this) ? m_clock->text() : QString();
}

void HubSyncPanel::recount()
{
    auto summary = OutboxSummary::readUnsent(m_ws.database(), m_ws.deviceId().toRfc4122());
    auto bundles = SyncStore(m_ws.database()).unsentCount();
    m_toSend = summary ? summary.value().notExported : OutboxSummary::Counts{};
    m_bundlesToSend = bundles ? bundles.value() : 0;
    m_countError = !summary   ? summary.error().message()
                   : !bundles ? bundles.error().message()
                              : QString();
}

void HubSyncPanel::reloadLog()
{
    auto log = SyncStore(m_ws.database()).recentLog(kLogEntries);
    if (log)
        m_log->setEntries(log.value());
    else
        m_log->setError(log.error().message());
}

void HubSyncPanel::showStatus()
{
    const SyncStatusText::Context context{m_toSend, m_bundlesToSend, m_awaitingApproval,
                                          QDateTime::currentSecsSinceEpoch()};
    m_sentence->setText(SyncStatusText::sentence(m_status, context));
    // A count that could not be read leaves the sentence without it; say why.
    m_sentence->setToolTip(m_countError);
    const QString clock = SyncStatusText::clock(m_status.clockSkewSeconds);
    m_clock->setText(clock);
    m_clock->setVisible(!clock.isEmpty());

    const bool transfer = SyncStatusText::isTransfer(m_status.state);
    m_progress->setVisible(transfer);
    if (transfer && m_status.total > 0) {
        m_progress->setRange(0, kProgressSteps);
        const qint64 share = m_status.done * kProgressSteps / m_status.total;
        m_progress->setValue(int(std::clamp<qint64>(share, 0, kProgressSteps)));
    } else if (transfer) {
        m_progress->setRange(0, 0); // how much is not known yet
    }
    const bool passRunning = transfer || m_status.state == SyncAgent::State::Connecting;
    m_syncNow->setEnabled(!m_controller.isNull() && !passRunning);
    m_automatic->setEnabled(!m_controller.isNull());
    const QSignalBlocker blocker(m_automatic);
    m_automatic->setChecked(m_status.automatic);
}

void HubSyncPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void HubSyncPanel::retranslate()
{
    setTitle(tr("Hub"));
    m_sentence->setAccessibleName(tr("Sync with the hub"));
    m_clock->setAccessibleName(tr("This computer's clock"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_syncNow->setText(tr("Sync &now"));
    m_syncNow->setAccessibleName(tr("Sync with the hub now"));
    m_automatic->setText(tr("Auto&matic sync"));
    m_automatic->setAccessibleName(tr("Sync automatically whenever a connection exists"));
    m_automatic->setToolTip(tr("Vigia sends your finalized work and fetches what is addressed "
                               "to you by itself whenever a connection exists."));
    m_logCaption->setText(tr("Recent syncs:"));
    showStatus();
}

} // namespace vigia
