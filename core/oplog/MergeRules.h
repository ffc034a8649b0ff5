#pragma once

#include "oplog/OpId.h"

#include <QByteArray>
#include <QList>

namespace vigia {

// What merging needs to know of one op on a key.
struct OpStamp
{
    OpId id;
    quint64 hlc = 0;
    quint64 basedOn = 0;
    // MergeRules::valueKey of the op's value: equal keys mean equal values.
    QByteArray valueKey;
};

// The merge rules of docs/design.md §5, as pure functions of the ops on one
// (entity, row, field) key, refined so that concurrent ops writing the same
// value never conflict (docs/store.md, "Merge rules and conflicts"). Pure
// means order-independent: the same set of ops always gives the same winner
// and the same conflict.
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

    // Concurrent ops conflict only when they disagree on the value.
    [[nodiscard]] static bool conflicting(const OpStamp &a, const OpStamp &b)
    {
        return concurrent(a, b) && a.valueKey != b.valueKey;
    }

    // Identifies a canonical CBOR value: the first 16 bytes of its
    // BLAKE2b-256 digest, so an op whose value was redacted (only the
    // digest is left, docs/store.md "Redaction") keeps its key.
    [[nodiscard]] static QByteArray valueKey(const QByteArray &cbor);
    [[nodiscard]] static QByteArray keyOfDigest(const QByteArray &digest);

    // The ops taking part in an open conflict on a key, sorted; empty when the
    // key has none. A conflicting pair stays open until some op has
    // based_on >= max(hlc).
    [[nodiscard]] static QList<OpId> openConflict(const QList<OpStamp> &ops);

    // The ops a store keeps per key so that openConflict over them is open
    // exactly when it would be over every op of the key: the ops no other op
    // has seen (hlc above every based_on) and at most five seen ones, those
    // that could still pair with a new unseen op. `kept` is a previous
    // result; the result depends only on the set of ops, never on their order.
    [[nodiscard]] static QList<OpStamp> keep(const QList<OpStamp> &kept, const OpStamp &op);
};

} // namespace vigia
