#include "cli/OplogCommands.h"

#include "cli/CliContext.h"
#include "common/UuidText.h"
#include "oplog/ChainIssue.h"
#include "oplog/OpLog.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace vigia {

namespace {
QString kindName(ChainIssue::Kind kind)
{
    switch (kind) {
    case ChainIssue::Kind::Gap:
        return QStringLiteral("gap");
    case ChainIssue::Kind::Reordered:
        return QStringLiteral("reordered");
    case ChainIssue::Kind::Changed:
        return QStringLiteral("changed");
    case ChainIssue::Kind::Fork:
        return QStringLiteral("fork");
    }
    return QStringLiteral("unknown");
}

QJsonValue deviceOf(const QByteArray &origin)
{
    if (origin.size() == 16)
        return UuidText::of(origin);
    return QString::fromLatin1(origin.toHex());
}
} // namespace

Status OplogCommands::verify(CliContext &ctx)
{
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto issues = ws.value()->oplog().verify();
    if (!issues)
        return issues.error();
    const QList<ChainIssue> &found = issues.value();
    if (ctx.json()) {
        QJsonArray array;
        for (const ChainIssue &i : found) {
            array.append(QJsonObject{{QStringLiteral("kind"), kindName(i.kind)},
                                     {QStringLiteral("device"), deviceOf(i.origin)},
                                     {QStringLiteral("counter"), qint64(i.counter)},
                                     {QStringLiteral("message"), i.message}});
        }
        ctx.out().json(QJsonObject{{QStringLiteral("intact"), found.isEmpty()},
                                   {QStringLiteral("issues"), array}});
    } else if (found.isEmpty()) {
        ctx.out().line(tr("The change log is intact."));
    } else {
        for (const ChainIssue &i : found)
            ctx.out().line(CliOutput::singleLine(i.message));
    }
    if (found.isEmpty())
        return {};
    return Error(ErrorCode::ChainBroken,
                 tr("The change log has %n problem(s), listed in the output. Do not share or sync "
                    "this workspace; ask your coordinator for help.",
                    nullptr, int(found.size())));
}

Status OplogCommands::stateHash(CliContext &ctx)
{
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto hash = ws.value()->oplog().stateHash();
    if (!hash)
        return hash.error();
    const QString hex = QString::fromLatin1(hash.value().toHex());
    if (ctx.json())
        ctx.out().json(QJsonObject{{QStringLiteral("state_hash"), hex}});
    else
        ctx.out().line(hex);
    return {};
}

} // namespace vigia
