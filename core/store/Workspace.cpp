#include "store/Workspace.h"
#include "store/StoreEncryption.h"
#include "store/StoreRekey.h"
#include "store/WorkspaceLock.h"

#include "common/LogCategories.h"
#include "crypto/DeviceKeys.h"
#include "crypto/DeviceMac.h"
#include "crypto/KeyStore.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "forms/BuiltinForms.h"
#include "oplog/OpLog.h"
#include "store/AudienceSelector.h"
#include "store/FormStore.h"
#include "store/Migrations.h"
#include "store/PrivateFolder.h"
#include "store/ProjectStores.h"
#include "store/ProjectVisit.h"
#include "store/RecordStore.h"
#include "store/WorkspaceSettings.h"

#include <QCborMap>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStandardPaths>

#include <sqlite3.h>

#include <chrono>
#include <utility>

namespace vigia {

namespace {
// Long enough for a change of the store's key in another program to end.
constexpr std::chrono::milliseconds kOpenWait = std::chrono::minutes(2);
// The lock screen's reopening runs on the GUI thread: a short wait only.
constexpr std::chrono::milliseconds kReopenWait = std::chrono::seconds(2);

const QString kNameKey = QStringLiteral("name");
const QString kRoleKey = QStringLiteral("role");

// What Vigia keeps in a workspace folder, by name. The project layer's two
// (its key and the quarantine) are spelled here because the store sits below
// it; ProjectKey::path and ChangeImporter::quarantineDir give the same names.
QStringList privateEntries(const QString &dir)
{
    const QString store = QFileInfo(Workspace::storePath(dir)).fileName();
    return {QFileInfo(Workspace::keystorePath(dir)).fileName(),
            store,
            store + QStringLiteral("-wal"),
            store + QStringLiteral("-shm"),
            store + QStringLiteral("-journal"),
            QFileInfo(WorkspaceSettings::filePath(dir)).fileName(),
            QStringLiteral("project-key.cbor"),
            QStringLiteral("quarantine"),
            QStringLiteral("projects")};
}
} // namespace

void Workspace::ensureBuiltinForms()
{
    // The settings row remembers which pack was imported, so that an open
    // costs one lookup instead of parsing every built-in form.
    const QByteArray hash = BuiltinForms::packHash();
    {
        Statement st(m_db->handle(), "SELECT value FROM settings WHERE key = 'builtin_forms'");
        if (st.step() == SQLITE_ROW && st.columnBlob(0) == hash)
            return;
    }
    auto pack = BuiltinForms::load();
    if (!pack) {
        qCWarning(lcWorkspace) << "built-in forms not imported:" << pack.error().message();
        return;
    }
    bool retry = false;
    for (const FormDefinition &form : pack.value()) {
        auto imported = m_forms->importDefinition(form);
        if (imported)
            continue;
        // A different definition already stored under a built-in version
        // stays as it is; anything else (a busy store) is tried again next time.
        qCWarning(lcWorkspace) << "built-in form" << form.formId() << form.version()
                               << "not imported:" << imported.error().message();
        if (imported.error().code() != ErrorCode::Validation)
            retry = true;
    }
    if (retry)
        return;
    Statement st(m_db->handle(), "INSERT INTO settings(key, value) VALUES ('builtin_forms', ?1) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, hash);
    if (st.run() != SQLITE_DONE)
        qCWarning(lcWorkspace) << "could not remember the built-in form pack";
}

Workspace::Workspace() = default;
Workspace::~Workspace()
{
    detach();
    m_folderLock.reset();
}

void Workspace::attach(std::unique_ptr<Database> db)
{
    m_db = std::move(db);
    m_log = std::make_unique<OpLog>(*m_db, m_keys->deviceId.toRfc4122(), m_clock);
    AudienceSelector::install(*m_log, *m_db, m_role);
    m_records = std::make_unique<RecordStore>(*m_db, *m_log);
    m_forms = std::make_unique<FormStore>(*m_db, *m_log);
}

void Workspace::detach()
{
    // The log and the stores hold references into the database: drop them first.
    m_forms.reset();
    m_records.reset();
    m_log.reset();
    m_db.reset();
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/workspace");
}

QString Workspace::keystorePath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("keystore.cbor"));
}

QString Workspace::storePath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("store.sqlite"));
}

bool Workspace::exists(const QString &dir)
{
    return QFile::exists(keystorePath(dir));
}

