// The sync states as people see them: the Sync view's hub section above the
// status bar's indicator, for each state the agent reports. They are fed
// to the widgets as the app's SyncController would, from invented statuses,
// so no hub is needed.
#include "screenshots/ScreenshotWriter.h"

#include "screenshots/ScreenshotSamples.h"
#include "sync/HubConnection.h"
#include "ui/sync/HubCoordinatorPanel.h"
#include "ui/sync/HubSyncPanel.h"
#include "ui/sync/JoinByCodeDialog.h"
#include "ui/sync/SyncStatusIndicator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QWidget>

namespace vigia {

namespace {
struct State
{
    const char *view;
    SyncAgent::Status status;
    bool awaitingApproval = false;
};

QList<State> states()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto status = [now](SyncAgent::State state) {
        SyncAgent::Status s;
        s.state = state;
        s.lastSuccess = now - 5 * 60;
        return s;
    };
    SyncAgent::Status offline = status(SyncAgent::State::Offline);
    offline.nextAttemptMs = 40'000;
    SyncAgent::Status sending = status(SyncAgent::State::Sending);
    sending.done = 2;
    sending.total = 5;
    SyncAgent::Status off = status(SyncAgent::State::Disabled);
    off.automatic = false;
    SyncAgent::Status refused = status(SyncAgent::State::Error);
    refused.halted = true;
    HubReply forbidden;
    forbidden.status = 403;
    refused.message =
        QCoreApplication::translate("vigia::SyncPass",
                                    "The hub refuses this device (%1). It may have been revoked "
                                    "or blocked; ask your coordinator. Automatic sync stops "
                                    "until then.")
            .arg(HubConnection::describe(forbidden));
    SyncAgent::Status skewed = status(SyncAgent::State::Idle);
    skewed.clockSkewSeconds = 3 * 3600;
    return {{"sync_state_offline", offline},
            {"sync_state_sending", sending},
            {"sync_state_all_sent", status(SyncAgent::State::Idle)},
            {"sync_state_awaiting_approval", status(SyncAgent::State::Idle), true},
            {"sync_state_error", refused},
            {"sync_state_off", off},
            {"sync_state_clock_skew", skewed}};
}
} // namespace

QStringList ScreenshotWriter::syncStateViews()
{
    QStringList views;
    for (const State &state : states())
        views.append(QLatin1String(state.view));
    views << QStringLiteral("sync_join_code") << QStringLiteral("sync_hub_coordinator");
    return views;
}

Status ScreenshotWriter::writeSyncStates(ScreenshotSamples &samples, const Shots &shots)
{
    QWidget frame;
    frame.resize(760, 420);
    auto *panel = new HubSyncPanel(samples.researcher(), &frame);
    auto *bar = new QStatusBar(&frame);
    auto *indicator = new SyncStatusIndicator(bar);
    bar->addPermanentWidget(indicator);
    auto *layout = new QVBoxLayout(&frame);
    layout->addWidget(panel, 1);
    layout->addWidget(bar);
    frame.show();
    for (const State &state : states()) {
        panel->setStatus(state.status, state.awaitingApproval);
        indicator->setStatus(state.status, state.awaitingApproval);
        if (Status s = save(&frame, shots, QLatin1String(state.view)); !s)
            return s;
    }
    frame.hide();

    // The dialog as a researcher fills it in: the address and the code
    // the coordinator read out (invented).
    JoinByCodeDialog join(samples.researcher());
    if (auto *url = join.findChild<QLineEdit *>(QStringLiteral("joinHubUrl")))
        url->setText(QStringLiteral("https://hub.observatorio.example"));
    if (auto *code = join.findChild<QLineEdit *>(QStringLiteral("joinCode")))
        code->setText(QStringLiteral("K7QM-2XPA-9RWD-4HTC-B3NV-E"));
    join.show();
    if (Status s = save(&join, shots, QStringLiteral("sync_join_code")); !s)
        return s;
    join.hide();

    // The coordinator's hub actions before the first code: register, make
    // a code, the requests waiting (fetched on Refresh, so none yet).
    HubCoordinatorPanel hub(samples.coordinator());
    hub.show();
    hub.resize(760, hub.sizeHint().height());
    return save(&hub, shots, QStringLiteral("sync_hub_coordinator"));
}

} // namespace vigia
