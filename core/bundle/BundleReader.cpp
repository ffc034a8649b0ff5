#include "bundle/BundleReader.h"

#include "bundle/BundleFormat.h"
#include "bundle/BundlePayloadParser.h"
#include "common/LogCategories.h"
#include "crypto/Blake2b.h"
#include "crypto/SecretBytes.h"
#include "crypto/Sodium.h"

#include <QFile>

#include <sodium.h>
#include <zstd.h>
#include <zstd_errors.h>

namespace vigia {

namespace {

constexpr qint64 kMaxFrame = BundleHeader::kChunkSize + BundleFormat::kChunkOverhead;

Error corrupt(const QString &why)
{
    return Error(ErrorCode::Corrupt,
                 BundleReader::tr("This file is not a readable Vigia bundle (%1). It may be "
                                  "incomplete: copy it again from the sender.")
                     .arg(why));
}

Error tampered(const QString &why)
{
    return Error(ErrorCode::Tampered,
                 BundleReader::tr("The bundle was altered after it was signed (%1). Nothing was "
                                  "applied. Delete the file and ask the sender for a new copy.")
                     .arg(why));
}

Error tooLarge(const QString &what, qint64 limit)
{
    return Error(ErrorCode::TooLarge,
                 BundleReader::tr("The bundle's %1 is larger than the %2 bytes this device "
                                  "accepts, so it was not read. Ask the sender to export smaller "
                                  "bundles.")
                     .arg(what)
                     .arg(limit));
}

class ZstdDStream
{
public:
    ZstdDStream()
        : m_ctx(ZSTD_createDCtx())
    {}
    ~ZstdDStream() { ZSTD_freeDCtx(m_ctx); }
    ZstdDStream(const ZstdDStream &) = delete;
    ZstdDStream &operator=(const ZstdDStream &) = delete;
    ZSTD_DCtx *get() const { return m_ctx; }

private:
    ZSTD_DCtx *m_ctx;
};

} // namespace

Result<BundleReader> BundleReader::parse(QByteArray bytes, const BundleLimits &limits)
{
    using namespace BundleFormat;
    if (bytes.size() > limits.maxBundleBytes)
        return tooLarge(tr("file"), limits.maxBundleBytes);
    if (bytes.size() < kMagicSize || !bytes.startsWith(QByteArrayView(kMagic, kMagicSize)))
        return corrupt(tr("no bundle signature at the start"));
    if (bytes.size() < kPrefixSize)
        return corrupt(tr("truncated"));
    const quint16 version = readU16(bytes.constData() + kMagicSize);
    if (version == 0)
        return corrupt(tr("format version 0"));
    if (version > BundleHeader::kFormatVersion)
        return Error(ErrorCode::TooNew,
                     tr("This bundle uses format %1, made by a newer Vigia. Update Vigia to "
                        "import it.")
                         .arg(version));
    const qint64 headerSize = readU32(bytes.constData() + kMagicSize + 2);
    if (headerSize > limits.maxHeaderBytes)
        return tooLarge(tr("header"), limits.maxHeaderBytes);
    if (kPrefixSize + headerSize + kSignatureSize > bytes.size())
        return corrupt(tr("truncated"));

    BundleReader reader;
    reader.m_limits = limits;
    auto header = BundleHeader::decode(bytes.mid(kPrefixSize, headerSize), limits);
    if (!header)
        return header.error();
    if (header.value().formatVersion != version)
        return corrupt(tr("header version differs from the file version"));
    reader.m_header = header.take();
    reader.m_headerOffset = kPrefixSize;
    reader.m_payloadOffset = kPrefixSize + headerSize;
    reader.m_signedSize = bytes.size() - kSignatureSize;

    // The frames must tile the space between header and signature exactly.
    qint64 at = reader.m_payloadOffset;
    int frames = 0;
    while (at < reader.m_signedSize) {
        if (reader.m_signedSize - at < kFrameLengthSize)
            return corrupt(tr("truncated chunk"));
        const qint64 length = readU32(bytes.constData() + at);
        if (length < kChunkOverhead || length > kMaxFrame)
            return corrupt(tr("chunk %1 has an impossible length").arg(frames + 1));
        if (length > reader.m_signedSize - at - kFrameLengthSize)
            return corrupt(tr("truncated chunk"));
        at += kFrameLengthSize + length;
        ++frames;
    }
    if (frames == 0)
        return corrupt(tr("no encrypted data"));

    const QByteArrayView signedBytes(bytes.constData(), reader.m_signedSize);
    reader.m_bundleId = Blake2b::hash(signedBytes, kBundleIdSize);
    reader.m_digest = Blake2b::hash(signedBytes, kDigestSize);
    reader.m_bytes = std::move(bytes);
    return reader;
}

Result<BundleReader> BundleReader::parseFile(const QString &path, const BundleLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                     tr("Could not open %1 (%2).").arg(path, file.errorString()));
    // Checked before reading so a huge file is never loaded.
    if (file.size() > limits.maxBundleBytes)
        return tooLarge(tr("file"), limits.maxBundleBytes);
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Io, tr("Could not read %1 (%2).").arg(path, file.errorString()));
    return parse(std::move(bytes), limits);
}

Status BundleReader::verifySignature(const QByteArray &senderSignPk) const
{
    if (senderSignPk.size() != crypto_sign_PUBLICKEYBYTES)
        return Error(ErrorCode::Untrusted, tr("The sender's signing key in the project manifest "
                                              "is malformed. Ask the coordinator to check it."));
    const QByteArrayView signature(m_bytes.constData() + m_signedSize,
                                   BundleFormat::kSignatureSize);
    if (!DeviceKeys::verify(BundleFormat::signatureMessage(m_digest), signature, senderSignPk))
        return tampered(tr("the signature does not match the sender's key"));
    return {};
}

