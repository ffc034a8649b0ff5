#include "crypto/Sha256.h"

#include <sodium.h>

namespace vigia {

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray digest(Length, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(data.data()), quint64(data.size()));
    return digest;
}

} // namespace vigia
