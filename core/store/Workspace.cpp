#include "store/Workspace.h"
#include "store/WorkspaceLock.h"

#include "common/LogCategories.h"
#include "crypto/DeviceKeys.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "forms/BuiltinForms.h"
#include "oplog/OpLog.h"
#include "store/AudienceSelector.h"
#include "store/FormStore.h"
#include "store/Migrations.h"
#include "store/ProjectStores.h"
#include "store/RecordStore.h"
#include "store/WorkspaceSettings.h"

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
// The lock screen's reopening runs on the GUI thread: a short wait only.
constexpr std::chrono::milliseconds kReopenWait = std::chrono::seconds(2);
} // namespace

// What Vigia keeps in a workspace folder, by name. The project layer's two
// (its key and the quarantine) are spelled here because the store sits below
// it; ProjectKey::path and ChangeImporter::quarantineDir give the same names.
QStringList Workspace::privateEntries(const QString &dir)
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

} // namespace vigia
