#include "store/StoreEncryption.h"

#include "common/LogCategories.h"
#include "crypto/DeviceKeys.h"
#include "crypto/KeyStore.h"
#include "crypto/SecretBytes.h"
#include "db/CryptVfs.h"
#include "store/StoreCopy.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFile>

#include <sodium.h>

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
        StoreCopy::remove(copy); // left by a crash after the swap's rename
        return {};
    }
    if (!keys.storeKey) {
        qCInfo(lcWorkspace) << "encrypting the store of" << dir;
        SecretBytes raw(CryptVfs::kKeyBytes);
        if (raw.isEmpty())
            return failed(dir, tr("no secure memory"));
        randombytes_buf(raw.data(), raw.size());
        auto key = std::make_shared<const SecretBytes>(std::move(raw));
        auto ops = StoreCopy::make(store, nullptr, copy, key);
        if (!ops)
            return ops.error();
        if (!StoreCopy::check(copy, key, ops.value())) {
            StoreCopy::remove(copy);
            return failed(dir, tr("the encrypted copy did not check out"));
        }
        if (stopAfter == Step::Copied)
            return {};
        if (Status s = KeyStore::addStoreKey(Workspace::keystorePath(dir), passphrase, *key); !s)
            return s;
        keys.storeKey = key;
        if (stopAfter == Step::KeySaved)
            return {};
    } else if (!StoreCopy::check(copy, keys.storeKey, -1)) {
        // The key was saved, the swap never happened and the copy is gone
        // or incomplete: copy again with the saved key.
        auto ops = StoreCopy::make(store, nullptr, copy, keys.storeKey);
        if (!ops)
            return ops.error();
        if (!StoreCopy::check(copy, keys.storeKey, ops.value()))
            return failed(dir, tr("the encrypted copy did not check out"));
    }
    // The plain store's connection is closed: its WAL was checkpointed
    // into it, and what is left of it beside the new store must go.
    if (!StoreCopy::replace(copy, store))
        return failed(dir, tr("the encrypted copy could not take the store's place"));
    QFile::remove(store + QStringLiteral("-wal"));
    QFile::remove(store + QStringLiteral("-shm"));
    qCInfo(lcWorkspace) << "the store is encrypted now; the plain one was deleted, but a "
                           "disk may keep deleted files until they are overwritten";
    return {};
}

} // namespace vigia
