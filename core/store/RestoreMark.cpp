#include "store/RestoreMark.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <QCborMap>
#include <QCborValue>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <climits>

#include <sqlite3.h>

namespace vigia {

namespace {
const QString kBackupTime = QStringLiteral("backup_time");
const QString kRestoredAt = QStringLiteral("restored_at");
const QString kHeadCounter = QStringLiteral("head_counter");
const QString kHeadHash = QStringLiteral("head_hash");
const QString kSentAfter = QStringLiteral("sent_after_backup");
const QString kForked = QStringLiteral("forked");
} // namespace

Result<std::optional<RestoreMark::Mark>> RestoreMark::read(Database &db)
{
    Statement st(db.handle(), "SELECT value FROM settings WHERE key = ?1");
    st.bindTextUtf8(1, kKey);
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return std::optional<Mark>();
    if (rc != SQLITE_ROW)
        return db.errorFor(rc, tr("reading whether this workspace was restored"));
    const QCborMap map = QCborValue::fromCbor(st.columnBlob(0)).toMap();
    Mark mark;
    mark.backupTimeMs = map.value(kBackupTime).toInteger(-1);
    mark.restoredAtMs = map.value(kRestoredAt).toInteger(-1);
    mark.headCounter = quint64(map.value(kHeadCounter).toInteger(-1));
    mark.headHash = map.value(kHeadHash).toByteArray();
    // Absent in marks written before receipts said how far their signer holds.
    const qint64 sentAfter = map.value(kSentAfter).toInteger(0);
    mark.sentAfterBackup = quint64(std::max<qint64>(sentAfter, 0));
    mark.forked = map.value(kForked).toBool(false);
    if (mark.backupTimeMs < 0 || mark.restoredAtMs < 0 || qint64(mark.headCounter) < 0 ||
        sentAfter < 0)
        // Unreadable, it still says the workspace was restored: hold on.
        return Error(ErrorCode::Corrupt,
                     tr("The note that this workspace was restored from a backup is damaged. "
                        "Ask your coordinator whether this device sent changes after the "
                        "backup, then confirm the restore to send again."));
    return std::optional<Mark>(mark);
}

Status RestoreMark::set(Database &db, const Mark &mark)
{
    QCborMap map;
    map.insert(kBackupTime, mark.backupTimeMs);
    map.insert(kRestoredAt, mark.restoredAtMs);
    map.insert(kHeadCounter, qint64(mark.headCounter));
    map.insert(kHeadHash, mark.headHash);
    if (mark.sentAfterBackup > 0)
        map.insert(kSentAfter, qint64(mark.sentAfterBackup));
    if (mark.forked)
        map.insert(kForked, true);
    Statement st(db.handle(), "INSERT INTO settings(key, value) VALUES (?1, ?2) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bindTextUtf8(1, kKey).bind(2, map.toCborValue().toCbor());
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return db.errorFor(rc, tr("noting that this workspace was restored"));
    return {};
}

Status RestoreMark::clear(Database &db)
{
    Statement st(db.handle(), "DELETE FROM settings WHERE key = ?1");
    st.bindTextUtf8(1, kKey);
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return db.errorFor(rc, tr("confirming the restore"));
    return {};
}

Status RestoreMark::checkMaySend(Database &db)
{
    auto mark = read(db);
    if (!mark)
        return mark.error();
    if (!mark.value())
        return {};
    return heldError(*mark.value());
}

Error RestoreMark::heldError(const Mark &mark)
{
    const QString when = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(mark.backupTimeMs).toLocalTime(), QLocale::ShortFormat);
    if (mark.sentAfterBackup > 0)
        return Error(ErrorCode::Validation,
                     tr("This workspace was restored from a backup taken on %1, and a receipt "
                        "shows that the lost copy of this device sent %n change(s) after that "
                        "backup. So it sends nothing: new changes under the same numbers would "
                        "give the others two versions of this device's history. Ask your "
                        "coordinator what to do before confirming the restore in Settings > "
                        "Backups (vigiactl confirm-restore). Records stay editable meanwhile.",
                        nullptr, int(std::min<quint64>(mark.sentAfterBackup, INT_MAX)))
                         .arg(when));
    if (mark.forked)
        return Error(ErrorCode::Validation,
                     tr("This workspace was restored from a backup taken on %1, and a receipt "
                        "shows that the lost copy of this device sent changes after that backup "
                        "under the same numbers as changes written here since the restore: "
                        "there are now two versions of this device's history. So it sends "
                        "nothing. Ask your coordinator what to do before confirming the restore "
                        "in Settings > Backups (vigiactl confirm-restore). Records stay "
                        "editable meanwhile.")
                         .arg(when));
    return Error(ErrorCode::Validation,
                 tr("This workspace was restored from a backup taken on %1, so it sends "
                    "nothing for now: the lost copy of this device may have sent changes after "
                    "that backup, and sending new ones under the same numbers would give the "
                    "coordinator two versions of this device's history. A sync with the hub "
                    "checks this by itself. Without a hub, ask your coordinator whether they "
                    "received changes from this device made after that date, then confirm the "
                    "restore in Settings > Backups. On the command line: vigiactl "
                    "confirm-restore. Records stay editable meanwhile.")
                     .arg(when));
}

} // namespace vigia
