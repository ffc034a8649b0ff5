#include "bundle/BundleHeader.h"
#include "common/CanonicalCbor.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

using namespace vigia;

namespace {

BundleHeader sample()
{
    BundleHeader h;
    h.projectId = QByteArray(16, 'p');
    h.senderDevice = QByteArray(16, 's');
    h.createdHlc = 123456789;
    h.opCount = 7;
    h.ranges = {{QByteArray(16, 'a'), 1, 5}, {QByteArray(16, 'b'), 10, 11}};
    h.streamHeader = QByteArray(24, 'h');
    h.sealedKeys = {{QByteArray(16, '1'), QByteArray(80, 'x')},
                    {QByteArray(16, '2'), QByteArray(80, 'y')}};
    return h;
}

QCborMap asMap(const BundleHeader &h)
{
    return QCborValue::fromCbor(h.encode()).toMap();
}

ErrorCode decodeCode(const QCborMap &m, const BundleLimits &limits = {})
{
    auto r = BundleHeader::decode(CanonicalCbor::encode(m), limits);
    return r.ok() ? ErrorCode::None : r.error().code();
}

} // namespace

class TestBundleHeader : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const BundleHeader h = sample();
        const QByteArray bytes = h.encode();
        QVERIFY(CanonicalCbor::isCanonical(bytes));
        auto d = BundleHeader::decode(bytes);
        QVERIFY2(d.ok(), qPrintable(d.error().message()));
        QCOMPARE(d.value().encode(), bytes);
        QCOMPARE(d.value().ranges, h.ranges);
        QCOMPARE(d.value().sealedKeyFor(QByteArray(16, '2')), QByteArray(80, 'y'));
        QVERIFY(d.value().sealedKeyFor(QByteArray(16, '3')).isEmpty());
    }

    void documentedKeyOrder()
    {
        // Canonical order: shorter keys first, then bytewise (bundle-format.md §3).
        // QCborMap keeps the order of the decoded bytes.
        QStringList keys;
        const QCborMap m = asMap(sample());
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            keys << it.key().toString();
        QCOMPARE(keys, (QStringList{QStringLiteral("v"), QStringLiteral("ops"),
                                    QStringLiteral("chunk"), QStringLiteral("ranges"),
                                    QStringLiteral("sender"), QStringLiteral("stream"),
                                    QStringLiteral("created"), QStringLiteral("project"),
                                    QStringLiteral("recipients"), QStringLiteral("compression")}));
    }

    void refusesNonCanonical()
    {
        QByteArray bytes = sample().encode();
        // Re-encode "v": 3 with a two-byte head: same value, not canonical.
        const qsizetype at = bytes.indexOf(QByteArray::fromHex("617603"));
        QVERIFY(at > 0);
        bytes.replace(at, 3, QByteArray::fromHex("61761803"));
        auto r = BundleHeader::decode(bytes);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), ErrorCode::Corrupt);
    }

    void refusesMalformedFields_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QCborValue>("value");
        QTest::addColumn<int>("code");
        const int corrupt = int(ErrorCode::Corrupt);
        QTest::newRow("version 4") << "v" << QCborValue(4) << corrupt;
        QTest::newRow("version 0") << "v" << QCborValue(0) << corrupt;
        QTest::newRow("project short") << "project" << QCborValue(QByteArray(15, 'p')) << corrupt;
        QTest::newRow("sender text") << "sender" << QCborValue(QStringLiteral("s")) << corrupt;
        QTest::newRow("stream short") << "stream" << QCborValue(QByteArray(23, 'h')) << corrupt;
        QTest::newRow("chunk size") << "chunk" << QCborValue(4096) << corrupt;
        QTest::newRow("compression")
            << "compression" << QCborValue(QStringLiteral("gzip")) << corrupt;
        QTest::newRow("ops negative") << "ops" << QCborValue(-1) << corrupt;
        QTest::newRow("ops mismatch") << "ops" << QCborValue(8) << corrupt;
        QTest::newRow("ranges overlap")
            << "ranges"
            << QCborValue(QCborArray{QCborArray{QByteArray(16, 'a'), 1, 5},
                                     QCborArray{QByteArray(16, 'a'), 5, 6}})
            << corrupt;
        QTest::newRow("range reversed")
            << "ranges" << QCborValue(QCborArray{QCborArray{QByteArray(16, 'a'), 7, 1}}) << corrupt;
        QTest::newRow("range from zero")
            << "ranges"
            << QCborValue(QCborArray{QCborArray{QByteArray(16, 'a'), 0, 4},
                                     QCborArray{QByteArray(16, 'b'), 1, 2}})
            << corrupt;
        QTest::newRow("no recipients") << "recipients" << QCborValue(QCborArray{}) << corrupt;
        QTest::newRow("recipients unsorted")
            << "recipients"
            << QCborValue(QCborArray{QCborArray{QByteArray(16, '2'), QByteArray(80, 'y')},
                                     QCborArray{QByteArray(16, '1'), QByteArray(80, 'x')}})
            << corrupt;
        QTest::newRow("recipient repeated")
            << "recipients"
            << QCborValue(QCborArray{QCborArray{QByteArray(16, '1'), QByteArray(80, 'y')},
                                     QCborArray{QByteArray(16, '1'), QByteArray(80, 'x')}})
            << corrupt;
        QTest::newRow("sealed key short")
            << "recipients"
            << QCborValue(QCborArray{QCborArray{QByteArray(16, '1'), QByteArray(79, 'y')}})
            << corrupt;
        QTest::newRow("unknown field") << "extra" << QCborValue(1) << corrupt;
    }

    void refusesMalformedFields()
    {
        QFETCH(QString, key);
        QFETCH(QCborValue, value);
        QFETCH(int, code);
        QCborMap m = asMap(sample());
        m.insert(key, value);
        QCOMPARE(int(decodeCode(m)), code);
    }

    void refusesMissingField()
    {
        const QCborMap full = asMap(sample());
        QCOMPARE(full.size(), 10);
        for (auto it = full.constBegin(); it != full.constEnd(); ++it) {
            QCborMap m = full;
            m.remove(it.key());
            QCOMPARE(decodeCode(m), ErrorCode::Corrupt);
        }
    }

    void limits()
    {
        BundleLimits limits;
        limits.maxOps = 6;
        QCOMPARE(decodeCode(asMap(sample()), limits), ErrorCode::TooLarge);
        limits = {};
        limits.maxRecipients = 1;
        QCOMPARE(decodeCode(asMap(sample()), limits), ErrorCode::TooLarge);
    }

    void refusesNonMap()
    {
        QCOMPARE(BundleHeader::decode(QByteArray::fromHex("80")).error().code(),
                 ErrorCode::Corrupt);
        QCOMPARE(BundleHeader::decode(QByteArray()).error().code(), ErrorCode::Corrupt);
    }
};

QTEST_GUILESS_MAIN(TestBundleHeader)
#include "tst_bundleheader.moc"
