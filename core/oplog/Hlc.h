#pragma once

#include <QtGlobal>

#include <functional>

namespace vigia {

// Milliseconds since the Unix epoch. Injectable so tests can jump the clock.
using ClockFn = std::function<qint64()>;

// Hybrid logical clock (Kulkarni et al. 2014): physical milliseconds in the
// high 48 bits, a logical counter in the low 16. Timestamps never go backwards
// even when the wall clock does, and a received timestamp is always exceeded
// by the next local one.
class Hlc
{
public:
    static constexpr qint64 kClockAheadLimitMs = 10 * 60 * 1000;

    explicit Hlc(ClockFn clock = {});

    // A new timestamp for a local event.
    quint64 send();
    // Merges a timestamp seen on a remote op.
    void receive(quint64 remote);
    // The last timestamp issued or received.
    [[nodiscard]] quint64 last() const { return m_last; }
    [[nodiscard]] qint64 wallNow() const;

    // True if `remote` is more than ten minutes ahead of this clock's wall time:
    // merged anyway, but the sender is flagged for coordinators.
    [[nodiscard]] bool isAhead(quint64 remote) const;

    [[nodiscard]] static constexpr quint64 pack(qint64 ms, quint32 logical)
    {
        return (quint64(ms) << 16) | (logical & 0xffffu);
    }
    [[nodiscard]] static constexpr qint64 physical(quint64 hlc) { return qint64(hlc >> 16); }
    [[nodiscard]] static constexpr quint32 logical(quint64 hlc) { return quint32(hlc & 0xffffu); }

private:
    ClockFn m_clock;
    quint64 m_last = 0;
};

} // namespace vigia
