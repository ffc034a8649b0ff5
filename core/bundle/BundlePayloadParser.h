#pragma once

#include "bundle/BundleRange.h"
#include "common/Result.h"
#include "oplog/Op.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

namespace vigia {

// Turns the decompressed payload, fed in pieces of any size, into ops: a
// canonical CBOR array whose items are canonical ops, checked against the
// header's count and ranges and hash-chained within each range. Only the
// unfinished op is buffered, so a huge payload never sits in memory twice.
class BundlePayloadParser
{
    Q_DECLARE_TR_FUNCTIONS(vigia::BundlePayloadParser)

public:
    BundlePayloadParser(quint64 opCount, QList<BundleRange> ranges, qint64 maxOpBytes);

    [[nodiscard]] Status feed(QByteArrayView data);
    // After the last piece: every op arrived and nothing follows the array.
    [[nodiscard]] Status finish();
    [[nodiscard]] QList<Op> takeOps() { return std::move(m_ops); }

    // Length of the CBOR item at the start of `data`: > 0 when complete, 0 if
    // more bytes are needed, -1 if malformed (indefinite lengths, bad heads,
    // nesting deeper than 64). Public for tests and the fuzzer.
    [[nodiscard]] static qint64 itemLength(QByteArrayView data);

private:
    [[nodiscard]] Status takeOp(const QByteArray &bytes);

    quint64 m_opCount;
    qint64 m_maxOpBytes;
    QList<BundleRange> m_ranges;
    QByteArray m_buffer;
    bool m_sawArrayHead = false;
    quint64 m_seen = 0;
    int m_range = 0;
    quint64 m_nextCounter = 0;
    QByteArray m_prevHash;
    QList<Op> m_ops;
};

} // namespace vigia
