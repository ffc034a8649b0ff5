#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace vigia {

// SHA-256 (libsodium), for what other software checks with it: tus's
// Upload-Checksum and the digest the hub lists for each bundle. Vigia's own
// ids use BLAKE2b (Blake2b.h).
class Sha256
{
public:
    static constexpr int Length = 32;

    [[nodiscard]] static QByteArray hash(QByteArrayView data);
};

} // namespace vigia
