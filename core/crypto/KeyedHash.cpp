#include "crypto/KeyedHash.h"

#include "common/LogCategories.h"
#include "crypto/Sodium.h"

#include <sodium.h>

namespace vigia {

KeyedHash::KeyedHash()
    : m_key(KeyLength)
{
    if (Sodium::init())
        randombytes_buf(m_key.data(), m_key.size());
}

KeyedHash::KeyedHash(QByteArrayView key)
    : m_key(SecretBytes::fromBytes(reinterpret_cast<const unsigned char *>(key.data()),
                                   std::size_t(key.size())))
{}

QByteArray KeyedHash::hash(QByteArrayView data, int outLen) const
{
    if (outLen < int(crypto_generichash_BYTES_MIN) || outLen > int(crypto_generichash_BYTES_MAX) ||
        m_key.size() < crypto_generichash_KEYBYTES_MIN ||
        m_key.size() > crypto_generichash_KEYBYTES_MAX || !Sodium::init()) {
        qCWarning(lcCrypto) << "keyed BLAKE2b called with an unusable length or key";
        return {};
    }
    QByteArray out(outLen, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), std::size_t(outLen),
                       reinterpret_cast<const unsigned char *>(data.data()),
                       std::size_t(data.size()), m_key.constData(), m_key.size());
    return out;
}

} // namespace vigia
