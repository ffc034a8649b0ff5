#include "crypto/KdfLimits.h"

#include "common/LogCategories.h"

#include <QString>

#include <sodium.h>

#include <atomic>

namespace vigia {

namespace {

constexpr quint64 MaxOps = 32;
constexpr quint64 MaxMem = quint64(4) * 1024 * 1024 * 1024;

} // namespace

KdfLimits KdfLimits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfLimits KdfLimits::insecureForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

KdfLimits KdfLimits::fromEnvironment()
{
#ifdef VIGIA_TEST_KDF_SWITCH
    if (qEnvironmentVariable("VIGIA_INSECURE_TEST_KDF") != QLatin1String("1"))
        return moderate();
    // Say it once, loudly, in case the variable leaked into a real session.
    static std::atomic_bool warned = false;
    if (!warned.exchange(true))
        qCWarning(lcCrypto) << "VIGIA_INSECURE_TEST_KDF=1: using insecure KDF limits (tests only)";
    return insecureForTests();
#else
    // Not even read: a variable left in a researcher's shell profile, or set
    // by someone who wants a cheaply brute-forced keystore, changes nothing.
    return moderate();
#endif
}

bool KdfLimits::testSwitchCompiledIn()
{
#ifdef VIGIA_TEST_KDF_SWITCH
    return true;
#else
    return false;
#endif
}

bool KdfLimits::meetsModerate() const
{
    const KdfLimits floor = moderate();
    return opsLimit >= floor.opsLimit && memLimit >= floor.memLimit;
}

bool KdfLimits::allowedInThisBuild() const
{
    return testSwitchCompiledIn() || meetsModerate();
}

bool KdfLimits::isValid() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= MaxOps &&
           memLimit >= crypto_pwhash_MEMLIMIT_MIN && quint64(memLimit) <= MaxMem &&
           memLimit <= crypto_pwhash_MEMLIMIT_MAX && memLimit % 1024 == 0;
}

} // namespace vigia
