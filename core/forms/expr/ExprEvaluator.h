#pragma once

#include "common/Result.h"
#include "forms/expr/ExprContext.h"
#include "forms/expr/ExprNode.h"
#include "forms/expr/ExprValue.h"

#include <QCoreApplication>

namespace vigia {

// Evaluates a parsed expression against a context, with ODK's rules for empty
// values and coercion. Anything the tree cannot mean (wrong arity in a
// hand-built tree, a bad regular expression, an impossible date) comes back as
// an error; nothing throws or crashes.
class ExprEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ExprEvaluator)

public:
    explicit ExprEvaluator(const ExprContext &context)
        : m_context(context)
    {}

    [[nodiscard]] Result<ExprValue> evaluate(const ExprNode &node) const;

    // The comparison rules on their own, for callers that compare values
    // without an expression (the validation engine's choice filters).
    [[nodiscard]] static bool compare(ExprNode::Op op, const ExprValue &a, const ExprValue &b);

private:
    [[nodiscard]] Result<ExprValue> binary(const ExprNode &node) const;
    [[nodiscard]] Result<ExprValue> call(const ExprNode &node) const;
    [[nodiscard]] Result<ExprValue> argument(const ExprNode &node, bool aggregate) const;

    const ExprContext &m_context;
};

} // namespace vigia
