#pragma once

#include <QObject>
#include <QTimer>

namespace vigia {

// Emits idle() after a stretch without keyboard, mouse, wheel or touch input
// anywhere in the application. Watching the application, not one window,
// means typing in a dialog also counts as activity.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // 0 turns the watcher off.
    void setTimeout(int milliseconds);
    [[nodiscard]] int timeout() const { return m_timeout; }
    // Starts counting again from now.
    void restart();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_timeout = 0;
};

} // namespace vigia
