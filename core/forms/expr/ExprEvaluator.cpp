#include "forms/expr/ExprEvaluator.h"

#include "forms/expr/ExprFunctions.h"
#include "forms/expr/ExprRegex.h"

#include <cmath>

namespace vigia {

namespace {
using Kind = ExprNode::Kind;
using Op = ExprNode::Op;

bool isFunction(const ExprNode &node, const char *name)
{
    return node.text() == QLatin1String(name);
}

// jr:choice-name names its select field in a string: '${country}', as
// XLSForm authors write it, or '/data/country', as pyxform writes it.
QString fieldNamedBy(const QString &text)
{
    const QString s = text.trimmed();
    if (s.startsWith(QLatin1String("${")) && s.endsWith(QLatin1Char('}')))
        return s.mid(2, s.size() - 3);
    return s.mid(s.lastIndexOf(QLatin1Char('/')) + 1);
}

bool equal(const ExprValue &a, const ExprValue &b)
{
    using T = ExprValue::Type;
    if (a.type() == T::Boolean || b.type() == T::Boolean)
        return a.toBoolean() == b.toBoolean();
    // Numbers and dates compare by number, so an empty value (NaN) equals
    // neither 0 nor any date, while two blanks still compare equal as text.
    if (a.type() == T::Number || b.type() == T::Number || a.isDateLike() || b.isDateLike())
        return a.toNumber() == b.toNumber();
    return a.toString() == b.toString();
}

double arithmetic(Op op, double x, double y)
{
    switch (op) {
    case Op::Add:
        return x + y;
    case Op::Subtract:
        return x - y;
    case Op::Multiply:
        return x * y;
    case Op::Divide:
        return x / y; // IEEE: 1 div 0 is Infinity and 0 div 0 NaN, as in XPath
    case Op::Modulo:
        return std::fmod(x, y);
    default:
        return std::nan("");
    }
}
} // namespace

bool ExprEvaluator::compare(Op op, const ExprValue &a, const ExprValue &b)
{
    // A comparison with a node-set holds if it holds for any one node (XPath).
    if (a.type() == ExprValue::Type::NodeSet || b.type() == ExprValue::Type::NodeSet) {
        for (const ExprValue &x : a.nodes()) {
            for (const ExprValue &y : b.nodes()) {
                if (compare(op, x, y))
                    return true;
            }
        }
        return false;
    }
    const double x = a.toNumber();
    const double y = b.toNumber();
    switch (op) {
    case Op::Equal:
        return equal(a, b);
    case Op::NotEqual:
        return !equal(a, b);
    case Op::Less:
        return x < y;
    case Op::LessOrEqual:
        return x <= y;
    case Op::Greater:
        return x > y;
    case Op::GreaterOrEqual:
        return x >= y;
    default:
        return false;
    }
}

Result<ExprValue> ExprEvaluator::evaluate(const ExprNode &node) const
{
    switch (node.kind()) {
    case Kind::Number:
        return ExprValue::number(node.number());
    case Kind::String:
        return ExprValue::string(node.text());
    case Kind::Reference:
        return m_context.value(node.text());
    case Kind::Current:
        return m_context.currentValue();
    case Kind::Column:
        return m_context.choiceColumn(node.text());
    case Kind::Parent:
        break;
    case Kind::Negate: {
        auto operand = evaluate(*node.children().first());
        if (!operand)
            return operand;
        return ExprValue::number(-operand.value().toNumber());
    }
    case Kind::Binary:
        return binary(node);
    case Kind::Call:
        return call(node);
    }
    return Error(ErrorCode::Validation,
                 tr("'..' at position %1 can only be used as position(..)").arg(node.position()));
}

Result<ExprValue> ExprEvaluator::binary(const ExprNode &node) const
{
    const auto &operands = node.children();
    const auto &ops = node.ops();
    if (ops.isEmpty() || operands.size() != ops.size() + 1)
        return Error(ErrorCode::Validation,
                     tr("the operation at position %1 is incomplete").arg(node.position()));

    // The parser puts and/or alone on their level; evaluate them lazily, so
    // that "${n} > 0 and 10 div ${n} > 1" never looks at the right side in vain.
    if (ops.first() == Op::And || ops.first() == Op::Or) {
        const bool stopOn = ops.first() == Op::Or;
        for (const ExprNode::Ptr &operand : operands) {
            auto v = evaluate(*operand);
            if (!v)
                return v;
            if (v.value().toBoolean() == stopOn)
                return ExprValue::boolean(stopOn);
        }
        return ExprValue::boolean(!stopOn);
    }

    auto first = evaluate(*operands.first());
    if (!first)
        return first;
    ExprValue acc = first.take();
    for (qsizetype i = 0; i < ops.size(); ++i) {
        auto right = evaluate(*operands[i + 1]);
        if (!right)
            return right;
        const Op op = ops[i];
        if (op >= Op::Add)
            acc = ExprValue::number(arithmetic(op, acc.toNumber(), right.value().toNumber()));
        else if (op >= Op::Equal)
            acc = ExprValue::boolean(compare(op, acc, right.value()));
        else
            acc = ExprValue::boolean(op == Op::And ? acc.toBoolean() && right.value().toBoolean()
                                                   : acc.toBoolean() || right.value().toBoolean());
    }
    return acc;
}

Result<ExprValue> ExprEvaluator::argument(const ExprNode &node, bool aggregate) const
{
    // sum(${x}) means every instance of x, while ${x} alone means this one.
    if (aggregate && node.kind() == Kind::Reference)
        return ExprValue::nodeSet(m_context.repeatValues(node.text()));
    return evaluate(node);
}

Result<ExprValue> ExprEvaluator::call(const ExprNode &node) const
{
    const auto &args = node.children();
    if (Status s = ExprFunctions::check(node.text(), int(args.size()), node.position()); !s)
        return s.error();

    if (isFunction(node, "if")) {
        auto condition = evaluate(*args[0]);
        if (!condition)
            return condition;
        return evaluate(*args[condition.value().toBoolean() ? 1 : 2]);
    }
    if (isFunction(node, "once")) {
        // once() fills a field the first time and then keeps what it stored.
        const ExprValue stored = m_context.storedValue();
        if (!stored.toString().isEmpty())
            return stored;
        return evaluate(*args[0]);
    }
    if (isFunction(node, "today"))
        return ExprValue::date(m_context.now().date());
    if (isFunction(node, "now"))
        return ExprValue::dateTime(m_context.now());
    if (isFunction(node, "position")) {
        if (args.isEmpty() || args[0]->kind() == Kind::Parent)
            return ExprValue::number(m_context.position(QString()));
        if (args[0]->kind() == Kind::Reference)
            return ExprValue::number(m_context.position(args[0]->text()));
        return Error(ErrorCode::Validation,
                     tr("position() at position %1 takes '..' or a field such as ${name}")
                         .arg(node.position()));
    }

    const bool aggregate = isFunction(node, "sum") || isFunction(node, "count") ||
                           isFunction(node, "max") || isFunction(node, "min");
    QList<ExprValue> values;
    for (const ExprNode::Ptr &arg : args) {
        auto v = argument(*arg, aggregate);
        if (!v)
            return v;
        values.append(v.take());
    }
    // string() and string-length() without an argument work on `.`.
    if (values.isEmpty() && (isFunction(node, "string") || isFunction(node, "string-length")))
        values.append(m_context.currentValue());

    if (isFunction(node, "jr:choice-name")) {
        const QString choice = values[0].toString();
        if (choice.isEmpty())
            return ExprValue();
        return ExprValue::string(m_context.choiceLabel(fieldNamedBy(values[1].toString()), choice));
    }
    if (const ExprRegex *regex = node.regex()) {
        auto matched = regex->matches(values[0].toString(), node.position());
        if (!matched)
            return matched.error();
        return ExprValue::boolean(matched.value());
    }
    return ExprFunctions::apply(node.text(), values, node.position());
}

} // namespace vigia
