#include "cli/CommentCommands.h"

#include "cli/CliContext.h"
#include "cli/RecordText.h"
#include "common/UuidText.h"
#include "project/DeviceNames.h"
#include "store/CommentStore.h"
#include "store/RecordStore.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vigia {

Status CommentCommands::list(CliContext &ctx)
{
    auto id = RecordStore::parseId(ctx.invocation().arguments.first());
    if (!id)
        return id.error();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    Workspace &w = *ws.value();
    // An unknown id is an error, not an empty thread.
    if (auto record = w.records().get(id.value()); !record)
        return record.error();
    CommentStore comments(w.database(), w.oplog(), w.role());
    comments.setDeviceNames(DeviceNames::of(w));
    auto thread = comments.list(id.value());
    if (!thread)
        return thread.error();
    if (ctx.json()) {
        QJsonArray array;
        for (const Comment &c : thread.value())
            array.append(
                QJsonObject{{QStringLiteral("id"), c.id.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("field"), c.field},
                            {QStringLiteral("text"), c.text},
                            {QStringLiteral("author"), UuidText::of(c.author)},
                            {QStringLiteral("author_name"), c.authorName},
                            {QStringLiteral("time"), c.time().toString(Qt::ISODateWithMs)}});
        ctx.out().json(array);
        return {};
    }
    if (thread.value().isEmpty()) {
        ctx.out().line(tr("No comments on this record."));
        return {};
    }
    for (const Comment &c : thread.value()) {
        const QString about = c.field.isEmpty() ? tr("the record") : c.field;
        ctx.out().line(
            tr("%1, %2, on %3:")
                .arg(CliOutput::singleLine(c.authorName), RecordText::localTime(c.hlc), about));
        for (const QString &line : c.text.split(QLatin1Char('\n')))
            ctx.out().line(QStringLiteral("  ") + line);
    }
    return {};
}

Status CommentCommands::add(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    auto id = RecordStore::parseId(inv.arguments.first());
    if (!id)
        return id.error();
    // The words after the id are the text, quoted or not.
    const QString text = inv.arguments.mid(1).join(QLatin1Char(' '));
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    Workspace &w = *ws.value();
    auto added = CommentStore(w.database(), w.oplog(), w.role())
                     .add(id.value(), inv.value(QStringLiteral("field")), text);
    if (!added)
        return added.error();
    const QString commentId = added.value().toString(QUuid::WithoutBraces);
    if (ctx.json())
        ctx.out().json(QJsonObject{{QStringLiteral("id"), commentId}});
    else
        ctx.out().line(commentId);
    return {};
}

} // namespace vigia
