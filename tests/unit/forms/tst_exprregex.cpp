// Issue 14: regex() patterns come from whoever wrote the form. Each is
// compiled once per compiled form. Issue 19: a literal pattern that can
// backtrack for exponential time is a warning when the form is imported (real
// forms hold them), and PCRE2's match limit makes such an answer an error.
#include "forms/CompiledForm.h"
#include "forms/expr/ExprEvaluator.h"
#include "forms/expr/ExprParser.h"
#include "forms/expr/ExprRegex.h"
#include "forms/FormJson.h"
#include "forms/FormRegexWarnings.h"
#include "forms/FormSession.h"
#include "forms/FormValidator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vigia;

namespace {

const QDateTime kNow(QDate(2024, 5, 31), QTime(10, 30), Qt::UTC);

class Context : public ExprContext
{
public:
    ExprValue value(const QString &name) const override { return m_values.value(name); }
    ExprValue currentValue() const override { return m_current; }
    QDateTime now() const override { return kNow; }

    QHash<QString, ExprValue> m_values;
    ExprValue m_current;
};

Result<FormDefinition> form(const QString &constraint)
{
    QJsonObject code{{QStringLiteral("type"), QStringLiteral("text")},
                     {QStringLiteral("name"), QStringLiteral("code")},
                     {QStringLiteral("constraint"), constraint}};
    const QJsonObject doc{
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("form_id"), QStringLiteral("f")},
                                                 {QStringLiteral("version"), QStringLiteral("1")}}},
        {QStringLiteral("survey"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                {QStringLiteral("name"), QStringLiteral("pattern")}},
                    code}},
        {QStringLiteral("choices"), QJsonArray{}}};
    return FormJson::read(QJsonDocument(doc).toJson(), QStringLiteral("inline"));
}

} // namespace

