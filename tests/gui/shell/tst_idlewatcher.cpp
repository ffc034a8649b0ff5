#include "IdleWatcher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using vigia::IdleWatcher;

class tst_IdleWatcher : public QObject
{
    Q_OBJECT

private slots:
    void firesAfterTheTimeout()
    {
        IdleWatcher watcher;
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        watcher.setTimeout(100);
        QVERIFY(idle.wait(2000));
        QCOMPARE(idle.count(), 1);
    }

    void inputPostponesIt()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        IdleWatcher watcher;
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        watcher.setTimeout(300);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 900) {
            QTest::keyClick(&window, Qt::Key_A);
            QTest::qWait(50);
        }
        QCOMPARE(idle.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 2000);
    }

    void zeroTurnsItOff()
    {
        IdleWatcher watcher;
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        watcher.setTimeout(50);
        watcher.setTimeout(0);
        QTest::qWait(200);
        QCOMPARE(idle.count(), 0);
    }
};

QTEST_MAIN(tst_IdleWatcher)
#include "tst_idlewatcher.moc"
