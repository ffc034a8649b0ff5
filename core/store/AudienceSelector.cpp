#include "store/AudienceSelector.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "oplog/OpLog.h"
#include "oplog/StreamOrigin.h"
#include "store/Codebook.h"
#include "store/CommentStore.h"
#include "store/FormPublication.h"
#include "store/ReviewStore.h"
#include "store/TargetStore.h"

#include <sqlite3.h>

namespace vigia {

namespace {
const QString kReview = QString::fromLatin1(ReviewStore::kEntity);
const QString kComment = QString::fromLatin1(CommentStore::kEntity);
const QString kDevice = QStringLiteral("device");
const QString kRecordField = QString::fromLatin1(CommentStore::kRecord);

QByteArray commentRecord(Database &db, const QByteArray &comment,
                         const QList<QPair<QString, QCborValue>> &fields)
{
    for (const auto &[field, value] : fields) {
        if (field == kRecordField && value.isByteArray())
            return value.toByteArray();
    }
    // A later edit (or a removal) of a comment names no record: the one it
    // was written about.
    Statement st(db.handle(), "SELECT record_id FROM comments WHERE id = ?1");
    st.bind(1, comment);
    return st.step() == SQLITE_ROW ? st.columnBlob(0) : QByteArray();
}
} // namespace

void AudienceSelector::install(OpLog &log, Database &db, const Role &role)
{
    const QByteArray device = log.deviceId();
    log.setStreamSelector([&db, &role, device](const QString &entity, const QByteArray &row,
                                               const QList<QPair<QString, QCborValue>> &fields) {
        return originFor(db, device, role, entity, row, fields);
    });
}

QByteArray AudienceSelector::authorOf(Database &db, const QByteArray &record)
{
    Statement st(db.handle(), "SELECT author FROM records WHERE id = ?1");
    st.bind(1, record);
    return st.step() == SQLITE_ROW ? st.columnBlob(0) : QByteArray();
}

QByteArray AudienceSelector::originFor(Database &db, const QByteArray &device, Role role,
                                       const QString &entity, const QByteArray &row,
                                       const QList<QPair<QString, QCborValue>> &fields)
{
    if (role != Role::Coordinator)
        return {};
    if (entity == Codebook::kEntity || entity == TargetStore::kEntity || entity == kDevice ||
        entity == FormPublication::kEntity)
        return StreamOrigin::project(device);
    if (entity != kReview && entity != kComment)
        return {};
    const QByteArray record = entity == kReview ? row : commentRecord(db, row, fields);
    const QByteArray author = record.isEmpty() ? QByteArray() : authorOf(db, record);
    // Unknown or own records: only the coordinators may hold the op.
    if (author.size() != 16 || author == device)
        return {};
    return StreamOrigin::feedback(device, author);
}

} // namespace vigia
