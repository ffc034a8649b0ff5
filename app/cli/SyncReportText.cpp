#include "cli/SyncReportText.h"

#include "cli/CliContext.h"
#include "cli/SyncCommands.h"

#include <QJsonArray>

namespace vigia {

// The words stay SyncCommands' own: they were written there first, and
// their translations with them.

QJsonObject SyncReportText::json(const SyncReport &r)
{
    return {{QStringLiteral("bundles_sent"), r.bundlesSent},
            {QStringLiteral("changes_sent"), r.opsSent},
            {QStringLiteral("bundles_received"), r.bundlesReceived},
            {QStringLiteral("already_applied"), r.alreadyApplied},
            {QStringLiteral("quarantined"), r.quarantined},
            {QStringLiteral("refused"), r.refused},
            {QStringLiteral("receipts_received"), r.receiptsAccepted},
            {QStringLiteral("acknowledged"), r.acknowledged},
            {QStringLiteral("receipts_sent"), r.receiptsSent},
            {QStringLiteral("manifest_updated"), r.manifestUpdated},
            {QStringLiteral("manifest_published"), r.manifestPublished},
            {QStringLiteral("clock_skew_seconds"), double(r.clockSkewSeconds)},
            {QStringLiteral("bytes_up"), double(r.bytesUp)},
            {QStringLiteral("bytes_down"), double(r.bytesDown)},
            {QStringLiteral("sending_held"), r.sendingHeld},
            {QStringLiteral("restore_confirmed"), r.restoreConfirmed},
            {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)}};
}

void SyncReportText::print(CliContext &ctx, const SyncReport &r)
{
    ctx.out().line(SyncCommands::tr("Sent %n bundle(s) (%1 change(s)).", nullptr, r.bundlesSent)
                       .arg(r.opsSent));
    ctx.out().line(SyncCommands::tr("Received %n bundle(s).", nullptr, r.bundlesReceived));
    if (r.receiptsAccepted > 0)
        ctx.out().line(
            SyncCommands::tr("A coordinator confirmed %n change(s).", nullptr, r.acknowledged));
    if (r.receiptsSent > 0)
        ctx.out().line(SyncCommands::tr("Sent %n receipt(s) to the hub.", nullptr, r.receiptsSent));
    if (r.quarantined > 0)
        ctx.out().line(SyncCommands::tr("%n bundle(s) wait in quarantine for their sender's "
                                        "approval.",
                                        nullptr, r.quarantined));
    if (r.manifestUpdated)
        ctx.out().line(SyncCommands::tr("The project's manifest was updated."));
    if (r.restoreConfirmed)
        ctx.out().line(SyncCommands::tr("The hub holds nothing from this device newer than the "
                                        "backup it was restored from: it sends its changes "
                                        "again."));
    for (const QString &p : r.problems)
        ctx.out().warning(p);
}

void SyncReportText::warnClock(CliContext &ctx, const SyncReport &r)
{
    if (qAbs(r.clockSkewSeconds) > 600)
        ctx.out().warning(SyncCommands::tr("This computer's clock is %n minute(s) off the hub's. "
                                           "Set the right time: records carry this clock's "
                                           "dates.",
                                           nullptr, int(qAbs(r.clockSkewSeconds) / 60)));
}
} // namespace vigia
