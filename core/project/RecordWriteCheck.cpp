#include "project/RecordWriteCheck.h"

#include "common/LogCategories.h"
#include "common/UuidText.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "oplog/ReservedFields.h"
#include "project/FeedbackCheck.h"

#include <QHash>
#include <QPair>
#include <QSet>

#include <sqlite3.h>

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
    const auto writerOf = [&streams](const QByteArray &origin) {
        const auto stream = streams.constFind(origin);
        return stream != streams.cend() ? stream->device : origin;
    };
    // Records created in this bundle, by their creator: one pass, so a
    // bundle of thousands of new records is not scanned once per record.
    QHash<QByteArray, QByteArray> createdHere;
    for (const Op &op : ops) {
        if (op.entity == kRecord && op.field == ReservedField::kForm &&
            !createdHere.contains(op.row))
            createdHere.insert(op.row, writerOf(op.origin));
    }
    // (writer, record) pairs already judged: a bundle holds many ops per record.
    QSet<QByteArray> allowed;
    // Each origin's writer and manifest entry (a scan of the devices) once per
    // bundle, not once per op.
    QHash<QByteArray, QPair<QByteArray, const ManifestDevice *>> writers;
    // A device's ops on one record come together: the first judges them all
    // (a refusal returns at once, so every op passed on was allowed).
    const Op *previous = nullptr;
    for (const Op &op : ops) {
        if (op.entity != kRecord)
            continue;
        if (previous && op.row == previous->row && op.origin == previous->origin)
            continue;
        previous = &op;
        auto known = writers.constFind(op.origin);
        if (known == writers.cend()) {
            const QByteArray w = writerOf(op.origin);
            known = writers.insert(op.origin, {w, manifest ? manifest->device(w) : nullptr});
        }
        const QByteArray &writer = known->first;
        const ManifestDevice *d = known->second;
        if (d && d->role == Role::Coordinator)
            continue;
        const QByteArray key = writer + op.row;
        if (allowed.contains(key))
            continue;
        QByteArray author;
        {
            Statement st(db.statements(), QByteArray("SELECT author FROM records WHERE id = ?1"));
            st.bind(1, op.row);
            const int rc = st.step();
            if (rc == SQLITE_ROW && !st.columnIsNull(0))
                author = st.columnBlob(0);
            else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
                return db.errorFor(rc, tr("checking who may change a record"));
        }
        if (author.isEmpty())
            author = createdHere.value(op.row);
        if (author.isEmpty()) {
            // Created in a bundle still waiting for an earlier one: rare.
            auto waiting = FeedbackCheck::authorOf(db, op.row, {});
            if (!waiting)
                return waiting.error();
            author = waiting.value();
        }
        // A record known nowhere here yet cannot be judged: bundles of one
        // chain may arrive in any order, so its creation may still come.
        if (!author.isEmpty() && author != writer) {
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
