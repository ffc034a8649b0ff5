#include "cli/ReviewCommands.h"

#include "cli/CliContext.h"
#include "cli/RecordText.h"
#include "common/UuidText.h"
#include "db/Transaction.h"
#include "project/DeviceNames.h"
#include "store/CommentStore.h"
#include "store/RecordStore.h"
#include "store/ReviewStore.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vigia {

namespace {
Result<ReviewState> stateOption(const QString &text)
{
    auto state = reviewStateFromName(text);
    if (!state)
        return Error(ErrorCode::Usage,
                     ReviewCommands::tr("'%1' is not a review state: use received, approved, "
                                        "needs-changes or rejected.")
                         .arg(text));
    return *state;
}
} // namespace

Status ReviewCommands::set(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    auto id = RecordStore::parseId(inv.arguments.first());
    if (!id)
        return id.error();
    if (!inv.has(QStringLiteral("state")))
        return Error(ErrorCode::Usage, tr("'review set' needs --state: received, approved, "
                                          "needs-changes or rejected."));
    auto state = stateOption(inv.value(QStringLiteral("state")));
    if (!state)
        return state.error();
    const QString comment = inv.value(QStringLiteral("comment"));
    if (inv.has(QStringLiteral("comment")) && comment.trimmed().isEmpty())
        return Error(ErrorCode::Usage, tr("--comment needs some text."));
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    Workspace &w = *ws.value();
    // The state and its explanation travel together or not at all.
    Transaction txn(w.database());
    if (!txn.begun())
        return txn.begun();
    if (Status s = ReviewStore(w.database(), w.oplog(), w.role()).set(id.value(), state.value());
        !s)
        return s;
    QUuid commentId;
    if (!comment.isEmpty()) {
        auto added = CommentStore(w.database(), w.oplog(), w.role()).add(id.value(), {}, comment);
        if (!added)
            return added.error();
        commentId = added.value();
    }
    if (Status s = txn.commit(); !s)
        return s;
    const QString record = id.value().toString(QUuid::WithoutBraces);
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("record"), record},
                      {QStringLiteral("state"), reviewStateName(state.value())}};
        if (!commentId.isNull())
            o.insert(QStringLiteral("comment"), commentId.toString(QUuid::WithoutBraces));
        ctx.out().json(o);
    } else {
        ctx.out().line(tr("Record %1 is now %2.").arg(record, reviewStateName(state.value())));
    }
    return {};
}

Status ReviewCommands::list(CliContext &ctx)
{
    const CliInvocation &inv = ctx.invocation();
    std::optional<ReviewState> only;
    if (inv.has(QStringLiteral("state"))) {
        auto state = stateOption(inv.value(QStringLiteral("state")));
        if (!state)
            return state.error();
        only = state.value();
    }
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ws.error();
    Workspace &w = *ws.value();
    auto entries = ReviewStore(w.database(), w.oplog(), w.role()).list(only);
    if (!entries)
        return entries.error();
    CommentStore comments(w.database(), w.oplog(), w.role());
    auto counts = comments.counts();
    if (!counts)
        return counts.error();
    const QHash<QByteArray, QString> names = DeviceNames::of(w);
    if (ctx.json()) {
        QJsonArray array;
        for (const ReviewEntry &e : entries.value())
            array.append(
                QJsonObject{{QStringLiteral("record"), e.record.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("state"), reviewStateName(e.state)},
                            {QStringLiteral("form"), e.formId},
                            {QStringLiteral("author"), UuidText::of(e.author)},
                            {QStringLiteral("author_name"), names.value(e.author)},
                            {QStringLiteral("comments"), counts.value().value(e.record)},
                            {QStringLiteral("updated"), RecordText::localTime(e.updatedHlc)}});
        ctx.out().json(array);
        return {};
    }
    if (entries.value().isEmpty()) {
        ctx.out().line(tr("No finalized records in this state."));
        return {};
    }
    QList<QStringList> lines{
        {tr("ID"), tr("STATE"), tr("FORM"), tr("AUTHOR"), tr("COMMENTS"), tr("UPDATED")}};
    for (const ReviewEntry &e : entries.value()) {
        const QString author = names.value(e.author, UuidText::of(e.author).left(8));
        lines.append({e.record.toString(QUuid::WithoutBraces), reviewStateName(e.state), e.formId,
                      CliOutput::singleLine(author),
                      QString::number(counts.value().value(e.record)),
                      RecordText::localTime(e.updatedHlc)});
    }
    ctx.out().write(RecordText::aligned(lines));
    return {};
}

} // namespace vigia