QUuid Workspace::deviceId() const
{
    return m_keys->deviceId;
}

QString Workspace::fingerprint() const
{
    return m_keys->fingerprint();
}

Status Workspace::verifyPassphrase(const QByteArray &passphrase) const
{
    auto keys = KeyStore::unlock(keystorePath(m_path), passphrase);
    if (!keys)
        return keys.error();
    if (keys.value().deviceId != m_keys->deviceId)
        return Error(ErrorCode::Corrupt,
                     tr("The keystore in %1 was replaced by another device's. Close Vigia and "
                        "restore the workspace folder from a backup.")
                         .arg(m_path));
    return {};
}

Status Workspace::changePassphrase(const QByteArray &oldPassphrase, const QByteArray &newPassphrase)
{
    // Same floor as create(): a change must not weaken what setup enforced.
    if (newPassphrase.size() < 8)
        return Error(ErrorCode::Usage,
                     tr("The passphrase is too short. Use at least 8 characters; a few "
                        "unrelated words are easy to remember and hard to guess."));
    // A plain comparison: both are the caller's own input, so timing tells
    // an observer nothing they could not read from the caller.
    if (newPassphrase == oldPassphrase)
        return Error(ErrorCode::Usage,
                     tr("The new passphrase is the same as the current one. Choose a different "
                        "passphrase; nothing was changed."));
    const QString path = keystorePath(m_path);
    // Cheap and before any Argon2id: re-encrypting another device's keystore
    // under this workspace's new passphrase would hide that it was swapped.
    // The id read here is authenticated when changePassphrase decrypts.
    auto info = KeyStore::readPublicInfo(path);
    if (!info)
        return info.error();
    if (info.value().value(QStringLiteral("device_id")).toByteArray() !=
        m_keys->deviceId.toRfc4122())
        return Error(ErrorCode::Corrupt,
                     tr("The keystore in %1 was replaced by another device's. Close Vigia and "
                        "restore the workspace folder from a backup.")
                         .arg(m_path));
    if (Status s = KeyStore::changePassphrase(path, oldPassphrase, newPassphrase,
                                              KdfLimits::fromEnvironment());
        !s)
        return s;
    qCInfo(lcWorkspace) << "changed the passphrase of workspace" << m_path;
    return {};
}

void Workspace::setAutoLockMinutes(int minutes)
{
    WorkspaceSettings settings(m_path);
    settings.setAutoLockMinutes(minutes,
                                DeviceMac::derive(*m_keys, DeviceMac::Purpose::WorkspaceSettings));
    m_autoLockMinutes = settings.autoLockMinutes();
}

bool Workspace::takeAutoLockReset()
{
    return std::exchange(m_autoLockReset, false);
}

void Workspace::loadSecuritySettings()
{
    WorkspaceSettings settings(m_path);
    m_autoLockMinutes = settings.autoLockMinutes();
    const DeviceMac mac = DeviceMac::derive(*m_keys, DeviceMac::Purpose::WorkspaceSettings);
    // Nothing stored: the defaults apply, and there is nothing to trust.
    if (!settings.hasSecuritySettings() || settings.securitySettingsAuthentic(mac))
        return;
    // Edited by hand, copied from elsewhere or written before settings had a
    // MAC: the value cannot be trusted, so the safe default replaces it.
    qCWarning(lcWorkspace) << "the auto-lock setting in" << WorkspaceSettings::filePath(m_path)
                           << "has no valid MAC (changed outside Vigia); reset to the default";
    settings.setAutoLockMinutes(WorkspaceSettings::kDefaultAutoLockMinutes, mac);
    m_autoLockMinutes = WorkspaceSettings::kDefaultAutoLockMinutes;
    m_autoLockReset = true;
}

void Workspace::moveToThread(QThread *thread)
{
    // Qt's SQL layer ties a connection to the thread that opened it; the raw
    // SQLite handle itself may move as long as one thread uses it at a time.
    const QSqlDatabase connection = QSqlDatabase::database(m_db->connectionName(), false);
    if (connection.driver())
        connection.driver()->moveToThread(thread);
}

