#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

#include <memory>

namespace vigia {

// The pattern of regex(), checked and compiled once. A form's patterns come
// from whoever wrote the form, and QRegularExpression (PCRE2) can backtrack
// for exponential time on a crafted pattern, so a pattern is refused when
// it is longer than kMaxPatternLength or when a group repeated without an
// upper bound holds another repetition without one ("(a+)+") or
// alternatives of which one begins with another ("(a|aa)*")
// (docs/form-format.md, "Regular expressions"). What the check lets through
// is still bounded by PCRE2's match limit, which ends in an error rather
// than a silent "no match".
//
// A literal pattern is checked when the expression is parsed and compiled
// with its tree (ExprNode::regex()), so once per compiled form; any other
// goes through a small process-wide cache. Immutable once compiled, and
// shared between threads (QRegularExpression compiles under its own lock).
class ExprRegex
{
    // The messages are those of regex(), translated with the other functions.
    Q_DECLARE_TR_FUNCTIONS(vigia::ExprFunctions)

public:
    using Ptr = std::shared_ptr<const ExprRegex>;

    static constexpr int kMaxPatternLength = 1000;
    // Distinct non-literal patterns kept compiled (ExprRegex::cached).
    static constexpr int kCacheSize = 64;

    // Length and complexity; `position` is where the regex() call starts, for
    // the message. The syntax is left to matches(), which reports it.
    [[nodiscard]] static Status check(const QString &pattern, int position);
    // Compiles a pattern that passed check().
    [[nodiscard]] static Ptr compile(const QString &pattern);
    // check() then compile(), through the cache.
    [[nodiscard]] static Result<Ptr> cached(const QString &pattern, int position);

    // Whether the pattern matches anywhere in text (authors anchor with ^…$).
    [[nodiscard]] Result<bool> matches(const QString &text, int position) const;
    [[nodiscard]] QString pattern() const { return m_re.pattern(); }

    // For tests: how many patterns this process has compiled.
    [[nodiscard]] static qint64 compilations();

private:
    explicit ExprRegex(const QString &pattern);

    QRegularExpression m_re;
};

} // namespace vigia
