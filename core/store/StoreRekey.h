#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

namespace vigia {

class DeviceKeys;
class SecretBytes;

// Changes the key of a workspace's store (docs/store-encryption.md, "Changing
// the store's key"), alone with the workspace (an exclusive WorkspaceLock):
//
//   1. a new random key; the store copied with VACUUM INTO to
//      store.sqlite.rekeying under it (the store held exclusively), then
//      checked there (integrity_check, the same number of ops);
//   2. the keystore saves the new key as store_key and keeps the old one as
//      store_key_previous (KeyStore::beginStoreKeyChange, atomic replace);
//   3. the copy renamed over the store (atomic), the old WAL, index and
//      journal removed;
//   4. the keystore forgets the previous key (finishStoreKeyChange).
//
// At every point the keystore holds the key of the store in place. Opening
// the workspace (Workspace::open, and the lock screen's unlock) settles what
// a stop left: a store that opens with store_key leaves only a stale copy
// or the previous key to drop; one that opens only with store_key_previous
// means step 3 is to redo, from the checked copy or by copying again.
class StoreRekey
{
    Q_DECLARE_TR_FUNCTIONS(vigia::StoreRekey)

public:
    enum class Step
    {
        Copied,
        KeySaved,
        Swapped,
    };

    // What an interrupted change left, seen from keys just unlocked.
    enum class Pending
    {
        Nothing,
        // The store opens with store_key; a previous key or a copy is left.
        Finish,
        // The store does not open with store_key: the swap is to redo.
        Swap,
    };

    // How long a change waits for the other programs of the workspace to
    // let go of it (the app's own background jobs end within it).
    static constexpr std::chrono::milliseconds kWait{10000};

    // Changes the key. `passphrase` must open the keystore (WrongPassphrase
    // before anything changes); the workspace must be closed in every
    // program (Busy otherwise, after `wait`). Finishes an earlier
    // interrupted change first. Returns the keys as saved, whose storeKey
    // opens the store. `stopAfter` lets tests stop where a crash could.
    [[nodiscard]] static Result<DeviceKeys> rekey(const QString &dir, const QByteArray &passphrase,
                                                  std::optional<Step> stopAfter = {},
                                                  std::chrono::milliseconds wait = kWait);

    // Cheap unless something was left (one stat otherwise; then page 1 of
    // the store is read).
    [[nodiscard]] static Pending pending(const QString &dir, const DeviceKeys &keys);

    // Settles what an interrupted change left, alone with the workspace
    // (waiting up to `wait` for it) and with the keystore read again then.
    // Returns the keys as saved.
    [[nodiscard]] static Result<DeviceKeys> settle(const QString &dir, const QByteArray &passphrase,
                                                   std::chrono::milliseconds wait);

    // The keystore's keys for reopening a closed workspace (the lock
    // screen's unlock), with what an interrupted change left settled first.
    [[nodiscard]] static Result<DeviceKeys> unlockSettled(const QString &dir,
                                                          const QByteArray &passphrase);

    // Page 1 of the store at `path` opens with `key`: no SQLite involved, so
    // trying a key changes nothing on the disk.
    [[nodiscard]] static bool opensWith(const QString &path, const SecretBytes &key);
};

} // namespace vigia
