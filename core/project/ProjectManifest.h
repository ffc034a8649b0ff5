#pragma once

#include "common/Result.h"
#include "crypto/DeviceKeys.h"
#include "project/ManifestDevice.h"
#include "project/ManifestRevocation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigia {

// The project's trust root (docs/design.md §7): who is in the project, with which
// keys, and to whom researcher data is encrypted. Only the holder of the
// project key can produce a manifest that devices accept, so neither a hub
// nor a member can add a recipient or a device. Format: docs/project-format.md.
class ProjectManifest
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ProjectManifest)

public:
    static inline const QString kKind = QStringLiteral("manifest");

    QByteArray projectId; // 16 bytes
    QString name;
    QString hubUrl;
    QString country;
    QByteArray projectPk; // 32 bytes: the key that signs every manifest
    quint64 version = 0;
    quint64 issuedHlc = 0;
    QList<ManifestDevice> devices;
    QList<QByteArray> recipients; // device ids; each must be in devices
    QList<ManifestRevocation> revoked;

    [[nodiscard]] const ManifestDevice *device(const QByteArray &id) const;
    [[nodiscard]] const ManifestRevocation *revocation(const QByteArray &id) const;
    [[nodiscard]] bool isRecipient(const QByteArray &id) const;

    // Canonical CBOR of the body map (devices, recipients and revocations
    // sorted by id, so equal manifests give equal bytes).
    [[nodiscard]] QByteArray encodeBody() const;
    [[nodiscard]] static Result<ProjectManifest> decodeBody(const QByteArray &body);

    // The signed file. projectKey must be the key whose public half is projectPk.
    [[nodiscard]] Result<QByteArray> sign(const DeviceKeys &projectKey) const;
    // Verifies the signed file against the pinned fingerprint and, when
    // projectId is given, the project. Untrusted for a foreign key or project.
    [[nodiscard]] static Result<ProjectManifest> open(const QByteArray &bytes,
                                                      const QByteArray &pinnedFingerprint,
                                                      const QByteArray &projectId = {});
};

} // namespace vigia
