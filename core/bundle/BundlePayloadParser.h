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
    // `encoding`: Compact for bundles of format 3 and later (Op::encodeCompact).
    BundlePayloadParser(quint64 opCount, QList<BundleRange> ranges, qint64 maxOpBytes,
                        Op::Encoding encoding = Op::Encoding::Full);

    [[nodiscard]] Status feed(QByteArrayView data);
    // After the last piece: every op arrived and nothing follows the array.
    [[nodiscard]] Status finish();
    [[nodiscard]] QList<Op> takeOps() { return std::move(m_ops); }
    // ops[i].hash() for every op taken: computed for the chain check, kept so
    // that the importer need not hash each op again.
    [[nodiscard]] QList<QByteArray> takeHashes() { return std::move(m_hashes); }

    // Length of the CBOR item at the start of `data`: > 0 when complete, 0 if
    // more bytes are needed, -1 if malformed (indefinite lengths, bad heads,
    // nesting deeper than 64). Public for tests and the fuzzer.
    [[nodiscard]] static qint64 itemLength(QByteArrayView data);

    // Bytes the walk over the payload has stepped across so far (heads read,
    // string contents skipped, an incomplete head counted again each time it
    // is retried). For tests and diagnostics: it stays within a small multiple
    // of the payload size however finely the payload is cut.
    [[nodiscard]] qint64 bytesScanned() const { return m_bytesScanned; }

private:
    struct Frame
    {
        quint64 left;        // items still to come in this container
        bool oneBytePerItem; // arrays and maps; a tag's single item is not counted
    };
    // Where the walk over the unfinished op stopped, so the next piece resumes
    // there instead of decoding the op again from its start (which made
    // feeding a large op in small pieces quadratic).
    struct Walk
    {
        QList<Frame> open; // containers not yet complete, outermost first
        qint64 pos = 0;    // offset from the op's start where the walk resumes
        quint64 stringLeft = 0;
        bool inString = false; // stopped inside a string's contents
    };

    // Continues `walk` over the item starting at `p`, of which `n` bytes have
    // arrived: its length once complete, 0 if more bytes are needed, -1 if
    // malformed. Gives exactly what a walk from the start would.
    [[nodiscard]] static qint64 advance(Walk &walk, const uchar *p, qint64 n, qint64 *scanned);
    [[nodiscard]] Status takeOp(const QByteArray &bytes);

    quint64 m_opCount;
    qint64 m_maxOpBytes;
    Op::Encoding m_encoding;
    QList<BundleRange> m_ranges;
    QByteArray m_buffer;
    bool m_sawArrayHead = false;
    quint64 m_seen = 0;
    int m_range = 0;
    quint64 m_nextCounter = 0;
    QByteArray m_prevHash;
    QList<Op> m_ops;
    QList<QByteArray> m_hashes;
    Walk m_walk;
    qint64 m_bytesScanned = 0;
};

} // namespace vigia
