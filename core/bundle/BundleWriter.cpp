#include "bundle/BundleWriter.h"

#include "bundle/BundleFormat.h"
#include "bundle/BundleHeader.h"
#include "bundle/BundleLimits.h"
#include "common/CanonicalCbor.h"
#include "common/LogCategories.h"
#include "crypto/Blake2b.h"
#include "crypto/SecretBytes.h"
#include "crypto/Sodium.h"

#include <QBuffer>
#include <QHash>
#include <QSaveFile>

#include <sodium.h>
#include <zstd.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace vigia {

namespace {

using Sink = std::function<bool(QByteArrayView)>;
constexpr qsizetype kStagingBytes = 256 * 1024;

Error invalid(const QString &message)
{
    return Error(ErrorCode::Validation, message);
}

// Splits the ops into runs of consecutive, chained counters per origin and
// refuses input the reader would refuse, so a bundle is never written that
// nobody can import.
Result<QList<BundleRange>> rangesOf(const QList<Op> &ops)
{
    QList<BundleRange> ranges;
    QHash<QByteArray, quint64> lastOfOrigin;
    QByteArray prevHash;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const Op &op = ops.at(i);
        if (Status s = op.validate(); !s)
            return s.error();
        const bool continues = !ranges.isEmpty() && ranges.last().origin == op.origin &&
                               ranges.last().lastCounter + 1 == op.counter;
        if (continues) {
            if (op.prevHash != prevHash)
                return Error(ErrorCode::ChainBroken,
                             BundleWriter::tr("Change %1 does not follow the change before it "
                                              "from the same device. No bundle was written; "
                                              "run \"vigiactl oplog verify\".")
                                 .arg(i + 1));
            ranges.last().lastCounter = op.counter;
        } else {
            const auto it = lastOfOrigin.constFind(op.origin);
            if (it != lastOfOrigin.constEnd() && op.counter <= it.value())
                return invalid(BundleWriter::tr("The changes to export are not in order (change "
                                                "%1 repeats or goes back). No bundle was "
                                                "written.")
                                   .arg(i + 1));
            ranges.append({op.origin, op.counter, op.counter});
        }
        lastOfOrigin.insert(op.origin, op.counter);
        prevHash = op.hash();
    }
    return ranges;
}

class ZstdCStream
{
public:
    ZstdCStream()
        : m_ctx(ZSTD_createCCtx())
    {}
    ~ZstdCStream() { ZSTD_freeCCtx(m_ctx); }
    ZstdCStream(const ZstdCStream &) = delete;
    ZstdCStream &operator=(const ZstdCStream &) = delete;
    ZSTD_CCtx *get() const { return m_ctx; }

private:
    ZSTD_CCtx *m_ctx;
};

// Everything after the header: compresses encoded ops, cuts the compressed
// stream into 64 KiB chunks and encrypts them, holding back at least one byte
// so the last chunk can carry TAG_FINAL.
class PayloadEncoder
{
public:
    PayloadEncoder(crypto_secretstream_xchacha20poly1305_state *state, QByteArray headerHash,
                   std::function<bool(QByteArrayView)> emitBytes)
        : m_state(state)
        , m_headerHash(std::move(headerHash))
        , m_emitBytes(std::move(emitBytes))
        , m_out(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized)
    {
        ZSTD_CCtx_setParameter(m_zstd.get(), ZSTD_c_compressionLevel, BundleFormat::kZstdLevel);
        ZSTD_CCtx_setParameter(m_zstd.get(), ZSTD_c_windowLog, 21);
    }

    bool add(QByteArrayView plain) { return compress(plain, ZSTD_e_continue); }

    bool finish()
    {
        if (!compress({}, ZSTD_e_end))
            return false;
        while (m_pending.size() > BundleHeader::kChunkSize)
            if (!push(BundleHeader::kChunkSize, false))
                return false;
        return push(m_pending.size(), true);
    }

private:
    bool compress(QByteArrayView plain, ZSTD_EndDirective mode)
    {
        ZSTD_inBuffer in{plain.data(), size_t(plain.size()), 0};
        for (;;) {
            ZSTD_outBuffer out{m_out.data(), size_t(m_out.size()), 0};
            const size_t left = ZSTD_compressStream2(m_zstd.get(), &out, &in, mode);
            if (ZSTD_isError(left))
                return false;
            m_pending.append(m_out.constData(), qsizetype(out.pos));
            while (m_pending.size() > BundleHeader::kChunkSize)
                if (!push(BundleHeader::kChunkSize, false))
                    return false;
            const bool done = mode == ZSTD_e_end ? left == 0 : in.pos == in.size;
            if (done)
                return true;
        }
    }