class TestExprRegex : public QObject
{
    Q_OBJECT

private slots:
    void refusesPatternsThatBacktrackExponentially_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("where");
        QTest::newRow("(a+)+") << QStringLiteral("(a+)+$") << QStringLiteral("'(a+)+'");
        QTest::newRow("(a*)*") << QStringLiteral("^(a*)*b") << QStringLiteral("'(a*)*'");
        QTest::newRow("words") << QStringLiteral("^(\\w+\\s?)*$")
                               << QStringLiteral("'(\\w+\\s?)*'");
        QTest::newRow("deeper") << QStringLiteral("^((ab)+c?)*$") << QStringLiteral("'((ab)+c?)*'");
        QTest::newRow("{n,}") << QStringLiteral("(?:x{2,}y?){1,}")
                              << QStringLiteral("'(?:x{2,}y?){1,}'");
        QTest::newRow("named") << QStringLiteral("(?<w>[a-z]+ )+")
                               << QStringLiteral("'(?<w>[a-z]+ )+'");
        QTest::newRow("(a|a)*") << QStringLiteral("^(a|a)*$") << QStringLiteral("'(a|a)*'");
        QTest::newRow("(a|aa)+") << QStringLiteral("^(a|aa)+$") << QStringLiteral("'(a|aa)+'");
        QTest::newRow("(x|)*") << QStringLiteral("(x|)*") << QStringLiteral("'(x|)*'");
    }
    void refusesPatternsThatBacktrackExponentially()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, where);
        const Status s = ExprRegex::check(pattern, 7);
        QVERIFY(!s);
        QCOMPARE(s.error().code(), ErrorCode::Validation);
        QVERIFY2(
            s.error().message().startsWith(QStringLiteral("regex() at position 7: in ") + where),
            qPrintable(s.error().message()));
    }

    void acceptsPatternsThatCannot_data()
    {
        QTest::addColumn<QString>("pattern");
        for (const char *p :
             {"^[A-Z]{2}[0-9]+$", "^(\\+|00)?[0-9]{9,12}$", "^[^@]+@[^@]+\\.[a-z]+$",
              "^([A-Z]{3})-([0-9]{4})$", "(a+){2}", "(a+)++", "(?>a+)+", "^(?:[a-z]++\\.)*[a-z]+$",
              "(ab|cd)*", "[(a+)+]", "\\(a+\\)+", "\\Q(a+)+\\E", "(?i)abc+", "(?i:ab)+",
              "(?<year>[0-9]{4})-(?<m>[0-9]{2})", "a{2,}b{1,3}", "x{,", "(*UTF)^a+$", "(?#c+)+a"}) {
            QTest::newRow(p) << QString::fromUtf8(p);
        }
    }
    void acceptsPatternsThatCannot()
    {
        QFETCH(QString, pattern);
        const Status s = ExprRegex::check(pattern, 1);
        QVERIFY2(s.ok(), qPrintable(s.error().message()));
    }

    void refusesLongPatterns()
    {
        QVERIFY(ExprRegex::check(QString(ExprRegex::kMaxPatternLength, QLatin1Char('a')), 1));
        const Status s =
            ExprRegex::check(QString(ExprRegex::kMaxPatternLength + 1, QLatin1Char('a')), 1);
        QVERIFY(!s);
        QVERIFY2(s.error().message().contains(QStringLiteral("1001 characters")),
                 qPrintable(s.error().message()));
    }

    void aFormWithSuchAConstraintImportsWithAWarningNamingItsRow()
    {
        auto definition = form(QStringLiteral("regex(., '(a+)+$')"));
        QVERIFY2(definition, qPrintable(definition.error().message()));
        definition.value().rows()[1].setSourceRow(3);
        // pyxform converts such forms, so Vigia imports them.
        const QStringList problems = FormValidator::problems(definition.value());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(CompiledForm::compile(definition.value()));
        auto tree = ExprParser::parse(QStringLiteral("regex(., '(a+)+$')"));
        QVERIFY(tree);
        QVERIFY(tree.value()->regex());
        const QStringList warnings = FormRegexWarnings::warnings(definition.value());
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(QStringLiteral(
                     "survey row 3, column constraint: regex() at position 1: in '(a+)+', a "
                     "group repeated without limit holds another repetition without limit")),
                 qPrintable(warnings.first()));
        QVERIFY2(warnings.first().contains(QStringLiteral("make the inner repetition possessive")),
                 qPrintable(warnings.first()));
        QVERIFY2(warnings.first().endsWith(QStringLiteral("shows an error on the field instead "
                                                          "of accepting or refusing the answer.")),
                 qPrintable(warnings.first()));
        // A pattern within the caps, or one computed from an answer, warns of nothing.
        QVERIFY(FormRegexWarnings::warnings(form(QStringLiteral("regex(., '^(a++)+$')")).value())
                    .isEmpty());
        QVERIFY(FormRegexWarnings::warnings(form(QStringLiteral("regex(., ${pattern})")).value())
                    .isEmpty());
    }

    void anAnswerThatReachesTheMatchLimitIsAnErrorOnTheField()
    {
        // UCL_Biomass_Plot_Form.xlsx, survey row 10 (the shared corpus):
        // digits can be split between its repetitions in exponentially many
        // ways, and a final letter makes every split fail.
        const QString ucl =
            QStringLiteral("^(([0-9]{1})*[- .(]*([0-9]{3})[- .)]*[0-9]{3}[- .]*[0-9]{4})+$");
        auto definition = form(QStringLiteral("regex(., '%1')").arg(ucl));
        QVERIFY2(definition, qPrintable(definition.error().message()));
        auto session = FormSession::start(definition.value(), kNow);
        QVERIFY2(session, qPrintable(session.error().message()));

        QVERIFY(session.value().setValue(QStringLiteral("code"), QStringLiteral("(555) 123-4567")));
        QVERIFY(session.value().validateAll().isEmpty());
        QVERIFY(session.value().setValue(QStringLiteral("code"), QStringLiteral("not a phone")));
        QCOMPARE(session.value().validateAll().size(), 1);
        QCOMPARE(session.value().validateAll().first().kind(), FieldIssue::Kind::Constraint);

        const QString adversarial = QString(199, QLatin1Char('1')) + QLatin1Char('x');
        QElapsedTimer timer;
        timer.start();
        QVERIFY(session.value().setValue(QStringLiteral("code"), adversarial));
        const qint64 elapsed = timer.elapsed();
        qInfo("one evaluation of the UCL pattern on 199 digits and a letter: %lld ms", elapsed);
        // Neither a silent pass nor a silent fail: an error the researcher sees.
        const QList<FieldIssue> issues = session.value().validateAll();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field(), QStringLiteral("code"));
        QCOMPARE(issues.first().kind(), FieldIssue::Kind::Evaluation);
        QVERIFY2(issues.first().message().contains(QStringLiteral("could not be tested")),
                 qPrintable(issues.first().message()));
        QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
    }

    void aLiteralPatternIsCompiledOncePerForm()
    {
        // A pattern no other test uses, so the process-wide count is ours.
        auto definition = form(QStringLiteral("regex(., '^[A-Z]{2}[0-9]+(-once)?$')"));
        QVERIFY(definition);
        const qint64 before = ExprRegex::compilations();
        auto session = FormSession::start(definition.value(), kNow);
        QVERIFY2(session, qPrintable(session.error().message()));
        const qint64 compiled = ExprRegex::compilations() - before;
        QCOMPARE(compiled, 1);
        for (int i = 0; i < 50; ++i) {
            QVERIFY(session.value().setValue(QStringLiteral("code"),
                                             i % 2 ? QStringLiteral("AB%1").arg(i)
                                                   : QStringLiteral("x%1").arg(i)));
            QCOMPARE(session.value().validateAll().isEmpty(), i % 2 == 1);
        }
        // A second record of the same form shares the compiled form.
        auto second = FormSession::start(definition.value(), kNow);
        QVERIFY(second);
        QVERIFY(second.value().setValue(QStringLiteral("code"), QStringLiteral("CD9")));
        QCOMPARE(ExprRegex::compilations() - before, compiled);
    }

    void aPatternFromAnAnswerIsCheckedAndCached()
    {
        Context context;
        auto tree = ExprParser::parse(QStringLiteral("regex(., ${pattern})"));
        QVERIFY(tree);
        QVERIFY(!tree.value()->regex());
        const ExprEvaluator evaluator(context);

        context.m_values.insert(QStringLiteral("pattern"),
                                ExprValue::string(QStringLiteral("^[0-9]+(-cached)?$")));
        const qint64 before = ExprRegex::compilations();
        for (int i = 0; i < 20; ++i) {
            context.m_current = ExprValue::string(QString::number(i));
            auto r = evaluator.evaluate(*tree.value());
            QVERIFY2(r, qPrintable(r.error().message()));
            QVERIFY(r.value().toBoolean());
        }
        QCOMPARE(ExprRegex::compilations() - before, 1);

        context.m_values.insert(QStringLiteral("pattern"),
                                ExprValue::string(QStringLiteral("(a+)+$")));
        auto refused = evaluator.evaluate(*tree.value());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(QStringLiteral("'(a+)+'")),
                 qPrintable(refused.error().message()));
    }

    void longAnswersAreTestedQuickly()
    {
        Context context;
        const ExprEvaluator evaluator(context);
        const QString answer = QStringLiteral("AB") + QString(9998, QLatin1Char('7'));
        auto tree = ExprParser::parse(QStringLiteral("regex(., '^[A-Z]{2}[0-9]+$')"));
        QVERIFY(tree);
        context.m_current = ExprValue::string(answer);
        QElapsedTimer timer;
        timer.start();
        auto r = evaluator.evaluate(*tree.value());
        QVERIFY(r);
        QVERIFY(r.value().toBoolean());
        context.m_current = ExprValue::string(answer + QLatin1Char('x'));
        r = evaluator.evaluate(*tree.value());
        QVERIFY(r);
        QVERIFY(!r.value().toBoolean());

        // A pattern the check lets through but that backtracks on this
        // answer ('a' is also [a-z]) meets PCRE2's match limit: an error,
        // soon, not hours of work nor a silent "no match".
        context.m_values.insert(QStringLiteral("pattern"),
                                ExprValue::string(QStringLiteral("^(?:a|[a-z])*$")));
        context.m_current = ExprValue::string(QString(10000, QLatin1Char('a')) + QLatin1Char('!'));
        auto slow =
            evaluator.evaluate(*ExprParser::parse(QStringLiteral("regex(., ${pattern})")).value());
        QVERIFY(!slow);
        QVERIFY2(slow.error().message().contains(QStringLiteral("could not be tested")),
                 qPrintable(slow.error().message()));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void invalidPatternsStayEvaluationErrors()
    {
        // As before: a bad literal is reported when the expression runs.
        auto tree = ExprParser::parse(QStringLiteral("regex(., '(')"));
        QVERIFY(tree);
        Context context;
        auto r = ExprEvaluator(context).evaluate(*tree.value());
        QVERIFY(!r);
        QVERIFY2(r.error().message().startsWith(QStringLiteral(
                     "regex() at position 1: '(' is not a valid regular expression")),
                 qPrintable(r.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestExprRegex)
#include "tst_exprregex.moc"
