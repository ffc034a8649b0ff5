// Workspace: creating and opening one (keystore, folder lock, interrupted
// key changes settled, the store checked against the keystore).
#include "store/Workspace.h"

#include "common/LogCategories.h"
#include "crypto/DeviceKeys.h"
#include "crypto/KeyStore.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "store/Migrations.h"
#include "store/PrivateFolder.h"
#include "store/StoreEncryption.h"
#include "store/StoreRekey.h"
#include "store/WorkspaceLock.h"

#include <QCborMap>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace vigia {

namespace {
const QString kNameKey = QStringLiteral("name");
const QString kRoleKey = QStringLiteral("role");
} // namespace

Result<std::unique_ptr<Workspace>> Workspace::assemble(const QString &dir, DeviceKeys keys,
                                                       ClockFn clock,
                                                       std::unique_ptr<WorkspaceLock> folderLock)
{
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_path = QDir(dir).absolutePath();
    ws->m_keys = std::make_unique<DeviceKeys>(std::move(keys));
    ws->m_folderLock = std::move(folderLock);
    auto db = Migrations::open(storePath(dir), ws->m_keys->storeKey);
    if (!db)
        return db.error();
    ws->m_clock = std::move(clock);
    ws->attach(db.take());
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &dir,
                                                     const QByteArray &passphrase,
                                                     const QString &deviceName, Role role,
                                                     const KdfLimits &limits, ClockFn clock)
{
    if (deviceName.trimmed().isEmpty())
        return Error(ErrorCode::Usage,
                     tr("The device needs a name, for example \"Ana - laptop\"."));
    if (passphrase.size() < 8)
        return Error(ErrorCode::Usage,
                     tr("The passphrase is too short. Use at least 8 characters; a few "
                        "unrelated words are easy to remember and hard to guess."));
    if (exists(dir))
        return Error(ErrorCode::Failure,
                     tr("A workspace already exists in %1. Open it, or choose another folder.")
                         .arg(QDir(dir).absolutePath()));
    if (QFile::exists(storePath(dir)))
        return Error(ErrorCode::Failure,
                     tr("The folder %1 holds a store without a keystore. Move it away or choose "
                        "another folder; nothing was changed.")
                         .arg(QDir(dir).absolutePath()));
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io,
                     tr("Cannot create the folder %1. Check that it is writable.").arg(dir));

    DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
    QCborMap info;
    info.insert(kNameKey, deviceName.trimmed());
    info.insert(kRoleKey, roleName(role));
    auto held = WorkspaceLock::acquire(dir, WorkspaceLock::Mode::Shared, kOpenWait);
    if (!held)
        return held.error();
    if (Status s = KeyStore::create(keystorePath(dir), passphrase, keys, info, limits); !s)
        return s.error();

    auto ws = assemble(dir, std::move(keys), std::move(clock), held.take());
    const auto undo = [&dir] {
        QFile::remove(keystorePath(dir));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(storePath(dir) + QLatin1String(suffix));
    };
    if (!ws) {
        undo();
        return ws.error();
    }
    Workspace &w = *ws.value();
    w.m_deviceName = deviceName.trimmed();
    w.m_role = role;

    Status written = w.writeIdentity();
    if (!written) {
        ws = Error(written.error());
        undo();
        return written.error();
    }
    w.ensureBuiltinForms();
    w.loadSecuritySettings();
    (void)PrivateFolder::tighten(dir, privateEntries(dir)); // SQLite used the umask
    qCInfo(lcWorkspace) << "created workspace" << w.m_path;
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &dir, const QByteArray &passphrase,
                                                   ClockFn clock)
{
    if (!exists(dir))
        return Error(ErrorCode::NotFound,
                     tr("There is no Vigia workspace in %1. Create one first (vigiactl init, or "
                        "start the Vigia app).")
                         .arg(QDir(dir).absolutePath()));
    // The keys are read under the folder's shared lock and kept with it, so
    // no change of the store's key can come between them and the store.
    Result<DeviceKeys> keys = Error();
    std::unique_ptr<WorkspaceLock> held;
    for (int round = 0;; ++round) {
        auto shared = WorkspaceLock::acquire(dir, WorkspaceLock::Mode::Shared, kOpenWait);
        if (!shared)
            return shared.error();
        keys = KeyStore::unlock(keystorePath(dir), passphrase);
        if (!keys)
            return keys.error();
        // A store from before encryption is encrypted now, once.
        if (Status s = StoreEncryption::ensureEncrypted(dir, keys.value(), passphrase); !s)
            return s.error();
        const StoreRekey::Pending left = StoreRekey::pending(dir, keys.value());
        if (left == StoreRekey::Pending::Nothing || round > 0) {
            held = shared.take();
            break;
        }
        // An interrupted change of the store's key: settled alone with the
        // workspace, then the keys are read again. A swap to redo waits for
        // the workspace; a previous key to drop does not.
        shared.value().reset();
        auto settled = StoreRekey::settle(
            dir, passphrase,
            left == StoreRekey::Pending::Swap ? kOpenWait : std::chrono::milliseconds(0));
        if (!settled && left == StoreRekey::Pending::Swap)
            return settled.error();
    }
    auto info = KeyStore::readPublicInfo(keystorePath(dir));
    if (!info)
        return info.error();
    auto ws = assemble(dir, keys.take(), std::move(clock), std::move(held));
    if (!ws)
        return ws.error();
    Workspace &w = *ws.value();
    w.m_deviceName = info.value().value(kNameKey).toString();
    const QString role = info.value().value(kRoleKey).toString();
    const std::optional<Role> known = roleFromName(role);
    if (!known)
        return Error(ErrorCode::Corrupt,
                     tr("The keystore in %1 names the unknown role '%2'. Restore the workspace "
                        "folder from a backup; nothing was changed.")
                         .arg(w.m_path, role));
    w.m_role = *known;

    Statement st(w.database().handle(), "SELECT value FROM settings WHERE key = 'device_id'");
    const int rc = st.step();
    if (rc != SQLITE_ROW || st.columnBlob(0) != w.m_keys->deviceId.toRfc4122())
        return Error(ErrorCode::Corrupt,
                     tr("The store in %1 does not belong to this keystore. Restore the "
                        "workspace folder from a backup; nothing was changed.")
                         .arg(w.m_path));
    // Done with the read, so that the import below can write.
    st.reset();
    w.ensureBuiltinForms();
    w.loadSecuritySettings();
    // Files another program or a copy left readable by others (logged).
    (void)PrivateFolder::tighten(dir, privateEntries(dir));
    w.restoreLastProject();
    return ws;
}

} // namespace vigia
