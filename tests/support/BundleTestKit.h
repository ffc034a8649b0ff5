#pragma once

// Shared by the bundle tests: fixed test keys, deterministic ops, a
// deterministic random generator for the test vectors, and a hand-written
// bundle builder that can produce what BundleWriter never would (missing
// FINAL, bombs, broken chains) while still signing correctly, so each reader
// check is reached on its own.

#include "bundle/BundleFormat.h"
#include "bundle/BundleHeader.h"
#include "bundle/BundleRecipient.h"
#include "common/CanonicalCbor.h"
#include "crypto/Blake2b.h"
#include "crypto/DeviceKeys.h"
#include "oplog/Op.h"

#include <QList>
#include <QUuid>

#include <sodium.h>
#include <zstd.h>

#include <cstring>

namespace vigia::bundletest {

// Keys from a 32-byte seed of one repeated byte (docs/bundle-format.md §9).
inline DeviceKeys keysFromSeed(char seedByte, const QUuid &deviceId)
{
    if (sodium_init() < 0)
        return {};
    const QByteArray seed(32, seedByte);
    const auto *s = reinterpret_cast<const uchar *>(seed.constData());
    DeviceKeys k;
    k.deviceId = deviceId;
    k.signPublicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.signSecretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<uchar *>(k.signPublicKey.data()),
                             k.signSecretKey.data(), s);
    k.boxPublicKey.resize(crypto_box_PUBLICKEYBYTES);
    k.boxSecretKey = SecretBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_seed_keypair(reinterpret_cast<uchar *>(k.boxPublicKey.data()), k.boxSecretKey.data(),
                            s);
    return k;
}

inline const QUuid kSenderId{QStringLiteral("{00000000-0000-4000-8000-00000000a001}")};
inline const QUuid kCoordinatorId{QStringLiteral("{00000000-0000-4000-8000-00000000c001}")};
inline const QUuid kObservatoryId{QStringLiteral("{00000000-0000-4000-8000-00000000c002}")};
inline const QUuid kOtherId{QStringLiteral("{00000000-0000-4000-8000-00000000e001}")};
inline const QByteArray kProjectId = QByteArray::fromHex("0000000000004000800000000000b001");

// Derived once per process: the tamper tests read thousands of bundles.
inline const DeviceKeys &senderKeys()
{
    static const DeviceKeys k = keysFromSeed('\x01', kSenderId);
    return k;
}
inline const DeviceKeys &coordinatorKeys()
{
    static const DeviceKeys k = keysFromSeed('\x02', kCoordinatorId);
    return k;
}
inline const DeviceKeys &observatoryKeys()
{
    static const DeviceKeys k = keysFromSeed('\x03', kObservatoryId);
    return k;
}
inline const DeviceKeys &outsiderKeys()
{
    static const DeviceKeys k = keysFromSeed('\x04', kOtherId);
    return k;
}

inline BundleRecipient recipientOf(const DeviceKeys &k)
{
    return {k.deviceId.toRfc4122(), k.boxPublicKey};
}

// `count` chained ops of `origin` starting at `firstCounter` (whose
// predecessor hash is `prevHash`), with text values of about `valueSize`
// bytes. Deterministic: the same arguments give the same ops.
inline QList<Op> makeOps(const QByteArray &origin, int count, quint64 firstCounter = 1,
                         QByteArray prevHash = QByteArray(32, '\0'), int valueSize = 24,
                         bool noisy = false)
{
    QList<Op> ops;
    ops.reserve(count);
    for (int i = 0; i < count; ++i) {
        Op op;
        op.origin = origin;
        op.counter = firstCounter + quint64(i);
        op.hlc = (quint64(1'767'225'600'000) + op.counter) << 16;
        op.entity = QStringLiteral("record");
        QByteArray row(16, '\0');
        row[0] = char(0x40);
        row[15] = char((op.counter / 10) & 0xff);
        row[14] = char((op.counter / 2560) & 0xff);
        op.row = row;
        op.field = QStringLiteral("field%1").arg(op.counter % 10);
        QString text = QStringLiteral("valor %1 ").arg(op.counter);
        // Noisy values (hex of a hash) barely compress, for multi-chunk bundles.
        while (text.size() < valueSize)
            text += noisy ? QString::fromLatin1(Blake2b::hash256(text.toUtf8() + origin).toHex())
                          : QStringLiteral("registrado en campo ");
        op.setValue(text.left(valueSize));
        op.prevHash = prevHash;
        prevHash = op.hash();
        ops.append(op);
    }
    return ops;
}

