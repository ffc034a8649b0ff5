#pragma once

#include "common/Result.h"
#include "crypto/KdfLimits.h"
#include "crypto/SecretBytes.h"
#include "store/Role.h"
#include "store/WorkspaceBackup.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace vigia {

class Workspace;

// The workspace operations that spend the Argon2id cost, run off the GUI
// thread with BackgroundJob. `done` runs on `context`'s thread; the workspace
// it receives already belongs to that thread. The passphrase travels in
// locked memory and is shared with the worker, never copied into a QByteArray
// of its own; the last owner wipes it.
class WorkspaceTask
{
public:
    using Opened = std::function<void(Result<std::unique_ptr<Workspace>>)>;
    using Checked = std::function<void(Status)>;
    using BackedUp = std::function<void(Result<WorkspaceBackup::Written>)>;

    using Passphrase = std::shared_ptr<const SecretBytes>;

    static void create(QObject *context, const QString &dir, Passphrase passphrase,
                       const QString &deviceName, Role role, const KdfLimits &limits, Opened done);
    static void open(QObject *context, const QString &dir, Passphrase passphrase, Opened done);
    // `ws` must outlive the task.
    static void verify(QObject *context, const Workspace &ws, Passphrase passphrase, Checked done);
    // Workspace::changePassphrase; `ws` must outlive the task.
    static void changePassphrase(QObject *context, Workspace &ws, Passphrase oldPassphrase,
                                 Passphrase newPassphrase, Checked done);
    // Unlocks a workspace that Workspace::lock() closed: the keystore is
    // opened on a worker thread (the Argon2id cost), the store reopened on
    // `context`'s thread, which must be `ws`'s. `ws` must outlive the task.
    static void unlock(QObject *context, Workspace &ws, Passphrase passphrase, Checked done);
    // WorkspaceBackup::restore into `dir`, then Workspace::open there with
    // the same passphrase: the restored workspace, ready to use.
    static void restore(QObject *context, const QString &backupFile, const QString &dir,
                        Passphrase passphrase, Opened done);
    // WorkspaceBackup::backup of `ws` to `file`, on its own connection. The
    // folder and the store key are taken here, on `ws`'s thread; `ws` may
    // lock meanwhile (the backup keeps its copy of the key until it ends).
    static void backup(QObject *context, const Workspace &ws, const QString &file, BackedUp done);
    // Changes the store's key (StoreRekey::rekey) on a worker thread, then
    // reopens `ws` on `context`'s thread with the keys that open the store
    // now, also after a failed change (StoreRekey::unlockSettled). The
    // caller closes `ws` first (Workspace::lock) and every other connection
    // of it. `done` gets the change's error, else the reopening's;
    // ws.isLocked() afterwards tells that the reopening failed. `ws` must
    // outlive the task.
    static void rekeyStore(QObject *context, Workspace &ws, Passphrase passphrase, Checked done);
    // Runs `work` on a worker thread with a second connection to `ws`'s store
    // (Workspace::openSibling: no passphrase needed), so a long bundle import
    // or a hub request never freezes the window. `done` gets the error of
    // opening that connection, if any; what `work` produces travels in its
    // captures. `ws` must outlive the task.
    static void withSibling(QObject *context, const Workspace &ws,
                            std::function<void(Workspace &)> work, Checked done);
};

} // namespace vigia
