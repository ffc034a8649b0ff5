#include "store/StoreRekey.h"

#include "common/LogCategories.h"
#include "crypto/DeviceKeys.h"
#include "crypto/KeyStore.h"
#include "crypto/ProjectStoreKey.h"
#include "crypto/SecretBytes.h"
#include "db/CryptPage.h"
#include "db/CryptVfs.h"
#include "store/ProjectStores.h"
#include "store/StoreCopy.h"
#include "store/StoreEncryption.h"
#include "store/Workspace.h"
#include "store/WorkspaceLock.h"

#include <QDir>
#include <QFile>

#include <sodium.h>

#include <algorithm>
#include <memory>

namespace vigia {

namespace {
QString copyPath(const QString &store)
{
    return store + QStringLiteral(".rekeying");
}

QString native(const QString &dir)
{
    return QDir::toNativeSeparators(QDir(dir).absolutePath());
}

// The root store first, then every further project's: all sealed under keys
// from the one store key (docs/store.md, "Several projects"), so a change of
// that key rewrites them all.
QList<QByteArray> storeIds(const QString &dir)
{
    QList<QByteArray> out{QByteArray()};
    out.append(ProjectStores::list(dir));
    return out;
}

// A store's key under the workspace's store key `base`.
std::shared_ptr<const SecretBytes> keyFor(const std::shared_ptr<const SecretBytes> &base,
                                          const QByteArray &projectId)
{
    if (!base || projectId.isEmpty())
        return base;
    return ProjectStoreKey::derive(*base, projectId);
}

Error noMemory()
{
    return Error(ErrorCode::Failure, StoreRekey::tr("Not enough protected memory for the new key. "
                                                    "Close other programs and try again."));
}

Error copyFailed(const QString &dir)
{
    return Error(ErrorCode::Io,
                 StoreRekey::tr("The copy of the store in %1 under its new key did not check "
                                "out. Nothing was changed: the store keeps its current key. Free "
                                "some disk space and try again.")
                     .arg(native(dir)));
}

// Step 3: the copy takes the store's place; what SQLite kept beside the old
// store (sealed with the old key, and already in the copy) goes.
Status swapIn(const QString &dir, const QString &store, const QString &copy)
{
    if (!StoreCopy::replace(copy, store))
        return Error(ErrorCode::Io,
                     StoreRekey::tr("The store in %1 could not be replaced by its copy under the "
                                    "new key. Nothing was lost: the keystore holds both keys. "
                                    "Check the disk, then open the workspace again to finish.")
                         .arg(native(dir)));
    StoreCopy::removeCompanions(store);
    return {};
}

// Step 4; not finishing only leaves the previous key for the next open.
void finish(const QString &dir, const QByteArray &passphrase, DeviceKeys &keys)
{
    if (!keys.previousStoreKey)
        return;
    auto finished =
        KeyStore::finishStoreKeyChange(Workspace::keystorePath(dir), passphrase, *keys.storeKey);
    if (!finished) {
        qCWarning(lcWorkspace) << "the keystore keeps the store's previous key until the next "
                                  "open:"
                               << finished.error().message();
        return;
    }
    keys = finished.take();
}

// Brings one store in place under `key` if an interrupted change left it
// under `previous` (null when the keystore keeps no previous key).
Status settleStore(const QString &folder, const std::shared_ptr<const SecretBytes> &key,
                   const std::shared_ptr<const SecretBytes> &previous)
{
    const QString store = Workspace::storePath(folder);
    const QString copy = copyPath(store);
    if (StoreRekey::opensWith(store, *key)) {
        // A copy whose key was never saved, or one left after the swap.
        StoreCopy::remove(copy);
        return {};
    }
    if (previous && StoreRekey::opensWith(store, *previous)) {
        qCInfo(lcWorkspace) << "finishing an interrupted change of the store's key in" << folder;
        auto ops = StoreCopy::countOps(store, previous);
        if (!ops)
            return ops.error();
        if (!StoreCopy::check(copy, key, ops.value())) {
            // Gone or incomplete: copied again under the saved key.
            auto copied = StoreCopy::make(store, previous, copy, key);
            if (!copied)
                return copied.error();
            if (!StoreCopy::check(copy, key, copied.value())) {
                StoreCopy::remove(copy);
                return copyFailed(folder);
            }
        }
        return swapIn(folder, store, copy);
    }
    if (!previous && StoreCopy::check(copy, key, -1)) {
        // Only an older Vigia, rewriting a keystore it should have refused,
        // drops the previous key before the swap: the checked copy is the
        // one store any saved key opens.
        qCWarning(lcWorkspace) << "the store in" << folder
                               << "does not open with the saved key, its re-encrypted copy "
                                  "does: the copy takes its place";
        return swapIn(folder, store, copy);
    }
    // Nothing to settle here; opening reports the store as damaged.
    return {};
}

// With the exclusive lock held and `keys` read under it: brings every store
// in place under its key from keys.storeKey if an interrupted change left it
// otherwise. The previous key goes only once every store opens without it.
Status settleLocked(const QString &dir, const QByteArray &passphrase, DeviceKeys &keys)
{
    if (!keys.storeKey)
        return {};
    bool allIn = true;
    for (const QByteArray &id : storeIds(dir)) {
        const QString folder = ProjectStores::folder(dir, id);
        const auto key = keyFor(keys.storeKey, id);
        const auto previous = keyFor(keys.previousStoreKey, id);
        if (!key || (keys.previousStoreKey && !previous))
            return noMemory();
        if (Status s = settleStore(folder, key, previous); !s)
            return s;
        allIn = allIn && StoreRekey::opensWith(Workspace::storePath(folder), *key);
    }
    if (allIn)
        finish(dir, passphrase, keys);
    return {};
}
} // namespace

bool StoreRekey::opensWith(const QString &path, const SecretBytes &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray sealed = file.read(CryptVfs::kPageSize);
    if (sealed.size() != CryptVfs::kPageSize)
        return false;
    // Page 1 holds the schema; it is opened in wiped memory all the same.
    SecretBytes plain(CryptVfs::kPageSize);
    return !plain.isEmpty() &&
           CryptPage::open(key, CryptPage::Kind::Store, 1,
                           reinterpret_cast<const unsigned char *>(sealed.constData()),
                           plain.data());
}

StoreRekey::Pending StoreRekey::pending(const QString &dir, const DeviceKeys &keys)
{
    if (!keys.storeKey)
        return Pending::Nothing;
    const QList<QByteArray> ids = storeIds(dir);
    const bool copyLeft = std::any_of(ids.begin(), ids.end(), [&dir](const QByteArray &id) {
        return QFile::exists(copyPath(ProjectStores::storePath(dir, id)));
    });
    if (!keys.previousStoreKey && !copyLeft)
        return Pending::Nothing;
    for (const QByteArray &id : ids) {
        const auto key = keyFor(keys.storeKey, id);
        if (!key || !opensWith(ProjectStores::storePath(dir, id), *key))
            return Pending::Swap;
    }
    return Pending::Finish;
}

Result<DeviceKeys> StoreRekey::settle(const QString &dir, const QByteArray &passphrase,
                                      std::chrono::milliseconds wait)
{
    auto alone = WorkspaceLock::acquire(dir, WorkspaceLock::Mode::Exclusive, wait);
    if (!alone)
        return alone.error();
    auto keys = KeyStore::unlock(Workspace::keystorePath(dir), passphrase);
    if (!keys)
        return keys.error();
    if (Status s = settleLocked(dir, passphrase, keys.value()); !s)
        return s.error();
    return keys;
}

Result<DeviceKeys> StoreRekey::unlockSettled(const QString &dir, const QByteArray &passphrase)
{
    auto keys = KeyStore::unlock(Workspace::keystorePath(dir), passphrase);
    if (!keys)
        return keys.error();
    const Pending left = pending(dir, keys.value());
    if (left == Pending::Nothing)
        return keys;
    // Only a swap to redo must wait for the workspace; a previous key to
    // drop can stay until another open finds the workspace free.
    auto settled =
        settle(dir, passphrase, left == Pending::Swap ? kWait : std::chrono::milliseconds(0));
    if (settled || left == Pending::Swap)
        return settled;
    return keys;
}

Result<DeviceKeys> StoreRekey::rekey(const QString &dir, const QByteArray &passphrase,
                                     std::optional<Step> stopAfter, std::chrono::milliseconds wait)
{
    if (!Workspace::exists(dir))
        return Error(ErrorCode::NotFound,
                     tr("There is no Vigia workspace in %1. Check the folder.").arg(native(dir)));
    auto alone = WorkspaceLock::acquire(dir, WorkspaceLock::Mode::Exclusive, wait);
    if (!alone)
        return alone.error();
    const QString keystore = Workspace::keystorePath(dir);
    auto unlocked = KeyStore::unlock(keystore, passphrase);
    if (!unlocked)
        return unlocked.error();
    DeviceKeys keys = unlocked.take();
    // A store still plain is encrypted first, an interrupted change finished.
    if (Status s = StoreEncryption::ensureEncrypted(dir, keys, passphrase); !s)
        return s.error();
    if (Status s = settleLocked(dir, passphrase, keys); !s)
        return s.error();
    const QList<QByteArray> ids = storeIds(dir);
    for (const QByteArray &id : ids) {
        const auto key = keyFor(keys.storeKey, id);
        if (!key)
            return noMemory();
        if (!opensWith(ProjectStores::storePath(dir, id), *key))
            return Error(ErrorCode::Corrupt,
                         tr("The store in %1 does not open with its key, so its key cannot be "
                            "changed. Nothing was changed; restore the workspace from a backup "
                            "or ask your coordinator for help.")
                             .arg(native(ProjectStores::folder(dir, id))));
    }

    qCInfo(lcWorkspace) << "changing the store's key in" << dir << "for" << ids.size() << "stores";
    SecretBytes raw(CryptVfs::kKeyBytes);
    if (raw.isEmpty())
        return noMemory();
    randombytes_buf(raw.data(), raw.size());
    const auto newKey = std::make_shared<const SecretBytes>(std::move(raw));
    // Every store copied and checked under its new key before the keystore
    // changes: until then a stop leaves only copies that the next open drops.
    QStringList copies;
    const auto dropCopies = [&copies] {
        for (const QString &copy : std::as_const(copies))
            StoreCopy::remove(copy);
    };
    for (const QByteArray &id : ids) {
        const QString store = ProjectStores::storePath(dir, id);
        const auto to = keyFor(newKey, id);
        if (!to) {
            dropCopies();
            return noMemory();
        }
        copies.append(copyPath(store));
        auto ops = StoreCopy::make(store, keyFor(keys.storeKey, id), copies.last(), to);
        if (!ops || !StoreCopy::check(copies.last(), to, ops.value())) {
            dropCopies();
            return ops ? copyFailed(ProjectStores::folder(dir, id)) : ops.error();
        }
    }
    if (stopAfter == Step::Copied)
        return keys;

    auto begun = KeyStore::beginStoreKeyChange(keystore, passphrase, *newKey);
    if (!begun) {
        // The keystore is as it was (atomic replace): the copies are no use.
        dropCopies();
        return begun.error();
    }
    keys = begun.take();
    if (stopAfter == Step::KeySaved)
        return keys;

    // A stop between two swaps is settled store by store at the next open:
    // the keystore holds both keys until every store is in place.
    for (const QByteArray &id : ids)
        if (Status s = swapIn(ProjectStores::folder(dir, id), ProjectStores::storePath(dir, id),
                              copyPath(ProjectStores::storePath(dir, id)));
            !s)
            return s.error();
    if (stopAfter == Step::Swapped)
        return keys;
    finish(dir, passphrase, keys);
    qCInfo(lcWorkspace) << "the store's key was changed; the store under the old key was "
                           "deleted, but a disk may keep deleted files until they are "
                           "overwritten";
    return keys;
}

} // namespace vigia
