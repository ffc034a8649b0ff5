#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "BundleTestKit.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::bundletest;

namespace {

Error readAll(const QByteArray &bytes, const BundleLimits &limits = {})
{
    auto reader = BundleReader::parse(bytes, limits);
    if (!reader)
        return reader.error();
    if (Status s = reader.value().verifySignature(senderKeys().signPublicKey); !s)
        return s.error();
    auto ops = reader.value().decrypt(coordinatorKeys());
    if (!ops)
        return ops.error();
    return {};
}

QByteArray bundleOf(int count)
{
    const DeviceKeys &s = senderKeys();
    return BundleWriter::write(kProjectId, s, 1, makeOps(s.deviceId.toRfc4122(), count),
                               {recipientOf(coordinatorKeys())})
        .value();
}

// A payload announcing one op whose single byte string runs to `size` bytes of
// zeros: well-formed as far as it goes, so only a size limit can stop it.
QByteArray bombPayload(qint64 size)
{
    QByteArray p;
    CanonicalCbor::appendHead(p, 4, 1);
    CanonicalCbor::appendHead(p, 4, 9);
    CanonicalCbor::appendHead(p, 2, 16);
    p.append(QByteArray(16, 'a'));
    CanonicalCbor::appendHead(p, 0, 1);
    CanonicalCbor::appendHead(p, 0, 5);
    CanonicalCbor::appendHead(p, 3, quint64(size));
    p.append(QByteArray(size, '\0'));
    return p;
}

QByteArray craftBomb(qint64 size)
{
    Craft c;
    c.header.opCount = 1;
    c.header.ranges = {{QByteArray(16, 'a'), 1, 1}};
    c.compressed = zstdCompress(bombPayload(size));
    c.recipients = {recipientOf(coordinatorKeys())};
    return craft(c, senderKeys());
}

} // namespace

// Size limits: each refuses before the memory is spent.
class TestBundleLimits : public QObject
{
    Q_OBJECT

private slots:
    void withinLimitsReads() { QCOMPARE(readAll(bundleOf(50)).code(), ErrorCode::None); }

    void oversizedBundle()
    {
        const QByteArray b = bundleOf(50);
        BundleLimits limits;
        limits.maxBundleBytes = b.size() - 1;
        QCOMPARE(readAll(b, limits).code(), ErrorCode::TooLarge);

        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("b")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(b);
        f.close();
        auto r = BundleReader::parseFile(f.fileName(), limits);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), ErrorCode::TooLarge);
        limits.maxBundleBytes = b.size();
        QVERIFY(BundleReader::parseFile(f.fileName(), limits).ok());
    }

    void oversizedHeader()
    {
        const QByteArray b = bundleOf(5);
        BundleLimits limits;
        limits.maxHeaderBytes = 100;
        QCOMPARE(readAll(b, limits).code(), ErrorCode::TooLarge);

        // A header length field claiming 4 GiB, with default limits.
        QByteArray huge = b;
        huge[10] = huge[11] = huge[12] = huge[13] = '\xff';
        QCOMPARE(readAll(huge).code(), ErrorCode::TooLarge);

        // A real 2 MiB header (padding in a recipient-sized field is not
        // possible, so a long compression name) is refused by its length.
        Craft c;
        const QList<Op> ops = makeOps(senderKeys().deviceId.toRfc4122(), 1);
        c.header = headerFor(ops);
        c.header.compression = QString(2 * 1024 * 1024, QLatin1Char('z'));
        c.compressed = zstdCompress(payloadOf(ops));
        c.recipients = {recipientOf(coordinatorKeys())};
        QCOMPARE(readAll(craft(c, senderKeys())).code(), ErrorCode::TooLarge);
    }

    void oversizedPayload()
    {
        const QByteArray b = bundleOf(2000);
        BundleLimits limits;
        limits.maxPayloadBytes = 10000;
        QCOMPARE(readAll(b, limits).code(), ErrorCode::TooLarge);
    }

    void tooManyOps()
    {
        BundleLimits limits;
        limits.maxOps = 49;
        QCOMPARE(readAll(bundleOf(50), limits).code(), ErrorCode::TooLarge);
        limits.maxOps = 50;
        QCOMPARE(readAll(bundleOf(50), limits).code(), ErrorCode::None);
    }

    void tooManyRecipients()
    {
        const DeviceKeys &s = senderKeys();
        const QByteArray b =
            BundleWriter::write(kProjectId, s, 1, makeOps(s.deviceId.toRfc4122(), 2),
                                {recipientOf(coordinatorKeys()), recipientOf(observatoryKeys())})
                .value();
        BundleLimits limits;
        limits.maxRecipients = 1;
        QCOMPARE(readAll(b, limits).code(), ErrorCode::TooLarge);
    }

    void zstdBombAgainstPayloadLimit()
    {
        // 64 MiB of zeros compress to a few kilobytes.
        const QByteArray bomb = craftBomb(64 * 1024 * 1024);
        QVERIFY(bomb.size() < 64 * 1024);
        BundleLimits limits;
        limits.maxPayloadBytes = 8 * 1024 * 1024;
        limits.maxOpBytes = 128 * 1024 * 1024; // so only the payload limit can stop it
        QCOMPARE(readAll(bomb, limits).code(), ErrorCode::TooLarge);
    }

    void zstdBombAgainstOpLimit()
    {
        // With default limits, the one giant op stops at the op size limit
        // long before the 1 GiB payload limit.
        QCOMPARE(readAll(craftBomb(64 * 1024 * 1024)).code(), ErrorCode::TooLarge);
    }

    void zstdWindowTooLarge()
    {
        const QList<Op> ops = makeOps(senderKeys().deviceId.toRfc4122(), 20);
        const QByteArray plain = payloadOf(ops);
        ZSTD_CCtx *ctx = ZSTD_createCCtx();
        ZSTD_CCtx_setParameter(ctx, ZSTD_c_windowLog, 27);
        QByteArray out(qsizetype(ZSTD_compressBound(size_t(plain.size()))) + 64, Qt::Uninitialized);
        // Streamed, so the frame declares the window instead of a content size.
        ZSTD_inBuffer in{plain.constData(), size_t(plain.size()), 0};
        ZSTD_outBuffer o{out.data(), size_t(out.size()), 0};
        QVERIFY(!ZSTD_isError(ZSTD_compressStream2(ctx, &o, &in, ZSTD_e_continue)));
        ZSTD_inBuffer none{nullptr, 0, 0};
        QCOMPARE(ZSTD_compressStream2(ctx, &o, &none, ZSTD_e_end), size_t(0));
        ZSTD_freeCCtx(ctx);
        out.resize(qsizetype(o.pos));

        Craft c;
        c.header = headerFor(ops);
        c.compressed = out;
        c.recipients = {recipientOf(coordinatorKeys())};
        QCOMPARE(readAll(craft(c, senderKeys())).code(), ErrorCode::TooLarge);
    }
};

QTEST_GUILESS_MAIN(TestBundleLimits)
#include "tst_bundlelimits.moc"
