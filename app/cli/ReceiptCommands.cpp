#include "cli/ReceiptCommands.h"

#include "cli/CliContext.h"
#include "project/ReceiptBook.h"
#include "project/SignedFile.h"
#include "store/RestoreMark.h"
#include "store/Workspace.h"

#include <QDir>
#include <QJsonObject>
#include <QUuid>

namespace vigia {

Status ReceiptCommands::exportTo(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    const QString path = inv.value(QStringLiteral("out"));
    if (path.isEmpty())
        return Error(ErrorCode::Usage, tr("'receipt export' needs --out FILE."));
    QByteArray sender;
    if (inv.has(QStringLiteral("for"))) {
        const QUuid id = QUuid::fromString(inv.value(QStringLiteral("for")));
        if (id.isNull())
            return Error(ErrorCode::Usage,
                         tr("'%1' is not a device id.").arg(inv.value(QStringLiteral("for"))));
        sender = id.toRfc4122();
    }
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto bytes = ReceiptBook::issue(*ws.value(), sender);
    if (!bytes)
        return bytes.error();
    if (Status s = SignedFile::writeFile(path, bytes.value()); !s)
        return s;
    if (ctx.json())
        ctx.out().json(QJsonObject{{QStringLiteral("file"), path}});
    else
        ctx.out().line(tr("Wrote the receipt to %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

Status ReceiptCommands::import(CliContext &ctx)
{
    auto bytes = SignedFile::readFile(ctx.invocation().arguments.first());
    if (!bytes)
        return bytes.error();
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    auto accepted = ReceiptBook::accept(*ws.value(), bytes.value());
    if (!accepted)
        return accepted.error();
    const ReceiptBook::Accepted &a = accepted.value();
    if (ctx.json()) {
        ctx.out().json(QJsonObject{{QStringLiteral("bundles"), a.bundles},
                                   {QStringLiteral("acknowledged"), a.acknowledged},
                                   {QStringLiteral("pending"), a.stillPending},
                                   {QStringLiteral("sent_after_backup"), qint64(a.sentAfterBackup)},
                                   {QStringLiteral("forked"), a.forked}});
        return {};
    }
    ctx.out().line(
        tr("%n change(s) acknowledged; %1 still waiting for a receipt.", nullptr, a.acknowledged)
            .arg(a.stillPending));
    // A restored workspace learns here that its lost copy sent more than the
    // backup holds: say so now, not only at the next refused export.
    if (a.sentAfterBackup > 0 || a.forked) {
        auto mark = RestoreMark::read(ws.value()->database());
        if (mark && mark.value())
            ctx.out().line(RestoreMark::heldError(*mark.value()).message());
    }
    return {};
}

} // namespace vigia
