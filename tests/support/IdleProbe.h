#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>

namespace vigia::test {

// For timers that fire after a stretch without activity (idle watcher,
// auto-lock). Notes when the test acted and when the signal fired, to check
// the one bound load cannot break: a firing comes no sooner than the timeout
// after the last action before it. ("Not fired yet after N ms" is what
// breaks under `ctest -j` on a busy machine: a starved test sleeps through
// its own timeout.)
class IdleProbe
{
public:
    template <typename Sender, typename Signal> IdleProbe(const Sender *sender, Signal signal)
    {
        QObject::connect(sender, signal, &m_context,
                         [this] { m_firings.append(m_clock.elapsed()); });
        m_clock.start();
    }

    // Call right before each action that restarts the count (input, setting
    // the timeout).
    void acted() { m_actions.append(m_clock.elapsed()); }
    [[nodiscard]] qint64 sinceStart() const { return m_clock.elapsed(); }
    [[nodiscard]] int firings() const { return int(m_firings.size()); }

    // Every firing sooner than `timeoutMs` after the last action before it,
    // described; empty when there was none. Qt's coarse timers may fire up to
    // 5% early, and both clocks round to milliseconds, hence the slack.
    [[nodiscard]] QString earlyFirings(qint64 timeoutMs) const
    {
        const qint64 least = timeoutMs * 9 / 10 - 2;
        QStringList early;
        for (qint64 fired : m_firings) {
            qint64 last = -1;
            for (qint64 acted : m_actions) {
                if (acted <= fired)
                    last = acted;
            }
            if (last >= 0 && fired - last < least)
                early << QStringLiteral("fired at %1 ms, %2 ms after an action at %3 ms")
                             .arg(fired)
                             .arg(fired - last)
                             .arg(last);
        }
        return early.join(QStringLiteral("; "));
    }

private:
    QObject m_context;
    QElapsedTimer m_clock;
    QList<qint64> m_actions;
    QList<qint64> m_firings;
};

} // namespace vigia::test
