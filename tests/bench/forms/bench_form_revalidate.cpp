// form_revalidate: a generated form of 300 fields with 150 expressions
// (100 calculations in chains of ten, 25 constraints, 25 relevance
// conditions). One change as the record editor makes it: FormSession::
// setValue, which re-evaluates the changed field's dependents. Baseline in
// the same run: evaluating exactly those dependents, found here from the
// expressions' own reads, precompiled, with ExprEvaluator over a plain hash
// of numbers. The session must evaluate exactly the dependents (a check).
// Target: per-change ratio <= 20. The editor then refreshes every message
// with validateAll(), which evaluates no expression (it reads the states the
// change left) and so has no counterpart in the baseline: that time is
// reported beside the ratio (change_and_validate_seconds), not in it.
// A second line times a full re-evaluation (refresh() + validateAll()) of
// the 150 expressions against 150 precompiled ones.
#include "BenchReport.h"
#include "forms/expr/ExprContext.h"
#include "forms/expr/ExprDependencies.h"
#include "forms/expr/ExprEvaluator.h"
#include "forms/expr/ExprParser.h"
#include "forms/FormSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSet>

using namespace vigia;

namespace {

constexpr int kInputs = 150;
constexpr int kCalculations = 100;
constexpr int kTexts = 50;
const QString kChanged = QStringLiteral("in_2");

struct Expression
{
    QString owner;
    QString source;
    bool value = false; // a calculation or relevance: its owner's value flows on
};

struct Generated
{
    FormDefinition form;
    QList<Expression> expressions; // in form order, for the baselines
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
            g.expressions.append({in(k), r.constraint(), false});
        } else if (k % 6 == 3) {
            r.setProperty(QStringLiteral("relevant"), QStringLiteral("${%1} != 7").arg(in(k - 1)));
            g.expressions.append({in(k), r.relevant(), true});
        }
        g.form.appendRow(r);
    }
    for (int k = 0; k < kCalculations; ++k) {
        FormRow r = row(QStringLiteral("calculate"), QStringLiteral("c_%1").arg(k));
        const QString source =
            k % 10 == 0 ? QStringLiteral("${%1} * 2").arg(in(k))
                        : QStringLiteral("${%1} * 2 + coalesce(${c_%2}, 0)").arg(in(k)).arg(k - 1);
        r.setProperty(QStringLiteral("calculation"), source);
        g.expressions.append({r.name(), source, true});
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

// The expressions a change of `changed` must re-evaluate: those reading it
// (a check reading `.` reads its owner), and, transitively, those reading the
// owner of a value expression among them. Independent of the engine's graph.
QList<int> dependentsOf(const Generated &g, const QList<ExprNode::Ptr> &trees,
                        const QString &changed)
{
    QSet<QString> dirty{changed};
    QList<int> out;
    for (bool grew = true; grew;) {
        grew = false;
        for (int i = 0; i < g.expressions.size(); ++i) {
            if (out.contains(i))
                continue;
            const ExprDependencies deps(*trees[i]);
            const bool reads = deps.fields().intersects(dirty) ||
                               (deps.usesCurrent() && dirty.contains(g.expressions[i].owner));
            if (!reads)
                continue;
            out.append(i);
            if (g.expressions[i].value)
                dirty.insert(g.expressions[i].owner);
            grew = true;
        }
    }
    return out;
}

// Evaluates the given precompiled expressions once per round, the changed
// field taking a new value each round.
double baseline(const QList<ExprNode::Ptr> &trees, const QList<int> &ids, int rounds)
{
    MapContext context;
    const ExprEvaluator evaluator(context);
    double sink = 0;
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < rounds; ++r) {
        context.m_values.insert(kChanged, r % 50);
        for (int id : ids)
            sink += evaluator.evaluate(*trees[id]).value().toNumber();
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
    for (const Expression &e : g.expressions)
        trees << ExprParser::parse(e.source).value();
    const QList<int> dependents = dependentsOf(g, trees, kChanged);
    QList<int> all;
    for (int i = 0; i < trees.size(); ++i)
        all << i;

    // One change: how many expressions ran, against the dependents.
    session.resetEvaluationCount();
    (void)session.setValue(kChanged, QStringLiteral("5"));
    const int evaluated = session.evaluationCount();
    const int engineDependents = session.dependentExpressions(kChanged);
    std::fprintf(stderr,
                 "form_revalidate: %d expressions evaluated, %d dependents of %s (engine: %d)\n",
                 evaluated, int(dependents.size()), qPrintable(kChanged), engineDependents);

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

    bench::report(
        QStringLiteral("form_revalidate"), change, base, 20,
        {{QStringLiteral("fields"), 300},
         {QStringLiteral("expressions"), session.expressionCount()},
         {QStringLiteral("changed_field"), kChanged},
         {QStringLiteral("evaluated"), evaluated},
         {QStringLiteral("dependents"), int(dependents.size())},
         {QStringLiteral("change_and_validate_seconds"), changeAndValidate},
         {QStringLiteral("change_and_validate_ratio"), base > 0 ? changeAndValidate / base : 0},
         {QStringLiteral("issues"), double(issues)}},
        {{QStringLiteral("evaluated_minus_dependents"),
          double(qAbs(evaluated - int(dependents.size()))), 0}});

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
    const double fullBase = baseline(trees, all, fullRounds * 10);
    bench::report(QStringLiteral("form_revalidate_full"), full, fullBase, 10,
                  {{QStringLiteral("expressions"), session.expressionCount()},
                   {QStringLiteral("evaluated"), perRefresh}},
                  {{QStringLiteral("evaluated_minus_expressions"),
                    double(qAbs(perRefresh - int(trees.size()))), 0}});
    return 0;
}