    bool push(qsizetype n, bool final)
    {
        QByteArray frame;
        frame.reserve(BundleFormat::kFrameLengthSize + n + BundleFormat::kChunkOverhead);
        BundleFormat::appendU32(frame, quint32(n + BundleFormat::kChunkOverhead));
        frame.resize(BundleFormat::kFrameLengthSize + n + BundleFormat::kChunkOverhead);
        const QByteArray ad = m_chunks == 0 ? m_headerHash : QByteArray();
        const int rc = crypto_secretstream_xchacha20poly1305_push(
            m_state, reinterpret_cast<uchar *>(frame.data()) + BundleFormat::kFrameLengthSize,
            nullptr, reinterpret_cast<const uchar *>(m_pending.constData()),
            static_cast<unsigned long long>(n), reinterpret_cast<const uchar *>(ad.constData()),
            static_cast<unsigned long long>(ad.size()),
            final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                  : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        m_pending.remove(0, n);
        ++m_chunks;
        return rc == 0 && m_emitBytes(frame);
    }

    crypto_secretstream_xchacha20poly1305_state *m_state;
    QByteArray m_headerHash;
    std::function<bool(QByteArrayView)> m_emitBytes;
    ZstdCStream m_zstd;
    QByteArray m_out;
    QByteArray m_pending;
    qint64 m_chunks = 0;
};

Result<QByteArray> writeBundle(const Sink &sink, const QByteArray &projectId,
                               const DeviceKeys &sender, quint64 createdHlc, const QList<Op> &ops,
                               QList<BundleRecipient> recipients)
{
    if (!Sodium::init())
        return Error(ErrorCode::Failure,
                     BundleWriter::tr("The encryption library could not start. Reinstall Vigia."));
    if (projectId.size() != 16)
        return invalid(BundleWriter::tr("The project id is not 16 bytes. Set up the project "
                                        "again."));
    if (!sender.isValid())
        return invalid(BundleWriter::tr("This device's keys are missing or damaged, so it cannot "
                                        "sign a bundle. Unlock the workspace and try again."));
    if (recipients.isEmpty() || recipients.size() > BundleLimits().maxRecipients)
        return invalid(BundleWriter::tr("A bundle needs between 1 and %1 recipients; the project "
                                        "manifest lists %2. Ask the coordinator to fix the "
                                        "recipients.")
                           .arg(BundleLimits().maxRecipients)
                           .arg(recipients.size()));
    std::sort(recipients.begin(), recipients.end(),
              [](const auto &a, const auto &b) { return a.keyId < b.keyId; });
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const BundleRecipient &r = recipients.at(i);
        if (r.keyId.size() != 16 || r.boxPublicKey.size() != crypto_box_PUBLICKEYBYTES ||
            (i > 0 && recipients.at(i - 1).keyId == r.keyId))
            return invalid(BundleWriter::tr("A recipient's key is malformed or listed twice. Ask "
                                            "the coordinator to check the project manifest."));
    }
    auto ranges = rangesOf(ops);
    if (!ranges)
        return ranges.error();

    SecretBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    SecretBytes state(sizeof(crypto_secretstream_xchacha20poly1305_state));
    if (key.isEmpty() || state.isEmpty())
        return Error(ErrorCode::Failure,
                     BundleWriter::tr("Not enough secure memory to encrypt a bundle. Close other "
                                      "programs and try again."));
    auto *st = reinterpret_cast<crypto_secretstream_xchacha20poly1305_state *>(state.data());
    crypto_secretstream_xchacha20poly1305_keygen(key.data());

