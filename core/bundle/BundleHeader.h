#pragma once

#include "bundle/BundleLimits.h"
#include "bundle/BundleRange.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace vigia {

// The plaintext header of a bundle (docs/bundle-format.md section 3). It is
// readable without any key, so `bundle inspect` and the importer's trust
// checks run before anything is decrypted.
struct BundleHeader
{
    Q_DECLARE_TR_FUNCTIONS(vigia::BundleHeader)

public:
    // 2: ops may be of format 2 (Op), chained over their value's digest, and
    // may arrive with their value removed. A version-1 reader would refuse
    // them as malformed; version 1 bundles are still read.
    // 3: a format-2 op whose value is there carries null for its digest
    // (Op::encodeCompact), which a version-2 reader would refuse; versions 1
    // and 2 are still read.
    static constexpr int kFormatVersion = 3;
    static constexpr int kChunkSize = 64 * 1024;
    static constexpr int kStreamHeaderSize = 24; // crypto_secretstream header
    static constexpr int kContentKeySize = 32;
    static constexpr int kSealedKeySize = 80; // crypto_box_SEALBYTES + key

    int formatVersion = kFormatVersion;
    QByteArray projectId;    // 16 bytes
    QByteArray senderDevice; // 16 bytes
    quint64 createdHlc = 0;
    quint64 opCount = 0;
    QList<BundleRange> ranges;
    QString compression = QStringLiteral("zstd");
    int chunkSize = kChunkSize;
    QByteArray streamHeader;                         // 24 bytes
    QList<QPair<QByteArray, QByteArray>> sealedKeys; // (keyId, sealed content key)

    // Canonical CBOR map; equal headers give equal bytes.
    [[nodiscard]] QByteArray encode() const;
    // Strict: the bytes must be the canonical encoding of a well-formed header.
    [[nodiscard]] static Result<BundleHeader> decode(const QByteArray &bytes,
                                                     const BundleLimits &limits = {});
    // The sealed content key for `keyId`, or an empty QByteArray.
    [[nodiscard]] QByteArray sealedKeyFor(const QByteArray &keyId) const;
};

} // namespace vigia
