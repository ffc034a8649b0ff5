#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vigia {

class DeviceKeys;

// Brings a workspace made before the store was encrypted to an encrypted
// store, at its first unlock with this version (docs/store-encryption.md):
//
//   1. a new random key; the plain store copied with VACUUM INTO to
//      store.sqlite.encrypting through CryptVfs, then checked there
//      (integrity_check, the same number of ops);
//   2. the key added to the keystore (atomic replace);
//   3. the copy renamed over the plain store (atomic), the plain WAL and
//      index removed.
//
// A crash anywhere leaves one working store: before 2 the keystore has no
// key and the plain store is untouched (the copy is thrown away next time);
// after 2 the keystore has the key, and a plain store beside it means 3 is
// still to do (from the checked copy, or copying again).
class StoreEncryption
{
    Q_DECLARE_TR_FUNCTIONS(vigia::StoreEncryption)

public:
    enum class Step
    {
        Copied,
        KeySaved,
    };

    // `keys` unlocked from the workspace's keystore with `passphrase`; gets
    // the store key when one is made. Nothing to do for an encrypted store.
    // `stopAfter` lets tests stop where a crash could.
    [[nodiscard]] static Status ensureEncrypted(const QString &dir, DeviceKeys &keys,
                                                const QByteArray &passphrase,
                                                std::optional<Step> stopAfter = {});
    // The file starts with SQLite's own header: readable by anyone.
    [[nodiscard]] static bool isPlainSqlite(const QString &path);
};

} // namespace vigia
