#include "crypto/ProjectStoreKey.h"

#include "common/LogCategories.h"
#include "crypto/Sodium.h"

#include <QByteArray>

#include <sodium.h>

namespace vigia {

namespace {
// Fixed for ever: changing it makes every further project's store unreadable.
constexpr char kLabel[] = "vigia project store v1";
} // namespace

std::shared_ptr<const SecretBytes> ProjectStoreKey::derive(const SecretBytes &storeKey,
                                                           QByteArrayView projectId)
{
    if (!Sodium::init() || storeKey.size() != crypto_generichash_KEYBYTES || projectId.isEmpty())
        return nullptr;
    SecretBytes key(kKeyBytes);
    if (key.isEmpty())
        return nullptr;
    QByteArray message(kLabel, sizeof kLabel); // with its NUL: the label ends unambiguously
    message.append(projectId.data(), projectId.size());
    if (crypto_generichash(key.data(), key.size(),
                           reinterpret_cast<const unsigned char *>(message.constData()),
                           static_cast<unsigned long long>(message.size()), storeKey.constData(),
                           storeKey.size()) != 0) {
        qCWarning(lcCrypto) << "crypto_generichash failed";
        return nullptr;
    }
    return std::make_shared<const SecretBytes>(std::move(key));
}

} // namespace vigia
