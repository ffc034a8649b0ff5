#include "project/Invitation.h"

#include "common/CanonicalCbor.h"
#include "crypto/Fingerprint.h"
#include "project/SignedFile.h"

#include <QCborMap>
#include <QCborValue>

namespace vigia {

QByteArray Invitation::keyFingerprint() const
{
    return Fingerprint::of(projectPk);
}

QByteArray Invitation::sign(const DeviceKeys &projectKey) const
{
    QCborMap m;
    m.insert(QStringLiteral("project_id"), projectId);
    m.insert(QStringLiteral("name"), projectName);
    m.insert(QStringLiteral("hub_url"), hubUrl);
    // Only when set, so invitations without a pin keep their exact bytes.
    if (!hubCertSha256.isEmpty())
        m.insert(QStringLiteral("hub_cert_sha256"), hubCertSha256);
    m.insert(QStringLiteral("project_pk"), projectPk);
    m.insert(QStringLiteral("coordinator"), coordinatorDevice);
    m.insert(QStringLiteral("created_hlc"), qint64(createdHlc));
    return SignedFile::seal(kKind, CanonicalCbor::encode(m), projectKey);
}

Result<Invitation> Invitation::open(const QByteArray &bytes)
{
    auto file = SignedFile::open(bytes, kKind);
    if (!file)
        return file.error();
    const QCborMap m = QCborValue::fromCbor(file.value().body).toMap();
    Invitation inv;
    inv.projectId = m.value(QStringLiteral("project_id")).toByteArray();
    inv.projectName = m.value(QStringLiteral("name")).toString();
    inv.hubUrl = m.value(QStringLiteral("hub_url")).toString();
    inv.projectPk = m.value(QStringLiteral("project_pk")).toByteArray();
    inv.hubCertSha256 = m.value(QStringLiteral("hub_cert_sha256")).toByteArray();
    inv.coordinatorDevice = m.value(QStringLiteral("coordinator")).toByteArray();
    inv.createdHlc = quint64(m.value(QStringLiteral("created_hlc")).toInteger());
    if (inv.projectId.size() != 16 || inv.coordinatorDevice.size() != 16 ||
        (!inv.hubCertSha256.isEmpty() && inv.hubCertSha256.size() != 32) ||
        inv.projectPk != file.value().signerPk)
        return Error(ErrorCode::Corrupt, tr("The invitation is damaged or malformed. Ask the "
                                            "coordinator for a new one."));
    return inv;
}

} // namespace vigia
