#pragma once

#include "common/Result.h"
#include "crypto/KdfLimits.h"
#include "oplog/Hlc.h"
#include "store/Role.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <chrono>
#include <memory>

class QThread;

namespace vigia {

class Database;
class DeviceKeys;
class FormStore;
class OpLog;
class RecordStore;
class WorkspaceLock;

// A workspace is a folder holding one device identity: the encrypted keystore
// and the SQLite store, plus one store per further project it joined
// (ProjectStores). Opening one needs the passphrase; one project's store is
// open at a time, the last one used.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(vigia::Workspace)

public:
    ~Workspace();

    // QStandardPaths::AppDataLocation + "/workspace".
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] static QString keystorePath(const QString &dir);
    [[nodiscard]] static QString storePath(const QString &dir);
    [[nodiscard]] static bool exists(const QString &dir);

    [[nodiscard]] static Result<std::unique_ptr<Workspace>>
    create(const QString &dir, const QByteArray &passphrase, const QString &deviceName, Role role,
           const KdfLimits &limits, ClockFn clock = {});
    [[nodiscard]] static Result<std::unique_ptr<Workspace>>
    open(const QString &dir, const QByteArray &passphrase, ClockFn clock = {});

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] QUuid deviceId() const;
    [[nodiscard]] const QString &deviceName() const { return m_deviceName; }
    [[nodiscard]] Role role() const { return m_role; }
    [[nodiscard]] QString fingerprint() const;
    [[nodiscard]] const DeviceKeys &keys() const { return *m_keys; }
    [[nodiscard]] Database &database() { return *m_db; }
    [[nodiscard]] OpLog &oplog() { return *m_log; }
    [[nodiscard]] RecordStore &records() { return *m_records; }
    [[nodiscard]] FormStore &forms() { return *m_forms; }

    // Several projects (docs/store.md). The store open now: empty for the
    // root store (the first project), else a further project's id.
    [[nodiscard]] const QByteArray &projectStore() const { return m_projectStore; }
    // The folder of the current project's own files (project key, quarantine).
    [[nodiscard]] QString projectPath() const;
    // Closes the current project's store and opens another's; database(),
    // oplog(), records() and forms() then belong to it, and whoever held the
    // old ones drops them first. Remembered as the project to open next time.
    [[nodiscard]] Status switchProjectStore(const QByteArray &projectId);
    // Makes a new, empty store for `projectId` and switches to it. Refuses a
    // project the workspace already holds (the root store's or a further one).
    [[nodiscard]] Status addProjectStore(const QByteArray &projectId);
    // Undoes addProjectStore after a join that failed: deletes the further
    // store of `projectId` and its folder, and switches to `backTo` when it
    // was the current one. Never the root store.
    [[nodiscard]] Status removeProjectStore(const QByteArray &projectId, const QByteArray &backTo);
    // A separate connection to a project's store, checked as a switch checks
    // it (this device's, this project's), to read it without switching.
    [[nodiscard]] Result<std::unique_ptr<Database>>
    openProjectDatabase(const QByteArray &projectId) const;

    // Succeeds when `passphrase` opens this workspace's keystore (the lock screen
    // asks for it). Spends the Argon2id cost: call it off the GUI thread. It
    // only reads the keystore file, so any thread may call it.
    [[nodiscard]] Status verifyPassphrase(const QByteArray &passphrase) const;
    // Re-encrypts this workspace's keystore under newPassphrase (fresh salt,
    // KdfLimits::fromEnvironment()). The file is replaced atomically, so a
    // crash leaves either the old or the new keystore, never neither. Errors:
    // WrongPassphrase when oldPassphrase does not open it (the file is then
    // untouched), Usage when newPassphrase is too short or equals the old one,
    // Corrupt when the keystore now on disk belongs to another device, and
    // what KeyStore::changePassphrase reports. Spends the Argon2id cost twice:
    // call it off the GUI thread. It touches only the keystore file, so any
    // thread may call it while the store is in use.
    [[nodiscard]] Status changePassphrase(const QByteArray &oldPassphrase,
                                          const QByteArray &newPassphrase);
    // The auto-lock delay to apply, in minutes (0: off). Read from the
    // workspace settings when the workspace opens and checked against their
    // MAC: a value changed outside Vigia (or without a MAC) is replaced by
    // WorkspaceSettings::kDefaultAutoLockMinutes, never by "off".
    [[nodiscard]] int autoLockMinutes() const { return m_autoLockMinutes; }
    // Saves a new delay with a fresh MAC (clamped as WorkspaceSettings does).
    void setAutoLockMinutes(int minutes);
    // True when this open found the auto-lock setting changed outside Vigia
    // and reset it; false after the first call, so the user is told once.
    [[nodiscard]] bool takeAutoLockReset();
    // Hands the store's connection to `thread`. Call it from the thread that
    // created or opened the workspace, when that was a worker thread, before
    // another thread uses the workspace.
    void moveToThread(QThread *thread);
    // A second Workspace on this folder for a worker thread (the sync
    // agent): its own store connection, copies of the unlocked keys in
    // locked memory, no passphrase asked again. Both may write; SQLite's
    // locking orders them as it does two processes.
    [[nodiscard]] Result<std::unique_ptr<Workspace>> openSibling(ClockFn clock = {}) const;

    // Locks for real: closes the store and frees the secret keys and the
    // store key (libsodium wipes them), keeping only what is public (the
    // device's id, name, role and public keys). The folder's lock goes with
    // the store, so the store's key can be changed meanwhile (StoreRekey). Nothing may use the
    // store, the op log, the records or the forms until unlock(); whoever holds them drops them
    // first (the window drops its data pages).
    void lock();
    [[nodiscard]] bool isLocked() const { return m_db == nullptr; }
    // Reopens with the keys the keystore gave for the passphrase
    // (StoreRekey::unlockSettled: call that off the GUI thread, then this on
    // the workspace's own thread). Refuses another device's keys; on a
    // workspace that is not locked it only checks them.
    [[nodiscard]] Status unlock(DeviceKeys keys);

