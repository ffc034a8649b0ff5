#include "bundle/BundlePayloadParser.h"
#include "BundleTestKit.h"
#include "common/CanonicalCbor.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

using namespace vigia;
using namespace vigia::bundletest;

namespace {

// One op close to the parser's op size limit, fed in pieces of `piece`
// bytes: the ops, the error if any, and how many bytes the walk examined.
struct Fed
{
    QList<Op> ops;
    ErrorCode error = ErrorCode::None;
    qint64 scanned = 0;
};
Fed feedInPieces(const QByteArray &payload, qsizetype piece, qint64 maxOpBytes)
{
    Fed fed;
    BundlePayloadParser parser(1, {{QByteArray(16, 'a'), 1, 1}}, maxOpBytes);
    for (qsizetype at = 0; at < payload.size() && fed.error == ErrorCode::None; at += piece) {
        if (Status s =
                parser.feed(QByteArrayView(payload).sliced(at, qMin(piece, payload.size() - at)));
            !s)
            fed.error = s.error().code();
    }
    if (fed.error == ErrorCode::None) {
        if (Status s = parser.finish(); !s)
            fed.error = s.error().code();
    }
    fed.scanned = parser.bytesScanned();
    fed.ops = parser.takeOps();
    return fed;
}

QByteArray bigTextPayload(qint64 size)
{
    QList<Op> ops = makeOps(QByteArray(16, 'a'), 1, 1, QByteArray(32, '\0'), int(size));
    return payloadOf(ops);
}

// A value of many small nested items: the case where walking the op again
// from its start for every piece was quadratic.
QByteArray nestedPayload(int groups)
{
    QList<Op> ops = makeOps(QByteArray(16, 'a'), 1);
    QCborArray value;
    for (int i = 0; i < groups; ++i)
        value.append(QCborArray{i % 24, 1, 2, 3});
    ops[0].setValue(value);
    return payloadOf(ops);
}

} // namespace

