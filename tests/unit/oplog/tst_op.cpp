#include "common/CanonicalCbor.h"
#include "crypto/Blake2b.h"
#include "oplog/Op.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

#include <limits>

using namespace vigia;

namespace {
Op sample()
{
    Op op;
    op.origin = QByteArray(16, '\x01');
    op.counter = 7;
    op.hlc = (quint64(1'767'225'600'000) << 16) | 3;
    op.entity = QStringLiteral("record");
    op.row = QByteArray(16, '\x02');
    op.field = QStringLiteral("narrative");
    op.setValue(QStringLiteral("Relato en la frontera"));
    op.basedOn = 0;
    op.prevHash = QByteArray(32, '\0');
    return op;
}
} // namespace

class TestOp : public QObject
{
    Q_OBJECT

private slots:
    void encodeDecodeRoundTrip()
    {
        const Op op = sample();
        auto decoded = Op::decode(op.encode());
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().message()));
        QCOMPARE(decoded.value().encode(), op.encode());
        QCOMPARE(decoded.value().valueCbor().toString(), QStringLiteral("Relato en la frontera"));
    }

    void formatOneIsTheNineElementArray()
    {
        Op op = sample();
        op.valueDigest.clear(); // as written before redaction existed
        QCOMPARE(op.format(), 1);
        const QCborArray a = QCborValue::fromCbor(op.encode()).toArray();
        QCOMPARE(a.size(), 9);
        QCOMPARE(op.hash(), Blake2b::hash256(op.encode()));
        auto decoded = Op::decode(op.encode());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().format(), 1);
        QCOMPARE(decoded.value().hash(), op.hash());
    }

    void formatTwoCarriesTheDigestAndChainsOverIt()
    {
        const Op op = sample();
        QCOMPARE(op.format(), 2);
        const QCborArray a = QCborValue::fromCbor(op.encode()).toArray();
        QCOMPARE(a.size(), 10);
        QCOMPARE(a[9].toByteArray(), Blake2b::hash256(op.value));
        QVERIFY(op.hash() != Blake2b::hash256(op.encode()));
        // The hash is over the encoding whose value is `undefined`.
        QCborArray hashed = a;
        hashed[6] = QCborValue(QCborValue::Undefined);
        QCOMPARE(op.hash(), Blake2b::hash256(CanonicalCbor::encode(hashed)));
    }

    void redactingKeepsTheHash()
    {
        Op two = sample();
        const QByteArray hash2 = two.hash();
        two.redact();
        QVERIFY(two.isRedacted());
        QCOMPARE(two.hash(), hash2);
        QVERIFY(!two.encode().contains("Relato"));
        auto back = Op::decode(two.encode());
        QVERIFY2(back.ok(), qPrintable(back.error().message()));
        QCOMPARE(back.value().hash(), hash2);
        QVERIFY(back.value().isRedacted());

        Op one = sample();
        one.valueDigest.clear();
        const QByteArray hash1 = one.hash();
        one.redact();
        QCOMPARE(one.hash(), hash1);
        QCOMPARE(one.legacyHash, hash1);
        QVERIFY(!one.encode().contains("Relato"));
        auto oneBack = Op::decode(one.encode());
        QVERIFY2(oneBack.ok(), qPrintable(oneBack.error().message()));
        QCOMPARE(oneBack.value().hash(), hash1);
        QCOMPARE(oneBack.value().digest(), Blake2b::hash256(sample().value));
    }

    void aValueThatDoesNotMatchItsDigestIsRefused()
    {
        QCborArray a = QCborValue::fromCbor(sample().encode()).toArray();
        a[6] = QStringLiteral("Otro relato");
        auto op = Op::decode(CanonicalCbor::encode(a));
        QVERIFY(!op.ok());
        QCOMPARE(op.error().code(), ErrorCode::Corrupt);
        // Nor may a format-1 op claim a removed value.
        a[6] = QCborValue(QCborValue::Undefined);
        a.removeLast();
        QVERIFY(!Op::decode(CanonicalCbor::encode(a)).ok());
    }

    // Bundles since format 3: a value that is there travels without its
    // digest, which the reader computes; everything else as encode() has it.
    void theCompactEncodingLeavesTheDigestToTheReader()
    {
        const Op op = sample();
        const QByteArray compact = op.encodeCompact();
        QCOMPARE(compact.size(), op.encode().size() - 33); // bstr 32 became null
        QCOMPARE(compact.back(), '\xf6');
        QCborArray expected = QCborValue::fromCbor(op.encode()).toArray();
        expected[9] = QCborValue(nullptr);
        QCOMPARE(compact, CanonicalCbor::encode(expected));
        auto back = Op::decode(compact, Op::Encoding::Compact);
        QVERIFY2(back.ok(), qPrintable(back.error().message()));
        // One encoding per context: never the other one.
        QVERIFY(!Op::decode(compact).ok());
        QVERIFY(!Op::decode(op.encode(), Op::Encoding::Compact).ok());
        QCOMPARE(back.value().valueDigest, op.valueDigest);
        QCOMPARE(back.value().hash(), op.hash());
        QCOMPARE(back.value().encode(), op.encode());

        // A removed value keeps its digest: nothing could compute it.
        Op redacted = sample();
        redacted.redact();
        QCOMPARE(redacted.encodeCompact(), redacted.encode());
        QVERIFY(Op::decode(redacted.encode(), Op::Encoding::Compact).ok());
        Op legacy = sample();
        legacy.valueDigest.clear();
        QCOMPARE(legacy.encodeCompact(), legacy.encode());
        legacy.redact();
        QCOMPARE(legacy.encodeCompact(), legacy.encode());

        // A null digest with the value removed, or a digest spelled out in
        // a longer form, is refused.
        QCborArray a = QCborValue::fromCbor(compact).toArray();
        a[6] = QCborValue(QCborValue::Undefined);
        QVERIFY(!Op::decode(CanonicalCbor::encode(a), Op::Encoding::Compact).ok());
        QByteArray longNull = compact;
        longNull.chop(1);
        longNull.append("\xf8\x16", 2); // simple value 22 in two bytes
        QVERIFY(!Op::decode(longNull, Op::Encoding::Compact).ok());
    }

    void encodingIsTheTenElementArray()
    {
        const Op op = sample();
        const QCborArray a = QCborValue::fromCbor(op.encode()).toArray();
        QCOMPARE(a.size(), 10);
        QCOMPARE(a[0].toByteArray(), op.origin);
        QCOMPARE(quint64(a[1].toInteger()), op.counter);
        QCOMPARE(quint64(a[2].toInteger()), op.hlc);
        QCOMPARE(a[3].toString(), op.entity);
        QCOMPARE(a[8].toByteArray(), op.prevHash);
        // Our hand-written encoder agrees with the generic canonical one.
        QCOMPARE(CanonicalCbor::encode(a), op.encode());
    }

    void hashChangesWithAnyField()
    {
        const QByteArray base = sample().hash();
        QCOMPARE(base.size(), 32);
        Op o = sample();
        o.counter = 8;
        QVERIFY(o.hash() != base);
        o = sample();
        o.setValue(QStringLiteral("Relato en la frontera!"));
        QVERIFY(o.hash() != base);
        o = sample();
        o.prevHash[31] = 1;
        QVERIFY(o.hash() != base);
    }

    void canonicalMapsSortKeys()
    {
        QCborMap a;
        a.insert(QStringLiteral("zeta"), 1);
        a.insert(QStringLiteral("a"), 2);
        QCborMap b;
        b.insert(QStringLiteral("a"), 2);
        b.insert(QStringLiteral("zeta"), 1);
        QCOMPARE(CanonicalCbor::encode(a), CanonicalCbor::encode(b));
        QVERIFY(CanonicalCbor::isCanonical(CanonicalCbor::encode(a)));
        QVERIFY(!CanonicalCbor::isCanonical(a.toCborValue().toCbor()));
    }

    void textPayloadReadsTheUtf8Bytes_data()
    {
        QTest::addColumn<QCborValue>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty string") << QCborValue(QString()) << QByteArray("");
        QTest::newRow("short") << QCborValue(QStringLiteral("día"))
                               << QString::fromUtf8("día").toUtf8();
        QTest::newRow("one-byte length")
            << QCborValue(QString(30, QLatin1Char('x'))) << QByteArray(30, 'x');
        QTest::newRow("two-byte length")
            << QCborValue(QString(300, QLatin1Char('y'))) << QByteArray(300, 'y');
        QTest::newRow("integer") << QCborValue(7) << QByteArray();
        QTest::newRow("bytes") << QCborValue(QByteArray("abc")) << QByteArray();
    }

    void textPayloadReadsTheUtf8Bytes()
    {
        QFETCH(QCborValue, value);
        QFETCH(QByteArray, expected);
        const QByteArray payload = CanonicalCbor::textPayload(CanonicalCbor::encode(value));
        QCOMPARE(payload.isNull(), expected.isNull());
        QCOMPARE(payload, expected);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = sample().encode();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << good.left(good.size() - 3);
        QTest::newRow("trailing byte") << good + '\0';
        QTest::newRow("not an array") << QCborValue(42).toCbor();
        QCborArray eight = QCborValue::fromCbor(good).toArray();
        eight.removeLast();
        eight.removeLast();
        QTest::newRow("eight elements") << eight.toCborValue().toCbor();
        QCborArray eleven = QCborValue::fromCbor(good).toArray();
        eleven.append(1);
        QTest::newRow("eleven elements") << CanonicalCbor::encode(eleven);
        QCborArray shortId = QCborValue::fromCbor(good).toArray();
        shortId[0] = QByteArray(15, '\x01');
        QTest::newRow("short origin") << CanonicalCbor::encode(shortId);
        QCborArray zero = QCborValue::fromCbor(good).toArray();
        zero[1] = 0;
        QTest::newRow("counter zero") << CanonicalCbor::encode(zero);
        QByteArray longForm = good;
        // counter 7 written with a one-byte length head (0x18 0x07): not canonical
        longForm.replace(18, 1, QByteArray("\x18\x07", 2));
        QTest::newRow("non-canonical integer") << longForm;
        // Format 1 (no digest), so that only the value's own form is judged.
        const auto formatOne = [](const QByteArray &valueBytes, const QByteArray &entityBytes) {
            Op op = sample();
            QByteArray out;
            CanonicalCbor::appendHead(out, 4, 9);
            CanonicalCbor::appendBytes(out, op.origin);
            CanonicalCbor::appendUnsigned(out, op.counter);
            CanonicalCbor::appendUnsigned(out, op.hlc);
            CanonicalCbor::appendText(out, entityBytes);
            CanonicalCbor::appendBytes(out, op.row);
            CanonicalCbor::appendText(out, op.field.toUtf8());
            out.append(valueBytes);
            CanonicalCbor::appendUnsigned(out, op.basedOn);
            CanonicalCbor::appendBytes(out, op.prevHash);
            return out;
        };
        QTest::newRow("value text with a long head") << formatOne(QByteArray("\x78\x03"
                                                                             "abc",
                                                                             5),
                                                                  "record");
        QTest::newRow("value text of indefinite length") << formatOne(QByteArray("\x7f\x63"
                                                                                 "abc\xff",
                                                                                 6),
                                                                      "record");
        QTest::newRow("value integer with a long head")
            << formatOne(QByteArray("\x19\x00\x07", 3), "record");
        QTest::newRow("value text not UTF-8") << formatOne(QByteArray("\x62\xc3\x28", 3), "record");
        QTest::newRow("value text overlong UTF-8")
            << formatOne(QByteArray("\x62\xc0\xaf", 3), "record");
        QTest::newRow("value text cut short") << formatOne(QByteArray("\x65"
                                                                      "ab",
                                                                      3),
                                                           "record");
        QTest::newRow("entity not UTF-8") << formatOne(QByteArray("\x01", 1), "rec\xffrd");
    }

    // Op::decode reads the common values without a QCborValue tree and the
    // rest the general way: either way it gives back exactly the op.
    void decodesEveryKindOfValue_data()
    {
        QTest::addColumn<QCborValue>("value");
        QTest::addColumn<bool>("formatOne");
        const QList<QPair<const char *, QCborValue>> values{
            {"short text", QCborValue(QStringLiteral("día"))},
            {"empty text", QCborValue(QString())},
            {"long text", QCborValue(QString(300, QChar(0x00e7)))},
            {"text outside the BMP and a BOM",
             QCborValue(QString::fromUtf8("\xef\xbb\xbf\xf0\x9f\x8c\x8e \xef\xbf\xbe"))},
            {"small integer", QCborValue(7)},
            {"large integer", QCborValue(qint64(1) << 40)},
            {"largest integer", QCborValue(std::numeric_limits<qint64>::max())},
            {"negative integer", QCborValue(-300)},
            {"smallest integer", QCborValue(std::numeric_limits<qint64>::min())},
            {"true", QCborValue(true)},
            {"null", QCborValue(nullptr)},
            {"double", QCborValue(2.5)},
            {"list", QCborValue(QCborArray{QStringLiteral("a"), QStringLiteral("b")})},
            {"map", QCborValue(QCborMap{{QStringLiteral("k"), 1}})},
            {"bytes", QCborValue(QByteArray("\x00\x01", 2))},
        };
        for (const auto &[name, value] : values) {
            QTest::newRow(name) << value << false;
            QTest::newRow(qPrintable(QStringLiteral("%1, format 1").arg(QLatin1String(name))))
                << value << true;
        }
    }

    void decodesEveryKindOfValue()
    {
        QFETCH(QCborValue, value);
        QFETCH(bool, formatOne);
        Op op = sample();
        op.setValue(value);
        if (formatOne)
            op.valueDigest.clear();
        const QByteArray bytes = op.encode();
        auto decoded = Op::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().message()));
        const Op &back = decoded.value();
        QCOMPARE(back.origin, op.origin);
        QCOMPARE(back.counter, op.counter);
        QCOMPARE(back.hlc, op.hlc);
        QCOMPARE(back.entity, op.entity);
        QCOMPARE(back.row, op.row);
        QCOMPARE(back.field, op.field);
        QCOMPARE(back.value, op.value);
        QCOMPARE(back.basedOn, op.basedOn);
        QCOMPARE(back.prevHash, op.prevHash);
        QCOMPARE(back.valueDigest, op.valueDigest);
        QCOMPARE(back.legacyHash, op.legacyHash);
        QCOMPARE(back.hash(), op.hash());
        QCOMPARE(back.encode(), bytes);
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, bytes);
        auto op = Op::decode(bytes);
        QVERIFY(!op.ok());
        QCOMPARE(op.error().code(), ErrorCode::Corrupt);
        QVERIFY(!op.error().message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOp)
#include "tst_op.moc"
