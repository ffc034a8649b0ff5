#include "store/BackupFormat.h"

#include "common/LogCategories.h"
#include "crypto/Sodium.h"

#include <sodium.h>

namespace vigia {

namespace {
// crypto_kdf contexts are exactly 8 characters.
constexpr char kContext[crypto_kdf_CONTEXTBYTES + 1] = "VigiaBak";
constexpr quint64 kSubkey = 1;
} // namespace

SecretBytes BackupFormat::backupKey(const SecretBytes &storeKey)
{
    if (!Sodium::init() || storeKey.size() != crypto_kdf_KEYBYTES)
        return {};
    SecretBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (key.isEmpty())
        return {};
    if (crypto_kdf_derive_from_key(key.data(), key.size(), kSubkey, kContext,
                                   storeKey.constData()) != 0) {
        qCWarning(lcCrypto) << "crypto_kdf_derive_from_key failed";
        return {};
    }
    return key;
}

qint64 BackupFormat::messageOverhead()
{
    return crypto_secretstream_xchacha20poly1305_ABYTES;
}

int BackupFormat::streamHeaderBytes()
{
    return crypto_secretstream_xchacha20poly1305_HEADERBYTES;
}

} // namespace vigia
