#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>

namespace vigia {

class SecretBytes;
class Workspace;

// A workspace in one file, and back (docs/backup-format.md): the keystore's
// bytes as they are (the passphrase protects them), then the store, the
// settings, the project key and the quarantine, encrypted and authenticated
// under a key derived from the store's key. Slow (it reads and writes the
// whole store) and synchronous: call it off the GUI thread.
class WorkspaceBackup
{
    Q_DECLARE_TR_FUNCTIONS(vigia::WorkspaceBackup)

public:
    // Bytes done of total, from the thread doing the work.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    struct Written
    {
        QString path;
        QDateTime taken;
        qint64 bytes = 0; // the file's size
        qint64 ops = 0;   // changes in the store copied
    };
    struct Restored
    {
        QString path;
        QDateTime taken; // when the backup was made
        QUuid deviceId;
    };

    // Writes a backup of the workspace in `dir`, whose store opens with
    // `storeKey`, to `outFile` (replaced atomically if it exists). The store
    // is copied on a connection of its own (VACUUM INTO through CryptVfs):
    // one consistent state while the app or vigiactl keep writing, checked
    // with integrity_check before it is packed. Written to outFile.part with
    // mode 0600 and renamed once complete and synced, so outFile is never a
    // half backup; on any error nothing is left behind.
    [[nodiscard]] static Result<Written> backup(const QString &dir,
                                                std::shared_ptr<const SecretBytes> storeKey,
                                                const QString &outFile,
                                                const Progress &progress = {});
    // The same for an open workspace. Reads only its folder and store key:
    // call it on the workspace's thread, or take those two there and call
    // the overload above.
    [[nodiscard]] static Result<Written> backup(const Workspace &ws, const QString &outFile,
                                                const Progress &progress = {});

    // Succeeds when `targetDir` may receive a restore: it does not exist,
    // or is an empty folder (Failure otherwise, saying so). restore() checks
    // again; callers ask first so that nobody types a passphrase in vain.
    [[nodiscard]] static Status checkTarget(const QString &targetDir);
    // Restores a backup into `targetDir`, which must not exist or be empty.
    // The passphrase is the one the workspace had when the backup was made.
    // Everything is decrypted and checked in a folder beside the target (its
    // name followed by ".restoring-" and random letters), the store opened
    // and checked there, then the folder renamed into place: a damaged
    // backup (Corrupt), a wrong passphrase (WrongPassphrase) or a full disk
    // (Io) leave the target as it was. The restored store carries a
    // RestoreMark: it sends nothing until the mark is cleared.
    [[nodiscard]] static Result<Restored> restore(const QString &backupFile,
                                                  const QByteArray &passphrase,
                                                  const QString &targetDir,
                                                  const Progress &progress = {});
};

} // namespace vigia
