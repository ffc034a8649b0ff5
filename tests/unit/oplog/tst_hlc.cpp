#include "FakeClock.h"
#include "oplog/Hlc.h"

#include <QTest>

using namespace vigia;

class TestHlc : public QObject
{
    Q_OBJECT

private slots:
    void usesWallClockWhenItAdvances()
    {
        test::FakeClock clock(1000);
        Hlc hlc(clock.fn());
        QCOMPARE(hlc.send(), Hlc::pack(1000, 0));
        clock.advance(5);
        QCOMPARE(hlc.send(), Hlc::pack(1005, 0));
    }

    void bumpsLogicalOnTie()
    {
        test::FakeClock clock(1000);
        Hlc hlc(clock.fn());
        const quint64 a = hlc.send();
        const quint64 b = hlc.send();
        QCOMPARE(b, Hlc::pack(1000, 1));
        QVERIFY(b > a);
    }

    void monotonicWhenClockJumpsBackwards()
    {
        test::FakeClock clock(100'000);
        Hlc hlc(clock.fn());
        quint64 previous = hlc.send();
        clock.set(50'000); // NTP correction, or a user fixing the date
        for (int i = 0; i < 1000; ++i) {
            const quint64 next = hlc.send();
            QVERIFY(next > previous);
            previous = next;
        }
        QCOMPARE(Hlc::physical(previous), qint64(100'000));
    }

    void logicalOverflowBorrowsNextMillisecond()
    {
        test::FakeClock clock(10);
        Hlc hlc(clock.fn());
        hlc.receive(Hlc::pack(10, 0xffff));
        QCOMPARE(hlc.send(), Hlc::pack(11, 0));
    }

    void receiveAdoptsMaximum_data()
    {
        QTest::addColumn<qint64>("wall");
        QTest::addColumn<quint64>("local");
        QTest::addColumn<quint64>("remote");
        QTest::addColumn<quint64>("expectedNext");
        QTest::newRow("remote ahead")
            << qint64(100) << Hlc::pack(100, 3) << Hlc::pack(500, 7) << Hlc::pack(500, 8);
        QTest::newRow("local ahead")
            << qint64(100) << Hlc::pack(900, 2) << Hlc::pack(500, 7) << Hlc::pack(900, 3);
        // receive() adopts the wall clock too, so the next send ticks past it.
        QTest::newRow("wall ahead")
            << qint64(2000) << Hlc::pack(900, 2) << Hlc::pack(500, 7) << Hlc::pack(2000, 1);
    }

    void receiveAdoptsMaximum()
    {
        QFETCH(qint64, wall);
        QFETCH(quint64, local);
        QFETCH(quint64, remote);
        QFETCH(quint64, expectedNext);
        test::FakeClock clock(0);
        Hlc hlc(clock.fn());
        hlc.receive(local);
        clock.set(wall);
        hlc.receive(remote);
        const quint64 next = hlc.send();
        QCOMPARE(next, expectedNext);
        QVERIFY(next > remote);
        QVERIFY(next > local);
    }

    void flagsClockAheadBeyondTenMinutes()
    {
        test::FakeClock clock(10'000'000);
        Hlc hlc(clock.fn());
        QVERIFY(!hlc.isAhead(Hlc::pack(10'000'000 + Hlc::kClockAheadLimitMs, 0)));
        QVERIFY(hlc.isAhead(Hlc::pack(10'000'000 + Hlc::kClockAheadLimitMs + 1, 0)));
        QVERIFY(!hlc.isAhead(Hlc::pack(1, 0)));
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
