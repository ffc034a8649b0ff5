#pragma once

#include "bundle/BundleLimits.h"
#include "common/Result.h"
#include "oplog/Op.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vigia {

class Workspace;

// Writes this device's outbox (Outbox::nextOps), encrypted to the manifest's
// recipients, into a folder such as a USB stick. The ops stay in the outbox
// until a receipt names their bundle, so exporting again before a receipt
// arrives writes them again (harmless: applying is idempotent). A workspace
// restored from a backup exports nothing until its RestoreMark is cleared
// (ErrorCode::Validation, with RestoreMark's message).
//
// A device offline for long can hold more than any reader accepts in one
// bundle (BundleLimits), so the outbox is cut into consecutive counter
// ranges, each its own bundle well under those limits: every bundle still
// continues its sender's chain where the previous one stopped.
class ChangeExporter
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ChangeExporter)

public:
    // How much one bundle may carry: a tenth of the ops and a quarter of the
    // bytes a reader accepts, so a bundle stays readable even if the
    // readers' limits are lowered or compression does nothing.
    struct Limits
    {
        int maxOps = BundleLimits{}.maxOps / 10;
        qint64 maxPayloadBytes = BundleLimits{}.maxBundleBytes / 4; // before compression
    };
    struct Exported
    {
        // Every bundle written, in counter order; empty when there was
        // nothing to export.
        QStringList paths;
        QList<QByteArray> bundleIds;
        // The first of them: the only one unless the outbox was cut.
        QString path;
        QByteArray bundleId;
        int opCount = 0; // in all of them
        int recipientCount = 0;
    };

    // Bundles built and signed in memory, nothing written or recorded: the
    // outbox's ops except those whose counter is in `skip` (already on
    // their way another route, e.g. held by the hub), cut under `limits`.
    struct Bundle
    {
        QByteArray bundleId;
        QByteArray bytes;
        QList<Op> ops;
    };
    struct Built
    {
        QList<Bundle> bundles; // in counter order; empty: nothing to send
        int recipientCount = 0;
    };
    [[nodiscard]] static Result<Built> build(Workspace &ws, const QSet<quint64> &skip,
                                             const Limits &limits);

    // File name: "<first 16 hex digits of the bundle id>.vigiabundle".
    [[nodiscard]] static Result<Exported> exportTo(Workspace &ws, const QString &dir);
    [[nodiscard]] static Result<Exported> exportTo(Workspace &ws, const QString &dir,
                                                   const Limits &limits);
    // The outbox cut into bundles under `limits`: index ranges [first, end).
    [[nodiscard]] static QList<QPair<qsizetype, qsizetype>> split(const QList<Op> &ops,
                                                                  const Limits &limits);
    [[nodiscard]] static QString fileNameFor(const QByteArray &bundleId);
};

} // namespace vigia
