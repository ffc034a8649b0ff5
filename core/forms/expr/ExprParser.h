#pragma once

#include "common/Result.h"
#include "forms/expr/ExprNode.h"
#include "forms/expr/ExprToken.h"

#include <QCoreApplication>
#include <QList>

namespace vigia {

// Parses the ODK XPath subset XLSForm authors write into an ExprNode tree.
// Errors are ErrorCode::Validation with a message that names the 1-based
// character position ("unexpected ')' at position 12"); the form importer
// prefixes the sheet, row and column.
class ExprParser
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ExprParser)

public:
    // Parentheses, function calls and unary minus nest; deeper than this is
    // refused with an error instead of risking the stack.
    static constexpr int kMaxDepth = 64;

    enum class Mode
    {
        Field, // relevant, calculation, constraint, …: fields only, as ${name}
        // choice_filter: a bare name ("filter = ${country}") is a column of
        // the choice being tested, as in ODK.
        ChoiceFilter,
    };

    [[nodiscard]] static Result<ExprNode::Ptr> parse(const QString &source,
                                                     Mode mode = Mode::Field);

private:
    explicit ExprParser(QList<ExprToken> tokens)
        : m_tokens(std::move(tokens))
    {}

    [[nodiscard]] Result<ExprNode::Ptr> parseExpression();
    [[nodiscard]] Result<ExprNode::Ptr> parseLevel(int level);
    [[nodiscard]] Result<ExprNode::Ptr> parseUnary();
    [[nodiscard]] Result<ExprNode::Ptr> parsePrimary();
    [[nodiscard]] Result<ExprNode::Ptr> parseCall();
    [[nodiscard]] Status enter(const ExprToken &at);
    [[nodiscard]] bool binaryOperator(int level, ExprNode::Op &op) const;
    [[nodiscard]] Error unexpected(const ExprToken &token) const;

    [[nodiscard]] const ExprToken &peek(qsizetype ahead = 0) const
    {
        return m_tokens[qMin(m_next + ahead, m_tokens.size() - 1)];
    }
    const ExprToken &take() { return m_tokens[qMin(m_next++, m_tokens.size() - 1)]; }

    QList<ExprToken> m_tokens;
    Mode m_mode = Mode::Field;
    qsizetype m_next = 0;
    int m_depth = 0;
};

} // namespace vigia
