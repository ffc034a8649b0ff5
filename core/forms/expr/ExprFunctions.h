#pragma once

#include "common/Result.h"
#include "forms/expr/ExprValue.h"

#include <QCoreApplication>
#include <QStringList>

namespace vigia {

// The functions an expression may call: their arities, and the
// implementations of those that need nothing but their argument values.
// Functions that read the form (if, once, jr:choice-name, sum, today, …) are
// evaluated by ExprEvaluator.
class ExprFunctions
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ExprFunctions)

public:
    static constexpr int kAnyNumber = -1;

    struct Arity
    {
        int min = 0;
        int max = 0; // kAnyNumber: no upper limit
    };

    [[nodiscard]] static bool isKnown(const QString &name);
    [[nodiscard]] static Arity arity(const QString &name);
    [[nodiscard]] static QStringList names();
    // Unknown function or wrong number of arguments; `position` is where the
    // call starts, for the message.
    [[nodiscard]] static Status check(const QString &name, int argumentCount, int position);

    // Applies a function that depends only on its arguments. The caller has
    // already checked the arity.
    [[nodiscard]] static Result<ExprValue> apply(const QString &name, const QList<ExprValue> &args,
                                                 int position);
};

} // namespace vigia
