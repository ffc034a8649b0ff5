#pragma once

#include "common/Result.h"
#include "crypto/DeviceKeys.h"
#include "crypto/KdfLimits.h"

#include <QByteArray>
#include <QCborMap>
#include <QString>

namespace vigia {

// The passphrase-protected keystore file holding a workspace's DeviceKeys
// (docs/design.md §6). Full specification: docs/keystore-format.md. In short, the
// file is one deterministic CBOR map (RFC 8949 §4.2.1: definite lengths,
// shortest heads, map keys sorted by their encoded bytes):
//
//   {
//     "kdf":        {"alg": "argon2id13", "mem": uint, "ops": uint, "salt": bstr(16)},
//     "nonce":      bstr(24),
//     "format":     "vigia-keystore",
//     "public":     {"box_pk": bstr(32), "sign_pk": bstr(32), "device_id": bstr(16),
//                    ...the caller's publicInfo, e.g. "name", "role"},
//     "version":    1, or 2 while a change of the store's key is unfinished
//     "ciphertext": bstr   ; crypto_secretbox_easy(plaintext, nonce, key)
//   }
//
//   key       = crypto_pwhash(32 bytes, passphrase, salt, ops, mem, ARGON2ID13)
//   plaintext = {"box_sk": bstr(32), "sign_sk": bstr(64), "store_key": bstr(32),
//                "public_hash": bstr(32), "store_key_previous": bstr(32)}
//   (store_key is absent from keystores older than the store's encryption,
//   store_key_previous present only while a change of the store's key is
//   unfinished)
//
// public_hash is BLAKE2b-256 of the exact bytes of the "public" value in the
// file. secretbox authenticates only the ciphertext, so this is what makes a
// swapped public key or an edited name/role fail to unlock. Plaintext and
// derived key only ever exist in SecretBytes.
//
// All functions are synchronous. create() and unlock() spend the Argon2id
// cost once (about a second with moderate limits), changePassphrase() twice,
// so call them off the GUI thread; readPublicInfo() is cheap.
class KeyStore
{
public:
    // Writes a new keystore at path (atomically, mode 0600). Refuses to
    // replace an existing file (ErrorCode::Failure): losing a device identity
    // is not recoverable. publicInfo must not use the reserved keys
    // "device_id", "sign_pk" and "box_pk" (ErrorCode::Usage). Limits below
    // KdfLimits::moderate() are refused (Usage) unless the build has the test
    // switch (KdfLimits::allowedInThisBuild).
    [[nodiscard]] static Status create(const QString &path, const QByteArray &passphrase,
                                       const DeviceKeys &keys, const QCborMap &publicInfo,
                                       KdfLimits limits);

    // Decrypts the keystore. Errors: NotFound, Io, Corrupt (damaged, not a
    // keystore, or public part tampered with), TooNew, WrongPassphrase, and
    // Failure for a keystore written with test-only limits in a build without
    // the test switch (checked before the Argon2id step). Never writes to the
    // file.
    [[nodiscard]] static Result<DeviceKeys> unlock(const QString &path,
                                                   const QByteArray &passphrase);

    // The "public" map (device_id, sign_pk, box_pk and the caller's info),
    // without the passphrase. It is NOT authenticated until unlock()
    // succeeds; do not base trust decisions on it.
    [[nodiscard]] static Result<QCborMap> readPublicInfo(const QString &path);

    // Re-encrypts under newPassphrase with a fresh salt and nonce and the
    // given limits, replacing the file atomically (QSaveFile: a temporary file
    // in the same folder, then a rename). The file is untouched if
    // oldPassphrase is wrong or anything else fails. The limits rule of
    // create() and unlock() applies to the new and to the stored limits.
    [[nodiscard]] static Status changePassphrase(const QString &path,
                                                 const QByteArray &oldPassphrase,
                                                 const QByteArray &newPassphrase, KdfLimits limits);

    // Adds the store's key to a keystore written before the store was
    // encrypted (same passphrase, limits and public part; atomic replace).
    // Refuses a keystore that already has one (Failure).
    [[nodiscard]] static Status addStoreKey(const QString &path, const QByteArray &passphrase,
                                            const SecretBytes &storeKey);

    // The two keystore steps of a change of the store's key
    // (docs/store-encryption.md, StoreRekey). Same passphrase, limits and
    // public part; atomic replace; the keys as saved are returned.
    //
    // begin: `newKey` becomes store_key and the current one is kept as
    // store_key_previous (the file is then version 2), so whichever of the
    // two stores is in place, the keystore opens it. Refuses (Failure) a
    // keystore without a store key or with a change already unfinished.
    [[nodiscard]] static Result<DeviceKeys> beginStoreKeyChange(const QString &path,
                                                                const QByteArray &passphrase,
                                                                const SecretBytes &newKey);
    // finish: forgets store_key_previous once the store under `storeKey` is
    // in place (version 1 again); writes nothing when there is none. Refuses
    // (Failure) when store_key is not `storeKey`: another change happened.
    [[nodiscard]] static Result<DeviceKeys> finishStoreKeyChange(const QString &path,
                                                                 const QByteArray &passphrase,
                                                                 const SecretBytes &storeKey);
};

} // namespace vigia
