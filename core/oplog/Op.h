#pragma once

#include "common/Result.h"
#include "oplog/OpId.h"

#include <QByteArray>
#include <QCborValue>
#include <QString>

namespace vigia {

// One change to one field of one entity row (docs/store.md, "Ops"):
// [origin(16 B), counter, hlc, entity, row(16 B), field, value, based_on, prev_hash(32 B)]
// `value` holds the canonical CBOR bytes of the value, so hashing never
// re-encodes it.
struct Op
{
    static constexpr int kIdSize = 16;
    static constexpr int kHashSize = 32;

    QByteArray origin;
    quint64 counter = 0;
    quint64 hlc = 0;
    QString entity;
    QByteArray row;
    QString field;
    QByteArray value;
    quint64 basedOn = 0;
    QByteArray prevHash;

    [[nodiscard]] OpId id() const { return {origin, counter}; }
    [[nodiscard]] QCborValue valueCbor() const;
    void setValue(const QCborValue &v);

    // Canonical CBOR of the nine-element array.
    [[nodiscard]] QByteArray encode() const;
    // BLAKE2b-256 of encode(): the next op's prev_hash.
    [[nodiscard]] QByteArray hash() const;
    // Strict: rejects anything that is not exactly a canonical, well-formed op.
    [[nodiscard]] static Result<Op> decode(const QByteArray &bytes);
    // Shape checks shared by decode and the local writer.
    [[nodiscard]] Status validate() const;
};

} // namespace vigia
