#include "bundle/BundlePayloadParser.h"

#include "crypto/Blake2b.h"

namespace vigia {

namespace {

constexpr int kMaxDepth = 64;

Error corrupt(const QString &why)
{
    return Error(ErrorCode::Corrupt,
                 BundlePayloadParser::tr("The changes inside the bundle are damaged (%1). "
                                         "Nothing was applied; ask the sender to export the "
                                         "bundle again.")
                     .arg(why));
}

// Reads the argument of a head at p[0]; returns the head length, 0 if more
// bytes are needed, -1 if the additional info is reserved or indefinite.
int readHead(const uchar *p, qint64 n, quint64 *arg)
{
    if (n < 1)
        return 0;
    const int info = p[0] & 0x1f;
    if (info < 24) {
        *arg = quint64(info);
        return 1;
    }
    if (info > 27)
        return -1;
    const int extra = 1 << (info - 24);
    if (n < 1 + extra)
        return 0;
    quint64 v = 0;
    for (int i = 1; i <= extra; ++i)
        v = (v << 8) | p[i];
    *arg = v;
    return 1 + extra;
}

} // namespace

BundlePayloadParser::BundlePayloadParser(quint64 opCount, QList<BundleRange> ranges,
                                         qint64 maxOpBytes, Op::Encoding encoding)
    : m_opCount(opCount)
    , m_maxOpBytes(maxOpBytes)
    , m_encoding(encoding)
    , m_ranges(std::move(ranges))
{
    m_ops.reserve(qsizetype(qMin<quint64>(opCount, 1'000'000)));
    m_hashes.reserve(m_ops.capacity());
}

qint64 BundlePayloadParser::itemLength(QByteArrayView data)
{
    Walk walk;
    qint64 scanned = 0;
    return advance(walk, reinterpret_cast<const uchar *>(data.data()), data.size(), &scanned);
}

qint64 BundlePayloadParser::advance(Walk &w, const uchar *p, qint64 n, qint64 *scanned)
{
    for (;;) {
        if (w.inString) {
            if (quint64(n - w.pos) < w.stringLeft)
                return 0;
            w.pos += qint64(w.stringLeft);
            *scanned += qint64(w.stringLeft);
            w.inString = false;
        } else {
            // Each item needs at least one byte, so an absurd count is
            // treated as incomplete without looping over it.
            if (!w.open.isEmpty() && w.open.last().oneBytePerItem &&
                quint64(n - w.pos) < w.open.last().left)
                return 0;
            if (w.open.size() > kMaxDepth)
                return -1;
            quint64 arg = 0;
            const int head = readHead(p + w.pos, n - w.pos, &arg);
            *scanned += head > 0 ? head : qMin<qint64>(1, n - w.pos);
            if (head <= 0)
                return head;
            const int major = p[w.pos] >> 5;
            w.pos += head;
            if (major == 2 || major == 3) {
                if (arg > quint64(n - w.pos)) {
                    w.inString = true;
                    w.stringLeft = arg;
                    return 0;
                }
                w.pos += qint64(arg);
                *scanned += qint64(arg);
            } else if (major == 4 || major == 5) {
                if (major == 5 && arg > (quint64(1) << 62))
                    return -1;
                const quint64 items = major == 5 ? arg * 2 : arg;
                if (items > 0) {
                    w.open.append({items, true});
                    continue;
                }
            } else if (major == 6) {
                w.open.append({1, false});
                continue;
            }
            // 0, 1 and 7 (simple values, floats) are the head alone.
        }
        // The item at the old position is complete: close every container it
        // completes in turn.
        while (!w.open.isEmpty()) {
            if (--w.open.last().left > 0)
                break;
            w.open.removeLast();
        }
        if (w.open.isEmpty()) {
            const qint64 length = w.pos;
            w = Walk();
            return length;
        }
    }
}

Status BundlePayloadParser::feed(QByteArrayView data)
{
    m_buffer.append(data.data(), data.size());
    qint64 at = 0;
    const auto *p = reinterpret_cast<const uchar *>(m_buffer.constData());
    const qint64 n = m_buffer.size();
    if (!m_sawArrayHead) {
        quint64 count = 0;
        const int head = readHead(p, n, &count);
        m_bytesScanned += head > 0 ? head : qMin<qint64>(1, n);
        if (head == 0)
            return {};
        if (head < 0 || (p[0] >> 5) != 4)
            return corrupt(tr("not a list of changes"));
        const int shortest = count < 24               ? 1
                             : count <= 0xff          ? 2
                             : count <= 0xffff        ? 3
                             : count <= 0xffffffffull ? 5
                                                      : 9;
        if (head != shortest)
            return corrupt(tr("not canonical CBOR"));
        if (count != m_opCount)
            return corrupt(
                tr("%1 changes where the header announces %2").arg(count).arg(m_opCount));
        m_sawArrayHead = true;
        at = head;
    }
    while (at < n) {
        if (m_seen == m_opCount)
            return corrupt(tr("data after the last change"));
        const qint64 len = advance(m_walk, p + at, n - at, &m_bytesScanned);
        if (len < 0)
            return corrupt(tr("malformed CBOR"));
        if (len == 0)
            break;
        if (Status s = takeOp(QByteArray(m_buffer.constData() + at, len)); !s)
            return s;
        at += len;
    }
    m_buffer.remove(0, at);
    if (m_buffer.size() > m_maxOpBytes)
        return Error(ErrorCode::TooLarge,
                     tr("A change inside the bundle is larger than the %1 bytes this device "
                        "accepts, so the bundle was not read. Ask the sender to check it.")
                         .arg(m_maxOpBytes));
    return {};
}

Status BundlePayloadParser::takeOp(const QByteArray &bytes)
{
    auto op = Op::decode(bytes, m_encoding);
    if (!op)
        return op.error();
    const BundleRange &range = m_ranges.at(m_range);
    const quint64 expected = m_nextCounter ? m_nextCounter : range.firstCounter;
    if (op.value().origin != range.origin || op.value().counter != expected)
        return corrupt(tr("change %1 does not match the header's ranges").arg(m_seen + 1));
    if (m_nextCounter && op.value().prevHash != m_prevHash)
        return Error(ErrorCode::ChainBroken,
                     tr("Change %1 in the bundle does not follow the one before it from the "
                        "same device: its hash chain is broken. Nothing was applied; ask the "
                        "sender to check their device with \"vigiactl oplog verify\".")
                         .arg(m_seen + 1));
    m_prevHash = op.value().hash();
    if (expected == range.lastCounter) {
        ++m_range;
        m_nextCounter = 0;
    } else {
        m_nextCounter = expected + 1;
    }
    ++m_seen;
    m_ops.append(op.take());
    m_hashes.append(m_prevHash);
    return {};
}

Status BundlePayloadParser::finish()
{
    if (!m_sawArrayHead)
        return corrupt(tr("empty payload"));
    if (m_seen != m_opCount)
        return corrupt(tr("%1 of %2 changes present").arg(m_seen).arg(m_opCount));
    if (!m_buffer.isEmpty())
        return corrupt(tr("data after the last change"));
    return {};
}

} // namespace vigia