Result<QList<Op>> BundleReader::decrypt(const DeviceKeys &recipient,
                                        QList<QByteArray> *hashes) const
{
    using namespace BundleFormat;
    if (!Sodium::init())
        return Error(ErrorCode::Failure,
                     tr("The encryption library could not start. Reinstall Vigia."));
    const QByteArray sealed = m_header.sealedKeyFor(recipient.deviceId.toRfc4122());
    if (sealed.isEmpty())
        return Error(ErrorCode::Untrusted,
                     tr("This bundle is not addressed to this device. Import it on a "
                        "coordinator's device, or ask the coordinator to add this device to the "
                        "project's recipients."));
    if (recipient.boxPublicKey.size() != crypto_box_PUBLICKEYBYTES ||
        recipient.boxSecretKey.size() != crypto_box_SECRETKEYBYTES)
        return Error(ErrorCode::Locked, tr("This device's keys are not available. Unlock the "
                                           "workspace and try again."));
    SecretBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    SecretBytes state(sizeof(crypto_secretstream_xchacha20poly1305_state));
    if (key.isEmpty() || state.isEmpty())
        return Error(ErrorCode::Failure, tr("Not enough secure memory to decrypt a bundle. Close "
                                            "other programs and try again."));
    if (crypto_box_seal_open(key.data(), reinterpret_cast<const uchar *>(sealed.constData()),
                             quint64(sealed.size()),
                             reinterpret_cast<const uchar *>(recipient.boxPublicKey.constData()),
                             recipient.boxSecretKey.constData()) != 0)
        return tampered(tr("the content key for this device does not open"));
    auto *st = reinterpret_cast<crypto_secretstream_xchacha20poly1305_state *>(state.data());
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            st, reinterpret_cast<const uchar *>(m_header.streamHeader.constData()),
            key.constData()) != 0)
        return corrupt(tr("stream header"));

    // Every chunk, then FINAL, before any byte is decompressed: a failure
    // anywhere is reported as tampering, never as a payload error.
    const QByteArray headerHash = Blake2b::hash256(
        QByteArrayView(m_bytes.constData() + m_headerOffset, m_payloadOffset - m_headerOffset));
    QByteArray compressed;
    compressed.reserve(m_signedSize - m_payloadOffset);
    qint64 at = m_payloadOffset;
    int index = 0;
    bool final = false;
    while (at < m_signedSize) {
        if (final)
            return tampered(tr("data after the final chunk"));
        const qint64 length = readU32(m_bytes.constData() + at);
        const auto *cipher =
            reinterpret_cast<const uchar *>(m_bytes.constData()) + at + kFrameLengthSize;
        const qsizetype plainSize = qsizetype(length - kChunkOverhead);
        const qsizetype offset = compressed.size();
        compressed.resize(offset + plainSize);
        const QByteArray ad = index == 0 ? headerHash : QByteArray();
        uchar tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                st, reinterpret_cast<uchar *>(compressed.data()) + offset, nullptr, &tag, cipher,
                static_cast<unsigned long long>(length),
                reinterpret_cast<const uchar *>(ad.constData()),
                static_cast<unsigned long long>(ad.size())) != 0)
            return tampered(tr("chunk %1 fails its authentication check").arg(index + 1));
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        at += kFrameLengthSize + length;
        if (!final && plainSize != BundleHeader::kChunkSize && at < m_signedSize)
            return corrupt(tr("chunk %1 is short but not the last").arg(index + 1));
        ++index;
    }
    if (!final)
        return tampered(tr("the end marker is missing, chunks were removed"));

    ZstdDStream zstd;
    ZSTD_DCtx_setParameter(zstd.get(), ZSTD_d_windowLogMax, kZstdWindowLogMax);
    QByteArray out(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    ZSTD_inBuffer in{compressed.constData(), size_t(compressed.size()), 0};
    BundlePayloadParser parser(m_header.opCount, m_header.ranges, m_limits.maxOpBytes,
                               m_header.formatVersion >= 3 ? Op::Encoding::Compact
                                                           : Op::Encoding::Full);
    qint64 total = 0;
    for (;;) {
        ZSTD_outBuffer o{out.data(), size_t(out.size()), 0};
        const size_t rc = ZSTD_decompressStream(zstd.get(), &o, &in);
        if (ZSTD_isError(rc)) {
            if (ZSTD_getErrorCode(rc) == ZSTD_error_frameParameter_windowTooLarge)
                return tooLarge(tr("compression window"), qint64(1) << kZstdWindowLogMax);
            return corrupt(tr("compressed data: %1").arg(QString::fromUtf8(ZSTD_getErrorName(rc))));
        }
        total += qint64(o.pos);
        if (total > m_limits.maxPayloadBytes)
            return tooLarge(tr("uncompressed content"), m_limits.maxPayloadBytes);
        if (Status s = parser.feed(QByteArrayView(out.constData(), qsizetype(o.pos))); !s)
            return s.error();
        if (rc == 0) {
            if (in.pos != in.size)
                return corrupt(tr("data after the compressed content"));
            break;
        }
        if (in.pos == in.size && o.pos < o.size)
            return corrupt(tr("the compressed content is cut short"));
    }
    if (Status s = parser.finish(); !s)
        return s.error();
    qCDebug(lcBundle) << "decrypted bundle" << m_bundleId.toHex() << "chunks" << index << "ops"
                      << m_header.opCount;
    if (hashes)
        *hashes = parser.takeHashes();
    return parser.takeOps();
}

} // namespace vigia
