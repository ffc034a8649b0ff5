#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCborValue>
#include <QString>

namespace vigia {

// Deterministic CBOR (RFC 8949 section 4.2.1): shortest integer and length
// heads, definite lengths, map keys sorted by their encoded bytes. Equal
// values give equal bytes on every device, which hashes and signatures need.
class CanonicalCbor
{
public:
    [[nodiscard]] static QByteArray encode(const QCborValue &value);
    // True if `bytes` is exactly one CBOR item in canonical form.
    [[nodiscard]] static bool isCanonical(const QByteArray &bytes);

    // If `bytes` is one definite-length text string, its UTF-8 payload;
    // otherwise a null QByteArray. Spares a full decode on hot paths.
    [[nodiscard]] static QByteArray textPayload(const QByteArray &bytes);

    // Low-level reader for hot paths that read items by hand: the head at
    // `pos` (major type and argument: a value, a length or a count), `pos`
    // then past it. False, with `pos` unchanged, at the end of the bytes or
    // for an indefinite length or reserved value.
    [[nodiscard]] static bool readHead(QByteArrayView bytes, qsizetype &pos, quint8 &major,
                                       quint64 &arg);

    // Low-level writers for hot paths that build arrays by hand.
    static void appendHead(QByteArray &out, quint8 major, quint64 value);
    static void appendUnsigned(QByteArray &out, quint64 value) { appendHead(out, 0, value); }
    static void appendBytes(QByteArray &out, const QByteArray &bytes);
    static void appendText(QByteArray &out, const QByteArray &utf8);
};

} // namespace vigia
