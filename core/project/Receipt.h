#pragma once

#include "common/Result.h"
#include "crypto/DeviceKeys.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace vigia {

// A coordinator's signed statement "I applied these bundles"
// (docs/project-format.md section 6). The researcher that imports it drops
// the ops of those bundles from its outbox.
class Receipt
{
    Q_DECLARE_TR_FUNCTIONS(vigia::Receipt)

public:
    static inline const QString kKind = QStringLiteral("receipt");

    QByteArray projectId;
    QByteArray deviceId; // the coordinator's device that applied them
    quint64 createdHlc = 0;
    QList<QByteArray> bundleIds;
    // How far the signer holds each chain of the other devices (origin, last
    // counter): optional, for a restored device to see that its lost copy
    // sent more than its backup holds (RestoreMark). Readers before it
    // ignore the key.
    QList<QPair<QByteArray, quint64>> heads;

    [[nodiscard]] QByteArray sign(const DeviceKeys &device) const;
    // Checks only the signature against the key inside; the caller checks
    // that this key belongs to deviceId in the manifest.
    [[nodiscard]] static Result<Receipt> open(const QByteArray &bytes, QByteArray *signerPk);
};

} // namespace vigia
