#include "store/StoreCopy.h"

#include "common/DurableFile.h"
#include "crypto/SecretBytes.h"
#include "db/CryptVfs.h"
#include "db/Database.h"
#include "db/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace vigia {

namespace {
Result<qint64> opsIn(Database &db)
{
    Statement st(db.handle(), "SELECT count(*) FROM ops");
    if (st.step() != SQLITE_ROW)
        return db.errorFor(sqlite3_errcode(db.handle()), StoreCopy::tr("counting the changes"));
    return st.columnInt64(0);
}
} // namespace

Result<qint64> StoreCopy::make(const QString &store, const std::shared_ptr<const SecretBytes> &from,
                               const QString &copy, const std::shared_ptr<const SecretBytes> &to)
{
    remove(copy);
    auto source = Database::open(store, from);
    if (!source)
        return source.error();
    Database &db = *source.value();
    if (Status s = db.exec("PRAGMA locking_mode=EXCLUSIVE; BEGIN IMMEDIATE; COMMIT;"); !s)
        return s.error();
    Statement size(db.handle(), "PRAGMA page_size");
    if (size.step() != SQLITE_ROW || size.columnInt64(0) != CryptVfs::kPageSize)
        return Error(ErrorCode::Failure,
                     tr("The store %1 does not have 4096-byte pages, so it cannot be copied "
                        "under a new key. Nothing was changed; ask for help to convert it.")
                         .arg(QDir::toNativeSeparators(store)));
    size.reset();
    auto ops = opsIn(db);
    if (!ops)
        return ops.error();
    // Room for the nonce and tag in every page of the copy (a plain store
    // has none of its own yet).
    int reserve = CryptVfs::kReserve;
    sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    if (Status s = CryptVfs::ensureRegistered(); !s)
        return s.error();
    const auto binding = CryptVfs::bind(to);
    const QByteArray sql =
        "VACUUM INTO '" + Database::uri(copy, binding.get()).toUtf8().replace('\'', "''") + '\'';
    if (Status s = db.exec(sql.constData()); !s) {
        remove(copy);
        return s.error();
    }
    // SQLite made it with the umask's mode; ciphertext, but the workspace's
    // files are the owner's only.
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // What is checked next is what a power cut leaves.
    if (!DurableFile::syncFile(copy)) {
        remove(copy);
        return Error(ErrorCode::Io, tr("The copy of the store %1 could not be written to the "
                                       "disk. Nothing was changed; free some disk space and try "
                                       "again.")
                                        .arg(QDir::toNativeSeparators(store)));
    }
    return ops.value();
}

bool StoreCopy::check(const QString &copy, const std::shared_ptr<const SecretBytes> &key,
                      qint64 ops)
{
    if (!QFile::exists(copy))
        return false;
    auto db = Database::open(copy, key);
    if (!db)
        return false;
    Statement st(db.value()->handle(), "PRAGMA integrity_check");
    if (st.step() != SQLITE_ROW || st.columnText(0) != QLatin1String("ok"))
        return false;
    st.reset();
    auto n = opsIn(*db.value());
    return n && (ops < 0 || n.value() == ops);
}

Result<qint64> StoreCopy::countOps(const QString &path,
                                   const std::shared_ptr<const SecretBytes> &key)
{
    auto db = Database::open(path, key);
    if (!db)
        return db.error();
    return opsIn(*db.value());
}

bool StoreCopy::replace(const QString &from, const QString &to)
{
    if (!DurableFile::rename(from, to))
        return false;
    // The new name is in place; a failed sync only risks it after a power cut.
    (void)DurableFile::syncFolder(QFileInfo(to).absolutePath());
    return true;
}

void StoreCopy::remove(const QString &path)
{
    QFile::remove(path);
    removeCompanions(path);
}

void StoreCopy::removeCompanions(const QString &path)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace vigia
