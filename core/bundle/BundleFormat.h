#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace vigia {

// The fixed framing of docs/bundle-format.md section 2, shared by the writer
// and the reader so the two can never disagree on a constant.
namespace BundleFormat {

inline constexpr char kMagic[] = "VIGIABUN"; // 8 bytes, no terminator in the file
inline constexpr int kMagicSize = 8;
inline constexpr int kPrefixSize = kMagicSize + 2 + 4; // magic, version u16, header length u32
inline constexpr int kFrameLengthSize = 4;
inline constexpr int kChunkOverhead = 17; // crypto_secretstream ABYTES
inline constexpr int kSignatureSize = 64;
inline constexpr int kDigestSize = 64; // BLAKE2b-512 of the signed bytes
inline constexpr int kBundleIdSize = 32;
inline constexpr int kZstdLevel = 3;
// Readers refuse larger zstd windows, which bounds decoder memory to 16 MiB.
inline constexpr int kZstdWindowLogMax = 24;
inline constexpr char kSignatureContext[] = "vigia-bundle-v1-signature";

void appendU16(QByteArray &out, quint16 v);
void appendU32(QByteArray &out, quint32 v);
[[nodiscard]] quint16 readU16(const char *p);
[[nodiscard]] quint32 readU32(const char *p);

// The message the sender's Ed25519 key signs: the context string followed by
// BLAKE2b-512 of every byte before the signature.
[[nodiscard]] QByteArray signatureMessage(QByteArrayView digest);

} // namespace BundleFormat
} // namespace vigia
