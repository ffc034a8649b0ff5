#pragma once

#include <QByteArray>

namespace vigia {

// One device a bundle is encrypted to: its 16-byte device id (QUuid::toRfc4122)
// and its X25519 public key (32 bytes) from the manifest.
struct BundleRecipient
{
    QByteArray keyId;
    QByteArray boxPublicKey;
};

} // namespace vigia
