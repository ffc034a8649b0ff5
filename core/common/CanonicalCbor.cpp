#include "common/CanonicalCbor.h"

#include <QCborArray>
#include <QCborMap>

#include <algorithm>
#include <utility>
#include <vector>

namespace vigia {

void CanonicalCbor::appendHead(QByteArray &out, quint8 major, quint64 value)
{
    const char m = char(major << 5);
    if (value < 24) {
        out.append(char(m | char(value)));
    } else if (value <= 0xff) {
        out.append(char(m | 24));
        out.append(char(value));
    } else if (value <= 0xffff) {
        out.append(char(m | 25));
        for (int s = 8; s >= 0; s -= 8)
            out.append(char(value >> s));
    } else if (value <= 0xffffffffull) {
        out.append(char(m | 26));
        for (int s = 24; s >= 0; s -= 8)
            out.append(char(value >> s));
    } else {
        out.append(char(m | 27));
        for (int s = 56; s >= 0; s -= 8)
            out.append(char(value >> s));
    }
}

void CanonicalCbor::appendBytes(QByteArray &out, const QByteArray &bytes)
{
    appendHead(out, 2, quint64(bytes.size()));
    out.append(bytes);
}

void CanonicalCbor::appendText(QByteArray &out, const QByteArray &utf8)
{
    appendHead(out, 3, quint64(utf8.size()));
    out.append(utf8);
}

QByteArray CanonicalCbor::encode(const QCborValue &value)
{
    if (value.isArray()) {
        const QCborArray array = value.toArray();
        QByteArray out;
        appendHead(out, 4, quint64(array.size()));
        for (const QCborValue &item : array)
            out.append(encode(item));
        return out;
    }
    if (value.isMap()) {
        const QCborMap map = value.toMap();
        std::vector<std::pair<QByteArray, QByteArray>> entries;
        entries.reserve(size_t(map.size()));
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            entries.emplace_back(encode(it.key()), encode(it.value()));
        std::sort(entries.begin(), entries.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        QByteArray out;
        appendHead(out, 5, quint64(entries.size()));
        for (const auto &[k, v] : entries) {
            out.append(k);
            out.append(v);
        }
        return out;
    }
    if (value.isTag()) {
        QByteArray out;
        appendHead(out, 6, quint64(value.tag()));
        out.append(encode(value.taggedValue()));
        return out;
    }
    if (value.isString()) {
        QByteArray out;
        appendText(out, value.toString().toUtf8());
        return out;
    }
    if (value.isByteArray()) {
        QByteArray out;
        appendBytes(out, value.toByteArray());
        return out;
    }
    // Integers, simple values and floats: Qt writes the shortest integer
    // form, and with UseFloat16 the shortest float that keeps the value, as
    // RFC 8949's deterministic encoding asks.
    return value.toCbor(QCborValue::UseFloat16);
}

bool CanonicalCbor::readHead(QByteArrayView bytes, qsizetype &pos, quint8 &major, quint64 &arg)
{
    if (pos >= bytes.size())
        return false;
    const quint8 initial = quint8(bytes[pos]);
    const quint8 info = initial & 0x1f;
    if (info > 27)
        return false; // indefinite lengths, reserved values
    const qsizetype size = info < 24 ? 0 : qsizetype(1) << (info - 24);
    if (bytes.size() - pos - 1 < size)
        return false;
    quint64 value = info < 24 ? info : 0;
    for (qsizetype i = 1; i <= size; ++i)
        value = (value << 8) | quint8(bytes[pos + i]);
    major = initial >> 5;
    arg = value;
    pos += 1 + size;
    return true;
}

QByteArray CanonicalCbor::textPayload(const QByteArray &bytes)
{
    qsizetype headSize = 0;
    quint8 major = 0;
    quint64 length = 0;
    if (!readHead(bytes, headSize, major, length) || major != 3 ||
        quint64(bytes.size() - headSize) != length)
        return {};
    QByteArray out = bytes.mid(headSize);
    if (out.isNull())
        out = QByteArray(""); // the empty string is text, not "no text"
    return out;
}

bool CanonicalCbor::isCanonical(const QByteArray &bytes)
{
    QCborParserError error;
    const QCborValue v = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError)
        return false;
    // Trailing bytes or a non-canonical head make the re-encoding differ.
    return encode(v) == bytes;
}

} // namespace vigia
