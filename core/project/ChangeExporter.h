#pragma once

#include "bundle/BundleLimits.h"
#include "common/Result.h"
#include "oplog/Op.h"
#include "project/StreamCursors.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vigia {

class Workspace;

// Writes this device's changes into a folder such as a USB stick, one set of
// bundles per audience (docs/store.md, "Streams by audience"): the
// coordinators (the manifest's recipients) get the records stream's outbox
// (Outbox::nextOps) and every derived stream; each researcher gets, sealed to
// it alone, the project stream and the feedback stream about its records,
// from where its cursor stands (StreamCursors). Nothing is relayed: every
// device sends its own streams to everyone who may hold them. Ops stay due
// until a receipt from their recipient names their bundle, so exporting again
// before a receipt arrives writes them again (harmless: applying is
// idempotent). Every export leaves this device's own receipts beside its
// bundles, and ChangeImporter::importDir accepts the receipts it finds, so
// the sticks going back and forth acknowledge what they carried and a
// researcher's share does not grow round after round. A workspace
// restored from a backup exports nothing until its RestoreMark is cleared
// (ErrorCode::Validation, with RestoreMark's message). A coordinator with
// no one to send to (alone in the project, or every member current) gets
// nothing to export, not an error; a researcher without a coordinator gets
// Validation.
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
        // For each path, the devices it is sealed to.
        QList<QList<QByteArray>> recipients;
        // The first of them: the only one unless the outbox was cut or
        // researchers get bundles of their own.
        QString path;
        QByteArray bundleId;
        int opCount = 0; // in all of them
        int recipientCount = 0;
        // A coordinator that is the project's only device: nothing was
        // written, nothing is lost (Built::alone).
        bool alone = false;
        // This device's receipts of the bundles it applied, left beside
        // them (ReceiptBook::writeBeside); none when it applied none.
        QStringList receiptPaths;
    };

    // Bundles built and signed in memory, nothing written or recorded: the
    // outbox's ops except those whose counter is in `skip` (already on
    // their way another route, e.g. held by the hub), cut under `limits`.
    struct Bundle
    {
        QByteArray bundleId;
        QByteArray bytes;
        QList<Op> ops;
        // Of them, the records stream's: what Outbox::recordExport records.
        QList<Op> outboxOps;
        QList<QByteArray> recipients;
        // The derived streams it carries, per recipient (StreamCursors::recordSent).
        QList<StreamCursors::Sent> streams;
    };
    struct Built
    {
        // The coordinators' bundles first, in counter order, then each
        // researcher's; empty: nothing to send.
        QList<Bundle> bundles;
        int recipientCount = 0; // distinct devices
        // No bundles because this coordinator is the project's only device
        // yet: its changes wait for the first member it approves.
        bool alone = false;
    };
    // For the hub: derived-stream ops already in a bundle on its way are not
    // built again (the hub keeps what it took).
    [[nodiscard]] static Result<Built> build(Workspace &ws, const QSet<quint64> &skip,
                                             const Limits &limits);
    // Whether some member has derived-stream ops it has not been sent yet:
    // build() has work even with an empty outbox. False without a manifest
    // that approves this device.
    [[nodiscard]] static Result<bool> hasStreamChanges(Workspace &ws);
    // Records what a built bundle carried: the outbox's ops and the stream cursors.
    [[nodiscard]] static Status recordSent(Workspace &ws, const Bundle &bundle);

    // File name: "<first 16 hex digits of the bundle id>.vigiabundle".
    [[nodiscard]] static Result<Exported> exportTo(Workspace &ws, const QString &dir);
    [[nodiscard]] static Result<Exported> exportTo(Workspace &ws, const QString &dir,
                                                   const Limits &limits);
    // The outbox cut into bundles under `limits`: index ranges [first, end).
    [[nodiscard]] static QList<QPair<qsizetype, qsizetype>> split(const QList<Op> &ops,
                                                                  const Limits &limits);
    [[nodiscard]] static QString fileNameFor(const QByteArray &bundleId);

private:
    [[nodiscard]] static Result<Built> build(Workspace &ws, const QSet<quint64> &skip,
                                             const Limits &limits, bool inFlight);
};

} // namespace vigia
