#include "forms/expr/ExprGraph.h"
#include "forms/expr/ExprParser.h"

#include <QTest>

using namespace vigia;

namespace {
using Role = ExprGraph::Role;

QSet<QString> reads(std::initializer_list<const char *> names)
{
    QSet<QString> out;
    for (const char *n : names)
        out.insert(QString::fromUtf8(n));
    return out;
}

ExprNode::Ptr parsed(const char *source)
{
    auto tree = ExprParser::parse(QString::fromUtf8(source));
    return tree.ok() ? tree.value() : ExprNode::number(1, 0);
}
} // namespace

class TestExprGraph : public QObject
{
    Q_OBJECT

private slots:
    void ordersFieldsAfterWhatTheyRead()
    {
        ExprGraph g;
        g.add(QStringLiteral("c"), reads({"b"}), Role::Value);
        g.add(QStringLiteral("b"), reads({"a"}), Role::Value);
        g.add(QStringLiteral("d"), reads({"c", "a"}), Role::Value);
        QVERIFY(g.build().ok());
        const QStringList order = g.order();
        QCOMPARE(order.size(), 4);
        QVERIFY(order.indexOf(QStringLiteral("a")) < order.indexOf(QStringLiteral("b")));
        QVERIFY(order.indexOf(QStringLiteral("b")) < order.indexOf(QStringLiteral("c")));
        QVERIFY(order.indexOf(QStringLiteral("c")) < order.indexOf(QStringLiteral("d")));
    }

    void reportsCyclesWithTheirPath_data()
    {
        QTest::addColumn<QList<QStringList>>("expressions"); // owner, then what it reads
        QTest::addColumn<QString>("cycle");
        QTest::newRow("two fields")
            << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                  {QStringLiteral("b"), QStringLiteral("a")}}
            << QStringLiteral("a \u2192 b \u2192 a");
        QTest::newRow("itself") << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("a")}}
                                << QStringLiteral("a \u2192 a");
        QTest::newRow("behind a field that only reads the cycle")
            << QList<QStringList>{{QStringLiteral("x"), QStringLiteral("a")},
                                  {QStringLiteral("a"), QStringLiteral("b")},
                                  {QStringLiteral("b"), QStringLiteral("c")},
                                  {QStringLiteral("c"), QStringLiteral("a")},
                                  {QStringLiteral("ok"), QStringLiteral("x")}}
            << QStringLiteral("a \u2192 b \u2192 c \u2192 a");
    }
    void reportsCyclesWithTheirPath()
    {
        QFETCH(QList<QStringList>, expressions);
        QFETCH(QString, cycle);
        ExprGraph g;
        for (const QStringList &e : expressions)
            g.add(e.first(), QSet<QString>{e.at(1)}, Role::Value);
        const Status built = g.build();
        QVERIFY(!built.ok());
        QCOMPARE(built.error().code(), ErrorCode::Validation);
        QVERIFY2(built.error().message().contains(QStringLiteral(": ") + cycle + QLatin1Char(';')),
                 qPrintable(built.error().message()));
        QVERIFY(g.order().isEmpty());
    }

    void checksDoNotMakeCycles()
    {
        // a's constraint reads b and b's calculation reads a: no value loops.
        ExprGraph g;
        g.add(QStringLiteral("a"), reads({"b"}), Role::Check);
        g.add(QStringLiteral("b"), reads({"a"}), Role::Value);
        g.add(QStringLiteral("a"), reads({"a"}), Role::Check);
        QVERIFY(g.build().ok());
    }

    void findsTransitiveDependentsInOrder()
    {
        ExprGraph g;
        const int cFromB = g.add(QStringLiteral("c"), reads({"b"}), Role::Value);
        const int bFromA = g.add(QStringLiteral("b"), reads({"a"}), Role::Value);
        const int dCheck = g.add(QStringLiteral("d"), reads({"c"}), Role::Check);
        const int eShown = g.add(QStringLiteral("e"), reads({"a", "z"}), Role::Value);
        const int fFromD = g.add(QStringLiteral("f"), reads({"d"}), Role::Value);
        const int gFromZ = g.add(QStringLiteral("g"), reads({"z"}), Role::Value);
        const int hFromE = g.add(QStringLiteral("h"), reads({"e", "c"}), Role::Check);
        QVERIFY(g.build().ok());
        QCOMPARE(g.size(), 7);
        QCOMPARE(g.owner(dCheck), QStringLiteral("d"));

        const QList<int> fromA = g.dependents(QStringLiteral("a"));
        // d's constraint does not change d, so f is untouched; g reads only z.
        QCOMPARE(QSet<int>(fromA.begin(), fromA.end()),
                 (QSet<int>{bFromA, cFromB, dCheck, eShown, hFromE}));
        QVERIFY(!fromA.contains(fFromD));
        QVERIFY(!fromA.contains(gFromZ));
        QVERIFY(fromA.indexOf(bFromA) < fromA.indexOf(cFromB));
        QVERIFY(fromA.indexOf(cFromB) < fromA.indexOf(dCheck));
        QVERIFY(fromA.indexOf(eShown) < fromA.indexOf(hFromE));

        QCOMPARE(g.dependents(QStringLiteral("z")), (QList<int>{eShown, gFromZ, hFromE}));
        QCOMPARE(g.dependents(QStringLiteral("d")), QList<int>{fFromD});
        QVERIFY(g.dependents(QStringLiteral("h")).isEmpty());
        QVERIFY(g.dependents(QStringLiteral("nobody")).isEmpty());
    }

    void readsParsedExpressions()
    {
        ExprGraph g;
        const int constraint =
            g.add(QStringLiteral("age"), *parsed(". >= 0 and . < 120"), Role::Check);
        const int adult = g.add(QStringLiteral("adult"), *parsed("${age} >= 18"), Role::Value);
        const int calc = g.add(QStringLiteral("total"), *parsed("${age} + ${other}"), Role::Value);
        QVERIFY(g.build().ok());
        QCOMPARE(g.dependents(QStringLiteral("age")), (QList<int>{constraint, adult, calc}));
        QCOMPARE(g.dependents(QStringLiteral("other")), QList<int>{calc});

        ExprGraph loop;
        loop.add(QStringLiteral("x"), *parsed("${x} + 1"), Role::Value);
        const Status built = loop.build();
        QVERIFY(!built.ok());
        QVERIFY(built.error().message().contains(QStringLiteral("x \u2192 x")));
    }
};

QTEST_GUILESS_MAIN(TestExprGraph)
#include "tst_exprgraph.moc"
