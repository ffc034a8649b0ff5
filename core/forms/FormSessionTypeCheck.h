#pragma once

#include "forms/expr/ExprValue.h"
#include "forms/FormDefinition.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace vigia {

// The type rules of FormSession, apart so that the session stays about
// expressions: whether an answer typed by a person fits its row's type (for
// FormValidation), and how a stored answer reads in an expression.
class FormSessionTypeCheck
{
    Q_DECLARE_TR_FUNCTIONS(vigia::FormSessionTypeCheck)

public:
    // A translated message when `text` (not empty) does not fit the row's
    // type, empty when it does. Decimals accept '.' and, so that people can
    // type as they write, the decimal separator of `locale`.
    [[nodiscard]] static QString problem(const FormRow &row, const QString &text,
                                         const FormDefinition &definition, const QLocale &locale);
    // The answer as an expression value: numbers for numeric types and dates
    // for dates, so that `${age} + 1` and `${d} < today()` mean what authors
    // expect; text otherwise, and for answers that do not fit their type.
    [[nodiscard]] static ExprValue toValue(const FormRow &row, const QString &text,
                                           const QLocale &locale);

private:
    // The number in `text`, or nothing: digits with an optional fraction
    // after '.' or the locale's separator; no exponents, no "inf".
    [[nodiscard]] static bool readNumber(const QString &text, const QLocale &locale, double &out);
    // A range answer outside start..end or off the step (`parameters`).
    [[nodiscard]] static QString rangeProblem(const FormRow &row, const QString &text,
                                              const QLocale &locale);
    [[nodiscard]] static bool isChoice(const FormRow &row, const QString &name,
                                       const FormDefinition &definition);
};

} // namespace vigia
