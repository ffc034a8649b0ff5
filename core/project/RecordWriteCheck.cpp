#include "project/RecordWriteCheck.h"

#include "common/LogCategories.h"
#include "common/UuidText.h"
#include "project/FeedbackCheck.h"

#include <QSet>

namespace vigia {

namespace {
const QLatin1String kRecord("record");

QString label(const QByteArray &id, const ManifestDevice *device)
{
    if (!device || device->name.isEmpty())
        return UuidText::of(id);
    return QStringLiteral("%1 (%2)").arg(device->name, UuidText::of(id).left(8));
}
} // namespace

Status RecordWriteCheck::check(Database &db, const std::optional<ProjectManifest> &manifest,
                               const QHash<QByteArray, StreamOrigin::Stream> &streams,
                               const QList<Op> &ops)
{
    // (writer, record) pairs already judged: a bundle holds many ops per record.
    QSet<QByteArray> allowed;
    for (const Op &op : ops) {
        if (op.entity != kRecord)
            continue;
        const auto stream = streams.constFind(op.origin);
        const QByteArray writer = stream != streams.cend() ? stream->device : op.origin;
        const ManifestDevice *d = manifest ? manifest->device(writer) : nullptr;
        if (d && d->role == Role::Coordinator)
            continue;
        const QByteArray key = writer + op.row;
        if (allowed.contains(key))
            continue;
        auto author = FeedbackCheck::authorOf(db, op.row, ops);
        if (!author)
            return author.error();
        if (author.value().isEmpty() || author.value() != writer) {
            qCWarning(lcProject) << "bundle refused: a change to a record by a device that "
                                    "neither created it nor coordinates";
            return Error(ErrorCode::Untrusted,
                         tr("This bundle changes record %1, which device %2 did not create; "
                            "only the record's author and the coordinators write it, and only "
                            "a coordinator settles a conflict on another member's record. "
                            "Nothing was imported. Tell the coordinator who sent it.")
                             .arg(UuidText::of(op.row), label(writer, d)));
        }
        allowed.insert(key);
    }
    return {};
}

} // namespace vigia