    BundleHeader header;
    header.projectId = projectId;
    header.senderDevice = sender.deviceId.toRfc4122();
    header.createdHlc = createdHlc;
    header.opCount = quint64(ops.size());
    header.ranges = ranges.take();
    header.streamHeader.resize(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    crypto_secretstream_xchacha20poly1305_init_push(
        st, reinterpret_cast<uchar *>(header.streamHeader.data()), key.constData());
    for (const BundleRecipient &r : recipients) {
        QByteArray sealed(BundleHeader::kSealedKeySize, Qt::Uninitialized);
        if (crypto_box_seal(reinterpret_cast<uchar *>(sealed.data()), key.constData(), key.size(),
                            reinterpret_cast<const uchar *>(r.boxPublicKey.constData())) != 0)
            return invalid(BundleWriter::tr("A recipient's public key is not usable. Ask the "
                                            "coordinator to check the project manifest."));
        header.sealedKeys.append({r.keyId, sealed});
    }
    const QByteArray headerBytes = header.encode();

    Blake2b idHash(BundleFormat::kBundleIdSize);
    Blake2b digest(BundleFormat::kDigestSize);
    bool sinkOk = true;
    const auto emitBytes = [&](QByteArrayView bytes) {
        idHash.addData(bytes);
        digest.addData(bytes);
        sinkOk = sinkOk && sink(bytes);
        return sinkOk;
    };
    QByteArray prefix(BundleFormat::kMagic, BundleFormat::kMagicSize);
    BundleFormat::appendU16(prefix, quint16(BundleHeader::kFormatVersion));
    BundleFormat::appendU32(prefix, quint32(headerBytes.size()));
    prefix.append(headerBytes);
    const auto ioError = [] {
        return Error(ErrorCode::Io, BundleWriter::tr("The bundle could not be written. Check that "
                                                     "the disk has space and is writable."));
    };
    if (!emitBytes(prefix))
        return ioError();

    PayloadEncoder encoder(st, Blake2b::hash256(headerBytes), emitBytes);
    QByteArray staging;
    staging.reserve(kStagingBytes + 4096);
    // The payload is one canonical CBOR array of the ops' own encodings,
    // without the digests a reader computes from the values (format 3).
    CanonicalCbor::appendHead(staging, 4, quint64(ops.size()));
    for (const Op &op : ops) {
        staging.append(op.encodeCompact());
        if (staging.size() >= kStagingBytes) {
            if (!encoder.add(staging))
                return sinkOk ? Error(ErrorCode::Failure, BundleWriter::tr("Compressing or "
                                                                           "encrypting the "
                                                                           "bundle failed."))
                              : ioError();
            staging.clear();
        }
    }
    if (!encoder.add(staging) || !encoder.finish())
        return sinkOk ? Error(ErrorCode::Failure,
                              BundleWriter::tr("Compressing or encrypting the bundle failed."))
                      : ioError();

    const QByteArray signature = sender.sign(BundleFormat::signatureMessage(digest.result()));
    if (signature.size() != BundleFormat::kSignatureSize)
        return Error(ErrorCode::Failure, BundleWriter::tr("Signing the bundle failed. Unlock the "
                                                          "workspace and try again."));
    if (!sink(signature))
        return ioError();
    const QByteArray id = idHash.result();
    qCDebug(lcBundle) << "wrote bundle" << id.toHex() << "ops" << ops.size() << "recipients"
                      << recipients.size();
    return id;
}

} // namespace

Result<QByteArray> BundleWriter::write(const QByteArray &projectId, const DeviceKeys &sender,
                                       quint64 createdHlc, const QList<Op> &ops,
                                       const QList<BundleRecipient> &recipients)
{
    QByteArray out;
    const auto sink = [&out](QByteArrayView bytes) {
        out.append(bytes.data(), bytes.size());
        return true;
    };
    auto id = writeBundle(sink, projectId, sender, createdHlc, ops, recipients);
    if (!id)
        return id.error();
    return out;
}

Result<QByteArray> BundleWriter::writeTo(QIODevice &device, const QByteArray &projectId,
                                         const DeviceKeys &sender, quint64 createdHlc,
                                         const QList<Op> &ops,
                                         const QList<BundleRecipient> &recipients)
{
    const auto sink = [&device](QByteArrayView bytes) {
        return device.write(bytes.data(), bytes.size()) == bytes.size();
    };
    return writeBundle(sink, projectId, sender, createdHlc, ops, recipients);
}

Status BundleWriter::writeFile(const QByteArray &projectId, const DeviceKeys &sender,
                               quint64 createdHlc, const QList<Op> &ops,
                               const QList<BundleRecipient> &recipients, const QString &path)
{
    // QSaveFile writes a temporary file, fsyncs it and renames it over
    // `path`, so a pulled USB stick never leaves half a bundle behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("Could not create %1 (%2). Check that the folder exists "
                                       "and is writable.")
                                        .arg(path, file.errorString()));
    auto id = writeTo(file, projectId, sender, createdHlc, ops, recipients);
    if (!id) {
        file.cancelWriting();
        return id.error();
    }
    if (!file.commit())
        return Error(ErrorCode::Io, tr("Could not save %1 (%2). Check that the disk has space.")
                                        .arg(path, file.errorString()));
    return {};
}

} // namespace vigia
