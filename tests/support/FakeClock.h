#pragma once

#include "oplog/Hlc.h"

#include <QtGlobal>

#include <memory>

namespace vigia::test {

// A wall clock tests can set and jump, backwards too. Copies share the time.
class FakeClock
{
public:
    explicit FakeClock(qint64 startMs = 1'767'225'600'000); // 2026-01-01T00:00Z
    void set(qint64 ms) { *m_now = ms; }
    void advance(qint64 ms) { *m_now += ms; }
    [[nodiscard]] qint64 now() const { return *m_now; }
    [[nodiscard]] ClockFn fn() const;

private:
    std::shared_ptr<qint64> m_now;
};

} // namespace vigia::test
