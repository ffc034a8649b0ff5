#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

#include <memory>

namespace vigia {

// The pattern of regex(), checked and compiled once. A form's patterns come
// from whoever wrote the form, and QRegularExpression (PCRE2) can backtrack
// for exponential time on a crafted pattern. check() finds a pattern longer
// than kMaxPatternLength, or with a group repeated without an upper bound
// that holds another repetition without one ("(a+)+") or alternatives of
// which one begins with another ("(a|aa)*") (docs/form-format.md, "Regular
// expressions"). Every evaluation is bounded by PCRE2's match limit, which
// ends in an error rather than a silent "no match", so a literal pattern the
// check finds is only a warning when the form is imported (real forms that
// pyxform converts hold such patterns, FormRegexWarnings); a pattern
// computed from answers is refused when evaluated, as nobody was warned.
//
// A literal pattern is compiled with its tree (ExprNode::regex()), so once
// per compiled form; any other goes through a small process-wide cache.
// Immutable once compiled, and shared between threads (QRegularExpression
// compiles under its own lock).
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
    // Compiles a pattern, whether or not it passed check().
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
