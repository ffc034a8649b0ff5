#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "BundleTestKit.h"

#include <QRandomGenerator>
#include <QTest>

using namespace vigia;
using namespace vigia::bundletest;

namespace {

// What an importer does after the project and sender checks: signature, then
// decryption. Returns the error, or ErrorCode::None if ops came out.
Error readAll(const QByteArray &bytes, const DeviceKeys &signer, const DeviceKeys &me,
              bool checkSignature = true)
{
    auto reader = BundleReader::parse(bytes);
    if (!reader)
        return reader.error();
    if (checkSignature) {
        if (Status s = reader.value().verifySignature(signer.signPublicKey); !s)
            return s.error();
    }
    auto ops = reader.value().decrypt(me);
    if (!ops)
        return ops.error();
    return {};
}

bool isRefusal(ErrorCode code)
{
    return code == ErrorCode::Tampered || code == ErrorCode::Corrupt || code == ErrorCode::TooLarge;
}

QByteArray smallBundle()
{
    const DeviceKeys &s = senderKeys();
    auto bytes = BundleWriter::write(kProjectId, s, 7, makeOps(s.deviceId.toRfc4122(), 3),
                                     {recipientOf(coordinatorKeys())});
    return bytes.value();
}

QByteArray multiChunkBundle()
{
    const DeviceKeys &s = senderKeys();
    auto bytes = BundleWriter::write(
        kProjectId, s, 7, makeOps(s.deviceId.toRfc4122(), 1200, 1, QByteArray(32, '\0'), 400, true),
        {recipientOf(coordinatorKeys())});
    return bytes.value();
}

// The bundle with frame `index` cut out (or another list of frames).
QByteArray withFrames(const QByteArray &bundle, const QList<int> &order)
{
    const QList<qsizetype> offsets = frameOffsets(bundle);
    const qsizetype end = bundle.size() - BundleFormat::kSignatureSize;
    QByteArray out = bundle.left(offsets.first());
    for (int i : order) {
        const qsizetype from = offsets.at(i);
        const qsizetype to = i + 1 < offsets.size() ? offsets.at(i + 1) : end;
        out.append(bundle.mid(from, to - from));
    }
    out.append(bundle.right(BundleFormat::kSignatureSize));
    return out;
}

} // namespace

// Every damaged or forged bundle is refused: never a crash, never ops.
class TestBundleTamper : public QObject
{
    Q_OBJECT

private slots:
    void intactBundleReads()
    {
        // The baseline the other cases damage.
        QCOMPARE(readAll(smallBundle(), senderKeys(), coordinatorKeys()).code(), ErrorCode::None);
        QCOMPARE(readAll(multiChunkBundle(), senderKeys(), coordinatorKeys()).code(),
                 ErrorCode::None);
    }

    void everyTruncation()
    {
        const QByteArray b = smallBundle();
        for (qsizetype n = 0; n < b.size(); ++n) {
            const Error e = readAll(b.left(n), senderKeys(), coordinatorKeys());
            QVERIFY2(isRefusal(e.code()), qPrintable(QStringLiteral("length %1").arg(n)));
        }
    }

    void truncatedMultiChunkSample()
    {
        const QByteArray b = multiChunkBundle();
        for (qsizetype n = 0; n < b.size(); n += 997) {
            const Error e = readAll(b.left(n), senderKeys(), coordinatorKeys());
            QVERIFY2(isRefusal(e.code()), qPrintable(QStringLiteral("length %1").arg(n)));
        }
        // Cut on a frame boundary and re-signed: only the missing FINAL tells.
        const QList<qsizetype> offsets = frameOffsets(b);
        const QByteArray cut = resign(b.left(offsets.last()) + QByteArray(64, '\0'), senderKeys());
        const Error e = readAll(cut, senderKeys(), coordinatorKeys());
        QCOMPARE(e.code(), ErrorCode::Tampered);
    }