// --- deterministic random bytes (test vectors only) --------------------------
// Request n (counting from 0 since the last reset) for k bytes gets
// randombytes_buf_deterministic(k, seed_n) with
// seed_n = BLAKE2b-256("vigia-bundle-test-rng" || n as 8 bytes big-endian).
inline quint64 &rngCounter()
{
    static quint64 counter = 0;
    return counter;
}

inline void deterministicBuf(void *buf, size_t size)
{
    uchar input[21 + 8];
    std::memcpy(input, "vigia-bundle-test-rng", 21);
    const quint64 n = rngCounter()++;
    for (int i = 0; i < 8; ++i)
        input[21 + i] = uchar(n >> (56 - 8 * i));
    uchar seed[randombytes_SEEDBYTES];
    crypto_generichash(seed, sizeof seed, input, sizeof input, nullptr, 0);
    randombytes_buf_deterministic(buf, size, seed);
}

inline uint32_t deterministicRandom()
{
    uint32_t v = 0;
    deterministicBuf(&v, sizeof v);
    return v;
}

inline const char *deterministicName()
{
    return "vigia-bundle-test-rng";
}

inline void deterministicStir() {}

// Must run before anything calls sodium_init().
inline void installDeterministicRng()
{
    static randombytes_implementation impl = {deterministicName, deterministicRandom,
                                              deterministicStir, nullptr,
                                              deterministicBuf,  nullptr};
    randombytes_set_implementation(&impl);
}

// --- hand-built bundles ------------------------------------------------------

inline QByteArray zstdCompress(const QByteArray &plain, int level = 3)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(plain.size()))), Qt::Uninitialized);
    const size_t n = ZSTD_compress(out.data(), size_t(out.size()), plain.constData(),
                                   size_t(plain.size()), level);
    out.resize(qsizetype(n));
    return out;
}

inline QByteArray payloadOf(const QList<Op> &ops, Op::Encoding encoding = Op::Encoding::Full)
{
    QByteArray p;
    CanonicalCbor::appendHead(p, 4, quint64(ops.size()));
    for (const Op &op : ops)
        p.append(encoding == Op::Encoding::Compact ? op.encodeCompact() : op.encode());
    return p;
}

struct Craft
{
    BundleHeader header;       // ranges/opCount as wanted; keys are filled in
    QByteArray compressed;     // the bytes to encrypt
    bool finalTag = true;      // tag the last chunk FINAL
    bool finalOnFirst = false; // tag the first chunk FINAL too
    QList<BundleRecipient> recipients;
    QByteArray headerBytesOverride; // used verbatim instead of header.encode()
};

// Signs `prefixAndChunks` with `signer` and returns the full bundle.
inline QByteArray sign(QByteArray prefixAndChunks, const DeviceKeys &signer)
{
    const QByteArray digest = Blake2b::hash(prefixAndChunks, BundleFormat::kDigestSize);
    prefixAndChunks.append(signer.sign(BundleFormat::signatureMessage(digest)));
    return prefixAndChunks;
}

// Re-signs a bundle whose body a test has edited.
inline QByteArray resign(const QByteArray &bundle, const DeviceKeys &signer)
{
    return sign(bundle.left(bundle.size() - BundleFormat::kSignatureSize), signer);
}

