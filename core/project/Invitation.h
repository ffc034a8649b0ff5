#pragma once

#include "common/Result.h"
#include "crypto/DeviceKeys.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vigia {

// What a coordinator hands a new member (docs/project-format.md section 4):
// the hub URL, the project id and the project key, signed by that key. The
// joining device pins the key's fingerprint; the people compare it by phone,
// because a signature alone cannot tell a real invitation from a forged one.
class Invitation
{
    Q_DECLARE_TR_FUNCTIONS(vigia::Invitation)

public:
    static inline const QString kKind = QStringLiteral("invitation");

    QByteArray projectId;
    QString projectName;
    QString hubUrl;
    // SHA-256 of the hub's certificate (DER) for a self-hosted hub with a CA
    // of its own; empty: the system's CAs. Signed with the rest, so a file
    // carried on a stick brings a trust anchor no network can swap.
    QByteArray hubCertSha256;
    QByteArray projectPk;
    QByteArray coordinatorDevice; // who invited
    quint64 createdHlc = 0;

    [[nodiscard]] QByteArray keyFingerprint() const; // Fingerprint::of(projectPk)
    [[nodiscard]] QByteArray sign(const DeviceKeys &projectKey) const;
    [[nodiscard]] static Result<Invitation> open(const QByteArray &bytes);
};

} // namespace vigia
