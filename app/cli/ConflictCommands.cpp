#include "cli/ConflictCommands.h"

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/CliInvocation.h"
#include "cli/RecordJson.h"
#include "cli/RecordText.h"
#include "common/UuidText.h"
#include "project/Conflicts.h"
#include "project/DeviceNames.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace vigia {

void ConflictCommands::addCommands(QList<CliCommand> &commands)
{
    commands.append(CliCommand::make(
        "conflicts list", &ConflictCommands::list, tr("[--country CC]"),
        tr("List the open conflicts."),
        tr("Lists every field that two devices changed without seeing each other's change, "
           "with each competing value, the device that wrote it and when. The value in use "
           "meanwhile is the newest one."),
        {{QStringLiteral("country"), tr("CC"),
          tr("Only the conflicts on records of country CC, e.g. BR."), false}}));
    commands.append(CliCommand::make(
        "conflicts resolve", &ConflictCommands::resolve, tr("ID FIELD (--take DEVICE | --value V)"),
        tr("Settle a conflict with one device's value or a value you give."),
        tr("Writes the chosen value as a change that has seen every competing one, so the "
           "conflict closes here and on every device that receives it. The competing values "
           "stay in the record's history."),
        {{QStringLiteral("take"), tr("DEVICE"),
          tr("Keep the value this device wrote: its id, the start of it, or its name."), false},
         {QStringLiteral("value"), tr("V"), tr("Write this value instead, e.g. a merged text."),
          false}},
        2, 2));
}

Status ConflictCommands::list(CliContext &ctx)
{
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    Conflicts::Filter filter;
    filter.country = ctx.invocation().value(QStringLiteral("country")).trimmed().toUpper();
    auto open = Conflicts(*ws.value()).list(filter);
    if (!open)
        return open.error();
    QJsonArray array;
    for (const OpenConflict &c : open.value()) {
        const QString row =
            c.row.size() == 16 ? UuidText::of(c.row) : QString::fromLatin1(c.row.toHex());
        if (ctx.json()) {
            QJsonArray values;
            for (const OpenConflict::Value &v : c.values)
                values.append(QJsonObject{{QStringLiteral("device"), UuidText::of(v.origin)},
                                          {QStringLiteral("device_label"), v.device},
                                          {QStringLiteral("time"), RecordJson::timestamp(v.hlc)},
                                          {QStringLiteral("value"), v.value.toJsonValue()}});
            array.append(QJsonObject{{QStringLiteral("entity"), c.entity},
                                     {QStringLiteral("id"), row},
                                     {QStringLiteral("field"), c.field},
                                     {QStringLiteral("current"), c.current.toJsonValue()},
                                     {QStringLiteral("values"), values}});
            continue;
        }
        ctx.out().line(c.entity == QLatin1String("record")
                           ? tr("Record %1, field %2:").arg(row, c.field)
                           : tr("%1 %2, field %3:").arg(c.entity, row, c.field));
        for (const OpenConflict::Value &v : c.values)
            ctx.out().line(
                tr("    %1  %2  %3")
                    .arg(RecordText::localTime(v.hlc), v.device, RecordText::value(v.value)));
    }
    if (ctx.json())
        ctx.out().json(array);
    else if (open.value().isEmpty())
        ctx.out().line(tr("There are no open conflicts."));
    return {};
}

Status ConflictCommands::resolve(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    const bool take = inv.has(QStringLiteral("take"));
    if (take == inv.has(QStringLiteral("value")))
        return Error(ErrorCode::Usage,
                     tr("'conflicts resolve' needs either --take DEVICE or --value V."));
    const QUuid record = QUuid::fromString(inv.arguments.at(0));
    if (record.isNull())
        return Error(ErrorCode::Usage,
                     tr("'%1' is not a record id. 'vigiactl conflicts list' shows them.")
                         .arg(inv.arguments.at(0)));
    const QString field = inv.arguments.at(1);
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    Conflicts conflicts(*ws.value());
    auto conflict = conflicts.find(record, field);
    if (!conflict)
        return conflict.error();
    QCborValue value;
    if (take) {
        auto names = DeviceNames::load(ws.value()->database());
        if (!names)
            return names.error();
        auto device = names.value().find(inv.value(QStringLiteral("take")));
        if (!device)
            return device.error();
        auto taken = Conflicts::valueOf(conflict.value(), device.value());
        if (!taken)
            return taken.error();
        value = taken.value();
    } else {
        value = Conflicts::typedValue(inv.value(QStringLiteral("value")), conflict.value());
    }
    if (Status s =
            conflicts.resolve({{QStringLiteral("record"), record.toRfc4122(), field, value}});
        !s)
        return s;
    if (ctx.json())
        ctx.out().json(QJsonObject{{QStringLiteral("id"), record.toString(QUuid::WithoutBraces)},
                                   {QStringLiteral("field"), field},
                                   {QStringLiteral("value"), value.toJsonValue()}});
    else
        ctx.out().line(
            tr("Resolved the conflict on %1 of record %2: %3")
                .arg(field, record.toString(QUuid::WithoutBraces), RecordText::value(value)));
    return {};
}

} // namespace vigia
