#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vigia {

class Invitation;

// A short code that lets a new device join a project through the hub
// (docs/hub-api.md, "Enrollment"). It is 40 random bits and the first 64
// bits of the project key's fingerprint, in Crockford base32 groups of four
// ("7K2M-QX9D-…", 21 characters): the coordinator reads it to the new member
// by phone. Because the code carries the fingerprint, a dishonest hub cannot
// hand the new device an invitation signed by a key of its own: the device
// checks matches() before it trusts anything the hub returned.
class InvitationCode
{
public:
    static constexpr int kSecretBytes = 5;      // 40 random bits
    static constexpr int kFingerprintBytes = 8; // 64 bits of the project key's fingerprint

    // A fresh code for the project whose key is `projectPk`.
    [[nodiscard]] static InvitationCode generate(const QByteArray &projectPk);
    // What a person typed: any case, with or without dashes and spaces; the
    // letters I, L and O read as 1, 1 and 0. Nothing for anything else.
    [[nodiscard]] static std::optional<InvitationCode> parse(const QString &typed);

    // "XXXX-XXXX-XXXX-XXXX-XXXX-X".
    [[nodiscard]] QString text() const;
    // What the hub stores and looks the code up by: it never needs the code
    // itself until a device redeems it.
    [[nodiscard]] QByteArray hash() const;
    // The invitation is signed by the key this code was made for.
    [[nodiscard]] bool matches(const Invitation &invitation) const;
    [[nodiscard]] bool matchesKey(const QByteArray &projectPk) const;

private:
    QByteArray m_bytes; // secret + fingerprint prefix
};

} // namespace vigia
