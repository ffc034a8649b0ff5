#include "forms/expr/ExprParser.h"

#include "forms/expr/ExprFunctions.h"
#include "forms/expr/ExprLexer.h"

namespace vigia {

namespace {
using Type = ExprToken::Type;
using Op = ExprNode::Op;

// Binary precedence levels, loosest first; unary minus binds tighter still.
enum Level
{
    OrLevel,
    AndLevel,
    EqualityLevel,
    RelationalLevel,
    AdditiveLevel,
    MultiplicativeLevel,
    LevelCount
};

bool isWord(const ExprToken &t, const char *word)
{
    return t.type == Type::Name && t.text == QLatin1String(word);
}

bool isOperatorWord(const ExprToken &t)
{
    return isWord(t, "and") || isWord(t, "or") || isWord(t, "div") || isWord(t, "mod");
}
} // namespace

Result<ExprNode::Ptr> ExprParser::parse(const QString &source, Mode mode)
{
    auto tokens = ExprLexer::tokenize(source);
    if (!tokens)
        return tokens.error();
    ExprParser parser(tokens.take());
    parser.m_mode = mode;
    if (parser.peek().type == Type::End)
        return Error(ErrorCode::Validation, tr("the expression is empty"));
    auto root = parser.parseExpression();
    if (!root)
        return root;
    if (parser.peek().type != Type::End)
        return parser.unexpected(parser.peek());
    return root;
}

Error ExprParser::unexpected(const ExprToken &token) const
{
    if (token.type == Type::End)
        return Error(ErrorCode::Validation,
                     tr("unexpected end of the expression at position %1").arg(token.position));
    QString shown = token.text;
    if (token.type == Type::String)
        shown = QLatin1Char('"') + token.text + QLatin1Char('"');
    else if (token.type == Type::Reference)
        shown = QStringLiteral("${") + token.text + QLatin1Char('}');
    return Error(ErrorCode::Validation,
                 tr("unexpected '%1' at position %2").arg(shown).arg(token.position));
}

Status ExprParser::enter(const ExprToken &at)
{
    if (++m_depth > kMaxDepth)
        return Error(ErrorCode::Validation,
                     tr("the expression nests more than %1 levels deep at position %2; split it "
                        "across calculate fields")
                         .arg(kMaxDepth)
                         .arg(at.position));
    return {};
}

Result<ExprNode::Ptr> ExprParser::parseExpression()
{
    return parseLevel(OrLevel);
}

bool ExprParser::binaryOperator(int level, Op &op) const
{
    const ExprToken &t = peek();
    switch (level) {
    case OrLevel:
        op = Op::Or;
        return isWord(t, "or");
    case AndLevel:
        op = Op::And;
        return isWord(t, "and");
    case EqualityLevel:
        op = t.type == Type::Equal ? Op::Equal : Op::NotEqual;
        return t.type == Type::Equal || t.type == Type::NotEqual;
    case RelationalLevel:
        switch (t.type) {
        case Type::Less:
            op = Op::Less;
            return true;
        case Type::LessOrEqual:
            op = Op::LessOrEqual;
            return true;
        case Type::Greater:
            op = Op::Greater;
            return true;
        case Type::GreaterOrEqual:
            op = Op::GreaterOrEqual;
            return true;
        default:
            return false;
        }
    case AdditiveLevel:
        op = t.type == Type::Plus ? Op::Add : Op::Subtract;
        return t.type == Type::Plus || t.type == Type::Minus;
    case MultiplicativeLevel:
        op = t.type == Type::Star ? Op::Multiply : (isWord(t, "div") ? Op::Divide : Op::Modulo);
        return t.type == Type::Star || isWord(t, "div") || isWord(t, "mod");
    default:
        return false;
    }
}

// One loop per precedence level; a run of same-level operators becomes one
// Binary node, which keeps long sums of fields from deepening the tree.
Result<ExprNode::Ptr> ExprParser::parseLevel(int level)
{
    if (level == LevelCount)
        return parseUnary();
    auto first = parseLevel(level + 1);
    if (!first)
        return first;
    QList<ExprNode::Ptr> operands{first.value()};
    QList<Op> ops;
    Op op;
    while (binaryOperator(level, op)) {
        take();
        auto next = parseLevel(level + 1);
        if (!next)
            return next;
        operands.append(next.value());
        ops.append(op);
    }
    if (ops.isEmpty())
        return first;
    return ExprNode::binary(operands.first()->position(), operands, ops);
}

Result<ExprNode::Ptr> ExprParser::parseUnary()
{
    if (peek().type != Type::Minus)
        return parsePrimary();
    const ExprToken minus = take();
    if (Status s = enter(minus); !s)
        return s.error();
    auto operand = parseUnary();
    --m_depth;
    if (!operand)
        return operand;
    return ExprNode::negate(minus.position, operand.value());
}

Result<ExprNode::Ptr> ExprParser::parsePrimary()
{
    const ExprToken &t = peek();
    switch (t.type) {
    case Type::Number:
        take();
        return ExprNode::number(t.position, t.number);
    case Type::String:
        take();
        return ExprNode::string(t.position, t.text);
    case Type::Reference:
        take();
        return ExprNode::reference(t.position, t.text);
    case Type::Dot:
        take();
        return ExprNode::current(t.position);
    case Type::DotDot:
        return Error(ErrorCode::Validation,
                     tr("'..' at position %1 can only be used as position(..)").arg(t.position));
    case Type::LeftParen: {
        const ExprToken open = take();
        if (Status s = enter(open); !s)
            return s.error();
        auto inner = parseExpression();
        --m_depth;
        if (!inner)
            return inner;
        if (peek().type != Type::RightParen)
            return unexpected(peek());
        take();
        return inner;
    }
    case Type::Name:
        if (isOperatorWord(t) || peek(1).type != Type::LeftParen) {
            if (isOperatorWord(t))
                return unexpected(t);
            if (m_mode == Mode::ChoiceFilter)
                return ExprNode::column(take().position, t.text);
            return Error(ErrorCode::Validation,
                         tr("'%1' at position %2 is not understood; refer to a field as ${%1}")
                             .arg(t.text)
                             .arg(t.position));
        }
        return parseCall();
    default:
        return unexpected(t);
    }
}

Result<ExprNode::Ptr> ExprParser::parseCall()
{
    const ExprToken name = take();
    if (!ExprFunctions::isKnown(name.text))
        return Error(ErrorCode::Validation,
                     tr("unknown function '%1' at position %2").arg(name.text).arg(name.position));
    const ExprToken open = take();
    if (Status s = enter(open); !s)
        return s.error();
    QList<ExprNode::Ptr> args;
    if (name.text == QLatin1String("position") && peek().type == Type::DotDot &&
        peek(1).type == Type::RightParen) {
        args.append(ExprNode::parent(take().position));
    } else if (peek().type != Type::RightParen) {
        for (;;) {
            auto arg = parseExpression();
            if (!arg)
                return arg;
            args.append(arg.value());
            if (peek().type != Type::Comma)
                break;
            take();
        }
    }
    --m_depth;
    if (peek().type != Type::RightParen)
        return unexpected(peek());
    take();
    if (Status s = ExprFunctions::check(name.text, int(args.size()), name.position); !s)
        return s.error();
    return ExprNode::call(name.position, name.text, args);
}

} // namespace vigia
