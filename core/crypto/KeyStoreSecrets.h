#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>

namespace vigia {

class DeviceKeys;

// The keystore's encrypted plaintext (docs/keystore-format.md): a
// deterministic CBOR map of byte strings holding the secret halves of the
// device's keys, the store's key (and, while a change of it is unfinished,
// the previous one) and the hash of the public part.
//
// Encoded and decoded by hand, straight into and out of SecretBytes: going
// through QCborValue would leave copies of the secret keys in ordinary,
// unwiped heap memory.
class KeyStoreSecrets
{
public:
    // The plaintext for `keys`' secret halves and store keys; empty when
    // secure memory runs out.
    [[nodiscard]] static SecretBytes encode(const DeviceKeys &keys, const QByteArray &publicHash);
    // Fills `keys`' secret halves and store keys and `publicHash`. False for
    // anything but a map of byte strings with the expected sizes and every
    // required entry. Unknown entries are skipped, so a later revision can
    // add some without breaking older readers.
    [[nodiscard]] static bool decode(const SecretBytes &plain, DeviceKeys &keys,
                                     QByteArray &publicHash);
};

} // namespace vigia
