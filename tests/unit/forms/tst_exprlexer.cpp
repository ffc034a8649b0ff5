#include "forms/expr/ExprLexer.h"

#include <QTest>

using namespace vigia;

namespace {
QString typeName(ExprToken::Type t)
{
    using T = ExprToken::Type;
    switch (t) {
    case T::Number:
        return QStringLiteral("num");
    case T::String:
        return QStringLiteral("str");
    case T::Reference:
        return QStringLiteral("ref");
    case T::Name:
        return QStringLiteral("name");
    case T::End:
        return QStringLiteral("end");
    default:
        return QStringLiteral("op");
    }
}

// "kind:text@position" for every token, so one string shows the whole split.
QString summary(const QList<ExprToken> &tokens)
{
    QStringList out;
    for (const ExprToken &t : tokens)
        out.append(typeName(t.type) + QLatin1Char(':') + t.text + QLatin1Char('@') +
                   QString::number(t.position));
    return out.join(QLatin1Char(' '));
}
} // namespace

class TestExprLexer : public QObject
{
    Q_OBJECT

private slots:
    void splitsTokens_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("tokens");
        QTest::newRow("reference and comparison")
            << QStringLiteral("${a}>=.5") << QStringLiteral("ref:a@1 op:>=@5 num:.5@7 end:@9");
        QTest::newRow("prefixed and hyphenated names")
            << QStringLiteral("jr:choice-name(., 'x')")
            << QStringLiteral("name:jr:choice-name@1 op:(@15 op:.@16 op:,@17 str:x@19 op:)@22 "
                              "end:@23");
        QTest::newRow("dotdot") << QStringLiteral("position(..)")
                                << QStringLiteral(
                                       "name:position@1 op:(@9 op:..@10 op:)@12 end:@13");
        QTest::newRow("double quotes keep single quotes")
            << QStringLiteral("\"it's\"") << QStringLiteral("str:it's@1 end:@7");
        QTest::newRow("minus after reference is an operator")
            << QStringLiteral("${a}-1") << QStringLiteral("ref:a@1 op:-@5 num:1@6 end:@7");
        QTest::newRow("field names with dots and hyphens")
            << QStringLiteral("${g.f-1}") << QStringLiteral("ref:g.f-1@1 end:@9");
        QTest::newRow("not equal and less")
            << QStringLiteral("1!=2<3")
            << QStringLiteral("num:1@1 op:!=@2 num:2@4 op:<@5 num:3@6 end:@7");
        QTest::newRow("words are names")
            << QStringLiteral("1 div 2 mod 3")
            << QStringLiteral("num:1@1 name:div@3 num:2@7 name:mod@9 num:3@13 end:@14");
        QTest::newRow("whitespace of all kinds")
            << QStringLiteral("\n1\t+ \r2") << QStringLiteral("num:1@2 op:+@4 num:2@7 end:@8");
    }
    void splitsTokens()
    {
        QFETCH(QString, source);
        QFETCH(QString, tokens);
        auto result = ExprLexer::tokenize(source);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(summary(result.value()), tokens);
    }

    void numbersCarryTheirValue()
    {
        auto result = ExprLexer::tokenize(QStringLiteral("12.25 .5 3."));
        QVERIFY(result.ok());
        QCOMPARE(result.value().at(0).number, 12.25);
        QCOMPARE(result.value().at(1).number, 0.5);
        QCOMPARE(result.value().at(2).number, 3.0);
    }

    void rejectsWithPosition_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::newRow("unterminated") << QStringLiteral("1 + 'abc")
                                      << QStringLiteral("the text starting at position 5 has no "
                                                        "closing '");
        QTest::newRow("open reference")
            << QStringLiteral("${a")
            << QStringLiteral("'${' at position 1 must be followed by a "
                              "field name and '}'");
        QTest::newRow("empty reference") << QStringLiteral("2*${}")
                                         << QStringLiteral("'${' at position 3 must be followed by "
                                                           "a field name and '}'");
        QTest::newRow("stray character")
            << QStringLiteral("1 # 2") << QStringLiteral("unexpected '#' at position 3");
        QTest::newRow("bang without equals")
            << QStringLiteral("!1") << QStringLiteral("unexpected '!' at position 1");
        QTest::newRow("slash paths")
            << QStringLiteral("/data/x") << QStringLiteral("unexpected '/' at position 1");
    }
    void rejectsWithPosition()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        auto result = ExprLexer::tokenize(source);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::Validation);
        QCOMPARE(result.error().message(), message);
    }

    void capsTheLength()
    {
        const QString longest =
            QStringLiteral("1") + QString(ExprLexer::kMaxLength - 1, QLatin1Char(' '));
        QVERIFY(ExprLexer::tokenize(longest).ok());
        auto tooLong = ExprLexer::tokenize(longest + QLatin1Char(' '));
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().code(), ErrorCode::Validation);
        QVERIFY2(tooLong.error().message().contains(QStringLiteral("10001 characters")),
                 qPrintable(tooLong.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestExprLexer)
#include "tst_exprlexer.moc"
