#include "forms/expr/ExprRegex.h"

#include <QHash>
#include <QList>
#include <QMutex>

#include <atomic>

namespace vigia {

namespace {

std::atomic<qint64> g_compilations{0};

struct Quantifier
{
    qsizetype length = 0; // 0: no quantifier here
    bool unbounded = false;
    bool possessive = false;
};

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// The quantifier starting at i, if any: * + ? {n} {n,} {n,m}, then an
// optional lazy ? or possessive +. A { that does not start one is a
// literal, as in PCRE2.
Quantifier quantifierAt(QStringView p, qsizetype i)
{
    Quantifier q;
    if (i >= p.size())
        return q;
    qsizetype j = i;
    const QChar c = p.at(i);
    if (c == QLatin1Char('*') || c == QLatin1Char('+')) {
        q.unbounded = true;
        ++j;
    } else if (c == QLatin1Char('?')) {
        ++j;
    } else if (c == QLatin1Char('{')) {
        qsizetype k = i + 1;
        const qsizetype minStart = k;
        while (k < p.size() && isDigit(p.at(k)))
            ++k;
        if (k == minStart)
            return q;
        bool comma = false;
        bool max = false;
        if (k < p.size() && p.at(k) == QLatin1Char(',')) {
            comma = true;
            ++k;
            const qsizetype maxStart = k;
            while (k < p.size() && isDigit(p.at(k)))
                ++k;
            max = k > maxStart;
        }
        if (k >= p.size() || p.at(k) != QLatin1Char('}'))
            return q;
        q.unbounded = comma && !max;
        j = k + 1;
    } else {
        return q;
    }
    if (j < p.size() && p.at(j) == QLatin1Char('+')) {
        q.possessive = true;
        ++j;
    } else if (j < p.size() && p.at(j) == QLatin1Char('?')) {
        ++j;
    }
    q.length = j - i;
    return q;
}

// One past the end of the character class that starts at i ('[').
qsizetype classEnd(QStringView p, qsizetype i)
{
    qsizetype j = i + 1;
    if (j < p.size() && p.at(j) == QLatin1Char('^'))
        ++j;
    if (j < p.size() && p.at(j) == QLatin1Char(']'))
        ++j; // a leading ] is a member
    while (j < p.size() && p.at(j) != QLatin1Char(']')) {
        if (p.at(j) == QLatin1Char('\\')) {
            j += 2;
        } else if (p.at(j) == QLatin1Char('[') && j + 1 < p.size() &&
                   p.at(j + 1) == QLatin1Char(':')) {
            const qsizetype close = p.indexOf(QLatin1String(":]"), j + 2);
            j = close < 0 ? j + 1 : close + 2;
        } else {
            ++j;
        }
    }
    return qMin(j + 1, p.size());
}

// One past the end of the escape that starts at i ('\').
qsizetype escapeEnd(QStringView p, qsizetype i)
{
    if (i + 1 >= p.size())
        return p.size();
    const QChar c = p.at(i + 1);
    if (c == QLatin1Char('Q')) {
        // \Q…\E quotes: the quantifier after it applies to its last character.
        const qsizetype end = p.indexOf(QLatin1String("\\E"), i + 2);
        return end < 0 ? p.size() : end + 2;
    }
    if (i + 2 < p.size() && p.at(i + 2) == QLatin1Char('{') &&
        QStringView(u"xopPNgk").contains(c)) {
        const qsizetype close = p.indexOf(QLatin1Char('}'), i + 3);
        return close < 0 ? p.size() : close + 1;
    }
    return i + 2;
}

struct Group
{
    qsizetype open = 0;      // the '('
    qsizetype bodyStart = 0; // after "(", "(?:", "(?<name>", …
    bool atomic = false;     // (?>…): never backtracked into
    // A repetition without upper bound inside, that backtracking can split.
    bool unboundedInside = false;
    QList<qsizetype> bars; // its top-level '|'
};

// Where the body of the group opened at i starts, and whether it is
// atomic; -1 for what holds no body: a verb "(*…)", a comment "(?#…)", an
// option setting "(?i)", a reference or call "(?1)", "(?&name)", "(?P=name)".
// `skipTo` is then one past it.
qsizetype groupBody(QStringView p, qsizetype i, bool *atomic, qsizetype *skipTo)
{
    *atomic = false;
    const auto at = [&](qsizetype k) { return k < p.size() ? p.at(k) : QChar(); };
    const auto noBody = [&] {
        const qsizetype close = p.indexOf(QLatin1Char(')'), i);
        *skipTo = close < 0 ? p.size() : close + 1;
        return qsizetype(-1);
    };
    if (at(i + 1) == QLatin1Char('*'))
        return noBody();
    if (at(i + 1) != QLatin1Char('?'))
        return i + 1;
    const QChar kind = at(i + 2);
    if (kind == QLatin1Char('>')) {
        *atomic = true;
        return i + 3;
    }
    if (kind == QLatin1Char(':') || kind == QLatin1Char('=') || kind == QLatin1Char('!') ||
        kind == QLatin1Char('|'))
        return i + 3;
    if (kind == QLatin1Char('('))
        return i + 2; // a condition "(?(1)…|…)": the condition reads as a group
    if (kind == QLatin1Char('<') &&
        (at(i + 3) == QLatin1Char('=') || at(i + 3) == QLatin1Char('!')))
        return i + 4;
    if (kind == QLatin1Char('<') || kind == QLatin1Char('\'') ||
        (kind == QLatin1Char('P') && at(i + 3) == QLatin1Char('<'))) {
        qsizetype k = kind == QLatin1Char('P') ? i + 4 : i + 3;
        while (k < p.size() && p.at(k) != QLatin1Char('>') && p.at(k) != QLatin1Char('\'') &&
               p.at(k) != QLatin1Char(')'))
            ++k;
        if (at(k) == QLatin1Char('>') || at(k) == QLatin1Char('\''))
            return k + 1;
        return noBody();
    }
    qsizetype k = i + 2;
    while (k < p.size() &&
           (p.at(k).isLetter() || p.at(k) == QLatin1Char('-') || p.at(k) == QLatin1Char('^')))
        ++k;
    if (at(k) == QLatin1Char(':'))
        return k + 1; // "(?i:…)"
    return noBody();
}

// Whether one alternative of the group begins with another, so that the
// repeated group can split the same text in many ways.
bool alternativesOverlap(QStringView p, const Group &g, qsizetype close)
{
    if (g.bars.isEmpty())
        return false;
    QList<QStringView> alternatives;
    qsizetype start = g.bodyStart;
    for (qsizetype bar : g.bars) {
        alternatives.append(p.mid(start, bar - start));
        start = bar + 1;
    }
    alternatives.append(p.mid(start, close - start));
    for (qsizetype a = 0; a < alternatives.size(); ++a) {
        for (qsizetype b = 0; b < alternatives.size(); ++b) {
            if (a != b && alternatives.at(b).startsWith(alternatives.at(a)))
                return true;
        }
    }
    return false;
}

enum class Problem
{
    None,
    Nested,
    Overlap,
};

// The first group that can backtrack exponentially, with its text.
Problem findProblem(QStringView p, QString *where)
{
    QList<Group> stack{Group{}}; // the whole pattern as the outermost group
    qsizetype i = 0;
    while (i < p.size()) {
        const QChar c = p.at(i);
        qsizetype atomEnd = i + 1;
        if (c == QLatin1Char('(')) {
            Group g;
            g.open = i;
            qsizetype skipTo = i + 1;
            g.bodyStart = groupBody(p, i, &g.atomic, &skipTo);
            if (g.bodyStart >= 0) {
                stack.append(g);
                i = g.bodyStart;
                continue;
            }
            atomEnd = skipTo; // no body: one item, perhaps repeated
        } else if (c == QLatin1Char(')')) {
            if (stack.size() == 1) {
                ++i; // unbalanced: QRegularExpression reports it
                continue;
            }
            const Group g = stack.takeLast();
            const Quantifier q = quantifierAt(p, i + 1);
            const bool repeats = q.unbounded && !q.possessive && !g.atomic;
            if (repeats && (g.unboundedInside || alternativesOverlap(p, g, i))) {
                *where = p.mid(g.open, i + 1 + q.length - g.open).toString();
                return g.unboundedInside ? Problem::Nested : Problem::Overlap;
            }
            if ((g.unboundedInside && !g.atomic) || (q.unbounded && !q.possessive))
                stack.last().unboundedInside = true;
            i += 1 + q.length;
            continue;
        } else if (c == QLatin1Char('|')) {
            stack.last().bars.append(i);
            ++i;
            continue;
        } else if (c == QLatin1Char('\\')) {
            atomEnd = escapeEnd(p, i);
        } else if (c == QLatin1Char('[')) {
            atomEnd = classEnd(p, i);
        }
        const Quantifier q = quantifierAt(p, atomEnd);
        if (q.unbounded && !q.possessive)
            stack.last().unboundedInside = true;
        i = atomEnd + q.length;
    }
    return Problem::None;
}

} // namespace

ExprRegex::ExprRegex(const QString &pattern)
    : m_re(pattern)
{
    // Compiled (and JIT-compiled) now, not at the first match.
    m_re.optimize();
    ++g_compilations;
}

Status ExprRegex::check(const QString &pattern, int position)
{
    if (pattern.size() > kMaxPatternLength) {
        return Error(ErrorCode::Validation,
                     tr("regex() at position %1: the pattern has %2 characters, more than the "
                        "limit of %3; shorten it")
                         .arg(position)
                         .arg(pattern.size())
                         .arg(kMaxPatternLength));
    }
    QString where;
    switch (findProblem(pattern, &where)) {
    case Problem::None:
        return {};
    case Problem::Nested:
        return Error(ErrorCode::Validation,
                     tr("regex() at position %1: in '%2', a group repeated without limit holds "
                        "another repetition without limit, which can take hours to test on some "
                        "answers; make the inner repetition possessive (++ or *+), make the group "
                        "atomic (?>…), or rewrite the pattern")
                         .arg(position)
                         .arg(where));
    case Problem::Overlap:
        return Error(ErrorCode::Validation,
                     tr("regex() at position %1: in '%2', a group repeated without limit has "
                        "alternatives of which one begins with another, which can take hours to "
                        "test on some answers; make the group atomic (?>…) or rewrite the "
                        "alternatives")
                         .arg(position)
                         .arg(where));
    }
    return {};
}

ExprRegex::Ptr ExprRegex::compile(const QString &pattern)
{
    return Ptr(new ExprRegex(pattern));
}

Result<ExprRegex::Ptr> ExprRegex::cached(const QString &pattern, int position)
{
    static QMutex mutex;
    static QHash<QString, Ptr> cache;
    static QList<QString> order; // oldest first
    {
        const QMutexLocker lock(&mutex);
        if (const auto it = cache.constFind(pattern); it != cache.cend())
            return *it;
    }
    if (Status s = check(pattern, position); !s)
        return s.error();
    Ptr compiled = compile(pattern);
    const QMutexLocker lock(&mutex);
    if (!cache.contains(pattern)) {
        if (cache.size() >= kCacheSize)
            cache.remove(order.takeFirst());
        cache.insert(pattern, compiled);
        order.append(pattern);
    }
    return compiled;
}

Result<bool> ExprRegex::matches(const QString &text, int position) const
{
    if (!m_re.isValid()) {
        return Error(ErrorCode::Validation,
                     tr("regex() at position %1: '%2' is not a valid regular expression (%3)")
                         .arg(position)
                         .arg(m_re.pattern(), m_re.errorString()));
    }
    const QRegularExpressionMatch match = m_re.match(text);
    if (!match.isValid()) {
        // PCRE2 stopped: its match limit, or text that is not valid UTF-16.
        return Error(ErrorCode::Validation,
                     tr("regex() at position %1: '%2' could not be tested against this answer: "
                        "it needs too many steps, or the answer holds invalid characters; "
                        "simplify the pattern")
                         .arg(position)
                         .arg(m_re.pattern()));
    }
    return match.hasMatch();
}

qint64 ExprRegex::compilations()
{
    return g_compilations.load();
}

} // namespace vigia