private:
    // Long enough for a change of the store's key in another program to end.
    static constexpr std::chrono::milliseconds kOpenWait = std::chrono::minutes(2);

    Workspace();
    // What Vigia keeps in a workspace folder, by name (PrivateFolder::tighten).
    [[nodiscard]] static QStringList privateEntries(const QString &dir);
    [[nodiscard]] static Result<std::unique_ptr<Workspace>>
    assemble(const QString &dir, DeviceKeys keys, ClockFn clock,
             std::unique_ptr<WorkspaceLock> folderLock);
    // Imports the built-in form pack unless the store already holds this
    // version of it; never fails the caller (problems are logged).
    void ensureBuiltinForms();
    // Reads the security settings and checks their MAC (see autoLockMinutes()).
    void loadSecuritySettings();
    // The device's description in the op log and the store's device_id.
    [[nodiscard]] Status writeIdentity();
    // Builds the op log and the stores over `db`, the current project's.
    void attach(std::unique_ptr<Database> db);
    // Drops them, in the order they depend on each other.
    void detach();
    // Opens the store of the project remembered in the settings, if any.
    void restoreLastProject();

    QString m_path;
    QString m_deviceName;
    Role m_role = Role::Researcher;
    int m_autoLockMinutes = 0;
    bool m_autoLockReset = false;
    std::unique_ptr<DeviceKeys> m_keys;
    // Shared while the store is open (WorkspaceLock): a change of the
    // store's key waits until no program has it open. Declared before the
    // store, so it is released after it.
    std::unique_ptr<WorkspaceLock> m_folderLock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OpLog> m_log;
    std::unique_ptr<RecordStore> m_records;
    std::unique_ptr<FormStore> m_forms;
    ClockFn m_clock; // the op log's, kept for the unlock
    QByteArray m_projectStore;
};

} // namespace vigia
