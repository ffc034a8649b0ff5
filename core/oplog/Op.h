#pragma once

#include "common/Result.h"
#include "oplog/OpId.h"

#include <QByteArray>
#include <QCborValue>
#include <QString>

namespace vigia {

// One change to one field of one entity row (docs/store.md, "Ops").
//
// Format 1 (written before redaction existed):
//   [origin(16 B), counter, hlc, entity, row(16 B), field, value, based_on, prev_hash(32 B)]
//   hash = BLAKE2b-256 of that encoding.
// Format 2 (every op written now):
//   [... the same nine ..., value_digest(32 B)], value_digest = BLAKE2b-256(value)
//   hash = BLAKE2b-256 of that encoding with the value replaced by CBOR
//   `undefined`, so the chain covers the value only through its digest and
//   a redacted op (value `undefined`, digest kept) hashes as before.
// A redacted format-1 op cannot be checked any more; it travels as format 2
// with element 9 = [its hash, value_digest] (docs/store.md, "Redaction").
//
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
    // Format 2: BLAKE2b-256 of the value. Empty for a format-1 op.
    QByteArray valueDigest;
    // Only for a redacted format-1 op: the hash it had, which nothing can
    // recompute once the value is gone.
    QByteArray legacyHash;

    [[nodiscard]] OpId id() const { return {origin, counter}; }
    [[nodiscard]] int format() const { return valueDigest.isEmpty() ? 1 : 2; }
    [[nodiscard]] bool isRedacted() const { return value == redactedValue(); }
    [[nodiscard]] QCborValue valueCbor() const;
    // Sets the value and its digest: the op is format 2.
    void setValue(const QCborValue &v);
    void setValueBytes(const QByteArray &canonicalCbor);
    // Drops the value and keeps its digest (computed first for a format-1
    // op, whose hash is kept as legacyHash).
    void redact();
    // The digest of the value: stored for format 2, computed for format 1.
    [[nodiscard]] QByteArray digest() const;

    // CBOR `undefined`: never a value Vigia writes, so it marks a removed one.
    [[nodiscard]] static const QByteArray &redactedValue();

    // Canonical CBOR of the op as it travels.
    [[nodiscard]] QByteArray encode() const;
    // The chain hash (see above): the next op's prev_hash.
    [[nodiscard]] QByteArray hash() const;
    // As bundles carry it since bundle format 3: a format-2 op whose value is
    // there has `null` for its digest, which a reader computes from the
    // value. The 32 bytes do not compress: they were a third of a bundle.
    // Anything else is encode() unchanged.
    [[nodiscard]] QByteArray encodeCompact() const;
    // Which of the two encodings bytes must be in: Full everywhere but in the
    // payload of a bundle of format 3 or later, which is Compact.
    enum class Encoding
    {
        Full,
        Compact
    };
    // Strict: rejects anything that is not exactly a canonical, well-formed op
    // in the given encoding (encode()'s or encodeCompact()'s bytes), so one op
    // never travels as two byte strings.
    [[nodiscard]] static Result<Op> decode(const QByteArray &bytes,
                                           Encoding encoding = Encoding::Full);
    // Shape checks shared by decode and the local writer.
    [[nodiscard]] Status validate() const;

private:
    [[nodiscard]] QByteArray encodeWith(const QByteArray &valueBytes,
                                        bool elideDigest = false) const;
    [[nodiscard]] bool canElideDigest() const;
};

} // namespace vigia
