#include "store/BackupStores.h"

#include "crypto/DeviceKeys.h"
#include "db/CryptVfs.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "store/BackupReader.h"
#include "store/Migrations.h"
#include "store/ProjectStores.h"
#include "store/RestoreMark.h"
#include "store/WorkspaceBackup.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace vigia {

namespace {
Error copyFailed(const QString &why)
{
    return Error(ErrorCode::Corrupt,
                 WorkspaceBackup::tr("The copy of the store did not check out (%1), so no backup "
                                     "was written. The store itself may be damaged: run "
                                     "'vigiactl oplog verify', or ask your coordinator for help.")
                     .arg(why));
}

bool integrityOk(Database &db)
{
    Statement st(db.handle(), "PRAGMA integrity_check");
    return st.step() == SQLITE_ROW && st.columnText(0) == QLatin1String("ok");
}
} // namespace

void BackupStores::removeFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<BackupManifest::Store> BackupStores::copy(const QString &store,
                                                 const std::shared_ptr<const SecretBytes> &key,
                                                 const QString &copy, const QByteArray &projectId,
                                                 QByteArray *deviceId)
{
    if (!QFile::exists(store))
        return Error(ErrorCode::NotFound,
                     WorkspaceBackup::tr("There is no store in %1 to back up. Check the "
                                         "workspace folder.")
                         .arg(QDir::toNativeSeparators(QFileInfo(store).absolutePath())));
    removeFiles(copy);
    {
        auto source = Database::open(store, key);
        if (!source)
            return source.error();
        const auto binding = CryptVfs::bind(key);
        const QByteArray sql = "VACUUM INTO '" +
                               Database::uri(copy, binding.get()).toUtf8().replace('\'', "''") +
                               '\'';
        if (Status s = source.value()->exec(sql.constData()); !s)
            return s.error();
    }
    auto opened = Database::open(copy, key);
    if (!opened)
        return opened.error();
    Database &db = *opened.value();
    BackupManifest::Store out;
    out.projectId = projectId;
    if (!integrityOk(db))
        return copyFailed(WorkspaceBackup::tr("SQLite's integrity check failed"));
    auto schema = db.userVersion();
    if (!schema)
        return schema.error();
    out.schema = schema.value();
    QByteArray device;
    {
        Statement st(db.handle(), "SELECT value FROM settings WHERE key = 'device_id'");
        if (st.step() != SQLITE_ROW)
            return copyFailed(WorkspaceBackup::tr("it names no device"));
        device = st.columnBlob(0);
    }
    // Every project's store of a workspace is the same device's.
    if (!deviceId->isEmpty() && device != *deviceId)
        return copyFailed(WorkspaceBackup::tr("it names another device"));
    *deviceId = device;
    {
        Statement st(db.handle(), "SELECT count(*) FROM ops");
        if (st.step() != SQLITE_ROW)
            return db.errorFor(sqlite3_errcode(db.handle()),
                               WorkspaceBackup::tr("counting the changes"));
        out.ops = st.columnInt64(0);
    }
    Statement head(db.handle(), "SELECT counter, hash FROM chain_heads WHERE origin = ?1");
    head.bind(1, device);
    if (head.step() == SQLITE_ROW) {
        out.headCounter = quint64(head.columnInt64(0));
        out.headHash = head.columnBlob(1);
    }
    return out;
}

Status BackupStores::checkAndMark(const QString &store,
                                  const std::shared_ptr<const SecretBytes> &key,
                                  const DeviceKeys &keys, const BackupManifest::Store &described,
                                  qint64 backupTimeMs, const BackupReader &reader)
{
    if (!QFile::exists(store))
        return reader.damaged();
    auto opened = Database::open(store, key);
    if (!opened)
        return opened.error().code() == ErrorCode::Corrupt ? reader.damaged() : opened.error();
    Database &db = *opened.value();
    if (!integrityOk(db))
        return reader.damaged();
    auto schema = db.userVersion();
    if (!schema)
        return schema.error();
    if (schema.value() > Migrations::latestVersion())
        return Error(ErrorCode::TooNew,
                     WorkspaceBackup::tr("The backup was made by a newer version of Vigia. "
                                         "Update Vigia to restore it; nothing was restored."));
    {
        Statement st(db.handle(), "SELECT value FROM settings WHERE key = 'device_id'");
        if (st.step() != SQLITE_ROW || st.columnBlob(0) != keys.deviceId.toRfc4122())
            return reader.damaged();
    }
    if (!described.projectId.isEmpty()) {
        // A further project's folder holds that project's store and no other.
        auto pinned = ProjectStores::pinnedProject(db);
        if (!pinned)
            return pinned.error();
        if (!pinned.value().isEmpty() && pinned.value() != described.projectId)
            return reader.damaged();
    }
    RestoreMark::Mark mark;
    mark.backupTimeMs = backupTimeMs;
    mark.restoredAtMs = QDateTime::currentMSecsSinceEpoch();
    mark.headCounter = described.headCounter;
    mark.headHash = described.headHash;
    return RestoreMark::set(db, mark);
}

} // namespace vigia
