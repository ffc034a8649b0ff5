#include "crypto/Sodium.h"

#include "common/LogCategories.h"

#include <sodium.h>

namespace vigia {

bool Sodium::init()
{
    // A function-local static is initialised exactly once even under
    // concurrent first calls, and a failure is cached instead of retried:
    // sodium_init() failing means the platform lacks a usable random source.
    static const bool ok = [] {
        if (sodium_init() < 0) {
            qCWarning(lcCrypto) << "sodium_init() failed; cryptography is unavailable";
            return false;
        }
        return true;
    }();
    return ok;
}

QByteArray Sodium::randomBytes(int n)
{
    QByteArray bytes(n, '\0');
    if (init())
        randombytes_buf(bytes.data(), size_t(n));
    return bytes;
}

} // namespace vigia
