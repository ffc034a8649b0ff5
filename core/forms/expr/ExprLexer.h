#pragma once

#include "common/Result.h"
#include "forms/expr/ExprToken.h"

#include <QCoreApplication>
#include <QList>

namespace vigia {

// Splits an expression into tokens. The last token is always End, positioned
// just past the text, so "unexpected end" errors have a place to point at.
class ExprLexer
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ExprLexer)

public:
    // Longer expressions belong in several calculate fields; the cap keeps a
    // hostile workbook from making the parser chew on megabytes.
    static constexpr int kMaxLength = 10'000;

    [[nodiscard]] static Result<QList<ExprToken>> tokenize(const QString &source);
    [[nodiscard]] static bool isNameStart(QChar c);
    [[nodiscard]] static bool isNameChar(QChar c);
};

} // namespace vigia
