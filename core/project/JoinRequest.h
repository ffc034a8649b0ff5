#pragma once

#include "common/Result.h"
#include "crypto/DeviceKeys.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vigia {

// A device asking to join a project (docs/project-format.md section 5),
// signed by the device's own key. The signature shows the request was not
// altered after it was written; the coordinator compares fingerprint() by
// phone with the person to know it was written by the right device.
class JoinRequest
{
    Q_DECLARE_TR_FUNCTIONS(vigia::JoinRequest)

public:
    static inline const QString kKind = QStringLiteral("join-request");

    QByteArray projectId;
    QByteArray deviceId;
    QString name;
    QString role; // as the requester wrote it: the approver checks it (roleFromName)
    QByteArray signPk;
    QByteArray boxPk;
    quint64 createdHlc = 0;

    [[nodiscard]] QString fingerprint() const;
    // device must be the requesting device (its sign key signs).
    [[nodiscard]] QByteArray sign(const DeviceKeys &device) const;
    [[nodiscard]] static Result<JoinRequest> open(const QByteArray &bytes);
};

} // namespace vigia