Result<std::unique_ptr<Workspace>> Workspace::openSibling(ClockFn clock) const
{
    DeviceKeys keys;
    keys.deviceId = m_keys->deviceId;
    keys.signPublicKey = m_keys->signPublicKey;
    keys.boxPublicKey = m_keys->boxPublicKey;
    keys.signSecretKey =
        SecretBytes::fromBytes(m_keys->signSecretKey.constData(), m_keys->signSecretKey.size());
    keys.boxSecretKey =
        SecretBytes::fromBytes(m_keys->boxSecretKey.constData(), m_keys->boxSecretKey.size());
    keys.storeKey = m_keys->storeKey;
    auto held = WorkspaceLock::acquire(m_path, WorkspaceLock::Mode::Shared, kOpenWait);
    if (!held)
        return held.error();
    auto ws = assemble(m_path, std::move(keys), std::move(clock), held.take());
    if (!ws)
        return ws.error();
    ws.value()->m_deviceName = m_deviceName;
    ws.value()->m_role = m_role;
    ws.value()->m_autoLockMinutes = m_autoLockMinutes;
    if (Status s = ws.value()->switchProjectStore(m_projectStore); !s)
        return s.error();
    return ws;
}

void Workspace::lock()
{
    if (isLocked())
        return;
    // The store's connection and its key binding go with m_db.
    detach();
    m_folderLock.reset();
    DeviceKeys kept;
    kept.deviceId = m_keys->deviceId;
    kept.signPublicKey = m_keys->signPublicKey;
    kept.boxPublicKey = m_keys->boxPublicKey;
    // The secret halves and the store key are freed here: sodium_free
    // wipes them (the store key once the last connection let go of it).
    *m_keys = std::move(kept);
    qCInfo(lcWorkspace) << "locked: the store is closed and the keys are wiped";
}

Status Workspace::unlock(DeviceKeys keys)
{
    if (keys.deviceId != m_keys->deviceId || keys.signPublicKey != m_keys->signPublicKey)
        return Error(ErrorCode::Corrupt,
                     tr("The keystore in %1 was replaced by another device's. Close Vigia and "
                        "restore the workspace folder from a backup.")
                         .arg(m_path));
    if (!isLocked())
        return {}; // the store never closed: the passphrase was all to check
    auto held = WorkspaceLock::acquire(m_path, WorkspaceLock::Mode::Shared, kReopenWait);
    if (!held)
        return held.error();
    auto db = Migrations::open(ProjectStores::storePath(m_path, m_projectStore),
                               ProjectStores::key(keys, m_projectStore));
    if (!db)
        return db.error();
    *m_keys = std::move(keys);
    m_folderLock = held.take();
    attach(db.take());
    return {};
}

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

Status Workspace::writeIdentity()
{
    // The device describes itself in each project's op log, so coordinators
    // learn its keys from the same merge as everything else.
    Transaction txn(*m_db);
    Status written = txn.begun();
    const QByteArray row = m_keys->deviceId.toRfc4122();
    const QList<QPair<QString, QCborValue>> fields{
        {QStringLiteral("name"), m_deviceName},
        {QStringLiteral("role"), roleName(m_role)},
        {QStringLiteral("sign_pk"), m_keys->signPublicKey},
        {QStringLiteral("box_pk"), m_keys->boxPublicKey}};
    for (const auto &[field, value] : fields) {
        if (!written)
            break;
        auto op = m_log->append(QStringLiteral("device"), row, field, value);
        if (!op)
            written = op.error();
    }
    if (written) {
        Statement st(m_db->handle(), "INSERT INTO settings(key, value) VALUES ('device_id', ?1)");
        st.bind(1, row);
        if (const int rc = st.run(); rc != SQLITE_DONE)
            written = m_db->errorFor(rc, tr("saving the device identity"));
    }
    if (written)
        written = txn.commit();
    return written;
}

QString Workspace::projectPath() const
{
    return ProjectStores::folder(m_path, m_projectStore);
}

