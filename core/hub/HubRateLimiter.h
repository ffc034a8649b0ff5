#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>

namespace vigia {

// Requests per device per minute, as a token bucket per device: a device may
// burst up to the minute's allowance, then gets one request per 60/N
// seconds. Per process: behind a load balancer each hub process counts its
// own share. Time is the process's monotonic clock, never the wall clock.
class HubRateLimiter
{
public:
    explicit HubRateLimiter(int perMinute);

    // Takes one request from `key`'s allowance: true if it may go on; false
    // with the seconds after which it may try again.
    [[nodiscard]] bool take(const QByteArray &key, int *retryAfterSeconds);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 atMs = 0;
    };

    int m_perMinute;
    QElapsedTimer m_clock;
    QMutex m_mutex;
    QHash<QByteArray, Bucket> m_buckets;
    qint64 m_prunedAtMs = 0;
};

} // namespace vigia
