#include "crypto/DeviceMac.h"

#include "common/LogCategories.h"
#include "crypto/DeviceKeys.h"
#include "crypto/Sodium.h"

#include <sodium.h>

namespace vigia {

namespace {
// crypto_kdf contexts are exactly 8 characters.
constexpr char kContext[crypto_kdf_CONTEXTBYTES + 1] = "VigiaMAC";
} // namespace

DeviceMac DeviceMac::derive(const DeviceKeys &keys, Purpose purpose)
{
    DeviceMac out;
    if (!Sodium::init() || keys.boxSecretKey.size() != crypto_kdf_KEYBYTES)
        return out;
    SecretBytes key(crypto_generichash_KEYBYTES);
    if (key.isEmpty())
        return out;
    static_assert(crypto_generichash_KEYBYTES >= crypto_kdf_BYTES_MIN &&
                  crypto_generichash_KEYBYTES <= crypto_kdf_BYTES_MAX);
    if (crypto_kdf_derive_from_key(key.data(), key.size(), quint64(purpose), kContext,
                                   keys.boxSecretKey.constData()) != 0) {
        qCWarning(lcCrypto) << "crypto_kdf_derive_from_key failed";
        return out;
    }
    out.m_key = std::move(key);
    return out;
}

QByteArray DeviceMac::mac(QByteArrayView message) const
{
    if (!isValid())
        return {};
    QByteArray out(kMacBytes, Qt::Uninitialized);
    if (crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), std::size_t(out.size()),
                           reinterpret_cast<const unsigned char *>(message.data()),
                           static_cast<unsigned long long>(message.size()), m_key.constData(),
                           m_key.size()) != 0) {
        qCWarning(lcCrypto) << "crypto_generichash failed";
        return {};
    }
    return out;
}

bool DeviceMac::verify(QByteArrayView message, QByteArrayView mac) const
{
    if (mac.size() != kMacBytes)
        return false;
    const QByteArray expected = this->mac(message);
    if (expected.size() != kMacBytes)
        return false;
    return sodium_memcmp(expected.constData(), mac.data(), kMacBytes) == 0;
}

} // namespace vigia
