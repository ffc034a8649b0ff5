#include "store/StoreEncryption.h"

#include "common/LogCategories.h"
#include "crypto/DeviceKeys.h"
#include "crypto/KeyStore.h"
#include "crypto/SecretBytes.h"
#include "db/CryptVfs.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFile>

#include <sodium.h>
#include <sqlite3.h>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace vigia {

namespace {
QString copyPath(const QString &store)
{
    return store + QStringLiteral(".encrypting");
}

Error failed(const QString &dir, const QString &why)
{
    return Error(ErrorCode::Io, StoreEncryption::tr("The store in %1 could not be encrypted (%2). "
                                                    "Nothing was lost: the plain store is still "
                                                    "in place. Free some disk space and open the "
                                                    "workspace again.")
                                    .arg(QDir::toNativeSeparators(dir), why));
}

Result<qint64> countOps(Database &db)
{
    Statement st(db.handle(), "SELECT count(*) FROM ops");
    if (st.step() != SQLITE_ROW)
        return db.errorFor(sqlite3_errcode(db.handle()), QStringLiteral("counting the changes"));
    return st.columnInt64(0);
}

// The copy opens with the key, SQLite finds nothing wrong in it, and it
// holds as many changes as the plain store.
bool checked(const QString &copy, const std::shared_ptr<const SecretBytes> &key, qint64 ops)
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
    auto n = countOps(*db.value());
    return n && (ops < 0 || n.value() == ops);
}

// VACUUM INTO the encrypted copy, from the plain store held exclusively so
// that no other program writes to it meanwhile. The number of ops copied.
Result<qint64> copyEncrypted(const QString &dir, const QString &store,
                             const std::shared_ptr<const SecretBytes> &key)
{
    const QString copy = copyPath(store);
    QFile::remove(copy);
    auto plain = Database::open(store);
    if (!plain)
        return plain.error();
    Database &db = *plain.value();
    if (Status s = db.exec("PRAGMA locking_mode=EXCLUSIVE; BEGIN IMMEDIATE; COMMIT;"); !s)
        return s.error();
    Statement size(db.handle(), "PRAGMA page_size");
    if (size.step() != SQLITE_ROW || size.columnInt64(0) != CryptVfs::kPageSize)
        return failed(dir, StoreEncryption::tr("its page size is not 4096 bytes"));
    size.reset();
    auto ops = countOps(db);
    if (!ops)
        return ops.error();
    // Room for the nonce and tag in every page of the copy.
    int reserve = CryptVfs::kReserve;
    sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    if (Status s = CryptVfs::ensureRegistered(); !s)
        return s.error();
    const auto binding = CryptVfs::bind(key);
    const QByteArray sql =
        "VACUUM INTO '" + Database::uri(copy, binding.get()).toUtf8().replace('\'', "''") + '\'';
    if (Status s = db.exec(sql.constData()); !s) {
        QFile::remove(copy);
        return s.error();
    }
    return ops.value();
}

// rename(2) replaces atomically; the folder is synced so the new name
// survives a power cut.
bool replace(const QString &from, const QString &to, const QString &dir)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return false;
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
    return true;
}
} // namespace

bool StoreEncryption::isPlainSqlite(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16);
}

Status StoreEncryption::ensureEncrypted(const QString &dir, DeviceKeys &keys,
                                        const QByteArray &passphrase, std::optional<Step> stopAfter)
{
    const QString store = Workspace::storePath(dir);
    const QString copy = copyPath(store);
    if (keys.storeKey && !isPlainSqlite(store)) {
        QFile::remove(copy); // left by a crash after the swap's rename
        return {};
    }
    if (!keys.storeKey) {
        qCInfo(lcWorkspace) << "encrypting the store of" << dir;
        SecretBytes raw(CryptVfs::kKeyBytes);
        if (raw.isEmpty())
            return failed(dir, tr("no secure memory"));
        randombytes_buf(raw.data(), raw.size());
        auto key = std::make_shared<const SecretBytes>(std::move(raw));
        auto ops = copyEncrypted(dir, store, key);
        if (!ops)
            return ops.error();
        if (!checked(copy, key, ops.value())) {
            QFile::remove(copy);
            return failed(dir, tr("the encrypted copy did not check out"));
        }
        if (stopAfter == Step::Copied)
            return {};
        if (Status s = KeyStore::addStoreKey(Workspace::keystorePath(dir), passphrase, *key); !s)
            return s;
        keys.storeKey = key;
        if (stopAfter == Step::KeySaved)
            return {};
    } else if (!checked(copy, keys.storeKey, -1)) {
        // The key was saved, the swap never happened and the copy is gone
        // or incomplete: copy again with the saved key.
        auto ops = copyEncrypted(dir, store, keys.storeKey);
        if (!ops)
            return ops.error();
        if (!checked(copy, keys.storeKey, ops.value()))
            return failed(dir, tr("the encrypted copy did not check out"));
    }
    // The plain store's connection is closed: its WAL was checkpointed
    // into it, and what is left of it beside the new store must go.
    if (!replace(copy, store, dir))
        return failed(dir, tr("the encrypted copy could not take the store's place"));
    QFile::remove(store + QStringLiteral("-wal"));
    QFile::remove(store + QStringLiteral("-shm"));
    qCInfo(lcWorkspace) << "the store is encrypted now; the plain one was deleted, but a "
                           "disk may keep deleted files until they are overwritten";
    return {};
}

} // namespace vigia
