#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUuid>

#include <memory>

namespace vigia {

// A device's identity (docs/design.md §6): its UUID, an Ed25519 signing key pair and
// an X25519 (crypto_box) key pair. Public halves are plain QByteArrays because
// they travel in manifests and bundles; secret halves stay in SecretBytes.
// Move-only, because the secret halves are. The fields are public on purpose:
// this is a value type whose parts (e.g. the public keys) are read everywhere.
class DeviceKeys
{
public:
    QUuid deviceId;
    QByteArray signPublicKey;  // 32 bytes, Ed25519
    SecretBytes signSecretKey; // 64 bytes, libsodium's seed||public layout
    QByteArray boxPublicKey;   // 32 bytes, X25519
    SecretBytes boxSecretKey;  // 32 bytes, X25519
    // The store's own random key (32 bytes), shared with the database
    // connections that use it; null for a store from before encryption.
    std::shared_ptr<const SecretBytes> storeKey;
    // The key the store had before a change of its key that is not finished
    // yet (KeyStore::beginStoreKeyChange); null otherwise.
    std::shared_ptr<const SecretBytes> previousStoreKey;

    DeviceKeys() = default;
    DeviceKeys(DeviceKeys &&) noexcept = default;
    DeviceKeys &operator=(DeviceKeys &&) noexcept = default;
    DeviceKeys(const DeviceKeys &) = delete;
    DeviceKeys &operator=(const DeviceKeys &) = delete;

    // Fresh random key pairs. Returns keys for which isValid() is false only
    // if libsodium cannot initialise or secure memory cannot be allocated.
    [[nodiscard]] static DeviceKeys generate(QUuid deviceId);

    // True when every field is present with the right size.
    [[nodiscard]] bool isValid() const;
    // True when each secret key derives its public key. The signing seed is
    // re-derived, not just compared with the public half libsodium keeps in
    // the secret key: anyone can write a file whose halves agree.
    [[nodiscard]] bool pairsMatch() const;

    // Detached Ed25519 signature (64 bytes); empty if the keys are invalid.
    [[nodiscard]] QByteArray sign(QByteArrayView msg) const;
    [[nodiscard]] static bool verify(QByteArrayView msg, QByteArrayView sig,
                                     const QByteArray &signPk);

    // Fingerprint::ofKey(signPublicKey).
    [[nodiscard]] QString fingerprint() const;
};

} // namespace vigia
