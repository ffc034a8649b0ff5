#include "sync/SyncBackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace vigia {

SyncBackoff::SyncBackoff()
    : SyncBackoff(Limits{})
{}

SyncBackoff::SyncBackoff(Limits limits, Random random)
    : m_limits(limits)
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

qint64 SyncBackoff::failed(int retryAfterSeconds)
{
    ++m_failures;
    qint64 delay = m_limits.firstMs;
    for (int i = 1; i < m_failures && delay < m_limits.maxMs; ++i)
        delay *= 2;
    delay = std::min(delay, m_limits.maxMs);
    const double spread = (m_random() * 2.0 - 1.0) * m_limits.jitter;
    delay = std::clamp(qint64(double(delay) * (1.0 + spread)), qint64(1), m_limits.maxMs);
    if (retryAfterSeconds >= 0)
        // The hub knows its load; never sooner than it asks. Longer than our
        // ceiling is capped too: a misconfigured hub must not silence a
        // device for a day.
        delay = std::max(delay, std::min(qint64(retryAfterSeconds) * 1000, m_limits.maxMs));
    return delay;
}

} // namespace vigia
