#pragma once

#include <QtGlobal>

#include <cstddef>

namespace vigia {

// Cost parameters for Argon2id (libsodium crypto_pwhash) when a passphrase is
// turned into the keystore key. They are stored in the keystore file, so a
// keystore always opens with the limits it was created with.
//
// Test-only switch: setting the environment variable VIGIA_INSECURE_TEST_KDF
// to exactly "1" makes fromEnvironment() return insecureForTests(), so test
// suites and CI can create and open keystores in milliseconds instead of
// spending 256 MiB and about a second per operation. A keystore created that
// way can be brute-forced cheaply: never set the variable for real data.
struct KdfLimits
{
    quint64 opsLimit = 0;
    std::size_t memLimit = 0;

    // crypto_pwhash_OPSLIMIT_MODERATE / MEMLIMIT_MODERATE (3 passes, 256 MiB):
    // the production default required by docs/design.md §6.
    [[nodiscard]] static KdfLimits moderate();
    // crypto_pwhash_OPSLIMIT_MIN / MEMLIMIT_MIN: fast and insecure, for tests.
    [[nodiscard]] static KdfLimits insecureForTests();
    // moderate(), unless VIGIA_INSECURE_TEST_KDF=1 (see above).
    [[nodiscard]] static KdfLimits fromEnvironment();

    // True when both values are within what libsodium accepts and what Vigia
    // is willing to spend (at most 32 passes and 4 GiB), so a damaged file
    // cannot make unlocking hang or exhaust memory. memLimit must also be a
    // whole number of KiB: Argon2id silently rounds down to KiB, so two
    // different stored values would otherwise derive the same key.
    [[nodiscard]] bool isValid() const;
};

} // namespace vigia