inline QByteArray craft(Craft c, const DeviceKeys &signer)
{
    uchar key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(key);
    crypto_secretstream_xchacha20poly1305_state st;
    c.header.senderDevice = signer.deviceId.toRfc4122();
    if (c.header.projectId.isEmpty())
        c.header.projectId = kProjectId;
    c.header.streamHeader.resize(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    crypto_secretstream_xchacha20poly1305_init_push(
        &st, reinterpret_cast<uchar *>(c.header.streamHeader.data()), key);
    std::sort(c.recipients.begin(), c.recipients.end(),
              [](const auto &a, const auto &b) { return a.keyId < b.keyId; });
    for (const BundleRecipient &r : c.recipients) {
        QByteArray sealed(BundleHeader::kSealedKeySize, Qt::Uninitialized);
        crypto_box_seal(reinterpret_cast<uchar *>(sealed.data()), key, sizeof key,
                        reinterpret_cast<const uchar *>(r.boxPublicKey.constData()));
        c.header.sealedKeys.append({r.keyId, sealed});
    }
    const QByteArray headerBytes =
        c.headerBytesOverride.isEmpty() ? c.header.encode() : c.headerBytesOverride;
    QByteArray out(BundleFormat::kMagic, BundleFormat::kMagicSize);
    BundleFormat::appendU16(out, quint16(c.header.formatVersion));
    BundleFormat::appendU32(out, quint32(headerBytes.size()));
    out.append(headerBytes);
    const QByteArray headerHash = Blake2b::hash256(headerBytes);
    qsizetype at = 0;
    int index = 0;
    do {
        const qsizetype n = qMin<qsizetype>(BundleHeader::kChunkSize, c.compressed.size() - at);
        const bool last = at + n >= c.compressed.size();
        QByteArray cipher(n + BundleFormat::kChunkOverhead, Qt::Uninitialized);
        const QByteArray ad = index == 0 ? headerHash : QByteArray();
        const uchar tag = ((last && c.finalTag) || (index == 0 && c.finalOnFirst))
                              ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                              : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        crypto_secretstream_xchacha20poly1305_push(
            &st, reinterpret_cast<uchar *>(cipher.data()), nullptr,
            reinterpret_cast<const uchar *>(c.compressed.constData()) + at,
            static_cast<unsigned long long>(n), reinterpret_cast<const uchar *>(ad.constData()),
            static_cast<unsigned long long>(ad.size()), tag);
        BundleFormat::appendU32(out, quint32(cipher.size()));
        out.append(cipher);
        at += n;
        ++index;
    } while (at < c.compressed.size());
    sodium_memzero(key, sizeof key);
    return sign(out, signer);
}

// Header fields for `ops` as BundleWriter would set them.
inline BundleHeader headerFor(const QList<Op> &ops)
{
    BundleHeader h;
    h.opCount = quint64(ops.size());
    h.createdHlc = 1;
    for (const Op &op : ops) {
        if (!h.ranges.isEmpty() && h.ranges.last().origin == op.origin &&
            h.ranges.last().lastCounter + 1 == op.counter)
            h.ranges.last().lastCounter = op.counter;
        else
            h.ranges.append({op.origin, op.counter, op.counter});
    }
    return h;
}

// Byte offsets of each chunk frame (its length field) in a bundle.
inline QList<qsizetype> frameOffsets(const QByteArray &bundle)
{
    QList<qsizetype> offsets;
    qsizetype at =
        BundleFormat::kPrefixSize + qsizetype(BundleFormat::readU32(bundle.constData() + 10));
    const qsizetype end = bundle.size() - BundleFormat::kSignatureSize;
    while (at + 4 <= end) {
        offsets.append(at);
        at += 4 + qsizetype(BundleFormat::readU32(bundle.constData() + at));
    }
    return offsets;
}

} // namespace vigia::bundletest
