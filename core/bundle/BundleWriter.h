#pragma once

#include "bundle/BundleRecipient.h"
#include "common/Result.h"
#include "crypto/DeviceKeys.h"
#include "oplog/Op.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>

namespace vigia {

// Writes the encrypted, signed change-set bundle of docs/bundle-format.md.
// Ops are encoded, compressed and encrypted piece by piece, so memory stays
// bounded by a few chunks beyond the ops themselves.
class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(vigia::BundleWriter)

public:
    // `ops` must list each origin's ops in counter order; consecutive counters
    // of one origin must be hash-chained. Returns the complete bundle bytes.
    [[nodiscard]] static Result<QByteArray> write(const QByteArray &projectId,
                                                  const DeviceKeys &sender, quint64 createdHlc,
                                                  const QList<Op> &ops,
                                                  const QList<BundleRecipient> &recipients);
    // Same bytes, written atomically (temporary file, fsync, rename).
    [[nodiscard]] static Status writeFile(const QByteArray &projectId, const DeviceKeys &sender,
                                          quint64 createdHlc, const QList<Op> &ops,
                                          const QList<BundleRecipient> &recipients,
                                          const QString &path);
    // Streams the bundle into an open device; returns the bundle id.
    [[nodiscard]] static Result<QByteArray> writeTo(QIODevice &out, const QByteArray &projectId,
                                                    const DeviceKeys &sender, quint64 createdHlc,
                                                    const QList<Op> &ops,
                                                    const QList<BundleRecipient> &recipients);
};

} // namespace vigia
