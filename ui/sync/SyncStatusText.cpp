#include "ui/sync/SyncStatusText.h"

#include "ui/common/DateText.h"
#include "ui/sync/PlainMessage.h"
#include "ui/sync/WorkCountText.h"

#include <QDateTime>
#include <QStringList>

#include <cstdlib>

namespace vigia {

namespace {
constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// Up to this many minutes a skew reads better in minutes than in hours.
constexpr qint64 kSkewInMinutesUpTo = 2 * kHour;
} // namespace

bool SyncStatusText::isTransfer(SyncAgent::State state)
{
    return state == SyncAgent::State::Sending || state == SyncAgent::State::Fetching;
}

QString SyncStatusText::indicator(const SyncAgent::Status &status, bool awaitingApproval)
{
    using State = SyncAgent::State;
    switch (status.state) {
    case State::Disabled:
        return tr("Sync off");
    case State::Offline:
        return tr("Offline");
    case State::Connecting:
        return tr("Syncing…");
    case State::Sending:
    case State::Fetching:
        if (status.total <= 0)
            return tr("Syncing…");
        // Sending counts bytes, which mean nothing to people: a share.
        if (status.state == State::Sending)
            return tr("Syncing %1%", "percent of the upload done")
                .arg(status.done * 100 / status.total);
        return tr("Syncing %1 of %2").arg(status.done).arg(status.total);
    case State::Idle:
        return awaitingApproval ? tr("Waiting for approval") : tr("All changes sent");
    case State::Error:
        // Before the approval the hub refuses the session: that is no error.
        return awaitingApproval ? tr("Waiting for approval") : tr("Sync error");
    }
    return {};
}

QString SyncStatusText::indicatorToolTip(const SyncAgent::Status &status, bool awaitingApproval)
{
    using State = SyncAgent::State;
    if (awaitingApproval && status.state != State::Offline)
        return tr("Your coordinator has not approved this device yet. Syncing starts by itself "
                  "once they do.");
    switch (status.state) {
    case State::Disabled:
        return tr("Automatic sync is off. Turn it on, or use Sync now, on the Sync page.");
    case State::Offline:
        return status.message.isEmpty()
                   ? tr("No connection to the hub. Vigia tries again by itself.")
                   : tr("%1\nVigia tries again by itself.")
                         .arg(PlainMessage::withoutCommandLines(status.message));
    case State::Error:
        return PlainMessage::withoutCommandLines(status.message);
    default:
        return tr("Sync with the hub");
    }
}

QString SyncStatusText::sentence(const SyncAgent::Status &status, const Context &context)
{
    using State = SyncAgent::State;
    const auto join = [](const QString &state, const QString &detail) {
        return detail.isEmpty() ? state
                                : tr("%1 · %2", "a state, then a detail").arg(state, detail);
    };
    const QString items = WorkCountText::items(context.toSend);
    const QString lastSync = status.lastSuccess > 0
                                 ? tr("last sync %1").arg(since(status.lastSuccess, context.now))
                                 : QString();
    // What waits matters more than when the last sync was. A bundle cut off
    // in its upload holds work no longer counted as not exported.
    const bool waiting = !items.isEmpty() || context.bundlesToSend > 0;
    const QString detail = !items.isEmpty() ? tr("%1 to send", "e.g. 12 records to send").arg(items)
                           : waiting        ? tr("changes waiting to be sent")
                                            : lastSync;
    switch (status.state) {
    case State::Connecting:
        return tr("Connecting to the hub…");
    case State::Sending:
        return tr("Sending your changes to the hub…");
    case State::Fetching:
        return tr("Receiving changes from the hub…");
    default:
        break;
    }
    if (context.awaitingApproval && status.state != State::Offline)
        return join(tr("Waiting for the coordinator's approval"), detail);
    switch (status.state) {
    case State::Disabled:
        return join(tr("Automatic sync is off"), detail);
    case State::Offline:
        return join(tr("Waiting for a connection"), detail);
    case State::Idle:
        return waiting ? join(tr("Connected to the hub"), detail)
                       : join(tr("All changes sent"), lastSync);
    case State::Error: {
        const QString why = PlainMessage::withoutCommandLines(status.message);
        if (why.isEmpty())
            return tr("Sync failed.");
        return status.halted ? tr("Sync stopped: %1").arg(why) : tr("Sync failed: %1").arg(why);
    }
    default:
        return {};
    }
}

QString SyncStatusText::since(qint64 then, qint64 now)
{
    const qint64 ago = now - then;
    if (ago < kMinute)
        return tr("just now");
    if (ago < kHour)
        return tr("%n minute(s) ago", nullptr, int(ago / kMinute));
    if (ago < kDay)
        return tr("%n hour(s) ago", nullptr, int(ago / kHour));
    return tr("on %1", "on a date").arg(DateText::date(QDateTime::fromSecsSinceEpoch(then).date()));
}

QString SyncStatusText::clock(qint64 skewSeconds)
{
    const qint64 off = std::llabs(skewSeconds);
    if (off <= kClockWarningSeconds)
        return {};
    // Records and changes carry this computer's time: a wrong clock misdates them.
    if (off < kSkewInMinutesUpTo) {
        const int minutes = int((off + kMinute / 2) / kMinute);
        return skewSeconds > 0
                   ? tr("This computer's clock is %n minute(s) fast. Set the right time in the "
                        "system settings: Vigia dates your records with it.",
                        nullptr, minutes)
                   : tr("This computer's clock is %n minute(s) slow. Set the right time in the "
                        "system settings: Vigia dates your records with it.",
                        nullptr, minutes);
    }
    const int hours = int((off + kHour / 2) / kHour);
    return skewSeconds > 0 ? tr("This computer's clock is %n hour(s) fast. Set the right time in "
                                "the system settings: Vigia dates your records with it.",
                                nullptr, hours)
                           : tr("This computer's clock is %n hour(s) slow. Set the right time in "
                                "the system settings: Vigia dates your records with it.",
                                nullptr, hours);
}

QString SyncStatusText::logLine(const SyncStore::LogEntry &entry)
{
    const QString when = DateText::dateTime(
        QDateTime::fromSecsSinceEpoch(entry.finished > 0 ? entry.finished : entry.started));
    if (!entry.ok)
        return tr("%1 · failed: %2", "when, then why")
            .arg(when, PlainMessage::withoutCommandLines(entry.message));
    QStringList what;
    if (entry.sent > 0)
        what << tr("%n bundle(s) sent", nullptr, entry.sent);
    if (entry.received > 0)
        what << tr("%n bundle(s) received", nullptr, entry.received);
    if (entry.receipts > 0)
        what << tr("%n receipt(s)", nullptr, entry.receipts);
    // A pass that held back a restored workspace's changes says why.
    if (!entry.message.isEmpty())
        what << PlainMessage::withoutCommandLines(entry.message);
    return tr("%1 · %2", "when, then what a sync did")
        .arg(when, what.isEmpty() ? tr("nothing new") : what.join(tr(", ")));
}

} // namespace vigia
