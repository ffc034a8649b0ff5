#include "project/FeedbackCheck.h"

#include "common/LogCategories.h"
#include "common/UuidText.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "oplog/ReservedFields.h"
#include "store/CommentStore.h"
#include "store/ReviewStore.h"

#include <sqlite3.h>

namespace vigia {

namespace {
QString label(const QByteArray &id, const ManifestDevice *device)
{
    if (!device || device->name.isEmpty())
        return UuidText::of(id);
    return QStringLiteral("%1 (%2)").arg(device->name, UuidText::of(id).left(8));
}

bool isRecordCreation(const Op &op, const QByteArray &record)
{
    return op.entity == QLatin1String("record") && op.row == record &&
           op.field == ReservedField::kForm;
}
} // namespace

Result<QByteArray> FeedbackCheck::recordOf(Database &db, const Op &op, const QList<Op> &ops)
{
    if (op.entity == QLatin1String(ReviewStore::kEntity))
        return op.row;
    for (const Op &other : ops) {
        if (other.entity == op.entity && other.row == op.row &&
            other.field == QLatin1String(CommentStore::kRecord) && other.valueCbor().isByteArray())
            return other.valueCbor().toByteArray();
    }
    Statement st(db.statements(), QByteArray("SELECT record_id FROM comments WHERE id = ?1"));
    st.bind(1, op.row);
    const int rc = st.step();
    if (rc == SQLITE_ROW)
        return st.columnBlob(0);
    if (rc != SQLITE_DONE)
        return db.errorFor(rc, tr("checking who may comment on a record"));
    return QByteArray();
}

Result<QByteArray> FeedbackCheck::authorOf(Database &db, const QByteArray &record,
                                           const QList<Op> &ops)
{
    Statement st(db.statements(), QByteArray("SELECT author FROM records WHERE id = ?1"));
    st.bind(1, record);
    const int rc = st.step();
    if (rc == SQLITE_ROW && !st.columnIsNull(0))
        return st.columnBlob(0);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return db.errorFor(rc, tr("checking who may review a record"));
    st.reset();
    for (const Op &op : ops) {
        if (isRecordCreation(op, record))
            return op.origin;
    }
    // A record whose creation waits for an earlier bundle of its author.
    Statement pending(db.statements(), QByteArray("SELECT op FROM pending_ops"));
    int prc;
    while ((prc = pending.step()) == SQLITE_ROW) {
        auto op = Op::decode(pending.columnBlob(0));
        if (op && isRecordCreation(op.value(), record))
            return op.value().origin;
    }
    if (prc != SQLITE_DONE)
        return db.errorFor(prc, tr("checking who may review a record"));
    return QByteArray();
}

Status FeedbackCheck::check(Database &db, const std::optional<ProjectManifest> &manifest,
                            const QHash<QByteArray, StreamOrigin::Stream> &streams,
                            const QList<Op> &ops)
{
    const QLatin1String review(ReviewStore::kEntity);
    const QLatin1String comment(CommentStore::kEntity);
    // A coordinator's feedback is on a derived stream (StreamOrigin): its
    // writer is the device the stream belongs to.
    for (const Op &op : ops) {
        if (op.entity != review && op.entity != comment)
            continue;
        const auto stream = streams.constFind(op.origin);
        const QByteArray writer = stream != streams.cend() ? stream->device : op.origin;
        const ManifestDevice *d = manifest ? manifest->device(writer) : nullptr;
        const Role role = d ? d->role : Role::Researcher;
        if (role == Role::Coordinator)
            continue;
        if (op.entity == review) {
            const bool received =
                op.field == QLatin1String(ReviewStore::kState) &&
                reviewStateFromName(op.valueCbor().toString()) == ReviewState::Received;
            if (!received) {
                qCWarning(lcProject) << "bundle refused: a review state set by a researcher";
                return Error(ErrorCode::Untrusted,
                             tr("This bundle approves, rejects or asks for changes to a record, "
                                "which only a coordinator does, but device %1 is not a "
                                "coordinator; nothing was imported. Tell the coordinator who "
                                "sent it.")
                                 .arg(label(writer, d)));
            }
        }
        auto record = recordOf(db, op, ops);
        if (!record)
            return record.error();
        QByteArray author;
        if (!record.value().isEmpty()) {
            auto found = authorOf(db, record.value(), ops);
            if (!found)
                return found.error();
            author = found.value();
        }
        if (author.isEmpty() || author != writer) {
            qCWarning(lcProject) << "bundle refused: feedback on another device's record";
            return Error(ErrorCode::Untrusted,
                         tr("This bundle carries a review or a comment by device %1 on a record "
                            "that device did not create; only coordinators review and comment "
                            "on other researchers' records. Nothing was imported. Tell the "
                            "coordinator who sent it.")
                             .arg(label(writer, d)));
        }
    }
    return {};
}

} // namespace vigia
