#include "oplog/MergeRules.h"

#include "crypto/Blake2b.h"

#include <algorithm>

namespace vigia {

QByteArray MergeRules::valueKey(const QByteArray &cbor)
{
    return keyOfDigest(Blake2b::hash256(cbor));
}

QByteArray MergeRules::keyOfDigest(const QByteArray &digest)
{
    constexpr int kKeyLength = 16;
    return digest.left(kKeyLength);
}

QList<OpId> MergeRules::openConflict(const QList<OpStamp> &ops)
{
    quint64 resolvedUpTo = 0;
    for (const OpStamp &op : ops)
        resolvedUpTo = std::max(resolvedUpTo, op.basedOn);

    QList<OpId> involved;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        for (qsizetype j = i + 1; j < ops.size(); ++j) {
            const OpStamp &a = ops[i];
            const OpStamp &b = ops[j];
            if (conflicting(a, b) && std::max(a.hlc, b.hlc) > resolvedUpTo) {
                involved.append(a.id);
                involved.append(b.id);
            }
        }
    }
    std::sort(involved.begin(), involved.end());
    involved.erase(std::unique(involved.begin(), involved.end()), involved.end());
    return involved;
}

// Let M be the greatest based_on on the key. An open pair has an op above M
// (a head, always kept) and a partner b that is concurrent and unequal. If b is
// at or below M (seen), only three things about it matter: its origin is not
// the head's, its value is not the head's, and b.hlc > head.based_on. The
// latest seen op with another origin and another value (the answer for that
// origin and value) passes the last test whenever b does. Whatever the origin
// o and value v asked about, the answer is one of five ops: the latest seen
// op e; if o is e's origin, the latest of another origin (f) or, when v is
// f's value, the latest of another origin and another value than f's; if o is
// not e's but v is e's value, the latest with another value (g) or, when o is
// g's origin, the latest with another value and another origin than g's.
// Keeping exactly the answers makes the kept set a function of the set of ops,
// since the answer over a union is the later of the answers over its parts.
QList<OpStamp> MergeRules::keep(const QList<OpStamp> &kept, const OpStamp &op)
{
    for (const OpStamp &k : kept) {
        if (k.id == op.id)
            return kept;
    }
    QList<OpStamp> all = kept;
    all.append(op);
    quint64 seenUpTo = 0;
    for (const OpStamp &s : all)
        seenUpTo = std::max(seenUpTo, s.basedOn);

    QList<OpStamp> out;
    QList<OpStamp> seen;
    for (const OpStamp &s : all)
        (s.hlc > seenUpTo ? out : seen).append(s);
    // Latest first; origin and counter make the order total.
    std::sort(seen.begin(), seen.end(), [](const OpStamp &a, const OpStamp &b) {
        if (a.hlc != b.hlc)
            return a.hlc > b.hlc;
        return a.id.origin != b.id.origin ? a.id.origin > b.id.origin : a.id.counter > b.id.counter;
    });
    const auto latest = [&seen](auto &&accepts) -> const OpStamp * {
        for (const OpStamp &s : seen) {
            if (accepts(s))
                return &s;
        }
        return nullptr;
    };
    QList<const OpStamp *> answers;
    if (!seen.isEmpty()) {
        const OpStamp &e = seen.first();
        answers.append(&e);
        const OpStamp *f = latest([&](const OpStamp &s) { return s.id.origin != e.id.origin; });
        if (f) {
            answers.append(f);
            answers.append(latest([&](const OpStamp &s) {
                return s.id.origin != e.id.origin && s.valueKey != f->valueKey;
            }));
        }
        const OpStamp *g = latest([&](const OpStamp &s) { return s.valueKey != e.valueKey; });
        if (g) {
            answers.append(g);
            if (g->id.origin != e.id.origin) {
                answers.append(latest([&](const OpStamp &s) {
                    return s.valueKey != e.valueKey && s.id.origin != g->id.origin;
                }));
            }
        }
    }
    for (const OpStamp *a : answers) {
        if (a &&
            std::none_of(out.begin(), out.end(), [a](const OpStamp &o) { return o.id == a->id; }))
            out.append(*a);
    }
    std::sort(out.begin(), out.end(),
              [](const OpStamp &a, const OpStamp &b) { return a.id < b.id; });
    return out;
}

} // namespace vigia
