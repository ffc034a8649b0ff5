#include "crypto/DeviceKeys.h"

#include "common/LogCategories.h"
#include "crypto/Fingerprint.h"
#include "crypto/Sodium.h"

#include <sodium.h>

namespace vigia {

namespace {

const unsigned char *bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

} // namespace

DeviceKeys DeviceKeys::generate(QUuid deviceId)
{
    DeviceKeys keys;
    keys.deviceId = deviceId;
    if (!Sodium::init())
        return keys;

    SecretBytes signSk(crypto_sign_SECRETKEYBYTES);
    SecretBytes boxSk(crypto_box_SECRETKEYBYTES);
    if (signSk.isEmpty() || boxSk.isEmpty())
        return keys;

    QByteArray signPk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray boxPk(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    if (crypto_sign_keypair(reinterpret_cast<unsigned char *>(signPk.data()), signSk.data()) != 0 ||
        crypto_box_keypair(reinterpret_cast<unsigned char *>(boxPk.data()), boxSk.data()) != 0) {
        qCWarning(lcCrypto) << "key pair generation failed";
        return keys;
    }
    keys.signPublicKey = signPk;
    keys.signSecretKey = std::move(signSk);
    keys.boxPublicKey = boxPk;
    keys.boxSecretKey = std::move(boxSk);
    SecretBytes storeKey(32);
    if (!storeKey.isEmpty()) {
        randombytes_buf(storeKey.data(), storeKey.size());
        keys.storeKey = std::make_shared<const SecretBytes>(std::move(storeKey));
    }
    return keys;
}

bool DeviceKeys::isValid() const
{
    return !deviceId.isNull() && signPublicKey.size() == crypto_sign_PUBLICKEYBYTES &&
           signSecretKey.size() == crypto_sign_SECRETKEYBYTES &&
           boxPublicKey.size() == crypto_box_PUBLICKEYBYTES &&
           boxSecretKey.size() == crypto_box_SECRETKEYBYTES;
}

QByteArray DeviceKeys::sign(QByteArrayView msg) const
{
    if (signSecretKey.size() != crypto_sign_SECRETKEYBYTES || !Sodium::init()) {
        qCWarning(lcCrypto) << "sign() called without a signing key";
        return {};
    }
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    if (crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr, bytes(msg),
                             static_cast<unsigned long long>(msg.size()),
                             signSecretKey.constData()) != 0) {
        qCWarning(lcCrypto) << "crypto_sign_detached failed";
        return {};
    }
    return sig;
}

bool DeviceKeys::verify(QByteArrayView msg, QByteArrayView sig, const QByteArray &signPk)
{
    if (sig.size() != crypto_sign_BYTES || signPk.size() != crypto_sign_PUBLICKEYBYTES ||
        !Sodium::init())
        return false;
    return crypto_sign_verify_detached(bytes(sig), bytes(msg),
                                       static_cast<unsigned long long>(msg.size()),
                                       bytes(signPk)) == 0;
}

QString DeviceKeys::fingerprint() const
{
    return Fingerprint::ofKey(signPublicKey);
}

bool DeviceKeys::pairsMatch() const
{
    if (!isValid() || !Sodium::init())
        return false;
    SecretBytes seed(crypto_sign_SEEDBYTES);
    SecretBytes rederivedSk(crypto_sign_SECRETKEYBYTES);
    if (seed.isEmpty() || rederivedSk.isEmpty())
        return false;
    unsigned char derived[crypto_sign_PUBLICKEYBYTES];
    static_assert(crypto_sign_PUBLICKEYBYTES == crypto_box_PUBLICKEYBYTES);
    const auto *signPk = reinterpret_cast<const unsigned char *>(signPublicKey.constData());
    const auto *boxPk = reinterpret_cast<const unsigned char *>(boxPublicKey.constData());
    if (crypto_sign_ed25519_sk_to_seed(seed.data(), signSecretKey.constData()) != 0 ||
        crypto_sign_seed_keypair(derived, rederivedSk.data(), seed.constData()) != 0 ||
        sodium_memcmp(derived, signPk, sizeof derived) != 0 ||
        sodium_memcmp(rederivedSk.constData(), signSecretKey.constData(),
                      crypto_sign_SECRETKEYBYTES) != 0)
        return false;
    return crypto_scalarmult_base(derived, boxSecretKey.constData()) == 0 &&
           sodium_memcmp(derived, boxPk, sizeof derived) == 0;
}

} // namespace vigia
