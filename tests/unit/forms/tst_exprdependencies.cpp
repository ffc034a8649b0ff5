#include "forms/expr/ExprDependencies.h"
#include "forms/expr/ExprParser.h"

#include <QTest>

using namespace vigia;

class TestExprDependencies : public QObject
{
    Q_OBJECT

private slots:
    void findsWhatAnExpressionReads_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<bool>("current");
        QTest::addColumn<bool>("clock");
        auto row = [](const char *source, QStringList fields, bool current, bool clock) {
            QTest::newRow(source) << QString::fromUtf8(source) << fields << current << clock;
        };
        row("1 + 2", {}, false, false);
        row("${a} + ${b} * ${a}", {QStringLiteral("a"), QStringLiteral("b")}, false, false);
        row(". > 3", {}, true, false);
        row("today() - ${dob}", {QStringLiteral("dob")}, false, true);
        row("now()", {}, false, true);
        row("if(${a}, sum(${r}), -${c})",
            {QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("r")}, false, false);
        row("once(1)", {}, true, false);
        row("string-length()", {}, true, false);
        row("string-length(${x})", {QStringLiteral("x")}, false, false);
        row("position(..)", {}, false, false);
        // The second argument only names the list: the label follows the value.
        row("jr:choice-name(${c}, '${d}')", {QStringLiteral("c")}, false, false);
    }
    void findsWhatAnExpressionReads()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, fields);
        QFETCH(bool, current);
        QFETCH(bool, clock);
        auto tree = ExprParser::parse(source);
        QVERIFY2(tree.ok(), qPrintable(tree.error().message()));
        const ExprDependencies deps(*tree.value());
        QStringList found(deps.fields().begin(), deps.fields().end());
        found.sort();
        QCOMPARE(found, fields);
        QCOMPARE(deps.usesCurrent(), current);
        QCOMPARE(deps.usesClock(), clock);
    }
};

QTEST_GUILESS_MAIN(TestExprDependencies)
#include "tst_exprdependencies.moc"
