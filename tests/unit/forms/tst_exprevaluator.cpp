#include "forms/expr/ExprEvaluator.h"
#include "forms/expr/ExprParser.h"

#include <QHash>
#include <QTest>

using namespace vigia;

namespace {
// A record in a few maps, with a clock fixed at 2026-03-15 10:30 at UTC+2.
class FakeContext : public ExprContext
{
public:
    FakeContext()
    {
        m_values = {
            {QStringLiteral("age"), ExprValue::number(30)},
            {QStringLiteral("zero"), ExprValue::number(0)},
            {QStringLiteral("name"), ExprValue::string(QStringLiteral("Ana"))},
            {QStringLiteral("numtext"), ExprValue::string(QStringLiteral("5"))},
            {QStringLiteral("colors"), ExprValue::string(QStringLiteral("red blue"))},
            {QStringLiteral("country"), ExprValue::string(QStringLiteral("ar"))},
            {QStringLiteral("flag"), ExprValue::boolean(false)},
            {QStringLiteral("dob"), ExprValue::date(QDate(2000, 1, 15))},
            {QStringLiteral("allvisits"),
             ExprValue::nodeSet(
                 {ExprValue::number(3), ExprValue::number(4), ExprValue::number(5)})},
        };
        m_repeats = {
            {QStringLiteral("visits"),
             {ExprValue::number(3), ExprValue::string(QStringLiteral("4")), ExprValue::number(5)}},
            {QStringLiteral("empties"), {ExprValue::number(1), ExprValue()}},
            {QStringLiteral("none"), {}},
        };
    }

    ExprValue value(const QString &name) const override { return m_values.value(name); }
    ExprValue currentValue() const override { return m_current; }
    QList<ExprValue> repeatValues(const QString &name) const override
    {
        return m_repeats.value(name);
    }
    QString choiceLabel(const QString &field, const QString &choice) const override
    {
        if (field == QLatin1String("country") && choice == QLatin1String("ar"))
            return QStringLiteral("Argentina");
        return {};
    }
    int position(const QString &name) const override
    {
        return name.isEmpty() ? 2 : (name == QLatin1String("visits") ? 3 : 0);
    }
    ExprValue storedValue() const override { return m_stored; }
    QDateTime now() const override
    {
        return QDateTime(QDate(2026, 3, 15), QTime(10, 30), Qt::OffsetFromUTC, 2 * 3600);
    }

    ExprValue m_current = ExprValue::string(QStringLiteral("abcd"));
    ExprValue m_stored;

private:
    QHash<QString, ExprValue> m_values;
    QHash<QString, QList<ExprValue>> m_repeats;
};

QString typeName(ExprValue::Type t)
{
    switch (t) {
    case ExprValue::Type::Empty:
        return QStringLiteral("empty");
    case ExprValue::Type::String:
        return QStringLiteral("string");
    case ExprValue::Type::Number:
        return QStringLiteral("number");
    case ExprValue::Type::Boolean:
        return QStringLiteral("boolean");
    case ExprValue::Type::Date:
        return QStringLiteral("date");
    case ExprValue::Type::DateTime:
        return QStringLiteral("datetime");
    case ExprValue::Type::NodeSet:
        return QStringLiteral("nodeset");
    }
    return {};
}

// "type:text", so one column checks both what came out and how it prints.
Result<QString> run(const QString &source, const FakeContext &context)
{
    auto tree = ExprParser::parse(source);
    if (!tree)
        return tree.error();
    auto value = ExprEvaluator(context).evaluate(*tree.value());
    if (!value)
        return value.error();
    return typeName(value.value().type()) + QLatin1Char(':') + value.value().toString();
}
} // namespace

class TestExprEvaluator : public QObject
{
    Q_OBJECT

private:
    static void row(const char *source, const char *expected)
    {
        QTest::newRow(source) << QString::fromUtf8(source) << QString::fromUtf8(expected);
    }
    static void columns()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
    }
    static void check()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        FakeContext context;
        auto result = run(source, context);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value(), expected);
    }

