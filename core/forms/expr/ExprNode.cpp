#include "forms/expr/ExprNode.h"

#include "forms/expr/ExprRegex.h"
#include "forms/expr/ExprValue.h"

namespace vigia {

ExprNode::Ptr ExprNode::number(int position, double value)
{
    auto *n = new ExprNode(Kind::Number, position);
    n->m_number = value;
    return Ptr(n);
}

ExprNode::Ptr ExprNode::string(int position, const QString &value)
{
    auto *n = new ExprNode(Kind::String, position);
    n->m_text = value;
    return Ptr(n);
}

ExprNode::Ptr ExprNode::reference(int position, const QString &name)
{
    auto *n = new ExprNode(Kind::Reference, position);
    n->m_text = name;
    return Ptr(n);
}

ExprNode::Ptr ExprNode::current(int position)
{
    return Ptr(new ExprNode(Kind::Current, position));
}

ExprNode::Ptr ExprNode::parent(int position)
{
    return Ptr(new ExprNode(Kind::Parent, position));
}

ExprNode::Ptr ExprNode::column(int position, const QString &name)
{
    auto *n = new ExprNode(Kind::Column, position);
    n->m_text = name;
    return Ptr(n);
}

ExprNode::Ptr ExprNode::negate(int position, Ptr operand)
{
    auto *n = new ExprNode(Kind::Negate, position);
    n->m_children.append(std::move(operand));
    return Ptr(n);
}

ExprNode::Ptr ExprNode::binary(int position, const QList<Ptr> &operands, const QList<Op> &ops)
{
    Q_ASSERT(operands.size() == ops.size() + 1);
    auto *n = new ExprNode(Kind::Binary, position);
    n->m_children = operands;
    n->m_ops = ops;
    return Ptr(n);
}

ExprNode::Ptr ExprNode::call(int position, const QString &function, const QList<Ptr> &arguments)
{
    auto *n = new ExprNode(Kind::Call, position);
    n->m_text = function;
    n->m_children = arguments;
    if (function == QLatin1String("regex") && arguments.size() == 2 && arguments.at(1) &&
        arguments.at(1)->kind() == Kind::String)
        n->m_regex = ExprRegex::compile(arguments.at(1)->text());
    return Ptr(n);
}

QString ExprNode::opText(Op op)
{
    switch (op) {
    case Op::Or:
        return QStringLiteral("or");
    case Op::And:
        return QStringLiteral("and");
    case Op::Equal:
        return QStringLiteral("=");
    case Op::NotEqual:
        return QStringLiteral("!=");
    case Op::Less:
        return QStringLiteral("<");
    case Op::LessOrEqual:
        return QStringLiteral("<=");
    case Op::Greater:
        return QStringLiteral(">");
    case Op::GreaterOrEqual:
        return QStringLiteral(">=");
    case Op::Add:
        return QStringLiteral("+");
    case Op::Subtract:
        return QStringLiteral("-");
    case Op::Multiply:
        return QStringLiteral("*");
    case Op::Divide:
        return QStringLiteral("div");
    case Op::Modulo:
        return QStringLiteral("mod");
    }
    return {};
}

QString ExprNode::toString() const
{
    switch (m_kind) {
    case Kind::Number:
        return ExprValue::formatNumber(m_number);
    case Kind::String: {
        // XPath has no escapes: a literal holding ' must be written in "…".
        const QChar quote =
            m_text.contains(QLatin1Char('\'')) ? QLatin1Char('"') : QLatin1Char('\'');
        return quote + m_text + quote;
    }
    case Kind::Reference:
        return QStringLiteral("${") + m_text + QLatin1Char('}');
    case Kind::Current:
        return QStringLiteral(".");
    case Kind::Parent:
        return QStringLiteral("..");
    case Kind::Column:
        return m_text;
    case Kind::Negate:
        return QStringLiteral("(-") + m_children.first()->toString() + QLatin1Char(')');
    case Kind::Binary: {
        QString out = m_children.first()->toString();
        for (qsizetype i = 0; i < m_ops.size(); ++i)
            out = QLatin1Char('(') + out + QLatin1Char(' ') + opText(m_ops[i]) + QLatin1Char(' ') +
                  m_children[i + 1]->toString() + QLatin1Char(')');
        return out;
    }
    case Kind::Call: {
        QStringList args;
        for (const Ptr &c : m_children)
            args.append(c->toString());
        return m_text + QLatin1Char('(') + args.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    }
    return {};
}

} // namespace vigia
