#include "IdleProbe.h"
#include "ui/shell/IdleWatcher.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using vigia::IdleWatcher;

namespace {
// A wait on a condition ends as soon as it holds: only a broken build waits
// this long, and a loaded machine never fails it.
constexpr int kPatienceMs = 60'000;
} // namespace

// Only lower bounds on time are checked (never "not yet after N ms"): a
// loaded machine can make a timer late, never early.
class tst_IdleWatcher : public QObject
{
    Q_OBJECT

private slots:
    void firesAfterTheTimeout()
    {
        IdleWatcher watcher;
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        vigia::test::IdleProbe probe(&watcher, &IdleWatcher::idle);
        probe.acted(); // setTimeout() starts the count
        watcher.setTimeout(100);
        QVERIFY(idle.wait(kPatienceMs));
        QCOMPARE(idle.count(), 1);
        QCOMPARE(probe.earlyFirings(100), QString());
    }

    void inputPostponesIt()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        IdleWatcher watcher;
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        vigia::test::IdleProbe probe(&watcher, &IdleWatcher::idle);
        constexpr int kTimeout = 300;
        probe.acted();
        watcher.setTimeout(kTimeout);
        // Keys for three timeouts' worth of time. Were input ignored, idle
        // would fire mid-typing, a few ms after a key: an early firing.
        while (probe.sinceStart() < 3 * kTimeout) {
            probe.acted();
            QTest::keyClick(&window, Qt::Key_A);
            QTest::qWait(20);
        }
        QCOMPARE(probe.earlyFirings(kTimeout), QString());
        // Once the typing stops it fires, a whole timeout after the last key.
        const int before = int(idle.count());
        QTRY_VERIFY_WITH_TIMEOUT(idle.count() > before, kPatienceMs);
        QCOMPARE(probe.earlyFirings(kTimeout), QString());
    }

    void zeroTurnsItOff()
    {
        IdleWatcher watcher;
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        watcher.setTimeout(50);
        watcher.setTimeout(0);
        // Longer than the timeout it no longer has; load only makes it longer.
        QTest::qWait(200);
        QCOMPARE(idle.count(), 0);
    }
};

QTEST_MAIN(tst_IdleWatcher)
#include "tst_idlewatcher.moc"
