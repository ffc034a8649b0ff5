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
//
// The switch exists only in builds with tests (CMake option
// VIGIA_TEST_KDF_SWITCH, which follows VIGIA_BUILD_TESTS). Elsewhere, in the
// release build that ships, the variable is ignored and KeyStore refuses to
// create or open a keystore whose limits are below moderate(): such a file
// came from a test build and must not be trusted with real data.
struct KdfLimits
{
    quint64 opsLimit = 0;
    std::size_t memLimit = 0;

    // crypto_pwhash_OPSLIMIT_MODERATE / MEMLIMIT_MODERATE (3 passes, 256 MiB):
    // the production default required by docs/design.md §6.
    [[nodiscard]] static KdfLimits moderate();
    // crypto_pwhash_OPSLIMIT_MIN / MEMLIMIT_MIN: fast and insecure, for tests.
    [[nodiscard]] static KdfLimits insecureForTests();
    // moderate(), unless VIGIA_INSECURE_TEST_KDF=1 in a build with the switch
    // (see above).
    [[nodiscard]] static KdfLimits fromEnvironment();
    // Whether this build was compiled with the test switch.
    [[nodiscard]] static bool testSwitchCompiledIn();

    // True when neither value is below moderate()'s: strong enough for real data.
    [[nodiscard]] bool meetsModerate() const;
    // Whether KeyStore may create or open a keystore with these limits in this
    // build: meetsModerate(), or any limits when the test switch is compiled in.
    [[nodiscard]] bool allowedInThisBuild() const;

    // True when both values are within what libsodium accepts and what Vigia
    // is willing to spend (at most 32 passes and 4 GiB), so a damaged file
    // cannot make unlocking hang or exhaust memory. memLimit must also be a
    // whole number of KiB: Argon2id silently rounds down to KiB, so two
    // different stored values would otherwise derive the same key.
    [[nodiscard]] bool isValid() const;
};

} // namespace vigia
