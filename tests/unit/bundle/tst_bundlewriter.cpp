#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "BundleTestKit.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::bundletest;

namespace {

QList<QByteArray> encoded(const QList<Op> &ops)
{
    QList<QByteArray> out;
    for (const Op &op : ops)
        out.append(op.encode());
    return out;
}

} // namespace

// Round trips through BundleWriter and BundleReader.
class TestBundleWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTripSeveralRecipients()
    {
        const DeviceKeys &s = senderKeys();
        const DeviceKeys &c = coordinatorKeys();
        const DeviceKeys &o = observatoryKeys();
        const QList<Op> ops = makeOps(s.deviceId.toRfc4122(), 25);
        auto bytes =
            BundleWriter::write(kProjectId, s, 4242, ops, {recipientOf(c), recipientOf(o)});
        QVERIFY2(bytes.ok(), qPrintable(bytes.error().message()));

        auto reader = BundleReader::parse(bytes.value());
        QVERIFY2(reader.ok(), qPrintable(reader.error().message()));
        const BundleHeader &h = reader.value().header();
        QCOMPARE(h.formatVersion, 3);
        QCOMPARE(h.projectId, kProjectId);
        QCOMPARE(h.senderDevice, s.deviceId.toRfc4122());
        QCOMPARE(h.createdHlc, quint64(4242));
        QCOMPARE(h.opCount, quint64(25));
        QCOMPARE(h.ranges.size(), 1);
        QCOMPARE(h.ranges.first(), (BundleRange{s.deviceId.toRfc4122(), 1, 25}));
        QCOMPARE(h.sealedKeys.size(), 2);
        QVERIFY(h.sealedKeys[0].first < h.sealedKeys[1].first);
        QVERIFY(reader.value().verifySignature(s.signPublicKey).ok());

        for (const DeviceKeys *k : {&c, &o}) {
            auto decrypted = reader.value().decrypt(*k);
            QVERIFY2(decrypted.ok(), qPrintable(decrypted.error().message()));
            QCOMPARE(encoded(decrypted.value()), encoded(ops));
        }
    }

    void notAddressedToUs()
    {
        const DeviceKeys &s = senderKeys();
        auto bytes = BundleWriter::write(kProjectId, s, 1, makeOps(s.deviceId.toRfc4122(), 3),
                                         {recipientOf(coordinatorKeys())});
        QVERIFY(bytes.ok());
        auto reader = BundleReader::parse(bytes.value());
        QVERIFY(reader.ok());
        auto r = reader.value().decrypt(outsiderKeys());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), ErrorCode::Untrusted);
        QVERIFY(r.error().message().contains(QStringLiteral("not addressed to this device")));
    }

    void otherSignerIsRefused()
    {
        const DeviceKeys &s = senderKeys();
        auto bytes = BundleWriter::write(kProjectId, s, 1, makeOps(s.deviceId.toRfc4122(), 3),
                                         {recipientOf(coordinatorKeys())});
        QVERIFY(bytes.ok());
        auto reader = BundleReader::parse(bytes.value());
        QVERIFY(reader.ok());
        const Status st = reader.value().verifySignature(outsiderKeys().signPublicKey);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code(), ErrorCode::Tampered);
    }

    void manyChunks()
    {
        const DeviceKeys &s = senderKeys();
        const QList<Op> ops =
            makeOps(s.deviceId.toRfc4122(), 1500, 1, QByteArray(32, '\0'), 400, true);
        auto bytes = BundleWriter::write(kProjectId, s, 1, ops, {recipientOf(coordinatorKeys())});
        QVERIFY(bytes.ok());
        QVERIFY2(frameOffsets(bytes.value()).size() >= 4,
                 qPrintable(QString::number(frameOffsets(bytes.value()).size())));
        auto reader = BundleReader::parse(bytes.value());
        QVERIFY(reader.ok());
        QVERIFY(reader.value().verifySignature(s.signPublicKey).ok());
        auto decrypted = reader.value().decrypt(coordinatorKeys());
        QVERIFY2(decrypted.ok(), qPrintable(decrypted.error().message()));
        QCOMPARE(encoded(decrypted.value()), encoded(ops));
    }

    void emptyBundle()
    {
        const DeviceKeys &s = senderKeys();
        auto bytes = BundleWriter::write(kProjectId, s, 1, {}, {recipientOf(coordinatorKeys())});
        QVERIFY(bytes.ok());
        auto reader = BundleReader::parse(bytes.value());
        QVERIFY(reader.ok());
        QCOMPARE(reader.value().header().opCount, quint64(0));
        auto decrypted = reader.value().decrypt(coordinatorKeys());
        QVERIFY2(decrypted.ok(), qPrintable(decrypted.error().message()));
        QVERIFY(decrypted.value().isEmpty());
    }

    void severalOriginsAndRuns()
    {
        const QByteArray a(16, 'a');
        const QByteArray b(16, 'b');
        QList<Op> aOps = makeOps(a, 9);
        QList<Op> ops = aOps.mid(0, 5);
        ops += makeOps(b, 3);
        ops += aOps.mid(7, 2); // counters 8..9: ops 6 and 7 left out, as drafts are
        auto bytes =
            BundleWriter::write(kProjectId, senderKeys(), 1, ops, {recipientOf(coordinatorKeys())});
        QVERIFY2(bytes.ok(), qPrintable(bytes.error().message()));
        auto reader = BundleReader::parse(bytes.value());
        QVERIFY(reader.ok());
        const QList<BundleRange> expected{{a, 1, 5}, {b, 1, 3}, {a, 8, 9}};
        QCOMPARE(reader.value().header().ranges, expected);
        auto decrypted = reader.value().decrypt(coordinatorKeys());
        QVERIFY2(decrypted.ok(), qPrintable(decrypted.error().message()));
        QCOMPARE(encoded(decrypted.value()), encoded(ops));
    }

    void writerRefusesBadInput()
    {
        const DeviceKeys &s = senderKeys();
        QList<Op> ops = makeOps(s.deviceId.toRfc4122(), 5);
        const QList<BundleRecipient> to{recipientOf(coordinatorKeys())};

        QList<Op> broken = ops;
        broken[3].prevHash = QByteArray(32, '\x07');
        auto r1 = BundleWriter::write(kProjectId, s, 1, broken, to);
        QVERIFY(!r1.ok());
        QCOMPARE(r1.error().code(), ErrorCode::ChainBroken);

        QList<Op> repeated = ops;
        repeated.append(ops.first());
        auto r2 = BundleWriter::write(kProjectId, s, 1, repeated, to);
        QVERIFY(!r2.ok());
        QCOMPARE(r2.error().code(), ErrorCode::Validation);

        auto r3 = BundleWriter::write(kProjectId, s, 1, ops, {});
        QVERIFY(!r3.ok());
        QCOMPARE(r3.error().code(), ErrorCode::Validation);

        auto r4 = BundleWriter::write(QByteArray(3, 'x'), s, 1, ops, to);
        QVERIFY(!r4.ok());

        auto r5 = BundleWriter::write(kProjectId, s, 1, ops, {to.first(), to.first()});
        QVERIFY(!r5.ok());
        QCOMPARE(r5.error().code(), ErrorCode::Validation);
    }

    void writeFileAndParseFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.vigiabundle"));
        const DeviceKeys &s = senderKeys();
        const QList<Op> ops = makeOps(s.deviceId.toRfc4122(), 40);
        const Status st =
            BundleWriter::writeFile(kProjectId, s, 1, ops, {recipientOf(coordinatorKeys())}, path);
        QVERIFY2(st.ok(), qPrintable(st.error().message()));
        auto reader = BundleReader::parseFile(path);
        QVERIFY2(reader.ok(), qPrintable(reader.error().message()));
        QVERIFY(reader.value().verifySignature(s.signPublicKey).ok());
        auto decrypted = reader.value().decrypt(coordinatorKeys());
        QVERIFY(decrypted.ok());
        QCOMPARE(decrypted.value().size(), 40);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left

        auto missing = BundleReader::parseFile(dir.filePath(QStringLiteral("nope")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    }

    void idIsHashOfSignedBytes()
    {
        const DeviceKeys &s = senderKeys();
        const QList<Op> ops = makeOps(s.deviceId.toRfc4122(), 4);
        auto a = BundleWriter::write(kProjectId, s, 1, ops, {recipientOf(coordinatorKeys())});
        auto b = BundleWriter::write(kProjectId, s, 1, ops, {recipientOf(coordinatorKeys())});
        QVERIFY(a.ok() && b.ok());
        auto ra = BundleReader::parse(a.value());
        auto ra2 = BundleReader::parse(a.value());
        auto rb = BundleReader::parse(b.value());
        QVERIFY(ra.ok() && ra2.ok() && rb.ok());
        QCOMPARE(ra.value().bundleId(),
                 Blake2b::hash256(QByteArrayView(a.value()).chopped(BundleFormat::kSignatureSize)));
        QCOMPARE(ra.value().bundleId(), ra2.value().bundleId());
        // A fresh content key each time: two exports are two bundles.
        QVERIFY(ra.value().bundleId() != rb.value().bundleId());
    }
};

QTEST_GUILESS_MAIN(TestBundleWriter)
#include "tst_bundlewriter.moc"
