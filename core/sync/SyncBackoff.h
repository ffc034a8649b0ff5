#pragma once

#include <QtGlobal>

#include <functional>

namespace vigia {

// How long the sync agent waits after failed passes: exponential from 5 s
// to 15 min, with ±20 % jitter so that a hub coming back after an outage is
// not hit by every device in the same second. A hub's Retry-After wins when
// it asks for longer. Pure arithmetic, so tests drive it with fixed draws.
class SyncBackoff
{
public:
    struct Limits
    {
        qint64 firstMs = 5'000;
        qint64 maxMs = 15 * 60'000;
        double jitter = 0.2; // fraction of the delay, either way
    };
    using Random = std::function<double()>; // uniform in [0, 1)

    SyncBackoff();
    explicit SyncBackoff(Limits limits, Random random = {});

    // One more failure: the delay before the next attempt, in ms.
    // `retryAfterSeconds` < 0: the hub gave no advice.
    [[nodiscard]] qint64 failed(int retryAfterSeconds = -1);
    void succeeded() { m_failures = 0; }
    [[nodiscard]] int failures() const { return m_failures; }
    [[nodiscard]] const Limits &limits() const { return m_limits; }

private:
    Limits m_limits;
    Random m_random;
    int m_failures = 0;
};

} // namespace vigia