class TestBundlePayloadParser : public QObject
{
    Q_OBJECT

private slots:
    void itemLength_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<qint64>("length");
        QTest::newRow("uint") << QByteArray("17") << qint64(1);
        QTest::newRow("uint64") << QByteArray("1b0000000000000001") << qint64(9);
        QTest::newRow("negative") << QByteArray("3818") << qint64(2);
        QTest::newRow("bytes") << QByteArray("43010203") << qint64(4);
        QTest::newRow("text") << QByteArray("6161") << qint64(2);
        QTest::newRow("array") << QByteArray("8301820203a0") << qint64(6);
        QTest::newRow("map") << QByteArray("a161610102") << qint64(4);
        QTest::newRow("tag") << QByteArray("c11a514b67b0") << qint64(6);
        QTest::newRow("float") << QByteArray("fb3ff199999999999a") << qint64(9);
        QTest::newRow("true") << QByteArray("f5") << qint64(1);
        QTest::newRow("short bytes") << QByteArray("4301") << qint64(0);
        QTest::newRow("short head") << QByteArray("19") << qint64(0);
        QTest::newRow("short array") << QByteArray("8301") << qint64(0);
        QTest::newRow("huge array") << QByteArray("9bffffffffffffffff") << qint64(0);
        QTest::newRow("indefinite") << QByteArray("9f01ff") << qint64(-1);
        QTest::newRow("reserved") << QByteArray("1c") << qint64(-1);
        QTest::newRow("break") << QByteArray("ff") << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << qint64(0);
    }

    void itemLength()
    {
        QFETCH(QByteArray, hex);
        QFETCH(qint64, length);
        QCOMPARE(BundlePayloadParser::itemLength(QByteArray::fromHex(hex)), length);
    }

    void deepNestingIsMalformed()
    {
        const QByteArray deep = QByteArray(100, '\x81') + QByteArray(1, '\x01');
        QCOMPARE(BundlePayloadParser::itemLength(deep), qint64(-1));
        const QByteArray ok = QByteArray(60, '\x81') + QByteArray(1, '\x01');
        QCOMPARE(BundlePayloadParser::itemLength(ok), qint64(61));
    }

    void anyPieceSizeGivesTheSameOps()
    {
        const QList<Op> ops = makeOps(QByteArray(16, 'a'), 30);
        const QByteArray payload = payloadOf(ops);
        for (int piece : {1, 2, 7, 100, int(payload.size())}) {
            BundlePayloadParser parser(30, {{QByteArray(16, 'a'), 1, 30}}, 1 << 20);
            for (qsizetype at = 0; at < payload.size(); at += piece)
                QVERIFY(parser.feed(payload.mid(at, piece)).ok());
            QVERIFY(parser.finish().ok());
            const QList<Op> got = parser.takeOps();
            QCOMPARE(got.size(), 30);
            QCOMPARE(got.last().encode(), ops.last().encode());
        }
    }

    void refusals()
    {
        const QList<Op> ops = makeOps(QByteArray(16, 'a'), 3);
        const QList<BundleRange> ranges{{QByteArray(16, 'a'), 1, 3}};
        const auto run = [&](const QByteArray &payload, quint64 count = 3) {
            BundlePayloadParser parser(count, ranges, 1 << 20);
            if (Status s = parser.feed(payload); !s)
                return s.error().code();
            if (Status s = parser.finish(); !s)
                return s.error().code();
            return ErrorCode::None;
        };
        QCOMPARE(run(payloadOf(ops)), ErrorCode::None);
        QCOMPARE(run(QByteArray()), ErrorCode::Corrupt);
        QCOMPARE(run(payloadOf(ops).chopped(1)), ErrorCode::Corrupt);
        QCOMPARE(run(payloadOf(ops) + '\x01'), ErrorCode::Corrupt);
        QCOMPARE(run(QByteArray::fromHex("a0")), ErrorCode::Corrupt);
        QByteArray longHead = QByteArray::fromHex("9803") + payloadOf(ops).mid(1);
        QCOMPARE(run(longHead), ErrorCode::Corrupt);
        QList<Op> swapped{ops[0], ops[2], ops[1]};
        QCOMPARE(run(payloadOf(swapped)), ErrorCode::Corrupt);
        QList<Op> broken = ops;
        broken[1].prevHash = QByteArray(32, '\x01');
        QCOMPARE(run(payloadOf(broken)), ErrorCode::ChainBroken);
        // A non-canonical op (a value re-encoded with a longer head) is refused.
        QByteArray nonCanonical = payloadOf(ops);
        const QByteArray value = ops[0].value;
        const qsizetype at = nonCanonical.indexOf(value);
        QVERIFY(at > 0);
        QCOMPARE(uchar(value.at(0)), uchar(0x78));                      // text, one-byte length
        QByteArray longer = QByteArray::fromHex("7900") + value.mid(1); // two-byte length
        nonCanonical.replace(at, value.size(), longer);
        QCOMPARE(run(nonCanonical), ErrorCode::Corrupt);
    }

    // Each bundle format has one encoding of an op: digests left to the
    // reader from format 3 on, spelled out before.
    void anOpTravelsInItsFormatsEncodingOnly()
    {
        const QList<Op> ops = makeOps(QByteArray(16, 'a'), 3);
        const QList<BundleRange> ranges{{QByteArray(16, 'a'), 1, 3}};
        const auto run = [&](const QByteArray &payload, Op::Encoding encoding) {
            BundlePayloadParser parser(3, ranges, 1 << 20, encoding);
            if (Status s = parser.feed(payload); !s)
                return s.error().code();
            if (Status s = parser.finish(); !s)
                return s.error().code();
            const QList<Op> got = parser.takeOps();
            for (int i = 0; i < ops.size(); ++i) {
                if (got[i].encode() != ops[i].encode() || got[i].hash() != ops[i].hash())
                    return ErrorCode::Failure;
            }
            return ErrorCode::None;
        };
        const QByteArray compact = payloadOf(ops, Op::Encoding::Compact);
        const QByteArray full = payloadOf(ops);
        QVERIFY(compact.size() < full.size());
        QCOMPARE(run(compact, Op::Encoding::Compact), ErrorCode::None);
        QCOMPARE(run(full, Op::Encoding::Full), ErrorCode::None);
        QCOMPARE(run(full, Op::Encoding::Compact), ErrorCode::Corrupt);
        QCOMPARE(run(compact, Op::Encoding::Full), ErrorCode::Corrupt);
    }

    void scanningIsLinearInThePieces_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("piece");
        const qint64 limit = 64 * 1024;
        const QByteArray text = bigTextPayload(limit - 200);
        const QByteArray nested = nestedPayload(int((limit - 400) / 5));
        QTest::newRow("text, 1-byte pieces") << text << 1;
        QTest::newRow("text, 64-byte pieces") << text << 64;
        QTest::newRow("nested, 1-byte pieces") << nested << 1;
        QTest::newRow("nested, 64-byte pieces") << nested << 64;
    }

    void scanningIsLinearInThePieces()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, piece);
        const qint64 limit = 64 * 1024;
        QVERIFY(payload.size() > limit * 9 / 10);
        QVERIFY(payload.size() < limit);
        const Fed whole = feedInPieces(payload, payload.size(), limit);
        const Fed pieces = feedInPieces(payload, piece, limit);
        QCOMPARE(whole.error, ErrorCode::None);
        QCOMPARE(whole.ops.size(), 1);
        QCOMPARE(pieces.error, whole.error);
        QCOMPARE(pieces.ops.size(), whole.ops.size());
        for (qsizetype i = 0; i < whole.ops.size(); ++i)
            QCOMPARE(pieces.ops.at(i).encode(), whole.ops.at(i).encode());
        // Every byte is stepped over once; an incomplete head may be retried
        // once per piece, which is at most one byte per byte fed.
        QVERIFY2(pieces.scanned <= 2 * payload.size(),
                 qPrintable(QStringLiteral("%1 bytes examined for a %2-byte payload")
                                .arg(pieces.scanned)
                                .arg(payload.size())));
    }

    void wholeAndByteByByteGiveTheSameOps()
    {
        QList<Op> ops = makeOps(QByteArray(16, 'a'), 5, 1, QByteArray(32, '\0'), 3000);
        QCborArray nested;
        for (int i = 0; i < 200; ++i)
            nested.append(QCborMap{{QStringLiteral("k"), i}, {i, QCborArray{i, -i}}});
        ops[2].setValue(nested);
        // Re-chain after changing a value.
        for (qsizetype i = 1; i < ops.size(); ++i)
            ops[i].prevHash = ops[i - 1].hash();
        const QByteArray payload = payloadOf(ops);
        const QList<BundleRange> ranges{{QByteArray(16, 'a'), 1, 5}};
        BundlePayloadParser whole(5, ranges, 1 << 20);
        QVERIFY(whole.feed(payload).ok());
        QVERIFY(whole.finish().ok());
        BundlePayloadParser bytes(5, ranges, 1 << 20);
        for (qsizetype at = 0; at < payload.size(); ++at)
            QVERIFY(bytes.feed(QByteArrayView(payload).sliced(at, 1)).ok());
        QVERIFY(bytes.finish().ok());
        const QList<Op> a = whole.takeOps();
        const QList<Op> b = bytes.takeOps();
        QCOMPARE(a.size(), 5);
        QCOMPARE(b.size(), 5);
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).encode(), ops.at(i).encode());
            QCOMPARE(b.at(i).encode(), ops.at(i).encode());
        }
    }

    void opSizeLimit()
    {
        BundlePayloadParser parser(1, {{QByteArray(16, 'a'), 1, 1}}, 1000);
        QByteArray p = QByteArray::fromHex("81895061616161616161616161616161616161");
        p += QByteArray::fromHex("0101"); // counter, hlc
        CanonicalCbor::appendHead(p, 3, 5000);
        p += QByteArray(2000, 'x');
        const Status s = parser.feed(p);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code(), ErrorCode::TooLarge);
    }
};

QTEST_GUILESS_MAIN(TestBundlePayloadParser)
#include "tst_bundlepayloadparser.moc"
