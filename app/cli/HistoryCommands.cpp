#include "cli/HistoryCommands.h"

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/CliInvocation.h"
#include "cli/RecordJson.h"
#include "cli/RecordText.h"
#include "common/UuidText.h"
#include "project/History.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace vigia {

void HistoryCommands::addCommands(QList<CliCommand> &commands)
{
    commands.append(CliCommand::make(
        "history", &HistoryCommands::show, tr("RECORD [FIELD]"),
        tr("Show every change of a record, or of one of its fields, and where it came from."),
        tr("Lists, oldest first, every change that touched the record (or the field): the "
           "device that wrote it, when (its clock, as local time), the bundle that brought it or "
           "\"written here\", and whether it took part in a conflict or resolved one. Then, for "
           "each device involved, whether its chain of changes is intact and whether its clock "
           "was found ahead of this device's."),
        {}, 1, 2));
}

Status HistoryCommands::show(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    const QUuid record = QUuid::fromString(inv.arguments.at(0));
    if (record.isNull())
        return Error(ErrorCode::Usage,
                     tr("'%1' is not a record id. 'vigiactl record list' shows them.")
                         .arg(inv.arguments.at(0)));
    const QString field = inv.arguments.value(1);
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto history = History(*ws.value()).of(record, field);
    if (!history)
        return history.error();
    const RecordHistory &h = history.value();
    if (ctx.json()) {
        QJsonArray changes;
        for (const RecordHistory::Change &c : h.changes)
            changes.append(QJsonObject{
                {QStringLiteral("field"), c.field},
                {QStringLiteral("device"), UuidText::of(c.origin)},
                {QStringLiteral("device_label"), c.device},
                {QStringLiteral("counter"), qint64(c.counter)},
                {QStringLiteral("time"), RecordJson::timestamp(c.hlc)},
                {QStringLiteral("value"), c.value.toJsonValue()},
                {QStringLiteral("bundle"), c.writtenHere || c.bundleId.isEmpty()
                                               ? QJsonValue()
                                               : QString::fromLatin1(c.bundleId.toHex())},
                {QStringLiteral("written_here"), c.writtenHere},
                {QStringLiteral("draft"), c.draft},
                {QStringLiteral("conflicting"), c.conflicting},
                {QStringLiteral("resolution"), c.resolution}});
        QJsonArray devices;
        for (const RecordHistory::Device &d : h.devices) {
            QJsonArray issues;
            for (const ChainIssue &i : d.issues)
                issues.append(i.message);
            devices.append(QJsonObject{{QStringLiteral("device"), UuidText::of(d.origin)},
                                       {QStringLiteral("device_label"), d.label},
                                       {QStringLiteral("chain_intact"), d.issues.isEmpty()},
                                       {QStringLiteral("chain_issues"), issues},
                                       {QStringLiteral("clock_ahead"), d.clockAhead}});
        }
        ctx.out().json(QJsonObject{{QStringLiteral("id"), record.toString(QUuid::WithoutBraces)},
                                   {QStringLiteral("changes"), changes},
                                   {QStringLiteral("devices"), devices}});
        return {};
    }
    for (const RecordHistory::Change &c : h.changes) {
        const QString via =
            c.writtenHere ? tr("written here")
            : c.bundleId.isEmpty()
                ? tr("bundle unknown")
                : tr("bundle %1").arg(QString::fromLatin1(c.bundleId.toHex().left(16)));
        QString note;
        if (c.draft)
            note = tr("  (draft, never sent)");
        else if (c.resolution)
            note = tr("  (resolved a conflict)");
        else if (c.conflicting)
            note = tr("  (in conflict)");
        ctx.out().line(tr("%1  %2  %3  %4 = %5%6")
                           .arg(RecordText::localTime(c.hlc), c.device, via, c.field,
                                RecordText::value(c.value), note));
    }
    ctx.out().line();
    for (const RecordHistory::Device &d : h.devices) {
        ctx.out().line(d.issues.isEmpty() ? tr("%1: chain intact").arg(d.label)
                                          : tr("%1: %2").arg(d.label, d.issues.first().message));
        if (d.clockAhead)
            ctx.out().line(tr("%1: its clock was ahead of this device's by more than ten "
                              "minutes; its times may be too late.")
                               .arg(d.label));
    }
    return {};
}

} // namespace vigia
