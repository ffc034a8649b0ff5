// Small-cell suppression on hand-computed tables (docs/exports.md): primary
// suppression of counts 1 to k - 1, secondary suppression so that no row or
// column total reveals a hidden cell, zeros shown, the rendering of an
// aggregate table.

#include "export/AggregateTable.h"
#include "export/SmallCellSuppression.h"

#include <QTest>

using namespace vigia;

using Mask = QList<QList<bool>>;

class TestSmallCellSuppression : public QObject
{
    Q_OBJECT

private slots:
    void nothingSmallNothingHidden()
    {
        const Mask m = SmallCellSuppression::apply({{10, 0}, {7, 20}}, 5);
        QCOMPARE(m, (Mask{{false, false, false}, {false, false, false}, {false, false, false}}));
        QCOMPARE(SmallCellSuppression::withTotals({{10, 0}, {7, 20}}),
                 (QList<QList<qint64>>{{10, 0, 10}, {7, 20, 27}, {17, 20, 37}}));
    }

    void secondarySuppressionProtectsTheTotals()
    {
        //        a   b   c  | total
        // BR     3  10  20  |  33
        // GT    15   8  30  |  53
        // HN    12  25  40  |  77
        // total 30  43  90  | 163
        // BR-a (3) is primary. Its row would reveal it: BR-b (10, the smaller
        // of 10 and 20) goes too. Column a: HN-a (12 < 15); column b: GT-b
        // (8 < 25). Second pass: row GT now hides one cell (GT-b): GT-a (15 <
        // 30); row HN hides HN-a alone: HN-b (25 < 40). Every line then hides
        // 0 or at least 2 cells; column c and every total stay.
        const Mask m = SmallCellSuppression::apply({{3, 10, 20}, {15, 8, 30}, {12, 25, 40}}, 5);
        QCOMPARE(m, (Mask{{true, true, false, false},
                          {true, true, false, false},
                          {true, true, false, false},
                          {false, false, false, false}}));
    }

    void aSmallTotalIsHiddenAndProtected()
    {
        //        a | total
        // BR     3 |   3
        // GT    10 |  10
        // total 13 |  13
        // BR-a and BR's total are primary. Column a hides BR-a alone, so GT-a
        // (10) goes; the totals column hides BR's total alone, so GT's goes.
        const Mask m = SmallCellSuppression::apply({{3}, {10}}, 5);
        QCOMPARE(m, (Mask{{true, true}, {true, true}, {false, false}}));
    }

    void aggregateTableShowsBelowKAndProtected()
    {
        AggregateTable t(QStringLiteral("aggregate"), QStringLiteral("manifestation"),
                         {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, false);
        const QList<QPair<const char *, QList<int>>> counts = {
            {"BR", {3, 10, 20}}, {"GT", {15, 8, 30}}, {"HN", {12, 25, 40}}};
        const QStringList choices{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        for (const auto &[country, line] : counts)
            for (int c = 0; c < 3; ++c)
                for (int i = 0; i < line[c]; ++i)
                    t.add(QString::fromLatin1(country), choices[c]);
        t.add(QStringLiteral("HN"), QString()); // no answer: not counted
        QCOMPARE(t.header(),
                 (QStringList{QStringLiteral("country"), QStringLiteral("a"), QStringLiteral("b"),
                              QStringLiteral("c"), QStringLiteral("total")}));
        const QList<QStringList> rows = t.rows(5);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0],
                 (QStringList{QStringLiteral("BR"), QStringLiteral("<5"), QStringLiteral("x"),
                              QStringLiteral("20"), QStringLiteral("33")}));
        QCOMPARE(rows[1],
                 (QStringList{QStringLiteral("GT"), QStringLiteral("x"), QStringLiteral("x"),
                              QStringLiteral("30"), QStringLiteral("53")}));
        QCOMPARE(rows[3],
                 (QStringList{QStringLiteral("total"), QStringLiteral("30"), QStringLiteral("43"),
                              QStringLiteral("90"), QStringLiteral("163")}));
    }

    void selectMultipleCountsEachChoice()
    {
        AggregateTable t(QStringLiteral("aggregate"), QStringLiteral("m"),
                         {QStringLiteral("a"), QStringLiteral("b")}, true);
        for (int i = 0; i < 6; ++i)
            t.add(QStringLiteral("BR"), QStringLiteral("a b"));
        const QList<QStringList> rows = t.rows(5);
        QCOMPARE(rows[0], (QStringList{QStringLiteral("BR"), QStringLiteral("6"),
                                       QStringLiteral("6"), QStringLiteral("12")}));
    }
};

QTEST_GUILESS_MAIN(TestSmallCellSuppression)
#include "tst_smallcellsuppression.moc"
