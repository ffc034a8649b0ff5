// The agent's waits after failures: doubling from 5 s to a 15 min ceiling,
// jitter within ±20 %, the hub's Retry-After never undercut, and a success
// starting over.
#include "sync/SyncBackoff.h"

#include <QTest>

using namespace vigia;

class TestSyncBackoff : public QObject
{
    Q_OBJECT

private slots:
    void doublesUpToTheCeiling()
    {
        SyncBackoff b(SyncBackoff::Limits{}, [] { return 0.5; }); // no jitter
        const QList<qint64> expected{5'000,   10'000,  20'000,  40'000,  80'000,
                                     160'000, 320'000, 640'000, 900'000, 900'000};
        for (qint64 e : expected)
            QCOMPARE(b.failed(), e);
        QCOMPARE(b.failures(), expected.size());
    }

    void jitterStaysWithinAFifth()
    {
        SyncBackoff low(SyncBackoff::Limits{}, [] { return 0.0; });
        SyncBackoff high(SyncBackoff::Limits{}, [] { return 0.999999; });
        QCOMPARE(low.failed(), qint64(4'000));
        QVERIFY(qAbs(high.failed() - 6'000) <= 1);
        // Spread devices apart even at the ceiling, never above it.
        for (int i = 0; i < 12; ++i) {
            (void)low.failed();
            (void)high.failed();
        }
        QCOMPARE(low.failed(), qint64(720'000));
        QCOMPARE(high.failed(), qint64(900'000));
    }

    void retryAfterIsNeverUndercut()
    {
        SyncBackoff b(SyncBackoff::Limits{}, [] { return 0.5; });
        QCOMPARE(b.failed(120), qint64(120'000));
        QCOMPARE(b.failed(1), qint64(10'000)); // shorter advice: our own wait stands
        // A hub asking for a day is capped: a device must not go silent.
        QCOMPARE(b.failed(86'400), qint64(900'000));
    }

    void aSuccessStartsOver()
    {
        SyncBackoff b(SyncBackoff::Limits{}, [] { return 0.5; });
        for (int i = 0; i < 5; ++i)
            (void)b.failed();
        b.succeeded();
        QCOMPARE(b.failures(), 0);
        QCOMPARE(b.failed(), qint64(5'000));
    }
};

QTEST_GUILESS_MAIN(TestSyncBackoff)
#include "tst_syncbackoff.moc"
