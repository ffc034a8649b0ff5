#include "forms/expr/ExprParser.h"

#include <QTest>

using namespace vigia;

class TestExprParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesToCanonicalForm_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("canonical");
        auto row = [](const char *name, const char *source, const char *canonical) {
            QTest::newRow(name) << QString::fromUtf8(source) << QString::fromUtf8(canonical);
        };
        row("precedence of * over +", "1 + 2 * 3", "(1 + (2 * 3))");
        row("left associative", "${a} + ${b} - ${c}", "((${a} + ${b}) - ${c})");
        row("parentheses", "(1 + 2) * 3", "((1 + 2) * 3)");
        row("div and mod", "10 div 4 mod 3", "((10 div 4) mod 3)");
        row("unary minus", "-${x}", "(-${x})");
        row("double minus", "- -1", "(-(-1))");
        row("minus a negative", "2 - -1", "(2 - (-1))");
        row("minus binds tighter than *", "-2 * 3", "((-2) * 3)");
        row("current field", ". > 5 and . < 10", "((. > 5) and (. < 10))");
        row("and binds tighter than or", "${a} = 1 or ${b} != 2 and ${c}",
            "((${a} = 1) or ((${b} != 2) and ${c}))");
        row("relational tighter than equality", "1 < 2 = true()", "((1 < 2) = true())");
        row("no spaces", "${x}>=3", "(${x} >= 3)");
        row("less or equal", "${x}<=3", "(${x} <= 3)");
        row("reference minus number", "${a}-1", "(${a} - 1)");
        row("double-quoted string", "\"small\"", "'small'");
        row("string with a quote", "\"it's\"", "\"it's\"");
        row("fractions", ".5 + 1.", "(0.5 + 1)");
        row("selected", "selected(${colors}, 'red')", "selected(${colors}, 'red')");
        row("choice name", "jr:choice-name(${c}, '${c}')", "jr:choice-name(${c}, '${c}')");
        row("count-selected of current", "count-selected(.)", "count-selected(.)");
        row("if with nested comparison", "if(${a} > 1, 'big', \"small\")",
            "if((${a} > 1), 'big', 'small')");
        row("position of parent", "position(..)", "position(..)");
        row("no arguments", "concat()", "concat()");
        row("nested calls", "not(selected(${x}, 'a') or today() > date('2024-01-01'))",
            "not((selected(${x}, 'a') or (today() > date('2024-01-01'))))");
        row("names with dots and hyphens", "${group.field-1} * 2", "(${group.field-1} * 2)");
        row("whitespace and newlines", "\n${a}\t+\n1 ", "(${a} + 1)");
        row("operator words next to parentheses", "(1)div(2)", "(1 div 2)");
        row("comparison chain", "1 < 2 < 3", "((1 < 2) < 3)");
        row("every function", "once(round(int(number(string(boolean(1))))))",
            "once(round(int(number(string(boolean(1))))))");
    }
    void parsesToCanonicalForm()
    {
        QFETCH(QString, source);
        QFETCH(QString, canonical);
        auto tree = ExprParser::parse(source);
        QVERIFY2(tree.ok(), qPrintable(tree.error().message()));
        QCOMPARE(tree.value()->toString(), canonical);
    }

    void knowsEveryOdkFunction_data()
    {
        QTest::addColumn<QString>("source");
        const char *calls[] = {"not(1)",
                               "if(1, 2, 3)",
                               "coalesce(1, 2)",
                               "selected(1, 2)",
                               "count-selected(1)",
                               "selected-at(1, 2)",
                               "jr:choice-name(1, 2)",
                               "concat(1, 2, 3, 4)",
                               "string-length(1)",
                               "contains(1, 2)",
                               "starts-with(1, 2)",
                               "ends-with(1, 2)",
                               "substr(1, 2, 3)",
                               "regex(1, 2)",
                               "today()",
                               "now()",
                               "date(1)",
                               "int(1)",
                               "number(1)",
                               "round(1, 2)",
                               "sum(1)",
                               "count(1)",
                               "max(1, 2)",
                               "min(1)",
                               "position()",
                               "once(1)",
                               "true()",
                               "false()",
                               "string(1)",
                               "boolean(1)"};
        for (const char *call : calls)
            QTest::newRow(call) << QString::fromUtf8(call);
    }
    void knowsEveryOdkFunction()
    {
        QFETCH(QString, source);
        auto tree = ExprParser::parse(source);
        QVERIFY2(tree.ok(), qPrintable(tree.error().message()));
        QCOMPARE(tree.value()->kind(), ExprNode::Kind::Call);
    }

    void rejectsWithPosition_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const char *source, const char *message) {
            QTest::newRow(name) << QString::fromUtf8(source) << QString::fromUtf8(message);
        };
        row("stray close", "${a} + ) * 2", "unexpected ')' at position 8");
        row("close too many", "(1 + 2))", "unexpected ')' at position 8");
        row("missing close", "(1 + 2", "unexpected end of the expression at position 7");
        row("dangling operator", "1 and", "unexpected end of the expression at position 6");
        row("operator first", "and 1", "unexpected 'and' at position 1");
        row("two operands", "1 2", "unexpected '2' at position 3");
        row("two strings", "1 + 'x' 'y'", "unexpected '\"y\"' at position 9");
        row("empty", "", "the expression is empty");
        row("blank", "   ", "the expression is empty");
        row("unknown function", "foo(1)", "unknown function 'foo' at position 1");
        row("unknown function later", "1 + bar(2, 3)", "unknown function 'bar' at position 5");
        row("unknown prefixed function", "jr:itext('x')",
            "unknown function 'jr:itext' at position 1");
        row("bare name", "age > 3",
            "'age' at position 1 is not understood; refer to a field as ${age}");
        row("parent outside position", "${a} + ..",
            "'..' at position 8 can only be used as position(..)");
        row("parent inside an expression", "position(.. + 1)",
            "'..' at position 10 can only be used as position(..)");
        row("trailing comma", "concat(1,)", "unexpected ')' at position 10");
        row("missing comma", "concat(1 2)", "unexpected '2' at position 10");
        row("too few for if", "if(1, 2)", "if() at position 1 takes 3 arguments, not 2");
        row("none for not", "not()", "not() at position 1 takes one argument, not 0");
        row("some for today", "1 + today(1)", "today() at position 5 takes no arguments, not 1");
        row("range for substr", "substr('a')",
            "substr() at position 1 takes 2 to 3 arguments, not 1");
        row("at least two", "coalesce(1)",
            "coalesce() at position 1 takes at least 2 arguments, not 1");
        row("at least one", "max()", "max() at position 1 takes at least one argument, not 0");
        row("non-ASCII before the error", "'\xc3\xa9' + )", "unexpected ')' at position 7");
    }
    void rejectsWithPosition()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        auto tree = ExprParser::parse(source);
        QVERIFY(!tree.ok());
        QCOMPARE(tree.error().code(), ErrorCode::Validation);
        QCOMPARE(tree.error().message(), message);
    }

    void recordsPositions()
    {
        auto tree = ExprParser::parse(QStringLiteral("  1 +  ${b} * int(.)"));
        QVERIFY2(tree.ok(), qPrintable(tree.error().message()));
        const ExprNode &root = *tree.value();
        QCOMPARE(root.position(), 3);
        QCOMPARE(root.children().at(0)->position(), 3);
        const ExprNode &product = *root.children().at(1);
        QCOMPARE(product.position(), 8);
        QCOMPARE(product.children().at(1)->position(), 15);
        QCOMPARE(product.children().at(1)->children().at(0)->position(), 19);
    }

    void limitsNesting_data()
    {
        QTest::addColumn<QString>("open");
        QTest::addColumn<QString>("close");
        QTest::addColumn<int>("width"); // characters each level adds before the core
        QTest::newRow("parentheses") << QStringLiteral("(") << QStringLiteral(")") << 1;
        QTest::newRow("unary minus") << QStringLiteral("-") << QString() << 1;
        QTest::newRow("function calls") << QStringLiteral("not(") << QStringLiteral(")") << 4;
    }
    void limitsNesting()
    {
        QFETCH(QString, open);
        QFETCH(QString, close);
        QFETCH(int, width);
        const int limit = ExprParser::kMaxDepth;
        auto nested = [&](int depth) {
            return open.repeated(depth) + QStringLiteral("1") + close.repeated(depth);
        };
        auto deepest = ExprParser::parse(nested(limit));
        QVERIFY2(deepest.ok(), qPrintable(deepest.error().message()));
        auto tooDeep = ExprParser::parse(nested(limit + 1));
        QVERIFY(!tooDeep.ok());
        QCOMPARE(tooDeep.error().code(), ErrorCode::Validation);
        QCOMPARE(tooDeep.error().message(),
                 QStringLiteral("the expression nests more than 64 levels deep at position %1; "
                                "split it across calculate fields")
                     .arg(limit * width + 1 + (width > 1 ? 3 : 0)));
    }

    void hostileDepthIsAnErrorNotACrash()
    {
        auto tree = ExprParser::parse(QString(5000, QLatin1Char('(')));
        QVERIFY(!tree.ok());
        QVERIFY(tree.error().message().contains(QStringLiteral("64 levels")));
    }

    void longSumsStayShallow()
    {
        // A thousand fields added up is long, but it is not nesting.
        QStringList terms;
        for (int i = 0; i < 1000; ++i)
            terms.append(QStringLiteral("${f%1}").arg(i));
        auto tree = ExprParser::parse(terms.join(QStringLiteral("+")));
        QVERIFY2(tree.ok(), qPrintable(tree.error().message()));
        QCOMPARE(tree.value()->children().size(), 1000);
    }

    void rejectsOverlongExpressions()
    {
        auto tree = ExprParser::parse(QStringLiteral("1+").repeated(5001) + QStringLiteral("1"));
        QVERIFY(!tree.ok());
        QCOMPARE(tree.error().code(), ErrorCode::Validation);
        QVERIFY(tree.error().message().contains(QStringLiteral("10003 characters")));
    }

    void bareNamesAreChoiceColumnsInFilters()
    {
        const QString source = QStringLiteral("filter = ${country} and name != 'x'");
        QVERIFY(!ExprParser::parse(source).ok());
        auto tree = ExprParser::parse(source, ExprParser::Mode::ChoiceFilter);
        QVERIFY2(tree.ok(), qPrintable(tree.error().message()));
        QCOMPARE(tree.value()->toString(),
                 QStringLiteral("((filter = ${country}) and (name != 'x'))"));
        QCOMPARE(tree.value()->children().first()->children().first()->kind(),
                 ExprNode::Kind::Column);
        // Operator words stay operators.
        QVERIFY(!ExprParser::parse(QStringLiteral("div = 1"), ExprParser::Mode::ChoiceFilter).ok());
    }
};

QTEST_GUILESS_MAIN(TestExprParser)
#include "tst_exprparser.moc"
