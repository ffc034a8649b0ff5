// libFuzzer target: the bundle reader must turn any bytes into an error or
// into ops without crashing, reading out of bounds or allocating without
// bound. The seeds are the test vectors (tests/data/bundle), readable with
// the fixed test keys below, so mutations reach the chunk, FINAL,
// decompression and op checks too, not only the header parser.
#include "BundleReader.h"
#include "DeviceKeys.h"

#include <QByteArray>
#include <QUuid>

#include <sodium.h>

#include <cstddef>
#include <cstdint>

namespace {

// The coordinator's test keys (docs/bundle-format.md, "Test vectors"): a
// 32-byte seed of one repeated byte for both key pairs.
vigia::DeviceKeys keysFromSeed(char seedByte, const QUuid &deviceId)
{
    const QByteArray seed(32, seedByte);
    const auto *s = reinterpret_cast<const unsigned char *>(seed.constData());
    vigia::DeviceKeys k;
    k.deviceId = deviceId;
    k.signPublicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.signSecretKey = vigia::SecretBytes(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(k.signPublicKey.data()),
                             k.signSecretKey.data(), s);
    k.boxPublicKey.resize(crypto_box_PUBLICKEYBYTES);
    k.boxSecretKey = vigia::SecretBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char *>(k.boxPublicKey.data()),
                            k.boxSecretKey.data(), s);
    return k;
}

struct Keys
{
    vigia::DeviceKeys sender;
    vigia::DeviceKeys recipient;
};

const Keys &keys()
{
    static const Keys k = [] {
        if (sodium_init() < 0)
            __builtin_trap();
        return Keys{
            keysFromSeed('\x01', QUuid(QStringLiteral("{00000000-0000-4000-8000-00000000a001}"))),
            keysFromSeed('\x02', QUuid(QStringLiteral("{00000000-0000-4000-8000-00000000c001}")))};
    }();
    return k;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Keys &k = keys();
    auto reader = vigia::BundleReader::parse(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!reader)
        return 0;
    (void)reader.value().bundleId();
    (void)reader.value().verifySignature(k.sender.signPublicKey);
    // Decrypt even when the signature fails: the decryption path must be
    // robust on its own, whatever the importer checks first.
    auto ops = reader.value().decrypt(k.recipient);
    (void)ops;
    return 0;
}
