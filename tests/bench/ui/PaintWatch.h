#pragma once

#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QObject>
#include <QTimer>
#include <QWidget>

namespace vigia::bench {

// Notes two moments: when the list's first paint has finished (a call
// queued as the paint begins runs right after it, before anything the view
// itself queues then), and when the count label has been painted with a
// count, after which the view has nothing left to do.
class PaintWatch : public QObject
{
public:
    PaintWatch(const QElapsedTimer &timer, QWidget *viewport, QLabel *count)
        : m_timer(timer)
        , m_viewport(viewport)
        , m_count(count)
    {}
    qint64 paintedAt = -1;
    qint64 idleAt = -1;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return QObject::eventFilter(watched, event);
        if (watched == m_viewport && !m_paintQueued) {
            m_paintQueued = true;
            QTimer::singleShot(0, this, [this] { paintedAt = m_timer.nsecsElapsed(); });
        } else if (watched == m_count && !m_idleQueued && !m_count->text().isEmpty()) {
            m_idleQueued = true;
            QTimer::singleShot(0, this, [this] { idleAt = m_timer.nsecsElapsed(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_timer;
    QWidget *m_viewport;
    QLabel *m_count;
    bool m_paintQueued = false;
    bool m_idleQueued = false;
};

} // namespace vigia::bench
