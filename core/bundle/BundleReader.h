#pragma once

#include "bundle/BundleHeader.h"
#include "bundle/BundleLimits.h"
#include "common/Result.h"
#include "crypto/DeviceKeys.h"
#include "oplog/Op.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigia {

// Reads a bundle in the order of docs/bundle-format.md section 7 and stops at
// the first failure. parse() needs no key (`bundle inspect`); the importer
// then checks project and sender, calls verifySignature() with the sender's
// key from the manifest, and decrypt() with this device's keys. Nothing is
// applied here.
class BundleReader
{
    Q_DECLARE_TR_FUNCTIONS(vigia::BundleReader)

public:
    // Size limits, then the framing and the header.
    [[nodiscard]] static Result<BundleReader> parse(QByteArray bytes,
                                                    const BundleLimits &limits = {});
    [[nodiscard]] static Result<BundleReader> parseFile(const QString &path,
                                                        const BundleLimits &limits = {});

    [[nodiscard]] const BundleHeader &header() const { return m_header; }
    // BLAKE2b-256 of the signed bytes: the same bundle has the same id everywhere.
    [[nodiscard]] QByteArray bundleId() const { return m_bundleId; }
    [[nodiscard]] qint64 size() const { return m_bytes.size(); }

    // Tampered if the trailer is not the sender's signature over the bundle.
    [[nodiscard]] Status verifySignature(const QByteArray &senderSignPk) const;

    // Our sealed key (Untrusted if none), every chunk, FINAL, bounded zstd,
    // canonical CBOR ops, header counts and ranges, hash chains per run.
    // `hashes`, when given, gets each op's hash (Op::hash), which checking the
    // chains computed anyway.
    [[nodiscard]] Result<QList<Op>> decrypt(const DeviceKeys &recipient,
                                            QList<QByteArray> *hashes = nullptr) const;

private:
    BundleReader() = default;

    QByteArray m_bytes;
    BundleLimits m_limits;
    BundleHeader m_header;
    qint64 m_headerOffset = 0;
    qint64 m_payloadOffset = 0; // first chunk frame
    qint64 m_signedSize = 0;    // bytes covered by the signature
    QByteArray m_digest;        // BLAKE2b-512 of the signed bytes
    QByteArray m_bundleId;
};

} // namespace vigia
