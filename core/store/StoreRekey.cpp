#include "store/StoreRekey.h"

#include "common/LogCategories.h"
#include "crypto/DeviceKeys.h"
#include "crypto/KeyStore.h"
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

// With the exclusive lock held and `keys` read under it: brings the store in
// place under keys.storeKey if an interrupted change left it otherwise.
Status settleLocked(const QString &dir, const QByteArray &passphrase, DeviceKeys &keys)
{
    if (!keys.storeKey)
        return {};
    const QString store = Workspace::storePath(dir);
    const QString copy = copyPath(store);
    if (StoreRekey::opensWith(store, *keys.storeKey)) {
        // A copy whose key was never saved, or one left after the swap.
        StoreCopy::remove(copy);
        finish(dir, passphrase, keys);
        return {};
    }
    if (keys.previousStoreKey && StoreRekey::opensWith(store, *keys.previousStoreKey)) {
        qCInfo(lcWorkspace) << "finishing an interrupted change of the store's key in" << dir;
        auto ops = StoreCopy::countOps(store, keys.previousStoreKey);
        if (!ops)
            return ops.error();
        if (!StoreCopy::check(copy, keys.storeKey, ops.value())) {
            // Gone or incomplete: copied again under the saved key.
            auto copied = StoreCopy::make(store, keys.previousStoreKey, copy, keys.storeKey);
            if (!copied)
                return copied.error();
            if (!StoreCopy::check(copy, keys.storeKey, copied.value())) {
                StoreCopy::remove(copy);
                return copyFailed(dir);
            }
        }
        if (Status s = swapIn(dir, store, copy); !s)
            return s;
        finish(dir, passphrase, keys);
        return {};
    }
    if (!keys.previousStoreKey && StoreCopy::check(copy, keys.storeKey, -1)) {
        // Only an older Vigia, rewriting a keystore it should have refused,
        // drops the previous key before the swap: the checked copy is the
        // one store any saved key opens.
        qCWarning(lcWorkspace) << "the store in" << dir
                               << "does not open with the saved key, its re-encrypted copy "
                                  "does: the copy takes its place";
        return swapIn(dir, store, copy);
    }
    // Nothing to settle here; opening reports the store as damaged.
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
    const QString store = Workspace::storePath(dir);
    if (!keys.previousStoreKey && !QFile::exists(copyPath(store)))
        return Pending::Nothing;
    return opensWith(store, *keys.storeKey) ? Pending::Finish : Pending::Swap;
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
    // The further projects' keys derive from this one (ProjectStores::key):
    // changing it would need every project store rewritten, not done yet.
    if (ProjectStores::several(dir))
        return Error(ErrorCode::Failure,
                     tr("This workspace holds several projects, and changing the store key is "
                        "possible only for a workspace with one project so far; nothing was "
                        "changed."));
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
    const QString store = Workspace::storePath(dir);
    if (!opensWith(store, *keys.storeKey))
        return Error(ErrorCode::Corrupt,
                     tr("The store in %1 does not open with its key, so its key cannot be "
                        "changed. Nothing was changed; restore the workspace from a backup or "
                        "ask your coordinator for help.")
                         .arg(native(dir)));

    qCInfo(lcWorkspace) << "changing the store's key in" << dir;
    SecretBytes raw(CryptVfs::kKeyBytes);
    if (raw.isEmpty())
        return Error(ErrorCode::Failure, tr("Not enough protected memory for the new key. Close "
                                            "other programs and try again."));
    randombytes_buf(raw.data(), raw.size());
    const auto newKey = std::make_shared<const SecretBytes>(std::move(raw));
    const QString copy = copyPath(store);
    auto ops = StoreCopy::make(store, keys.storeKey, copy, newKey);
    if (!ops)
        return ops.error();
    if (!StoreCopy::check(copy, newKey, ops.value())) {
        StoreCopy::remove(copy);
        return copyFailed(dir);
    }
    if (stopAfter == Step::Copied)
        return keys;

    auto begun = KeyStore::beginStoreKeyChange(keystore, passphrase, *newKey);
    if (!begun) {
        // The keystore is as it was (atomic replace): the copy is no use.
        StoreCopy::remove(copy);
        return begun.error();
    }
    keys = begun.take();
    if (stopAfter == Step::KeySaved)
        return keys;

    if (Status s = swapIn(dir, store, copy); !s)
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
