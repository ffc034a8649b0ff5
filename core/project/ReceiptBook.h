#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace vigia {

class Workspace;

// Both ends of a receipt: a coordinator's device issues one listing the
// bundles it applied (optionally only one sender's), a researcher accepts
// it after checking that an approved coordinator device of the project
// signed it, and drops the acknowledged ops from its outbox. A receipt also
// says how far its signer holds the other devices' chains, every stream of
// each (Receipt::heads), which is how a restored workspace learns that its
// lost copy sent more than the backup holds.
class ReceiptBook
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ReceiptBook)

public:
    struct Accepted
    {
        int bundles = 0;      // bundle ids in the receipt
        int acknowledged = 0; // ops dropped from the outbox
        int stillPending = 0; // ops still waiting for a receipt
        // On a workspace restored from a backup (RestoreMark): how many ops
        // of this device's chains the signer holds beyond what this store
        // wrote, i.e. what the lost copy sent after the backup. The mark
        // keeps the largest, and sending stays held.
        quint64 sentAfterBackup = 0;
        // On a restored workspace: the signer holds other ops of this device
        // under counters this store wrote since the restore (a fork). Sending
        // stays held.
        bool forked = false;
    };

    // sender: 16-byte device id, or empty for every sender.
    [[nodiscard]] static Result<QByteArray> issue(Workspace &ws, const QByteArray &sender = {});
    [[nodiscard]] static Result<Accepted> accept(Workspace &ws, const QByteArray &bytes);

    // Receipts on the stick (docs/project-format.md): whoever exports to a
    // folder leaves there its receipts of the bundles it applied, and
    // whoever imports the folder accepts the others' receipts, so the bundles
    // that cross a stick are acknowledged by the next stick coming back
    // without a receipt step. writeBeside writes one receipt per sender,
    // "<first 16 hex digits of this device id>-<the sender's>.vigiareceipt"
    // (replacing the earlier ones), and returns their paths; none when this
    // device applied no bundle yet.
    [[nodiscard]] static Result<QStringList> writeBeside(Workspace &ws, const QString &dir);
    // Accepts every other device's receipt in `dir`; returns how many. One
    // of another project, not signed by a member or damaged is skipped: a
    // stick carries files for several people and projects.
    [[nodiscard]] static Result<int> acceptBeside(Workspace &ws, const QString &dir);
};

} // namespace vigia
