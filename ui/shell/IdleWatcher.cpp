#include "ui/shell/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace vigia {

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timeout = qMax(0, milliseconds);
    restart();
}

void IdleWatcher::restart()
{
    if (m_timeout > 0)
        m_timer.start(m_timeout);
    else
        m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        // The filter sees each event several times as it propagates to
        // parents; restarting a timer is cheap enough not to care.
        if (m_timeout > 0)
            m_timer.start(m_timeout);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vigia