private slots:
    void arithmetic_data()
    {
        columns();
        row("1 + 2", "number:3");
        row("7 div 2", "number:3.5");
        row("7 mod 3", "number:1");
        row("-7 mod 3", "number:-1");
        row("1 div 0", "number:Infinity");
        row("0 div 0", "number:NaN");
        row("0.1 + 0.2", "number:0.30000000000000004");
        row("2 * 3.5", "number:7");
        row("10 - 2 - 3", "number:5");
        row("${age} + 1", "number:31");
        row("${empty} + 1", "number:NaN");
        row("${empty} * 0", "number:NaN");
        row("-${empty}", "number:NaN");
        row("-${age}", "number:-30");
        row("'5' * 2", "number:10");
        row("${numtext} + 1", "number:6");
        row("'abc' + 1", "number:NaN");
        row("true() + 1", "number:2");
    }
    void arithmetic() { check(); }

    void emptyValuesAndComparisons_data()
    {
        columns();
        row("${empty} = ''", "boolean:true");
        row("${empty} != ''", "boolean:false");
        row("'' = ${empty}", "boolean:true");
        row("${name} = ''", "boolean:false");
        row("${name} != ''", "boolean:true");
        row("${empty} = 0", "boolean:false");
        row("${empty} > 0", "boolean:false");
        row("${empty} < 0", "boolean:false");
        row("${empty} <= 0", "boolean:false");
        row("${empty} >= 0", "boolean:false");
        row("${empty} != 5", "boolean:true"); // ODK: the negation of =
        row("${empty} = false()", "boolean:true");
        row("${age} = '30'", "boolean:true");
        row("${age} > '4'", "boolean:true"); // as numbers, not as text
        row("'10' > '9'", "boolean:true");
        row("'b' > 'a'", "boolean:false"); // text is NaN in <, as in XPath
        row("${name} = 'Ana'", "boolean:true");
        row("${name} != 'ana'", "boolean:true");
        row("true() = 'false'", "boolean:true"); // any text is true
        row("${flag} = 'false'", "boolean:false");
        row("1 = true()", "boolean:true");
        row("0 = false()", "boolean:true");
        row("${zero} = ${empty}", "boolean:false");
        row("${empty} = ${missing}", "boolean:true");
        row("${allvisits} = 4", "boolean:true"); // any node
        row("${allvisits} = 9", "boolean:false");
        row("${allvisits} != 3", "boolean:true");
        row("${allvisits} > 4", "boolean:true");
    }
    void emptyValuesAndComparisons() { check(); }

    void logic_data()
    {
        columns();
        row("${age} > 18 and ${name} = 'Ana'", "boolean:true");
        row("${age} > 18 and ${empty}", "boolean:false");
        row("${empty} or 0", "boolean:false");
        row("'x' or 0", "boolean:true");
        row("true() or regex('a', '(')", "boolean:true");    // never evaluates the right
        row("false() and regex('a', '(')", "boolean:false"); // nor here
        row("not(${empty})", "boolean:true");
        row("not('false')", "boolean:false");
        row("not(0 div 0)", "boolean:true");
    }
    void logic() { check(); }

    void dates_data()
    {
        columns();
        row("today()", "date:2026-03-15");
        row("now()", "datetime:2026-03-15T10:30:00.000+02:00");
        row("today() - ${dob}", "number:9556");
        row("today() + 1", "number:20528");
        row("date(today() + 1)", "date:2026-03-16");
        row("date(date('2024-02-28') + 1)", "date:2024-02-29");
        row("date(0)", "date:1970-01-01");
        row("date(${dob})", "date:2000-01-15");
        row("date('2024-05-01T23:00:00-05:00')", "date:2024-05-01");
        row("date(now())", "date:2026-03-15");
        row("date(${empty})", "empty:");
        row("${dob} + 1", "number:10972");
        row("(now() - today()) * 24", "number:10.5");
        row("now() > today()", "boolean:true");
        row("${dob} = '2000-01-15'", "boolean:true");
        row("${dob} = 10971", "boolean:true");
        row("${dob} < '2000-02-01'", "boolean:true");
        row("${dob} > today()", "boolean:false");
        row("${dob} = ''", "boolean:false");
        row("${dob} != ''", "boolean:true");
        row("'2024-05-01' < '2024-06-01'", "boolean:true");
        row("date('2024-06-01') - date('2024-05-01')", "number:31");
        row("string(${dob})", "string:2000-01-15");
    }
    void dates() { check(); }

    void selectHelpers_data()
    {
        columns();
        row("selected(${colors}, 'red')", "boolean:true");
        row("selected(${colors}, 'blue')", "boolean:true");
        row("selected(${colors}, 're')", "boolean:false");
        row("selected(${colors}, ' blue ')", "boolean:true");
        row("selected(${empty}, 'red')", "boolean:false");
        row("count-selected(${colors})", "number:2");
        row("count-selected(${empty})", "number:0");
        row("count-selected('  a  b   c ')", "number:3");
        row("selected-at(${colors}, 0)", "string:red");
        row("selected-at(${colors}, 1)", "string:blue");
        row("selected-at(${colors}, 2)", "empty:");
        row("selected-at(${colors}, -1)", "empty:");
        row("jr:choice-name(${country}, '${country}')", "string:Argentina");
        row("jr:choice-name('ar', '/data/country')", "string:Argentina");
        row("jr:choice-name('zz', '${country}')", "empty:");
        row("jr:choice-name(${empty}, '${country}')", "empty:");
    }
    void selectHelpers() { check(); }

    void strings_data()
    {
        columns();
        row("concat('a', 1, true(), ${empty}, ${age})", "string:a1true30");
        row("concat()", "empty:");
        row("concat(${allvisits}, '!')", "string:345!");
        row("string-length('h\xc3\xa9llo')", "number:5");
        row("string-length(${empty})", "number:0");
        row("string-length()", "number:4");
        row("string-length(123.50)", "number:5");
        row("contains(${name}, 'n')", "boolean:true");
        row("contains('abc', '')", "boolean:true");
        row("contains('abc', 'd')", "boolean:false");
        row("starts-with('abc', 'ab')", "boolean:true");
        row("starts-with('abc', 'b')", "boolean:false");
        row("ends-with('abc', 'bc')", "boolean:true");
        row("ends-with('abc', 'x')", "boolean:false");
        row("substr('abcdef', 2)", "string:cdef");
        row("substr('abcdef', 1, 3)", "string:bc");
        row("substr('abc', 5)", "empty:");
        row("substr('abc', -2, 2)", "string:ab");
        row("substr('abc', 1, 99)", "string:bc");
        row("substr('abc', 2, 1)", "empty:");
        row("regex('abc123', '[0-9]+')", "boolean:true"); // a match anywhere counts
        row("regex('abc', '^[0-9]+$')", "boolean:false");
        row("regex(., '^[a-z]{4}$')", "boolean:true");
        row("regex(${empty}, '^$')", "boolean:true");
        row("string(12.0)", "string:12");
        row("string(1 div 3)", "string:0.3333333333333333");
        row("string(-0.5)", "string:-0.5");
        row("string(1000000)", "string:1000000");
        row("string(${empty})", "empty:");
        row("string(true())", "string:true");
        row("string()", "string:abcd");
        row("string('')", "empty:");
    }
    void strings() { check(); }

    void numbersAndAggregates_data()
    {
        columns();
        row("int(3.7)", "number:3");
        row("int(-3.7)", "number:-3");
        row("int('12.9')", "number:12");
        row("int(${empty})", "number:NaN");
        row("number('')", "number:NaN");
        row("number(' 12 ')", "number:12");
        row("number('1e3')", "number:NaN");
        row("number(true())", "number:1");
        row("number('2024-01-01')", "number:19723");
        row("round(2.5)", "number:3");
        // ODK's math functions (a real biomass form computes sqrt of areas).
        row("sqrt(16)", "number:4");
        row("sqrt(-1)", "number:NaN");
        row("pow(2, 10)", "number:1024");
        row("abs(-2.5)", "number:2.5");
        row("log10(1000)", "number:3");
        row("exp10(2)", "number:100");
        row("round(pi(), 4)", "number:3.1416");
        row("round(atan2(1, 1) * 4, 4)", "number:3.1416");
        row("round(-2.5)", "number:-3");
        row("round(2.4)", "number:2");
        row("round(3.14159, 2)", "number:3.14");
        row("round(1234, -2)", "number:1200");
        row("round(${empty})", "number:NaN");
        row("sum(${visits})", "number:12");
        row("sum(${none})", "number:0");
        row("sum(${empties})", "number:NaN");
        row("count(${visits})", "number:3");
        row("count(${none})", "number:0");
        row("count(${empties})", "number:2");
        row("max(${visits})", "number:5");
        row("min(${visits})", "number:3");
        row("max(${none})", "number:NaN");
        row("max(${empties})", "number:NaN");
        row("max(1, 7, 3)", "number:7");
        row("min(4, '2', 9)", "number:2");
        row("position(..)", "number:2");
        row("position()", "number:2");
        row("position(${visits})", "number:3");
        row("true()", "boolean:true");
        row("false()", "boolean:false");
        row("boolean('0')", "boolean:true");
        row("boolean(0)", "boolean:false");
        row("boolean(${empty})", "boolean:false");
        row("boolean(0 div 0)", "boolean:false");
    }
    void numbersAndAggregates() { check(); }

    void choosing_data()
    {
        columns();
        row("if(${age} >= 18, 'adult', 'child')", "string:adult");
        row("if(${empty}, 1, 2)", "number:2");
        row("if(true(), 1, regex('a', '('))", "number:1"); // the other branch is not run
        row("coalesce(${empty}, 'x')", "string:x");
        row("coalesce(${name}, 'x')", "string:Ana");
        row("coalesce(${empty}, '')", "empty:");
        row("coalesce('', ${empty}, 3)", "number:3");
        row("once(${age} * 2)", "number:60");
    }
    void choosing() { check(); }

    void onceKeepsTheStoredValue()
    {
        FakeContext context;
        context.m_stored = ExprValue::string(QStringLiteral("2020-01-01"));
        auto result = run(QStringLiteral("once(today())"), context);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value(), QStringLiteral("string:2020-01-01"));
    }

    void longSumsEvaluate()
    {
        // As long as the length limit allows, and no deeper for it.
        QStringList terms(4999, QStringLiteral("1"));
        FakeContext context;
        auto result = run(terms.join(QLatin1Char('+')), context);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value(), QStringLiteral("number:4999"));
    }

    void failuresAreErrors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad regex")
            << QStringLiteral("regex(., '(')")
            << QStringLiteral("regex() at position 1: '(' is not a valid regular expression");
        QTest::newRow("bad regex deeper") << QStringLiteral("1 + 1 = 2 and regex(., 'a{2,1}')")
                                          << QStringLiteral("regex() at position 15:");
        QTest::newRow("not a date") << QStringLiteral("date('soon')")
                                    << QStringLiteral("date() at position 1 cannot turn 'soon' "
                                                      "into a date");
        QTest::newRow("impossible date") << QStringLiteral("concat(date('2023-02-29'))")
                                         << QStringLiteral("date() at position 8");
    }
    void failuresAreErrors()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        FakeContext context;
        auto result = run(source, context);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::Validation);
        QVERIFY2(result.error().message().startsWith(message),
                 qPrintable(result.error().message()));
    }

    void handBuiltTreesAreCheckedToo()
    {
        FakeContext context;
        const ExprEvaluator evaluator(context);
        auto wrongArity =
            evaluator.evaluate(*ExprNode::call(3, QStringLiteral("if"), {ExprNode::number(4, 1)}));
        QVERIFY(!wrongArity.ok());
        QCOMPARE(wrongArity.error().message(),
                 QStringLiteral("if() at position 3 takes 3 arguments, not 1"));

        auto unknown = evaluator.evaluate(*ExprNode::call(1, QStringLiteral("format-date"), {}));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().message(),
                 QStringLiteral("unknown function 'format-date' at position 1"));

        auto parent = evaluator.evaluate(*ExprNode::negate(1, ExprNode::parent(2)));
        QVERIFY(!parent.ok());
        QCOMPARE(parent.error().message(),
                 QStringLiteral("'..' at position 2 can only be used as position(..)"));
    }

    void comparesValuesDirectly()
    {
        using Op = ExprNode::Op;
        QVERIFY(ExprEvaluator::compare(Op::Equal, ExprValue(), ExprValue::string(QString())));
        QVERIFY(!ExprEvaluator::compare(Op::Equal, ExprValue(), ExprValue::number(0)));
        QVERIFY(ExprEvaluator::compare(Op::Less, ExprValue::date(QDate(2020, 1, 1)),
                                       ExprValue::string(QStringLiteral("2020-01-02"))));
    }
};

QTEST_GUILESS_MAIN(TestExprEvaluator)
#include "tst_exprevaluator.moc"
