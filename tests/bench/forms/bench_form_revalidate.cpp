// form_revalidate: a generated form of 300 fields with 150 expressions
// (100 calculations in chains of ten, 25 constraints, 25 relevance
// conditions). After one field changes, the session must evaluate exactly
// that field's dependents (printed, and `pass` is false when they differ);
// then the change plus a full validation is timed against a baseline of
// evaluating the same number of precompiled expressions with ExprEvaluator.
// A second line times a full re-evaluation (refresh() + validateAll()) of
// the 150 expressions against 150 precompiled ones.
#include "BenchReport.h"
#include "forms/expr/ExprContext.h"
#include "forms/expr/ExprEvaluator.h"
#include "forms/expr/ExprParser.h"
#include "forms/FormSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>

using namespace vigia;

namespace {

constexpr int kInputs = 150;
constexpr int kCalculations = 100;
constexpr int kTexts = 50;
const QString kChanged = QStringLiteral("in_2");

struct Generated
{
    FormDefinition form;
    QStringList expressions; // every expression source, for the baseline
    QHash<QString, QStringList> readersOfChanged;
};

FormRow row(const QString &type, const QString &name)
{
    FormRow r(FormType::fromName(type), name);
    r.setText(QStringLiteral("label"), QStringLiteral("en"), name);
    return r;
}

Generated generate()
{
    Generated g;
    g.form.setFormId(QStringLiteral("bench"));
    g.form.setVersion(QStringLiteral("1"));
    g.form.setDefaultLanguage(QStringLiteral("en"));
    auto in = [](int k) { return QStringLiteral("in_%1").arg(k); };
    for (int k = 0; k < kInputs; ++k) {
        FormRow r = row(QStringLiteral("integer"), in(k));
        if (k % 6 == 0) {
            r.setProperty(QStringLiteral("constraint"), QStringLiteral(". >= 0 and . < 1000000"));
            g.expressions << r.constraint();
        } else if (k % 6 == 3) {
            r.setProperty(QStringLiteral("relevant"), QStringLiteral("${%1} != 7").arg(in(k - 1)));
            g.expressions << r.relevant();
        }
        g.form.appendRow(r);
    }
    for (int k = 0; k < kCalculations; ++k) {
        FormRow r = row(QStringLiteral("calculate"), QStringLiteral("c_%1").arg(k));
        const QString source =
            k % 10 == 0 ? QStringLiteral("${%1} * 2").arg(in(k))
                        : QStringLiteral("${%1} * 2 + coalesce(${c_%2}, 0)").arg(in(k)).arg(k - 1);
        r.setProperty(QStringLiteral("calculation"), source);
        g.expressions << source;
        g.form.appendRow(r);
    }
    for (int k = 0; k < kTexts; ++k)
        g.form.appendRow(row(QStringLiteral("text"), QStringLiteral("t_%1").arg(k)));
    return g;
}

// The baseline's context: every field reads as a number from a plain hash.
class MapContext : public ExprContext
{
public:
    ExprValue value(const QString &name) const override
    {
        return ExprValue::number(m_values.value(name, 1));
    }
    ExprValue currentValue() const override { return ExprValue::number(3); }
    QDateTime now() const override { return {}; }
    QHash<QString, double> m_values;
};

double baseline(const QList<ExprNode::Ptr> &trees, int count, int rounds)
{
    MapContext context;
    const ExprEvaluator evaluator(context);
    double sink = 0;
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < rounds; ++r) {
        context.m_values.insert(kChanged, r % 50);
        for (int i = 0; i < count; ++i)
            sink += evaluator.evaluate(*trees[i % trees.size()]).value().toNumber();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9 / rounds;
    if (sink == -1)
        std::fprintf(stderr, "unlikely\n");
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Generated g = generate();
    auto started = FormSession::start(g.form, QDateTime::currentDateTimeUtc());
    if (!started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().message()));
        return 1;
    }
    FormSession session = started.take();
    for (int k = 0; k < kInputs; ++k)
        (void)session.setValue(QStringLiteral("in_%1").arg(k), QString::number(k));

    QList<ExprNode::Ptr> trees;
    for (const QString &source : g.expressions)
        trees << ExprParser::parse(source).value();

    // One change: how many expressions ran, against the graph's dependents.
    session.resetEvaluationCount();
    (void)session.setValue(kChanged, QStringLiteral("5"));
    const int evaluated = session.evaluationCount();
    const int dependents = session.dependentExpressions(kChanged);
    std::fprintf(stderr, "form_revalidate: %d expressions evaluated, %d dependents of %s\n",
                 evaluated, dependents, qPrintable(kChanged));

    const int rounds = 3000;
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < rounds; ++r)
        (void)session.setValue(kChanged, QString::number(r % 50));
    const double change = double(timer.nsecsElapsed()) / 1e9 / rounds;
    timer.restart();
    qsizetype issues = 0;
    for (int r = 0; r < rounds; ++r) {
        (void)session.setValue(kChanged, QString::number(r % 50 + 100));
        issues += session.validateAll().size();
    }
    const double changeAndValidate = double(timer.nsecsElapsed()) / 1e9 / rounds;
    const double base = baseline(trees, dependents, rounds * 10);

    QJsonObject extra{{QStringLiteral("fields"), 300},
                      {QStringLiteral("expressions"), session.expressionCount()},
                      {QStringLiteral("changed_field"), kChanged},
                      {QStringLiteral("evaluated"), evaluated},
                      {QStringLiteral("dependents"), dependents},
                      {QStringLiteral("change_seconds"), change},
                      {QStringLiteral("issues"), double(issues)}};
    // validateAll() walks all 300 fields while the baseline runs only the
    // dependents, so the ratio is large by construction; the target guards
    // against the re-evaluation itself growing (a full re-evaluation would
    // multiply it).
    const double target = 100;
    const double ratio = base > 0 ? changeAndValidate / base : 0;
    extra.insert(QStringLiteral("pass"), evaluated == dependents && ratio <= target);
    bench::report(QStringLiteral("form_revalidate"), changeAndValidate, base, target, extra);

    // A full re-evaluation of every expression, plus validation.
    const int fullRounds = 500;
    session.resetEvaluationCount();
    timer.restart();
    for (int r = 0; r < fullRounds; ++r) {
        session.refresh();
        issues += session.validateAll().size();
    }
    const double full = double(timer.nsecsElapsed()) / 1e9 / fullRounds;
    const int perRefresh = session.evaluationCount() / fullRounds;
    const double fullBase = baseline(trees, int(trees.size()), fullRounds * 10);
    bench::report(QStringLiteral("form_revalidate_full"), full, fullBase, 10,
                  {{QStringLiteral("expressions"), session.expressionCount()},
                   {QStringLiteral("evaluated"), perRefresh}});
    return evaluated == dependents ? 0 : 1;
}
