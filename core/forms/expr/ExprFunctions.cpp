#include "forms/expr/ExprFunctions.h"

#include "forms/expr/ExprRegex.h"

#include <QHash>

#include <cmath>
#include <limits>
#include <numbers>

namespace vigia {

namespace {
using Arity = ExprFunctions::Arity;
constexpr int kAny = ExprFunctions::kAnyNumber;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const QHash<QString, Arity> &table()
{
    static const QHash<QString, Arity> functions = {
        {QStringLiteral("not"), {1, 1}},
        {QStringLiteral("if"), {3, 3}},
        {QStringLiteral("coalesce"), {2, kAny}},
        {QStringLiteral("selected"), {2, 2}},
        {QStringLiteral("count-selected"), {1, 1}},
        {QStringLiteral("selected-at"), {2, 2}},
        {QStringLiteral("jr:choice-name"), {2, 2}},
        {QStringLiteral("concat"), {0, kAny}},
        {QStringLiteral("string-length"), {0, 1}},
        {QStringLiteral("contains"), {2, 2}},
        {QStringLiteral("starts-with"), {2, 2}},
        {QStringLiteral("ends-with"), {2, 2}},
        {QStringLiteral("substr"), {2, 3}},
        {QStringLiteral("regex"), {2, 2}},
        {QStringLiteral("today"), {0, 0}},
        {QStringLiteral("now"), {0, 0}},
        {QStringLiteral("date"), {1, 1}},
        {QStringLiteral("int"), {1, 1}},
        {QStringLiteral("number"), {1, 1}},
        {QStringLiteral("round"), {1, 2}},
        {QStringLiteral("sum"), {1, 1}},
        {QStringLiteral("count"), {1, 1}},
        {QStringLiteral("max"), {1, kAny}},
        {QStringLiteral("min"), {1, kAny}},
        {QStringLiteral("position"), {0, 1}},
        {QStringLiteral("once"), {1, 1}},
        {QStringLiteral("true"), {0, 0}},
        {QStringLiteral("false"), {0, 0}},
        {QStringLiteral("string"), {0, 1}},
        {QStringLiteral("boolean"), {1, 1}},
        // ODK's math functions, which real forms use for areas and volumes.
        {QStringLiteral("abs"), {1, 1}},
        {QStringLiteral("sqrt"), {1, 1}},
        {QStringLiteral("pow"), {2, 2}},
        {QStringLiteral("exp"), {1, 1}},
        {QStringLiteral("exp10"), {1, 1}},
        {QStringLiteral("log"), {1, 1}},
        {QStringLiteral("log10"), {1, 1}},
        {QStringLiteral("pi"), {0, 0}},
        {QStringLiteral("sin"), {1, 1}},
        {QStringLiteral("cos"), {1, 1}},
        {QStringLiteral("tan"), {1, 1}},
        {QStringLiteral("asin"), {1, 1}},
        {QStringLiteral("acos"), {1, 1}},
        {QStringLiteral("atan"), {1, 1}},
        {QStringLiteral("atan2"), {2, 2}},
    };
    return functions;
}

// select_multiple answers are choice names separated by spaces.
QStringList choicesOf(const ExprValue &v)
{
    return v.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

qsizetype clampIndex(double value, qsizetype fallback, qsizetype low, qsizetype high)
{
    if (std::isnan(value))
        return fallback;
    return qsizetype(std::clamp(std::trunc(value), double(low), double(high)));
}

QList<double> numbersOf(const QList<ExprValue> &args)
{
    QList<double> out;
    for (const ExprValue &a : args) {
        for (const ExprValue &node : a.nodes())
            out.append(node.toNumber());
    }
    return out;
}

ExprValue extreme(const QList<ExprValue> &args, bool wantMax)
{
    const QList<double> numbers = numbersOf(args);
    if (numbers.isEmpty())
        return ExprValue::number(kNaN);
    double best = numbers.first();
    for (double d : numbers) {
        if (std::isnan(d))
            return ExprValue::number(kNaN);
        best = wantMax ? std::max(best, d) : std::min(best, d);
    }
    return ExprValue::number(best);
}

// The one-argument math functions; NaN in, NaN out, as in ODK.
double (*unaryMath(const QString &name))(double)
{
    static const QHash<QString, double (*)(double)> functions = {
        {QStringLiteral("abs"), [](double x) { return std::fabs(x); }},
        {QStringLiteral("sqrt"), [](double x) { return std::sqrt(x); }},
        {QStringLiteral("exp"), [](double x) { return std::exp(x); }},
        {QStringLiteral("exp10"), [](double x) { return std::pow(10.0, x); }},
        {QStringLiteral("log"), [](double x) { return std::log(x); }},
        {QStringLiteral("log10"), [](double x) { return std::log10(x); }},
        {QStringLiteral("sin"), [](double x) { return std::sin(x); }},
        {QStringLiteral("cos"), [](double x) { return std::cos(x); }},
        {QStringLiteral("tan"), [](double x) { return std::tan(x); }},
        {QStringLiteral("asin"), [](double x) { return std::asin(x); }},
        {QStringLiteral("acos"), [](double x) { return std::acos(x); }},
        {QStringLiteral("atan"), [](double x) { return std::atan(x); }},
    };
    return functions.value(name, nullptr);
}
} // namespace

bool ExprFunctions::isKnown(const QString &name)
{
    return table().contains(name);
}

ExprFunctions::Arity ExprFunctions::arity(const QString &name)
{
    return table().value(name);
}

QStringList ExprFunctions::names()
{
    QStringList out = table().keys();
    out.sort();
    return out;
}

Status ExprFunctions::check(const QString &name, int argumentCount, int position)
{
    if (!isKnown(name))
        return Error(ErrorCode::Validation,
                     tr("unknown function '%1' at position %2").arg(name).arg(position));
    const Arity a = arity(name);
    if (argumentCount >= a.min && (a.max == kAny || argumentCount <= a.max))
        return {};
    // Spelled out case by case: "one argument", not "1 argument(s)".
    QString expected;
    if (a.min == a.max && a.min == 0)
        expected = tr("no arguments");
    else if (a.min == a.max && a.min == 1)
        expected = tr("one argument");
    else if (a.min == a.max)
        expected = tr("%1 arguments").arg(a.min);
    else if (a.max == kAny && a.min == 1)
        expected = tr("at least one argument");
    else if (a.max == kAny)
        expected = tr("at least %1 arguments").arg(a.min);
    else
        expected = tr("%1 to %2 arguments").arg(a.min).arg(a.max);
    return Error(ErrorCode::Validation, tr("%1() at position %2 takes %3, not %4")
                                            .arg(name)
                                            .arg(position)
                                            .arg(expected)
                                            .arg(argumentCount));
}

Result<ExprValue> ExprFunctions::apply(const QString &name, const QList<ExprValue> &args,
                                       int position)
{
    auto arg = [&](qsizetype i) { return i < args.size() ? args[i] : ExprValue(); };
    auto text = [&](qsizetype i) { return arg(i).toString(); };

    if (name == QLatin1String("true"))
        return ExprValue::boolean(true);
    if (name == QLatin1String("false"))
        return ExprValue::boolean(false);
    if (name == QLatin1String("not"))
        return ExprValue::boolean(!arg(0).toBoolean());
    if (name == QLatin1String("boolean"))
        return ExprValue::boolean(arg(0).toBoolean());
    if (name == QLatin1String("string"))
        return ExprValue::string(text(0));
    if (name == QLatin1String("number"))
        return ExprValue::number(arg(0).toNumber());
    if (name == QLatin1String("coalesce")) {
        for (const ExprValue &a : args) {
            if (!a.toString().isEmpty())
                return a;
        }
        return ExprValue();
    }
    if (name == QLatin1String("selected"))
        return ExprValue::boolean(choicesOf(arg(0)).contains(text(1).trimmed()));
    if (name == QLatin1String("count-selected"))
        return ExprValue::number(double(choicesOf(arg(0)).size()));
    if (name == QLatin1String("selected-at")) {
        const QStringList choices = choicesOf(arg(0));
        const double index = arg(1).toNumber();
        if (std::isnan(index) || index < 0 || index >= double(choices.size()))
            return ExprValue();
        return ExprValue::string(choices.at(qsizetype(index)));
    }
    if (name == QLatin1String("concat")) {
        QString out;
        for (const ExprValue &a : args) {
            for (const ExprValue &node : a.nodes())
                out += node.toString();
        }
        return ExprValue::string(out);
    }
    if (name == QLatin1String("string-length"))
        return ExprValue::number(double(text(0).size()));
    if (name == QLatin1String("contains"))
        return ExprValue::boolean(text(0).contains(text(1)));
    if (name == QLatin1String("starts-with"))
        return ExprValue::boolean(text(0).startsWith(text(1)));
    if (name == QLatin1String("ends-with"))
        return ExprValue::boolean(text(0).endsWith(text(1)));
    if (name == QLatin1String("substr")) {
        // substr(s, start, end): zero-based, end exclusive, clamped to s.
        const QString s = text(0);
        const qsizetype start = clampIndex(arg(1).toNumber(), 0, 0, s.size());
        const qsizetype end =
            args.size() > 2 ? clampIndex(arg(2).toNumber(), s.size(), start, s.size()) : s.size();
        return ExprValue::string(s.mid(start, end - start));
    }
    if (name == QLatin1String("regex")) {
        // A pattern that is not a literal (a literal one comes compiled with
        // its tree, see ExprEvaluator): checked and compiled through a cache.
        auto regex = ExprRegex::cached(text(1), position);
        if (!regex)
            return regex.error();
        auto matched = regex.value()->matches(text(0), position);
        if (!matched)
            return matched.error();
        return ExprValue::boolean(matched.value());
    }
    if (name == QLatin1String("date")) {
        if (arg(0).isEmpty())
            return ExprValue();
        const QDate d = arg(0).toDate();
        if (!d.isValid())
            return Error(ErrorCode::Validation,
                         tr("date() at position %1 cannot turn '%2' into a date; write dates as "
                            "YYYY-MM-DD")
                             .arg(position)
                             .arg(text(0)));
        return ExprValue::date(d);
    }
    if (name == QLatin1String("int"))
        return ExprValue::number(std::trunc(arg(0).toNumber()));
    if (name == QLatin1String("round")) {
        const double digits = args.size() > 1 ? std::trunc(arg(1).toNumber()) : 0;
        const double value = arg(0).toNumber();
        if (std::isnan(digits) || std::abs(digits) > 15)
            return ExprValue::number(kNaN);
        const double factor = std::pow(10.0, digits);
        // Halves round away from zero, as ODK's HALF_UP does.
        return ExprValue::number(std::round(value * factor) / factor);
    }
    if (name == QLatin1String("sum")) {
        double total = 0;
        for (double d : numbersOf(args))
            total += d;
        return ExprValue::number(total);
    }
    if (name == QLatin1String("count"))
        return ExprValue::number(double(arg(0).nodes().size()));
    if (name == QLatin1String("max"))
        return extreme(args, true);
    if (name == QLatin1String("min"))
        return extreme(args, false);
    if (auto math = unaryMath(name))
        return ExprValue::number(math(arg(0).toNumber()));
    if (name == QLatin1String("pow"))
        return ExprValue::number(std::pow(arg(0).toNumber(), arg(1).toNumber()));
    if (name == QLatin1String("atan2"))
        return ExprValue::number(std::atan2(arg(0).toNumber(), arg(1).toNumber()));
    if (name == QLatin1String("pi"))
        return ExprValue::number(std::numbers::pi);
    return Error(ErrorCode::Validation,
                 tr("%1() at position %2 cannot be evaluated here").arg(name).arg(position));
}

} // namespace vigia
