#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace vigia {

// BLAKE2b keyed with a random key that lives only in this object (libsodium
// crypto_generichash with a key): the same input gives the same digest for
// as long as the object lives, and nothing links two objects' digests. The
// exports' pseudonyms (Deidentifier); the key is never written anywhere.
class KeyedHash
{
public:
    static constexpr int KeyLength = 32;

    // A fresh random key.
    KeyedHash();
    // A given key, for tests that need a known digest; KeyLength bytes.
    explicit KeyedHash(QByteArrayView key);

    // `outLen` from 16 to 64 bytes; empty for anything else.
    [[nodiscard]] QByteArray hash(QByteArrayView data, int outLen = 16) const;

private:
    SecretBytes m_key;
};

} // namespace vigia
