#include "cli/InboxCommands.h"

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/CliInvocation.h"
#include "common/UuidText.h"
#include "oplog/Hlc.h"
#include "project/DeviceNames.h"
#include "project/Inbox.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace vigia {

namespace {
QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

void InboxCommands::addCommands(QList<CliCommand> &commands)
{
    commands.append(CliCommand::make(
        "inbox list", &InboxCommands::list, tr("[--device ID] [--state STATE] [--country CC]"),
        tr("List the bundles this device received and what became of each."),
        tr("Lists every bundle received, from a file or the hub, newest first: its sender (name "
           "and the first group of its fingerprint), when it was written and received, where it "
           "came from, its numbers of changes and records, and its state: applied, "
           "already-applied, quarantined (with why and what would release it) or refused (with "
           "why)."),
        {{QStringLiteral("device"), tr("ID"),
          tr("Only the bundles of this device: its id, the start of it, or its name."), false},
         {QStringLiteral("state"), tr("STATE"),
          tr("Only bundles in this state: applied, already-applied, quarantined or refused."),
          false},
         {QStringLiteral("country"), tr("CC"),
          tr("Only the bundles that changed a record of country CC, e.g. BR."), false}}));
}

QString InboxCommands::stateText(InboxEntry::State state)
{
    switch (state) {
    case InboxEntry::State::Applied:
        return tr("applied");
    case InboxEntry::State::AlreadyApplied:
        return tr("already applied");
    case InboxEntry::State::Quarantined:
        return tr("quarantined");
    case InboxEntry::State::Refused:
        return tr("refused");
    }
    return {};
}

Status InboxCommands::list(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    Inbox::Filter filter;
    filter.country = inv.value(QStringLiteral("country")).trimmed().toUpper();
    if (inv.has(QStringLiteral("state"))) {
        filter.state = InboxEntry::stateFromName(inv.value(QStringLiteral("state")));
        if (!filter.state)
            return Error(ErrorCode::Usage,
                         tr("'%1' is not a state: give applied, already-applied, quarantined or "
                            "refused.")
                             .arg(inv.value(QStringLiteral("state"))));
    }
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    if (inv.has(QStringLiteral("device"))) {
        auto names = DeviceNames::load(ws.value()->database());
        if (!names)
            return names.error();
        auto device = names.value().find(inv.value(QStringLiteral("device")));
        if (!device)
            return device.error();
        filter.device = device.value();
    }
    auto entries = Inbox(*ws.value()).list(filter);
    if (!entries)
        return entries.error();
    QJsonArray array;
    for (const InboxEntry &e : entries.value()) {
        const QString id = QString::fromLatin1(e.bundleId.toHex());
        const qint64 created = Hlc::physical(e.createdHlc);
        if (ctx.json()) {
            QJsonObject o{
                {QStringLiteral("bundle_id"), id},
                {QStringLiteral("sender"), e.sender.isEmpty() ? QString() : UuidText::of(e.sender)},
                {QStringLiteral("sender_name"), e.senderName},
                {QStringLiteral("fingerprint"), e.fingerprint},
                {QStringLiteral("created"), e.createdHlc ? isoTime(created) : QString()},
                {QStringLiteral("received"), isoTime(e.receivedAt)},
                {QStringLiteral("source"), e.fromHub() ? QStringLiteral("hub") : e.file},
                {QStringLiteral("ops"), e.ops},
                {QStringLiteral("records"), e.records},
                {QStringLiteral("state"), InboxEntry::stateName(e.state)}};
            if (!e.reason.isEmpty())
                o.insert(QStringLiteral("reason"), e.reason);
            if (!e.release.isEmpty())
                o.insert(QStringLiteral("release"), e.release);
            array.append(o);
            continue;
        }
        const QString records =
            e.records < 0 ? tr("records unknown") : tr("%n record(s)", nullptr, e.records);
        ctx.out().line(tr("%1  %2  from %3  written %4  received %5  via %6  %7, %8")
                           .arg(id.left(16), stateText(e.state), Inbox::senderLabel(e),
                                e.createdHlc ? localTime(created) : tr("unknown"),
                                localTime(e.receivedAt), e.fromHub() ? tr("hub") : e.file,
                                tr("%n change(s)", nullptr, e.ops), records));
        if (!e.reason.isEmpty())
            ctx.out().line(tr("    why: %1").arg(e.reason));
        if (!e.release.isEmpty())
            ctx.out().line(tr("    to release it: %1").arg(e.release));
    }
    if (ctx.json())
        ctx.out().json(array);
    else if (entries.value().isEmpty())
        ctx.out().line(tr("No bundle was received."));
    return {};
}

} // namespace vigia
