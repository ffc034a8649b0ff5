#include "MergeRules.h"

#include <QTest>

using namespace vigia;

namespace {
OpStamp stamp(char origin, quint64 counter, quint64 hlc, quint64 basedOn)
{
    return {{QByteArray(16, origin), counter}, hlc, basedOn};
}
} // namespace

class TestMergeRules : public QObject
{
    Q_OBJECT

private slots:
    void winnerIsGreatestHlcThenOrigin()
    {
        const QByteArray a(16, 'a');
        const QByteArray b(16, 'b');
        QVERIFY(MergeRules::beats(20, a, 10, b));
        QVERIFY(!MergeRules::beats(10, b, 20, a));
        QVERIFY(MergeRules::beats(10, b, 10, a)); // tie on hlc: greater origin wins
        QVERIFY(!MergeRules::beats(10, a, 10, b));
    }

    void concurrency_data()
    {
        QTest::addColumn<quint64>("aHlc");
        QTest::addColumn<quint64>("aBased");
        QTest::addColumn<quint64>("bHlc");
        QTest::addColumn<quint64>("bBased");
        QTest::addColumn<bool>("concurrent");
        QTest::newRow("neither saw the other")
            << quint64(10) << quint64(0) << quint64(12) << quint64(0) << true;
        QTest::newRow("b saw a") << quint64(10) << quint64(0) << quint64(12) << quint64(10)
                                 << false;
        QTest::newRow("a saw b") << quint64(15) << quint64(12) << quint64(12) << quint64(3)
                                 << false;
        QTest::newRow("both based on older")
            << quint64(15) << quint64(5) << quint64(12) << quint64(5) << true;
    }

    void concurrency()
    {
        QFETCH(quint64, aHlc);
        QFETCH(quint64, aBased);
        QFETCH(quint64, bHlc);
        QFETCH(quint64, bBased);
        QFETCH(bool, concurrent);
        QCOMPARE(MergeRules::concurrent(stamp('a', 1, aHlc, aBased), stamp('b', 1, bHlc, bBased)),
                 concurrent);
        QCOMPARE(MergeRules::concurrent(stamp('b', 1, bHlc, bBased), stamp('a', 1, aHlc, aBased)),
                 concurrent);
    }

    void sameOriginIsNeverConcurrent()
    {
        QVERIFY(!MergeRules::concurrent(stamp('a', 1, 10, 0), stamp('a', 2, 12, 0)));
        QVERIFY(MergeRules::openConflict({stamp('a', 1, 10, 0), stamp('a', 2, 12, 0)}).isEmpty());
    }

    void conflictOpensAndCloses()
    {
        const OpStamp a = stamp('a', 1, 10, 0);
        const OpStamp b = stamp('b', 1, 12, 0);
        QList<OpId> open = MergeRules::openConflict({a, b});
        QCOMPARE(open.size(), 2);
        QVERIFY(open.contains(a.id) && open.contains(b.id));

        // An op based on less than max(a, b) does not resolve it...
        const OpStamp partial = stamp('c', 1, 13, 10);
        QVERIFY(!MergeRules::openConflict({a, b, partial}).isEmpty());
        // ...one based on the winner does.
        const OpStamp resolver = stamp('c', 2, 14, 12);
        QVERIFY(MergeRules::openConflict({a, b, resolver}).isEmpty());
        // Order of the input does not matter.
        QVERIFY(MergeRules::openConflict({resolver, b, a}).isEmpty());
        QCOMPARE(MergeRules::openConflict({b, a}), open);
    }

    void newConcurrentEditReopensAfterResolution()
    {
        const OpStamp a = stamp('a', 1, 10, 0);
        const OpStamp b = stamp('b', 1, 12, 0);
        const OpStamp resolver = stamp('a', 2, 14, 12);
        const OpStamp late = stamp('b', 2, 15, 12); // b edited again without seeing the resolver
        const QList<OpId> open = MergeRules::openConflict({a, b, resolver, late});
        QCOMPARE(open, (QList<OpId>{resolver.id, late.id}));
    }
};

QTEST_GUILESS_MAIN(TestMergeRules)
#include "tst_mergerules.moc"
