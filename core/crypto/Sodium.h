#pragma once

#include <QByteArray>

namespace vigia {

// The one place that initialises libsodium. Every crypto entry point calls
// init() first, so no caller has to remember a start-up step.
class Sodium
{
public:
    // Runs sodium_init() once per process (thread-safe); later calls only
    // report the first outcome. False means no crypto function may be used.
    [[nodiscard]] static bool init();
    // `n` bytes from the system's secure random source (tokens, nonces, ids).
    [[nodiscard]] static QByteArray randomBytes(int n);
};

} // namespace vigia
