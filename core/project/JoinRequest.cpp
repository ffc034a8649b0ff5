#include "project/JoinRequest.h"

#include "common/CanonicalCbor.h"
#include "crypto/Fingerprint.h"
#include "project/SignedFile.h"

#include <QCborMap>
#include <QCborValue>

namespace vigia {

QString JoinRequest::fingerprint() const
{
    return Fingerprint::ofKey(signPk);
}

QByteArray JoinRequest::sign(const DeviceKeys &device) const
{
    QCborMap m;
    m.insert(QStringLiteral("project_id"), projectId);
    m.insert(QStringLiteral("device_id"), deviceId);
    m.insert(QStringLiteral("name"), name);
    m.insert(QStringLiteral("role"), role);
    m.insert(QStringLiteral("sign_pk"), signPk);
    m.insert(QStringLiteral("box_pk"), boxPk);
    m.insert(QStringLiteral("created_hlc"), qint64(createdHlc));
    return SignedFile::seal(kKind, CanonicalCbor::encode(m), device);
}

Result<JoinRequest> JoinRequest::open(const QByteArray &bytes)
{
    auto file = SignedFile::open(bytes, kKind);
    if (!file)
        return file.error();
    const QCborMap m = QCborValue::fromCbor(file.value().body).toMap();
    JoinRequest r;
    r.projectId = m.value(QStringLiteral("project_id")).toByteArray();
    r.deviceId = m.value(QStringLiteral("device_id")).toByteArray();
    r.name = m.value(QStringLiteral("name")).toString();
    r.role = m.value(QStringLiteral("role")).toString();
    r.signPk = m.value(QStringLiteral("sign_pk")).toByteArray();
    r.boxPk = m.value(QStringLiteral("box_pk")).toByteArray();
    r.createdHlc = quint64(m.value(QStringLiteral("created_hlc")).toInteger());
    // Signed by a key other than the one it asks to register: someone is
    // trying to enrol a device whose key they do not hold.
    if (r.projectId.size() != 16 || r.deviceId.size() != 16 || r.boxPk.size() != 32 ||
        r.name.isEmpty() || r.signPk != file.value().signerPk)
        return Error(ErrorCode::Corrupt, tr("The join request is damaged or malformed. Ask the "
                                            "device's owner to write a new one."));
    return r;
}

} // namespace vigia
