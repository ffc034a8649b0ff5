#pragma once

#include "common/Result.h"
#include "crypto/DeviceKeys.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vigia {

// The envelope shared by invitations, join requests, manifests and receipts
// (docs/project-format.md section 2): a canonical CBOR map
//   {"body": bstr, "kind": tstr, "sig": bstr(64), "format": "vigia-signed", "signer_pk": bstr(32)}
// where sig = Ed25519 over "vigia/" + kind + 0x00 + body. The kind is part of
// the signed message, so a signed receipt can never pass for a manifest.
// open() proves only that signer_pk signed; whose key that is, each caller
// decides (the pinned project key, a manifest device, the request itself).
class SignedFile
{
    Q_DECLARE_TR_FUNCTIONS(vigia::SignedFile)

public:
    // These files list at most a few hundred devices; anything larger is not one.
    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024;

    QString kind;
    QByteArray body; // canonical CBOR of the kind's own map
    QByteArray signerPk;

    [[nodiscard]] static QByteArray seal(const QString &kind, const QByteArray &body,
                                         const DeviceKeys &signer);
    // Corrupt if malformed or of another kind, Tampered if the signature fails.
    [[nodiscard]] static Result<SignedFile> open(const QByteArray &bytes,
                                                 const QString &expectedKind);

    [[nodiscard]] static Result<QByteArray> readFile(const QString &path);
    // Atomic (QSaveFile): a reader never sees half a file.
    [[nodiscard]] static Status writeFile(const QString &path, const QByteArray &bytes);
};

} // namespace vigia
