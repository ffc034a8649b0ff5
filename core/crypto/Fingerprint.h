#pragma once

#include <QByteArray>
#include <QString>

namespace vigia {

// The short, human-comparable identity of a signing key (docs/design.md §6): the first
// 16 bytes of BLAKE2b-256 over the 32-byte Ed25519 public key, shown as
// lowercase hex in groups of four ("a1b2 c3d4 …") so two people can read it
// aloud over the phone.
class Fingerprint
{
public:
    static constexpr int Length = 16;

    // Empty if signPublicKey is not a 32-byte Ed25519 public key.
    [[nodiscard]] static QByteArray of(const QByteArray &signPublicKey);
    // Any length is accepted; the last group is shorter if the hex length is
    // not a multiple of four.
    [[nodiscard]] static QString format(const QByteArray &fp16);
    // format(of(signPublicKey)); empty for an invalid key.
    [[nodiscard]] static QString ofKey(const QByteArray &signPublicKey);
};

} // namespace vigia
