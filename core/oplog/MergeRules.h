#pragma once

#include "OpId.h"

#include <QList>

namespace vigia {

// What merging needs to know of one op on a key.
struct OpStamp
{
    OpId id;
    quint64 hlc = 0;
    quint64 basedOn = 0;
};

// The merge rules of DESIGN.md section 5, as pure functions of the ops on one
// (entity, row, field) key. Pure means order-independent: the same set of ops
// always gives the same winner and the same conflict.
class MergeRules
{
public:
    // The winner is the op with the greatest (hlc, origin).
    [[nodiscard]] static bool beats(quint64 hlcA, const QByteArray &originA, quint64 hlcB,
                                    const QByteArray &originB)
    {
        return hlcA != hlcB ? hlcA > hlcB : originA > originB;
    }

    // Ops from different origins are concurrent iff neither author saw the other.
    [[nodiscard]] static bool concurrent(const OpStamp &a, const OpStamp &b)
    {
        return a.id.origin != b.id.origin && a.hlc > b.basedOn && b.hlc > a.basedOn;
    }

    // The ops taking part in an open conflict on a key, sorted; empty when the
    // key has none. A pair stays open until some op has based_on >= max(hlc).
    [[nodiscard]] static QList<OpId> openConflict(const QList<OpStamp> &ops);
};

} // namespace vigia
