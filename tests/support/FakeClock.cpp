#include "FakeClock.h"

namespace vigia::test {

FakeClock::FakeClock(qint64 startMs)
    : m_now(std::make_shared<qint64>(startMs))
{}

ClockFn FakeClock::fn() const
{
    auto now = m_now;
    return [now] { return *now; };
}

} // namespace vigia::test