    void everyBitFlip()
    {
        const QByteArray b = smallBundle();
        for (qsizetype i = 0; i < b.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray flipped = b;
                flipped[i] = char(flipped[i] ^ (1 << bit));
                const Error e = readAll(flipped, senderKeys(), coordinatorKeys());
                // The version field may turn into a newer format's number.
                const bool versionByte = i == 8 || i == 9;
                QVERIFY2(
                    isRefusal(e.code()) || (versionByte && e.code() == ErrorCode::TooNew),
                    qPrintable(
                        QStringLiteral("byte %1 bit %2 gave %3").arg(i).arg(bit).arg(e.message())));
            }
        }
    }

    void everyBitFlipInCiphertextEvenIfResigned()
    {
        // A sender's own key cannot make altered chunks pass: the MAC and the
        // framing catch every flip after the header.
        const QByteArray b = smallBundle();
        const qsizetype first = frameOffsets(b).first();
        for (qsizetype i = first; i < b.size() - BundleFormat::kSignatureSize; ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray flipped = b;
                flipped[i] = char(flipped[i] ^ (1 << bit));
                const Error e =
                    readAll(resign(flipped, senderKeys()), senderKeys(), coordinatorKeys());
                QVERIFY2(isRefusal(e.code()),
                         qPrintable(QStringLiteral("byte %1 bit %2").arg(i).arg(bit)));
            }
        }
    }

    void chunkRemovedDuplicatedReordered_data()
    {
        QTest::addColumn<QList<int>>("order");
        QTest::newRow("first removed") << QList<int>{1, 2, 3};
        QTest::newRow("middle removed") << QList<int>{0, 1, 3};
        QTest::newRow("last removed") << QList<int>{0, 1, 2};
        QTest::newRow("duplicated") << QList<int>{0, 1, 1, 2, 3};
        QTest::newRow("last duplicated") << QList<int>{0, 1, 2, 3, 3};
        QTest::newRow("reordered") << QList<int>{0, 2, 1, 3};
        QTest::newRow("first two swapped") << QList<int>{1, 0, 2, 3};
    }

    void chunkRemovedDuplicatedReordered()
    {
        QFETCH(QList<int>, order);
        const QByteArray b = multiChunkBundle();
        QVERIFY(frameOffsets(b).size() >= 4);
        const QByteArray edited = withFrames(b, order);
        // As it arrives: the signature no longer matches.
        QCOMPARE(readAll(edited, senderKeys(), coordinatorKeys()).code(), ErrorCode::Tampered);
        // Even re-signed by the sender, the stream itself refuses it.
        const Error e = readAll(resign(edited, senderKeys()), senderKeys(), coordinatorKeys());
        QCOMPARE(e.code(), ErrorCode::Tampered);
    }

    void finalMissing()
    {
        const QList<Op> ops = makeOps(senderKeys().deviceId.toRfc4122(), 3);
        Craft c;
        c.header = headerFor(ops);
        c.compressed = zstdCompress(payloadOf(ops, Op::Encoding::Compact));
        c.recipients = {recipientOf(coordinatorKeys())};
        c.finalTag = false;
        const Error e = readAll(craft(c, senderKeys()), senderKeys(), coordinatorKeys());
        QCOMPARE(e.code(), ErrorCode::Tampered);
        QVERIFY(e.message().contains(QStringLiteral("end marker")));

        c.finalTag = true; // the same bundle with FINAL reads: the test above is fair
        QCOMPARE(readAll(craft(c, senderKeys()), senderKeys(), coordinatorKeys()).code(),
                 ErrorCode::None);
    }

    void finalTooEarly()
    {
        const QList<Op> ops =
            makeOps(senderKeys().deviceId.toRfc4122(), 1200, 1, QByteArray(32, '\0'), 400, true);
        Craft c;
        c.header = headerFor(ops);
        c.compressed = zstdCompress(payloadOf(ops, Op::Encoding::Compact));
        c.recipients = {recipientOf(coordinatorKeys())};
        c.finalOnFirst = true;
        const Error e = readAll(craft(c, senderKeys()), senderKeys(), coordinatorKeys());
        QCOMPARE(e.code(), ErrorCode::Tampered);
    }

    void wrongRecipient()
    {
        const Error e = readAll(smallBundle(), senderKeys(), outsiderKeys());
        QCOMPARE(e.code(), ErrorCode::Untrusted);
    }

    void tamperedRecipientList()
    {
        const QByteArray b = smallBundle();
        auto reader = BundleReader::parse(b);
        QVERIFY(reader.ok());
        const qsizetype headerSize = BundleFormat::readU32(b.constData() + 10);
        const QByteArray body = b.mid(BundleFormat::kPrefixSize + headerSize);

        const auto rebuild = [&](const BundleHeader &h) {
            const QByteArray hb = h.encode();
            QByteArray out = b.left(BundleFormat::kMagicSize + 2);
            BundleFormat::appendU32(out, quint32(hb.size()));
            return out + hb + body;
        };

        // An outsider adds itself with a key it sealed to itself.
        BundleHeader added = reader.value().header();
        QByteArray fakeKey(32, '\x42');
        QByteArray sealed(BundleHeader::kSealedKeySize, Qt::Uninitialized);
        crypto_box_seal(reinterpret_cast<uchar *>(sealed.data()),
                        reinterpret_cast<const uchar *>(fakeKey.constData()), 32,
                        reinterpret_cast<const uchar *>(outsiderKeys().boxPublicKey.constData()));
        added.sealedKeys.append({outsiderKeys().deviceId.toRfc4122(), sealed});
        const QByteArray withAdded = rebuild(added);
        QCOMPARE(readAll(withAdded, senderKeys(), coordinatorKeys()).code(), ErrorCode::Tampered);
        // Without the signature check, the header hash bound to chunk 1 still refuses it.
        QCOMPARE(readAll(withAdded, senderKeys(), coordinatorKeys(), false).code(),
                 ErrorCode::Tampered);
        QCOMPARE(readAll(withAdded, senderKeys(), outsiderKeys(), false).code(),
                 ErrorCode::Tampered);

        // The coordinator's sealed key swapped for another.
        BundleHeader swapped = reader.value().header();
        swapped.sealedKeys[0].second = sealed;
        QCOMPARE(readAll(rebuild(swapped), senderKeys(), coordinatorKeys()).code(),
                 ErrorCode::Tampered);
        QCOMPARE(readAll(rebuild(swapped), senderKeys(), coordinatorKeys(), false).code(),
                 ErrorCode::Tampered);

        // The coordinator removed: to the coordinator it is no longer addressed.
        BundleHeader removed = reader.value().header();
        removed.sealedKeys[0].first = outsiderKeys().deviceId.toRfc4122();
        QCOMPARE(readAll(rebuild(removed), senderKeys(), coordinatorKeys()).code(),
                 ErrorCode::Tampered);
    }

    void chainBrokenInside()
    {
        QList<Op> ops = makeOps(senderKeys().deviceId.toRfc4122(), 5);
        ops[2].prevHash = QByteArray(32, '\x09');
        Craft c;
        c.header = headerFor(ops);
        c.compressed = zstdCompress(payloadOf(ops, Op::Encoding::Compact));
        c.recipients = {recipientOf(coordinatorKeys())};
        QCOMPARE(readAll(craft(c, senderKeys()), senderKeys(), coordinatorKeys()).code(),
                 ErrorCode::ChainBroken);
    }

    void payloadDisagreesWithHeader()
    {
        const QList<Op> ops = makeOps(senderKeys().deviceId.toRfc4122(), 5);
        Craft c;
        c.recipients = {recipientOf(coordinatorKeys())};

        c.header = headerFor(ops.mid(0, 4)); // says 4, holds 5
        c.compressed = zstdCompress(payloadOf(ops, Op::Encoding::Compact));
        QCOMPARE(readAll(craft(c, senderKeys()), senderKeys(), coordinatorKeys()).code(),
                 ErrorCode::Corrupt);

        c.header = headerFor(ops);
        c.header.ranges.first().firstCounter = 2;
        c.header.ranges.first().lastCounter = 6;
        QCOMPARE(readAll(craft(c, senderKeys()), senderKeys(), coordinatorKeys()).code(),
                 ErrorCode::Corrupt);

        c.header = headerFor(ops);
        c.compressed = zstdCompress(payloadOf(ops, Op::Encoding::Compact) +
                                    QByteArray(1, '\0')); // trailing item
        QCOMPARE(readAll(craft(c, senderKeys()), senderKeys(), coordinatorKeys()).code(),
                 ErrorCode::Corrupt);

        c.compressed =
            zstdCompress(payloadOf(ops, Op::Encoding::Compact)) + zstdCompress(QByteArray(1, '\0'));
        QCOMPARE(readAll(craft(c, senderKeys()), senderKeys(), coordinatorKeys()).code(),
                 ErrorCode::Corrupt);

        c.compressed =
            zstdCompress(payloadOf(ops, Op::Encoding::Compact)).chopped(3); // cut zstd frame
        QCOMPARE(readAll(craft(c, senderKeys()), senderKeys(), coordinatorKeys()).code(),
                 ErrorCode::Corrupt);

        c.compressed = payloadOf(ops, Op::Encoding::Compact); // not compressed at all
        QCOMPARE(readAll(craft(c, senderKeys()), senderKeys(), coordinatorKeys()).code(),
                 ErrorCode::Corrupt);
    }

    void garbage()
    {
        QRandomGenerator rng(5);
        const QByteArray magic(BundleFormat::kMagic, BundleFormat::kMagicSize);
        QList<QByteArray> inputs{
            QByteArray(),           QByteArray("V"),         magic, magic + QByteArray(6, '\0'),
            QByteArray(1000, '\0'), QByteArray(1000, '\xff')};
        for (int i = 0; i < 200; ++i) {
            QByteArray g(int(rng.bounded(1, 3000)), Qt::Uninitialized);
            for (char &ch : g)
                ch = char(rng.bounded(256));
            inputs.append(g);
            inputs.append(magic + QByteArray::fromHex("0001") + g);
        }
        for (const QByteArray &g : inputs) {
            const Error e = readAll(g, senderKeys(), coordinatorKeys());
            QVERIFY2(isRefusal(e.code()), g.left(16).toHex().constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestBundleTamper)
#include "tst_bundletamper.moc"
