#include "hub/HubRateLimiter.h"

#include <QMutexLocker>

#include <cmath>

namespace vigia {

namespace {
constexpr qint64 kMsPerMinute = 60 * 1000;
}

HubRateLimiter::HubRateLimiter(int perMinute)
    : m_perMinute(perMinute)
{
    m_clock.start();
}

bool HubRateLimiter::take(const QByteArray &key, int *retryAfterSeconds)
{
    if (m_perMinute <= 0)
        return true;
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock.elapsed();
    // Full buckets carry no information: forget them now and then, so the
    // table does not grow with every device ever seen.
    if (now - m_prunedAtMs > kMsPerMinute) {
        m_prunedAtMs = now;
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            if (now - it->atMs > kMsPerMinute)
                it = m_buckets.erase(it);
            else
                ++it;
        }
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(m_perMinute), now});
    const double perMs = double(m_perMinute) / double(kMsPerMinute);
    it->tokens = std::min(double(m_perMinute), it->tokens + double(now - it->atMs) * perMs);
    it->atMs = now;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return true;
    }
    *retryAfterSeconds = std::max(1, int(std::ceil((1.0 - it->tokens) / perMs / 1000.0)));
    return false;
}

} // namespace vigia
