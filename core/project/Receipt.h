#pragma once

#include "common/Result.h"
#include "crypto/DeviceKeys.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
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
    // How far the signer holds one chain of another device: its last counter
    // and the hash of the op there (written under "head_hashes", which
    // readers before it ignore; empty in receipts written before).
    struct Head
    {
        QByteArray origin;
        quint64 counter = 0;
        QByteArray hash;

        friend bool operator==(const Head &, const Head &) = default;
    };
    // Optional, for a restored device to see that its lost copy sent more
    // than its backup holds, or other ops under the same counters
    // (RestoreMark). Readers before it ignore the key.
    QList<Head> heads;

    [[nodiscard]] QByteArray sign(const DeviceKeys &device) const;
    // Checks only the signature against the key inside; the caller checks
    // that this key belongs to deviceId in the manifest.
    [[nodiscard]] static Result<Receipt> open(const QByteArray &bytes, QByteArray *signerPk);
};

} // namespace vigia
