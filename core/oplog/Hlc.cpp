#include "oplog/Hlc.h"

#include <QDateTime>

#include <algorithm>

namespace vigia {

namespace {
// The logical part overflowing borrows the next millisecond, which keeps the
// order total without ever wrapping.
quint64 successor(quint64 hlc)
{
    return Hlc::logical(hlc) == 0xffffu ? Hlc::pack(Hlc::physical(hlc) + 1, 0) : hlc + 1;
}
} // namespace

Hlc::Hlc(ClockFn clock)
    : m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

qint64 Hlc::wallNow() const
{
    return std::max<qint64>(m_clock(), 0);
}

quint64 Hlc::send()
{
    const quint64 wall = pack(wallNow(), 0);
    m_last = wall > m_last ? wall : successor(m_last);
    return m_last;
}

void Hlc::receive(quint64 remote)
{
    const quint64 wall = pack(wallNow(), 0);
    const quint64 top = std::max({m_last, remote, wall});
    // Adopting the maximum is enough: send() always moves strictly past it.
    m_last = top;
}

bool Hlc::isAhead(quint64 remote) const
{
    return physical(remote) > wallNow() + kClockAheadLimitMs;
}

} // namespace vigia
