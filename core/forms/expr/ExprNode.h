#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace vigia {

class ExprRegex;

// One node of a parsed expression. Nodes are immutable and shared, so a form
// can parse each expression once and hand the tree to as many evaluators as
// it likes.
class ExprNode
{
public:
    using Ptr = std::shared_ptr<const ExprNode>;

    enum class Kind
    {
        Number,    // number()
        String,    // text()
        Reference, // ${text()}
        Current,   // .
        Parent,    // .., only ever as the argument of position()
        Column,    // text(), a bare name: a column of the choice a choice_filter tests
        Negate,    // -children()[0]
        Binary,    // children()[0] ops()[0] children()[1] ops()[1] …, left to right
        Call,      // text()(children()…)
    };

    // Operators of one precedence level share a Binary node, so "a + b - c"
    // is one node with three operands: the tree stays shallow however long
    // the sum of fields a form author writes. Listed from the loosest to the
    // tightest binding; the evaluator tells the groups apart by that order.
    enum class Op
    {
        Or,
        And,
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Add,
        Subtract,
        Multiply,
        Divide,
        Modulo,
    };

    [[nodiscard]] static Ptr number(int position, double value);
    [[nodiscard]] static Ptr string(int position, const QString &value);
    [[nodiscard]] static Ptr reference(int position, const QString &name);
    [[nodiscard]] static Ptr current(int position);
    [[nodiscard]] static Ptr parent(int position);
    [[nodiscard]] static Ptr column(int position, const QString &name);
    [[nodiscard]] static Ptr negate(int position, Ptr operand);
    [[nodiscard]] static Ptr binary(int position, const QList<Ptr> &operands, const QList<Op> &ops);
    [[nodiscard]] static Ptr call(int position, const QString &function,
                                  const QList<Ptr> &arguments);

    [[nodiscard]] Kind kind() const { return m_kind; }
    // 1-based character position of the node's first character in the source.
    [[nodiscard]] int position() const { return m_position; }
    [[nodiscard]] double number() const { return m_number; }
    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] const QList<Ptr> &children() const { return m_children; }
    [[nodiscard]] const QList<Op> &ops() const { return m_ops; }
    // For a call of regex() whose pattern is a literal: the pattern, compiled
    // with the tree so that every evaluation shares it, even one beyond
    // ExprRegex's caps (the import warns of those; PCRE2's match limit bounds
    // them). Null otherwise.
    [[nodiscard]] const ExprRegex *regex() const { return m_regex.get(); }

    // A canonical form with every operation in parentheses, for tests and
    // diagnostics: "a + b - c" prints as "((${a} + ${b}) - ${c})".
    [[nodiscard]] QString toString() const;
    [[nodiscard]] static QString opText(Op op);

private:
    ExprNode(Kind kind, int position)
        : m_kind(kind)
        , m_position(position)
    {}

    Kind m_kind;
    int m_position;
    double m_number = 0;
    QString m_text;
    QList<Ptr> m_children;
    QList<Op> m_ops;
    std::shared_ptr<const ExprRegex> m_regex;
};

} // namespace vigia
