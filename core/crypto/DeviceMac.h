#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace vigia {

class DeviceKeys;

// A MAC key only this device can compute: for values Vigia keeps outside the
// encrypted store (where they must be readable before unlock) but must notice
// when someone edits them by hand. The key is derived from the device's
// secret box key with crypto_kdf (context "VigiaMAC", one subkey id per
// purpose), so it exists only after unlock and never needs to be stored; the
// MAC is keyed BLAKE2b-256 (crypto_generichash).
class DeviceMac
{
public:
    // Subkey ids: fixed for ever, since changing one invalidates every MAC
    // written with it.
    enum class Purpose : quint64
    {
        WorkspaceSettings = 1,
    };
    static constexpr int kMacBytes = 32;

    // An invalid DeviceMac (isValid() false) when the keys are invalid or
    // secret memory cannot be allocated.
    [[nodiscard]] static DeviceMac derive(const DeviceKeys &keys, Purpose purpose);

    [[nodiscard]] bool isValid() const { return !m_key.isEmpty(); }
    // kMacBytes bytes; empty when invalid.
    [[nodiscard]] QByteArray mac(QByteArrayView message) const;
    // Compares in constant time; false when invalid.
    [[nodiscard]] bool verify(QByteArrayView message, QByteArrayView mac) const;

private:
    SecretBytes m_key;
};

} // namespace vigia
