// libFuzzer target: the expression parser, and the evaluator over whatever
// parses, must turn any text into a tree or an error without crashing,
// overflowing the stack or tripping the sanitizers.
#include "forms/expr/ExprContext.h"
#include "forms/expr/ExprDependencies.h"
#include "forms/expr/ExprEvaluator.h"
#include "forms/expr/ExprParser.h"

#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

// Every field reads as a small number, so that arithmetic, comparisons and
// the aggregate functions all get exercised.
class FuzzContext : public vigia::ExprContext
{
public:
    vigia::ExprValue value(const QString &name) const override
    {
        return vigia::ExprValue::number(double(name.size()));
    }
    vigia::ExprValue currentValue() const override
    {
        return vigia::ExprValue::string(QStringLiteral("a b"));
    }
    QList<vigia::ExprValue> repeatValues(const QString &name) const override
    {
        return {value(name), vigia::ExprValue(), vigia::ExprValue::number(-1)};
    }
    int position(const QString &) const override { return 2; }
    QDateTime now() const override { return QDateTime(QDate(2024, 5, 31), QTime(12, 0), Qt::UTC); }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Expressions are one spreadsheet cell; longer inputs only slow the run.
    if (size > 4096)
        return 0;
    const QString source = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto tree = vigia::ExprParser::parse(source);
    if (!tree)
        return 0;
    const vigia::ExprDependencies dependencies(*tree.value());
    (void)tree.value()->toString();
    FuzzContext context;
    (void)vigia::ExprEvaluator(context).evaluate(*tree.value());
    return 0;
}
