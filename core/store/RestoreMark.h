#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace vigia {

class Database;

// The mark a restore leaves in the store (a row of `settings`), and the rule
// it carries: a workspace restored from a backup sends none of its
// shared-chain ops until the mark is cleared (docs/store-encryption.md,
// "Backups"). The lost copy of the device may have sent changes after the
// backup; the restored one would write new changes under the same counters,
// and a coordinator holding both would see this device's chain fork.
// Drafts live on the private chain and never leave the device, so nothing
// about them is held. Every chain the device writes counts (its records,
// project and feedback streams): the hub's listing holds every bundle it
// sent, and a receipt says how far its signer holds each of them.
class RestoreMark
{
    Q_DECLARE_TR_FUNCTIONS(vigia::RestoreMark)

public:
    struct Mark
    {
        qint64 backupTimeMs = 0; // when the backup was taken, ms since the epoch
        qint64 restoredAtMs = 0;
        // This device's shared chain at backup time: its last counter and
        // that op's hash (0 and empty when it had written nothing).
        quint64 headCounter = 0;
        QByteArray headHash;
        // Ops of this device's chains, any stream, that a member's receipt
        // showed it holds beyond this store (ReceiptBook): the lost copy
        // sent them after the backup. 0 while none is known.
        quint64 sentAfterBackup = 0;
        // A receipt held ops of this device, under counters this store wrote
        // since the restore, with other hashes: the two copies forked.
        bool forked = false;
    };

    // The key of the row in `settings`.
    static constexpr const char *kKey = "restored_from_backup";

    // The mark, or nullopt when the workspace was not restored or the mark
    // was cleared. A row that does not parse is Corrupt.
    [[nodiscard]] static Result<std::optional<Mark>> read(Database &db);
    [[nodiscard]] static Status set(Database &db, const Mark &mark);
    [[nodiscard]] static Status clear(Database &db);

    // Succeeds when this workspace may send its changes; otherwise the
    // refusal (ErrorCode::Validation) that says why and how to clear it.
    [[nodiscard]] static Status checkMaySend(Database &db);
    [[nodiscard]] static Error heldError(const Mark &mark);
};

} // namespace vigia
