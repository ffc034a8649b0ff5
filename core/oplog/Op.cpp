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
} // namespace

QCborValue Op::valueCbor() const
{
    return QCborValue::fromCbor(value);
}

void Op::setValue(const QCborValue &v)
{
    value = CanonicalCbor::encode(v);
}

QByteArray Op::encode() const
{
    const QByteArray entityUtf8 = entity.toUtf8();
    const QByteArray fieldUtf8 = field.toUtf8();
    QByteArray out;
    out.reserve(120 + entityUtf8.size() + fieldUtf8.size() + value.size());
    CanonicalCbor::appendHead(out, 4, 9);
    CanonicalCbor::appendBytes(out, origin);
    CanonicalCbor::appendUnsigned(out, counter);
    CanonicalCbor::appendUnsigned(out, hlc);
    CanonicalCbor::appendText(out, entityUtf8);
    CanonicalCbor::appendBytes(out, row);
    CanonicalCbor::appendText(out, fieldUtf8);
    out.append(value);
    CanonicalCbor::appendUnsigned(out, basedOn);
    CanonicalCbor::appendBytes(out, prevHash);
    return out;
}

QByteArray Op::hash() const
{
    return Blake2b::hash256(encode());
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
    return {};
}

Result<Op> Op::decode(const QByteArray &bytes)
{
    QCborParserError error;
    const QCborValue v = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !v.isArray())
        return malformed(QCoreApplication::translate("vigia::Op", "not a CBOR array"));
    const QCborArray a = v.toArray();
    if (a.size() != 9)
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
    if (Status s = op.validate(); !s)
        return s.error();
    // Re-encoding must give the same bytes, or two devices could hash one op
    // differently.
    if (op.encode() != bytes)
        return malformed(QCoreApplication::translate("vigia::Op", "not in canonical form"));
    return op;
}

} // namespace vigia