Result<std::unique_ptr<Database>> Workspace::openProjectDatabase(const QByteArray &projectId) const
{
    if (isLocked())
        return Error(ErrorCode::Locked, tr("The workspace is locked. Unlock it first."));
    const QString path = ProjectStores::storePath(m_path, projectId);
    if (!projectId.isEmpty() && !QFile::exists(path))
        return Error(ErrorCode::NotFound, tr("This workspace has not joined the project %1.")
                                              .arg(QString::fromLatin1(projectId.toHex())));
    auto db = Migrations::open(path, ProjectStores::key(*m_keys, projectId));
    if (!db)
        return db.error();
    // A folder renamed or copied from elsewhere does not open (another key),
    // and a store of another device or project is refused by name.
    Statement st(db.value()->handle(), "SELECT value FROM settings WHERE key = 'device_id'");
    const bool mine = st.step() == SQLITE_ROW && st.columnBlob(0) == m_keys->deviceId.toRfc4122();
    st.reset();
    auto pinned = ProjectStores::pinnedProject(*db.value());
    if (!pinned)
        return pinned.error();
    if (!mine || (!projectId.isEmpty() && !pinned.value().isEmpty() && pinned.value() != projectId))
        return Error(ErrorCode::Corrupt,
                     tr("The store in %1 belongs to another device or project. Restore the "
                        "workspace folder from a backup; nothing was changed.")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    return db;
}

Status Workspace::switchProjectStore(const QByteArray &projectId)
{
    if (projectId == m_projectStore && !isLocked())
        return {};
    auto db = openProjectDatabase(projectId);
    if (!db)
        return db.error();
    detach();
    m_projectStore = projectId;
    attach(db.take());
    ensureBuiltinForms();
    if (!ProjectVisit::active())
        WorkspaceSettings(m_path).setLastProject(QString::fromLatin1(projectId.toHex()));
    qCInfo(lcWorkspace) << "switched to the store of project"
                        << (projectId.isEmpty() ? QByteArray("(first)") : projectId.toHex());
    return {};
}

Status Workspace::addProjectStore(const QByteArray &projectId)
{
    if (isLocked())
        return Error(ErrorCode::Locked, tr("The workspace is locked. Unlock it first."));
    if (projectId.size() != 16)
        return Error(ErrorCode::Usage, tr("A project id has 16 bytes."));
    const auto alreadyJoined = [] {
        return Error(ErrorCode::Failure, tr("This workspace already joined this project; nothing "
                                            "was changed. Choose it with --project or in the "
                                            "navigation instead."));
    };
    auto root = openProjectDatabase({});
    if (!root)
        return root.error();
    auto rootProject = ProjectStores::pinnedProject(*root.value());
    if (!rootProject)
        return rootProject.error();
    root.value().reset();
    if (rootProject.value() == projectId)
        return alreadyJoined();
    const QString folder = ProjectStores::folder(m_path, projectId);
    if (QFile::exists(ProjectStores::storePath(m_path, projectId))) {
        // Left by an attempt that failed before the project was pinned: reused.
        auto existing = openProjectDatabase(projectId);
        if (!existing)
            return existing.error();
        auto pinned = ProjectStores::pinnedProject(*existing.value());
        if (!pinned)
            return pinned.error();
        if (!pinned.value().isEmpty())
            return alreadyJoined();
        existing.value().reset();
        return switchProjectStore(projectId);
    }
    if (!QDir().mkpath(folder))
        return Error(ErrorCode::Io, tr("Cannot create the folder %1. Check that it is writable.")
                                        .arg(QDir::toNativeSeparators(folder)));
    auto db = Migrations::open(ProjectStores::storePath(m_path, projectId),
                               ProjectStores::key(*m_keys, projectId));
    if (!db)
        return db.error();
    const QByteArray previous = m_projectStore;
    detach();
    m_projectStore = projectId;
    attach(db.take());
    if (Status s = writeIdentity(); !s) {
        detach();
        QDir(folder).removeRecursively();
        m_projectStore = previous;
        if (auto back = openProjectDatabase(previous))
            attach(back.take());
        return s;
    }
    ensureBuiltinForms();
    WorkspaceSettings(m_path).setLastProject(QString::fromLatin1(projectId.toHex()));
    (void)PrivateFolder::tighten(m_path, privateEntries(m_path));
    qCInfo(lcWorkspace) << "added a store for project" << projectId.toHex();
    return {};
}

void Workspace::restoreLastProject()
{
    const QByteArray last = QByteArray::fromHex(WorkspaceSettings(m_path).lastProject().toLatin1());
    if (last.isEmpty() || !ProjectStores::list(m_path).contains(last))
        return;
    // The root store stays open when the last one fails: the app and
    // vigiactl name the project they show, so nothing passes for another.
    if (Status s = switchProjectStore(last); !s)
        qCWarning(lcWorkspace) << "the last used project's store did not open:"
                               << s.error().message();
}

} // namespace vigia
