#include "oplog/Op.h"

#include "common/CanonicalCbor.h"
#include "crypto/Blake2b.h"

#include <QCborArray>
#include <QCoreApplication>

namespace vigia {

namespace {
Error malformed(const QString &why)
{
    return Error(ErrorCode::Corrupt,
                 QCoreApplication::translate("vigia::Op",
                                             "A change in this data is malformed (%1). The data "
                                             "was not applied; ask the sender to export it again.")
                     .arg(why));
}
// Reads the heads of one encoded op in place, for the fast path of
// Op::decode. It never decides that bytes are malformed: whatever it does not
// expect makes it give up, and the general decoder then judges the bytes.
struct OpCursor
{
    const uchar *p;
    const uchar *end;

    bool head(quint8 &major, quint64 &arg)
    {
        qsizetype pos = 0;
        if (!CanonicalCbor::readHead(QByteArrayView(p, end - p), pos, major, arg))
            return false;
        p += pos;
        return true;
    }
    bool integer(quint64 &value)
    {
        quint8 major = 0;
        // QCborValue holds integers as qint64; larger ones take the long way.
        return head(major, value) && major == 0 && value <= quint64(INT64_MAX);
    }
    bool string(quint8 wantMajor, QByteArrayView &out)
    {
        quint8 major = 0;
        quint64 size = 0;
        if (!head(major, size) || major != wantMajor || size > quint64(end - p))
            return false;
        out = QByteArrayView(p, qsizetype(size));
        p += size;
        return true;
    }
    bool bytes(QByteArray &out)
    {
        QByteArrayView v;
        if (!string(2, v))
            return false;
        out = v.toByteArray();
        return true;
    }
    bool text(QString &out)
    {
        QByteArrayView v;
        if (!string(3, v))
            return false;
        // Invalid UTF-8 comes back changed, and the final comparison with
        // the re-encoded op refuses it, as the general decoder does.
        out = QString::fromUtf8(v);
        return true;
    }
    // The value when it is of the kinds ops carry nearly always (text, an
    // integer, a simple value) and in canonical form; anything else is left
    // to the general decoder.
    bool value(QByteArray &out)
    {
        const uchar *start = p;
        quint8 major = 0;
        quint64 arg = 0;
        if (p < end && *p >= 0xf4 && *p <= 0xf7) { // false, true, null, undefined
            out = QByteArray(reinterpret_cast<const char *>(p++), 1);
            return true;
        }
        if (!head(major, arg))
            return false;
        QByteArray expected;
        CanonicalCbor::appendHead(expected, major, arg);
        if (expected.size() != p - start)
            return false; // not the shortest head
        if (major == 0 || major == 1) {
            if (arg > quint64(INT64_MAX))
                return false;
        } else if (major == 3) {
            if (arg > quint64(end - p))
                return false;
            const QByteArrayView utf8(p, qsizetype(arg));
            if (QString::fromUtf8(utf8).toUtf8() != utf8)
                return false; // invalid UTF-8
            p += arg;
        } else {
            return false;
        }
        out = QByteArray(reinterpret_cast<const char *>(start), p - start);
        return true;
    }
};

// The common case of Op::decode without building a QCborValue tree (most of
// an import's reading time): true with `op` filled only when the general
// decoder would accept `bytes` and give the same op.
bool decodeDirect(const QByteArray &bytes, Op::Encoding encoding, Op &op)
{
    const bool compact = encoding == Op::Encoding::Compact;
    OpCursor c{reinterpret_cast<const uchar *>(bytes.constData()),
               reinterpret_cast<const uchar *>(bytes.constData()) + bytes.size()};
    quint8 major = 0;
    quint64 items = 0;
    if (!c.head(major, items) || major != 4 || (items != 9 && items != 10))
        return false;
    if (!c.bytes(op.origin) || !c.integer(op.counter) || !c.integer(op.hlc) || !c.text(op.entity) ||
        !c.bytes(op.row) || !c.text(op.field) || !c.value(op.value) || !c.integer(op.basedOn) ||
        !c.bytes(op.prevHash))
        return false;
    bool elided = false;
    if (items == 10) {
        if (c.p < c.end && *c.p == 0xF6) {
            if (!compact)
                return false;
            ++c.p;
            elided = true;
            if (op.isRedacted()) // nothing to compute the digest from
                return false;
            op.valueDigest = Blake2b::hash256(op.value);
        } else if (c.p < c.end && *c.p == 0x82) {
            ++c.p;
            if (!c.bytes(op.legacyHash) || !c.bytes(op.valueDigest))
                return false;
        } else if (!c.bytes(op.valueDigest)) {
            return false;
        }
        if (!elided && !op.isRedacted() && op.valueDigest != Blake2b::hash256(op.value))
            return false;
    }
    return c.p == c.end && op.validate() && (compact ? op.encodeCompact() : op.encode()) == bytes;
}
} // namespace

const QByteArray &Op::redactedValue()
{
    static const QByteArray undefinedValue(1, '\xf7');
    return undefinedValue;
}

QCborValue Op::valueCbor() const
{
    return QCborValue::fromCbor(value);
}

void Op::setValue(const QCborValue &v)
{
    setValueBytes(CanonicalCbor::encode(v));
}

void Op::setValueBytes(const QByteArray &canonicalCbor)
{
    value = canonicalCbor;
    valueDigest = Blake2b::hash256(value);
}

QByteArray Op::digest() const
{
    return valueDigest.isEmpty() ? Blake2b::hash256(value) : valueDigest;
}

void Op::redact()
{
    if (isRedacted())
        return;
    if (valueDigest.isEmpty()) {
        legacyHash = hash();
        valueDigest = Blake2b::hash256(value);
    }
    value = redactedValue();
}

bool Op::canElideDigest() const
{
    return !valueDigest.isEmpty() && legacyHash.isEmpty() && !isRedacted();
}

QByteArray Op::encodeCompact() const
{
    // The reader computes the digest from the value: one that does not match
    // would surface there as a broken chain rather than a corrupt op.
    Q_ASSERT(!canElideDigest() || valueDigest == Blake2b::hash256(value));
    return encodeWith(value, canElideDigest());
}

QByteArray Op::encodeWith(const QByteArray &valueBytes, bool elideDigest) const
{
    const QByteArray entityUtf8 = entity.toUtf8();
    const QByteArray fieldUtf8 = field.toUtf8();
    const bool two = !valueDigest.isEmpty();
    QByteArray out;
    out.reserve(190 + entityUtf8.size() + fieldUtf8.size() + valueBytes.size());
    CanonicalCbor::appendHead(out, 4, two ? 10 : 9);
    CanonicalCbor::appendBytes(out, origin);
    CanonicalCbor::appendUnsigned(out, counter);
    CanonicalCbor::appendUnsigned(out, hlc);
    CanonicalCbor::appendText(out, entityUtf8);
    CanonicalCbor::appendBytes(out, row);
    CanonicalCbor::appendText(out, fieldUtf8);
    out.append(valueBytes);
    CanonicalCbor::appendUnsigned(out, basedOn);
    CanonicalCbor::appendBytes(out, prevHash);
    if (two) {
        if (!legacyHash.isEmpty()) {
            CanonicalCbor::appendHead(out, 4, 2);
            CanonicalCbor::appendBytes(out, legacyHash);
        }
        if (elideDigest)
            out.append(char(0xF6)); // null: the reader computes it from the value
        else
            CanonicalCbor::appendBytes(out, valueDigest);
    }
    return out;
}

QByteArray Op::encode() const
{
    return encodeWith(value);
}

QByteArray Op::hash() const
{
    if (!legacyHash.isEmpty())
        return legacyHash;
    if (valueDigest.isEmpty())
        return Blake2b::hash256(encodeWith(value));
    return Blake2b::hash256(encodeWith(redactedValue()));
}

Status Op::validate() const
{
    if (origin.size() != kIdSize)
        return malformed(QCoreApplication::translate("vigia::Op", "device id is not 16 bytes"));
    if (row.size() != kIdSize)
        return malformed(QCoreApplication::translate("vigia::Op", "row id is not 16 bytes"));
    if (prevHash.size() != kHashSize)
        return malformed(QCoreApplication::translate("vigia::Op", "previous hash is not 32 bytes"));
    if (counter == 0)
        return malformed(QCoreApplication::translate("vigia::Op", "counter is zero"));
    if (entity.isEmpty() || field.isEmpty())
        return malformed(QCoreApplication::translate("vigia::Op", "entity or field is empty"));
    if (hlc <= basedOn)
        return malformed(QCoreApplication::translate(
            "vigia::Op", "its time is not after the value it replaced"));
    if (value.isEmpty())
        return malformed(QCoreApplication::translate("vigia::Op", "value is missing"));
    if (!valueDigest.isEmpty() && valueDigest.size() != kHashSize)
        return malformed(QCoreApplication::translate("vigia::Op", "value digest is not 32 bytes"));
    if (!legacyHash.isEmpty() &&
        (legacyHash.size() != kHashSize || valueDigest.isEmpty() || !isRedacted()))
        return malformed(
            QCoreApplication::translate("vigia::Op", "a kept hash without a removed value"));
    if (valueDigest.isEmpty() && isRedacted())
        return malformed(
            QCoreApplication::translate("vigia::Op", "a removed value without its digest"));
    return {};
}

Result<Op> Op::decode(const QByteArray &bytes, Encoding encoding)
{
    const bool compact = encoding == Encoding::Compact;
    if (Op op; decodeDirect(bytes, encoding, op))
        return op;
    QCborParserError error;
    const QCborValue v = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !v.isArray())
        return malformed(QCoreApplication::translate("vigia::Op", "not a CBOR array"));
    const QCborArray a = v.toArray();
    if (a.size() != 9 && a.size() != 10)
        return malformed(QCoreApplication::translate("vigia::Op", "wrong number of elements"));
    const auto isUnsigned = [](const QCborValue &x) { return x.isInteger() && x.toInteger() >= 0; };
    if (!a[0].isByteArray() || !isUnsigned(a[1]) || !isUnsigned(a[2]) || !a[3].isString() ||
        !a[4].isByteArray() || !a[5].isString() || !isUnsigned(a[7]) || !a[8].isByteArray())
        return malformed(QCoreApplication::translate("vigia::Op", "an element has the wrong type"));
    Op op;
    op.origin = a[0].toByteArray();
    op.counter = quint64(a[1].toInteger());
    op.hlc = quint64(a[2].toInteger());
    op.entity = a[3].toString();
    op.row = a[4].toByteArray();
    op.field = a[5].toString();
    op.value = CanonicalCbor::encode(a[6]);
    op.basedOn = quint64(a[7].toInteger());
    op.prevHash = a[8].toByteArray();
    bool elided = false;
    if (a.size() == 10) {
        const QCborValue last = a[9];
        if (last.isNull() && compact) {
            if (op.isRedacted())
                return malformed(
                    QCoreApplication::translate("vigia::Op", "a removed value without its digest"));
            elided = true;
            op.valueDigest = Blake2b::hash256(op.value);
        } else if (last.isByteArray()) {
            op.valueDigest = last.toByteArray();
        } else if (last.isArray() && last.toArray().size() == 2 &&
                   last.toArray()[0].isByteArray() && last.toArray()[1].isByteArray()) {
            op.legacyHash = last.toArray()[0].toByteArray();
            op.valueDigest = last.toArray()[1].toByteArray();
        } else {
            return malformed(
                QCoreApplication::translate("vigia::Op", "an element has the wrong type"));
        }
        if (!elided && !op.isRedacted() && op.valueDigest != Blake2b::hash256(op.value))
            return malformed(
                QCoreApplication::translate("vigia::Op", "the value does not match its digest"));
    }
    if (Status s = op.validate(); !s)
        return s.error();
    // Re-encoding must give the same bytes, or two devices could hash one op
    // differently.
    // Compact bytes must also elide every digest they can.
    if ((compact ? op.encodeCompact() : op.encode()) != bytes)
        return malformed(QCoreApplication::translate("vigia::Op", "not in canonical form"));
    return op;
}

} // namespace vigia
