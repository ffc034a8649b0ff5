#include "hub/SqliteHubStore.h"

#include "common/LogCategories.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "hub/SqliteCommitGroup.h"
#include "hub/SqliteHubBackup.h"
#include "hub/SqliteHubErrors.h"
#include "hub/SqliteHubMessages.h"
#include "hub/SqliteHubSchema.h"
#include "hub/SqliteHubUploads.h"
#include "project/ProjectManifest.h"
#include "store/Role.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QRecursiveMutex>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <map>
#include <optional>

namespace vigia {

namespace {

// Reads rows of (seq, project_id, bundle_id, sender, size, sha256, stored_at,
// recipient), one per recipient and ordered by seq, into bundles. A NULL seq
// is the row of a project with no matching bundle: it adds nothing but sets
// *anyRow. Returns the last step's code (SQLITE_DONE when all went well).
int collectBundles(Statement &st, QList<HubBundle> &out, bool *anyRow = nullptr)
{
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        if (anyRow)
            *anyRow = true;
        if (st.columnIsNull(0))
            continue;
        const qint64 seq = st.columnInt64(0);
        if (out.isEmpty() || out.last().seq != seq) {
            HubBundle b;
            b.seq = seq;
            b.projectId = st.columnBlob(1);
            b.bundleId = st.columnBlob(2);
            b.sender = st.columnBlob(3);
            b.size = st.columnInt64(4);
            b.sha256 = st.columnBlob(5);
            b.storedAt = st.columnInt64(6);
            out.append(b);
        }
        if (!st.columnIsNull(7))
            out.last().recipients.append(st.columnBlob(7));
    }
    return rc;
}

} // namespace

SqliteHubStore::SqliteHubStore(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_group(&SqliteCommitGroup::of(m_db->path()))
    , m_writer(m_group->writer())
    , m_uploads(std::make_unique<SqliteHubUploads>(*m_db, m_writer))
    , m_messages(std::make_unique<SqliteHubMessages>(*m_db, m_writer))
{}

SqliteHubStore::~SqliteHubStore() = default;

Result<std::unique_ptr<SqliteHubStore>> SqliteHubStore::open(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    std::unique_ptr<SqliteHubStore> store(new SqliteHubStore(db.take()));
    if (Status s = SqliteHubSchema::migrate(*store->m_db, store->m_writer); !s)
        return s.error();
    if (Status s = store->loadHubId(); !s)
        return s.error();
    return store;
}

Status SqliteHubStore::loadHubId()
{
    Statement st(m_db->handle(), "SELECT value FROM meta WHERE key = 'hub_id'");
    const int rc = st.step();
    if (rc == SQLITE_ROW && st.columnBlob(0).size() == SqliteHubSchema::kHubIdBytes) {
        m_hubId = st.columnBlob(0);
        return {};
    }
    if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
        return Error(ErrorCode::Corrupt,
                     tr("The hub database %1 has no valid hub id. Restore it from a backup.")
                         .arg(m_db->path()));
    }
    return m_db->errorFor(rc, tr("reading the hub id"));
}

Result<QByteArray> SqliteHubStore::hubId()
{
    return m_hubId;
}

// --- Projects -----------------------------------------------------------

Status SqliteHubStore::addProjectSlot(const QString &name, const QByteArray &tokenHash)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun();
    Statement st(m_db->statements(), "INSERT INTO project_slots(token_hash, name) VALUES (?1, ?2)");
    st.bind(1, tokenHash).bindText(2, name);
    if (const int rc = st.run(); rc != SQLITE_DONE) {
        if (rc == SQLITE_CONSTRAINT_UNIQUE) {
            return Error(ErrorCode::Validation,
                         tr("A project slot with this token exists already; nothing was added. "
                            "Create the slot with a new token."));
        }
        return SqliteHubErrors::failure(*m_db, rc, tr("adding a project slot"));
    }
    if (Status s = txn.commit(); !s)
        return s;
    qCInfo(lcHub) << "added a project slot named" << name;
    return {};
}

Result<HubProject> SqliteHubStore::registerProject(const QByteArray &tokenHash,
                                                   const ProjectManifest &manifest,
                                                   const QByteArray &signedManifest)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun().error();
    const QString reading = tr("registering the project");

    Statement slot(m_db->statements(),
                   "SELECT id, name FROM project_slots WHERE token_hash = ?1 AND used = 0");
    slot.bind(1, tokenHash);
    int rc = slot.step();
    if (rc == SQLITE_DONE) {
        return Error(ErrorCode::NotFound,
                     tr("No unused project slot has this token; nothing was registered. Each "
                        "token registers one project: ask the hub's operator for a new one."));
    }
    if (rc != SQLITE_ROW)
        return SqliteHubErrors::failure(*m_db, rc, reading);
    const qint64 slotId = slot.columnInt64(0);
    QString name = slot.columnText(1);
    slot.reset();
    if (name.isEmpty())
        name = manifest.name;

    Statement exists(m_db->statements(), "SELECT 1 FROM projects WHERE id = ?1");
    exists.bind(1, manifest.projectId);
    rc = exists.step();
    exists.reset();
    if (rc == SQLITE_ROW) {
        // The slot stays unused: the operator's token is not spent on a refusal.
        return Error(ErrorCode::Validation,
                     tr("The hub already serves a project with this id; nothing was "
                        "registered. A project registers once, then sends new manifests."));
    }
    if (rc != SQLITE_DONE)
        return SqliteHubErrors::failure(*m_db, rc, reading);

    Statement insert(m_db->statements(),
                     "INSERT INTO projects(id, name, project_pk, manifest, manifest_version) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, manifest.projectId)
        .bindText(2, name)
        .bind(3, manifest.projectPk)
        .bind(4, signedManifest)
        .bind(5, qint64(manifest.version));
    if (rc = insert.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(*m_db, rc, reading);

    Statement claim(m_db->statements(),
                    "UPDATE project_slots SET used = 1, project_id = ?2 WHERE id = ?1");
    claim.bind(1, slotId).bind(2, manifest.projectId);
    if (rc = claim.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(*m_db, rc, reading);
    if (Status s = writeDevices(manifest); !s)
        return s.error();
    if (Status s = txn.commit(); !s)
        return s.error();
    qCInfo(lcHub).noquote() << "registered project" << manifest.projectId.toHex()
                            << "at manifest version" << manifest.version;
    return HubProject{manifest.projectId, name, manifest.projectPk, signedManifest,
                      manifest.version};
}

Result<HubProject> SqliteHubStore::project(const QByteArray &projectId)
{
    Statement st(m_db->statements(), "SELECT id, name, project_pk, manifest, manifest_version "
                                     "FROM projects WHERE id = ?1");
    st.bind(1, projectId);
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
    if (rc != SQLITE_ROW)
        return SqliteHubErrors::failure(*m_db, rc, tr("reading the project"));
    return HubProject{st.columnBlob(0), st.columnText(1), st.columnBlob(2), st.columnBlob(3),
                      quint64(st.columnInt64(4))};
}

Result<QList<HubProject>> SqliteHubStore::projects()
{
    Statement st(m_db->statements(), "SELECT id, name, project_pk, manifest, manifest_version "
                                     "FROM projects ORDER BY name, id");
    QList<HubProject> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        out.append(HubProject{st.columnBlob(0), st.columnText(1), st.columnBlob(2),
                              st.columnBlob(3), quint64(st.columnInt64(4))});
    }
    if (rc != SQLITE_DONE)
        return SqliteHubErrors::failure(*m_db, rc, tr("listing the projects"));
    return out;
}

Status SqliteHubStore::replaceManifest(const ProjectManifest &manifest,
                                       const QByteArray &signedManifest, quint64 previousVersion)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun();
    const QString replacing = tr("replacing the project's manifest");
    Statement current(m_db->statements(), "SELECT manifest_version FROM projects WHERE id = ?1");
    current.bind(1, manifest.projectId);
    int rc = current.step();
    if (rc == SQLITE_DONE)
        return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
    if (rc != SQLITE_ROW)
        return SqliteHubErrors::failure(*m_db, rc, replacing);
    const quint64 stored = quint64(current.columnInt64(0));
    current.reset();
    if (stored != previousVersion) {
        return Error(ErrorCode::Busy,
                     tr("The project's manifest changed meanwhile (the hub holds version %1, not "
                        "%2); nothing was replaced. Read the new manifest and try again.")
                         .arg(stored)
                         .arg(previousVersion));
    }
    Statement update(m_db->statements(),
                     "UPDATE projects SET manifest = ?2, manifest_version = ?3 WHERE id = ?1");
    update.bind(1, manifest.projectId).bind(2, signedManifest).bind(3, qint64(manifest.version));
    if (rc = update.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(*m_db, rc, replacing);
    if (Status s = writeDevices(manifest); !s)
        return s;
    if (Status s = txn.commit(); !s)
        return s;
    qCInfo(lcHub).noquote() << "project" << manifest.projectId.toHex() << "now at manifest version"
                            << manifest.version;
    return {};
}

Status SqliteHubStore::writeDevices(const ProjectManifest &manifest)
{
    const QString writing = tr("storing the project's devices");
    // A revoked device has left `devices`, and its revocation does not say
    // its role: it keeps the role the hub knew.
    QHash<QByteArray, QString> knownRoles;
    {
        Statement st(m_db->statements(),
                     "SELECT device_id, role FROM devices WHERE project_id = ?1");
        st.bind(1, manifest.projectId);
        int rc;
        while ((rc = st.step()) == SQLITE_ROW)
            knownRoles.insert(st.columnBlob(0), st.columnText(1));
        if (rc != SQLITE_DONE)
            return SqliteHubErrors::failure(*m_db, rc, writing);
    }
    Statement clear(m_db->statements(), "DELETE FROM devices WHERE project_id = ?1");
    clear.bind(1, manifest.projectId);
    if (const int rc = clear.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(*m_db, rc, writing);

    // DO NOTHING: a device listed twice keeps its first entry, as
    // ProjectManifest::device() reads it.
    Statement insert(m_db->statements(),
                     "INSERT INTO devices(project_id, device_id, role, sign_pk, revoked) "
                     "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (project_id, device_id) DO NOTHING");
    auto add = [&](const QByteArray &id, const QString &role, const QByteArray &signPk,
                   bool revoked) {
        insert.bind(1, manifest.projectId)
            .bind(2, id)
            .bindText(3, role)
            .bind(4, signPk)
            .bind(5, qint64(revoked ? 1 : 0));
        return insert.run();
    };
    for (const ManifestDevice &d : manifest.devices) {
        if (const int rc = add(d.id, roleName(d.role), d.signPk, manifest.revocation(d.id));
            rc != SQLITE_DONE)
            return SqliteHubErrors::failure(*m_db, rc, writing);
    }
    for (const ManifestRevocation &r : manifest.revoked) {
        const QString role = knownRoles.value(r.id, roleName(Role::Researcher));
        if (const int rc = add(r.id, role, r.signPk, true); rc != SQLITE_DONE)
            return SqliteHubErrors::failure(*m_db, rc, writing);
    }
    return {};
}

Result<HubDevice> SqliteHubStore::device(const QByteArray &projectId, const QByteArray &deviceId)
{
    Statement st(m_db->statements(),
                 "SELECT d.role, d.sign_pk, d.revoked, EXISTS (SELECT 1 FROM device_blocks b "
                 "WHERE b.project_id = d.project_id AND b.device_id = d.device_id) "
                 "FROM devices d WHERE d.project_id = ?1 AND d.device_id = ?2");
    st.bind(1, projectId).bind(2, deviceId);
    const int rc = st.step();
    if (rc == SQLITE_DONE) {
        return Error(ErrorCode::NotFound,
                     tr("This device is not in the project's manifest on this hub."));
    }
    if (rc != SQLITE_ROW)
        return SqliteHubErrors::failure(*m_db, rc, tr("reading the device"));
    const std::optional<Role> role = roleFromName(st.columnText(0));
    if (!role) {
        return Error(ErrorCode::Corrupt,
                     tr("The hub database holds a device with an unknown role. Restore it from "
                        "a backup."));
    }
    return HubDevice{projectId,
                     deviceId,
                     *role,
                     st.columnBlob(1),
                     st.columnInt64(2) != 0,
                     st.columnInt64(3) != 0};
}

Result<QList<HubDevice>> SqliteHubStore::devices(const QByteArray &projectId)
{
    // One statement, so the project check and the list are one snapshot; the
    // project's row alone (NULL device) says it exists with no device.
    Statement st(m_db->statements(), "SELECT d.device_id, d.role, d.sign_pk, d.revoked, "
                                     "b.device_id IS NOT NULL FROM projects p "
                                     "LEFT JOIN devices d ON d.project_id = p.id "
                                     "LEFT JOIN device_blocks b ON b.project_id = d.project_id "
                                     "AND b.device_id = d.device_id WHERE p.id = ?1 "
                                     "ORDER BY d.device_id");
    st.bind(1, projectId);
    QList<HubDevice> out;
    bool projectFound = false;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        projectFound = true;
        if (st.columnIsNull(0))
            continue;
        const std::optional<Role> role = roleFromName(st.columnText(1));
        if (!role) {
            return Error(ErrorCode::Corrupt,
                         tr("The hub database holds a device with an unknown role. Restore it "
                            "from a backup."));
        }
        out.append(HubDevice{projectId, st.columnBlob(0), *role, st.columnBlob(2),
                             st.columnInt64(3) != 0, st.columnInt64(4) != 0});
    }
    if (rc != SQLITE_DONE)
        return SqliteHubErrors::failure(*m_db, rc, tr("reading the project's devices"));
    if (!projectFound)
        return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
    return out;
}

Status SqliteHubStore::blockDevice(const QByteArray &projectId, const QByteArray &deviceId,
                                   bool blocked)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun();
    const QString blocking = tr("blocking the device");
    {
        // Only a device the hub knows: the administration adds none.
        Statement known(m_db->statements(),
                        "SELECT 1 FROM devices WHERE project_id = ?1 AND device_id = ?2");
        known.bind(1, projectId).bind(2, deviceId);
        const int rc = known.step();
        if (rc == SQLITE_DONE) {
            if (Status s = SqliteHubErrors::checkProject(*m_db, projectId, blocking); !s)
                return s;
            return Error(ErrorCode::NotFound,
                         tr("This device is not in the project's manifest on this hub."));
        }
        if (rc != SQLITE_ROW)
            return SqliteHubErrors::failure(*m_db, rc, blocking);
    }
    Statement st(m_db->statements(),
                 blocked ? "INSERT OR IGNORE INTO device_blocks(project_id, device_id) "
                           "VALUES (?1, ?2)"
                         : "DELETE FROM device_blocks WHERE project_id = ?1 AND device_id = ?2");
    st.bind(1, projectId).bind(2, deviceId);
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(*m_db, rc, blocking);
    if (Status s = txn.commit(); !s)
        return s;
    qCInfo(lcHub).noquote() << (blocked ? "blocked" : "unblocked") << "device" << deviceId.toHex()
                            << "of project" << projectId.toHex();
    return {};
}

// --- Sessions -----------------------------------------------------------

Status SqliteHubStore::addChallenge(const QByteArray &nonce, const QByteArray &projectId,
                                    const QByteArray &deviceId, qint64 expiresAt)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun();
    Statement st(m_db->statements(), "INSERT INTO challenges(nonce, project_id, device_id, "
                                     "expires_at) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, nonce).bind(2, projectId).bind(3, deviceId).bind(4, expiresAt);
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(*m_db, rc, tr("saving a sign-in challenge"));
    return txn.commit();
}

Result<bool> SqliteHubStore::takeChallenge(const QByteArray &nonce, const QByteArray &projectId,
                                           const QByteArray &deviceId, qint64 now)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun().error();
    const QString taking = tr("checking a sign-in challenge");
    // Only the exact (nonce, project, device) consumes it: an answer for
    // another device must not burn the challenge of the one signing in.
    Statement take(m_db->statements(),
                   "DELETE FROM challenges WHERE nonce = ?1 AND project_id = ?2 "
                   "AND device_id = ?3 AND expires_at >= ?4");
    take.bind(1, nonce).bind(2, projectId).bind(3, deviceId).bind(4, now);
    if (const int rc = take.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(*m_db, rc, taking);
    const bool taken = sqlite3_changes(m_db->handle()) == 1;
    Statement expire(m_db->statements(), "DELETE FROM challenges WHERE expires_at < ?1");
    expire.bind(1, now);
    if (const int rc = expire.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(*m_db, rc, taking);
    if (Status s = txn.commit(); !s)
        return s.error();
    return taken;
}

Status SqliteHubStore::addSession(const QByteArray &tokenHash, const HubSession &session)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun();
    Statement st(m_db->statements(), "INSERT INTO sessions(token_hash, project_id, device_id, "
                                     "expires_at) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, tokenHash).bind(2, session.projectId).bind(3, session.deviceId);
    st.bind(4, session.expiresAt);
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(*m_db, rc, tr("saving a session"));
    return txn.commit();
}

Result<HubSession> SqliteHubStore::session(const QByteArray &tokenHash, qint64 now)
{
    Statement st(m_db->statements(), "SELECT project_id, device_id, expires_at FROM sessions "
                                     "WHERE token_hash = ?1 AND expires_at >= ?2");
    st.bind(1, tokenHash).bind(2, now);
    const int rc = st.step();
    if (rc == SQLITE_DONE) {
        return Error(ErrorCode::NotFound,
                     tr("This session is unknown or has expired; sign in again."));
    }
    if (rc != SQLITE_ROW)
        return SqliteHubErrors::failure(*m_db, rc, tr("reading the session"));
    return HubSession{st.columnBlob(0), st.columnBlob(1), st.columnInt64(2)};
}

// --- Uploads: SqliteHubUploads -------------------------------------------

Result<HubUpload> SqliteHubStore::createUpload(const HubUpload &upload)
{
    return m_uploads->createUpload(upload);
}

Result<HubUpload> SqliteHubStore::upload(const QString &id)
{
    return m_uploads->upload(id);
}

Result<HubUpload> SqliteHubStore::findUpload(const QByteArray &projectId,
                                             const QByteArray &deviceId, const QByteArray &bundleId)
{
    return m_uploads->findUpload(projectId, deviceId, bundleId);
}

Result<int> SqliteHubStore::uploadsInProgress(const QByteArray &projectId,
                                              const QByteArray &deviceId, qint64 now)
{
    return m_uploads->uploadsInProgress(projectId, deviceId, now);
}

Result<qint64> SqliteHubStore::appendUpload(const QString &id, qint64 offset,
                                            const QByteArray &bytes)
{
    return m_uploads->appendUpload(id, offset, bytes);
}

Result<QByteArray> SqliteHubStore::uploadBytes(const QString &id)
{
    return m_uploads->uploadBytes(id);
}

Status SqliteHubStore::deleteUpload(const QString &id)
{
    return m_uploads->deleteUpload(id);
}

Result<int> SqliteHubStore::reapUploads(qint64 now)
{
    const QMutexLocker writer(m_writer);
    Transaction txn(*m_db);
    if (!txn.begun())
        return txn.begun().error();
    const QString reaping = tr("removing expired uploads");
    Statement chunks(m_db->statements(),
                     "DELETE FROM upload_chunks WHERE upload_id IN (SELECT id FROM uploads "
                     "WHERE expires_at < ?1 AND offset < length)");
    chunks.bind(1, now);
    if (const int rc = chunks.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(*m_db, rc, reaping);
    Statement uploads(m_db->statements(),
                      "DELETE FROM uploads WHERE expires_at < ?1 AND offset < length");
    uploads.bind(1, now);
    if (const int rc = uploads.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(*m_db, rc, reaping);
    const int reaped = sqlite3_changes(m_db->handle());
    // Expired challenges, sessions and invitations are refused anyway; the
    // reaper keeps the tables from growing with every sign-in.
    for (const char *sql : {"DELETE FROM challenges WHERE expires_at < ?1",
                            "DELETE FROM sessions WHERE expires_at < ?1",
                            "DELETE FROM invitations WHERE expires_at < ?1"}) {
        Statement expired(m_db->statements(), sql);
        expired.bind(1, now);
        if (const int rc = expired.run(); rc != SQLITE_DONE)
            return SqliteHubErrors::failure(*m_db, rc, reaping);
    }
    if (Status s = txn.commit(); !s)
        return s.error();
    if (reaped > 0)
        qCInfo(lcHub) << "removed" << reaped << "expired uploads";
    return reaped;
}

// --- Bundles ------------------------------------------------------------

Result<HubBundle> SqliteHubStore::findBundle(const QByteArray &projectId,
                                             const QByteArray &bundleId)
{
    return findBundleIn(*m_db, projectId, bundleId);
}

Result<HubBundle> SqliteHubStore::findBundleIn(Database &db, const QByteArray &projectId,
                                               const QByteArray &bundleId)
{
    Statement st(db.statements(),
                 "SELECT b.seq, b.project_id, b.bundle_id, b.sender, b.size, b.sha256, "
                 "b.stored_at, r.device_id FROM bundles b "
                 "LEFT JOIN bundle_recipients r ON r.seq = b.seq "
                 "WHERE b.project_id = ?1 AND b.bundle_id = ?2 ORDER BY r.device_id");
    st.bind(1, projectId).bind(2, bundleId);
    QList<HubBundle> found;
    if (const int rc = collectBundles(st, found); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(db, rc, tr("reading the bundle"));
    if (found.isEmpty())
        return Error(ErrorCode::NotFound, tr("The hub holds no such bundle for this project."));
    return found.first();
}

Result<HubBundle> SqliteHubStore::storeBundle(const HubBundle &bundle, const QByteArray &bytes)
{
    if (bundle.size != 0 && bundle.size != bytes.size()) {
        return Error(ErrorCode::Validation,
                     tr("The bundle is %1 bytes, not the %2 announced; nothing was stored.")
                         .arg(bytes.size())
                         .arg(bundle.size));
    }
    // Committed together with the completions of other threads that arrive
    // meanwhile (SqliteCommitGroup); durable when run() returns.
    std::optional<Result<HubBundle>> stored;
    const Status committed = m_group->run(*m_db, [&](Database &db) -> Status {
        stored = insertBundle(db, bundle, bytes);
        return stored->ok() ? Status() : Status(stored->error());
    });
    if (!committed)
        return committed.error();
    qCInfo(lcHub).noquote() << "stored bundle" << stored->value().seq << "of project"
                            << bundle.projectId.toHex() << "with" << bytes.size() << "bytes";
    return *stored;
}

Result<HubBundle> SqliteHubStore::insertBundle(Database &db, const HubBundle &bundle,
                                               const QByteArray &bytes)
{
    // Under the write lock, so two processes storing the same bundle cannot
    // both find it missing: the second one finds the first one's row.
    const QString storing = tr("storing the bundle");
    if (auto existing = findBundleIn(db, bundle.projectId, bundle.bundleId);
        existing || existing.error().code() != ErrorCode::NotFound)
        return existing;

    Statement insert(db.statements(),
                     "INSERT INTO bundles(project_id, bundle_id, sender, size, sha256, stored_at, "
                     "bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, bundle.projectId)
        .bind(2, bundle.bundleId)
        .bind(3, bundle.sender)
        .bind(4, qint64(bytes.size()))
        .bind(5, bundle.sha256)
        .bind(6, bundle.storedAt)
        .bind(7, bytes);
    if (const int rc = insert.run(); rc != SQLITE_DONE)
        return SqliteHubErrors::failure(db, rc, storing);
    const qint64 seq = sqlite3_last_insert_rowid(db.handle());
    Statement recipient(db.statements(),
                        "INSERT OR IGNORE INTO bundle_recipients(seq, device_id) VALUES (?1, ?2)");
    for (const QByteArray &deviceId : bundle.recipients) {
        recipient.bind(1, seq).bind(2, deviceId);
        if (const int rc = recipient.run(); rc != SQLITE_DONE)
            return SqliteHubErrors::failure(db, rc, storing);
    }
    // Read back, so the first store and any repeat return the same value.
    return findBundleIn(db, bundle.projectId, bundle.bundleId);
}

Result<QList<HubBundle>> SqliteHubStore::bundles(const QByteArray &projectId, qint64 afterSeq,
                                                 int limit, const QByteArray &recipient)
{
    // The page is chosen first, then joined with its recipients (one row
    // each); the LEFT JOIN from projects keeps one row for a known project
    // with an empty page, so NotFound means the project, never the page. A
    // device's page is the union of two index ranges (addressed to it, sent
    // by it) rather than a filter over every bundle of the project.
    static const QByteArray kTail = QByteArrayLiteral(
        "SELECT b.seq, b.project_id, b.bundle_id, b.sender, b.size, b.sha256, b.stored_at, "
        "r.device_id FROM projects p "
        "LEFT JOIN page ON 1 "
        "LEFT JOIN bundles b ON b.seq = page.seq "
        "LEFT JOIN bundle_recipients r ON r.seq = b.seq "
        "WHERE p.id = ?1 ORDER BY b.seq, r.device_id");
    static const QByteArray kAll =
        QByteArrayLiteral("WITH page(seq) AS (SELECT seq FROM bundles WHERE project_id = ?1 "
                          "AND seq > ?2 ORDER BY seq LIMIT ?3) ") +
        kTail;
    static const QByteArray kForDevice =
        QByteArrayLiteral("WITH page(seq) AS ("
                          "SELECT r.seq FROM bundle_recipients r JOIN bundles b ON b.seq = r.seq "
                          "WHERE r.device_id = ?4 AND r.seq > ?2 AND b.project_id = ?1 "
                          "UNION "
                          "SELECT seq FROM bundles WHERE project_id = ?1 AND sender = ?4 "
                          "AND seq > ?2 "
                          "ORDER BY 1 LIMIT ?3) ") +
        kTail;
    Statement st(m_db->statements(), recipient.isEmpty() ? kAll : kForDevice);
    // A negative LIMIT means none to SQLite.
    st.bind(1, projectId).bind(2, afterSeq).bind(3, qint64(qMax(limit, 0)));
    if (!recipient.isEmpty())
        st.bind(4, recipient);
    QList<HubBundle> out;
    bool projectFound = false;
    const int rc = collectBundles(st, out, &projectFound);
    if (rc != SQLITE_DONE)
        return SqliteHubErrors::failure(*m_db, rc, tr("listing the project's bundles"));
    if (!projectFound)
        return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
    return out;
}

Result<HubBundle> SqliteHubStore::bundle(const QByteArray &projectId, const QByteArray &bundleId)
{
    return findBundle(projectId, bundleId);
}

Result<QByteArray> SqliteHubStore::bundleBytes(const QByteArray &projectId,
                                               const QByteArray &bundleId, qint64 offset,
                                               qint64 length)
{
    if (offset < 0 || length < 0)
        return Error(ErrorCode::Validation, tr("A byte range cannot start or run backwards."));
    const QString reading = tr("reading the bundle's bytes");
    qint64 seq = 0;
    qint64 size = 0;
    {
        Statement st(m_db->statements(),
                     "SELECT seq, size FROM bundles WHERE project_id = ?1 AND bundle_id = ?2");
        st.bind(1, projectId).bind(2, bundleId);
        const int rc = st.step();
        if (rc == SQLITE_DONE) {
            return Error(ErrorCode::NotFound, tr("The hub holds no such bundle for this project."));
        }
        if (rc != SQLITE_ROW)
            return SqliteHubErrors::failure(*m_db, rc, reading);
        seq = st.columnInt64(0);
        size = st.columnInt64(1);
    }
    if (offset > size) {
        return Error(ErrorCode::Validation,
                     tr("The range starts at byte %1, past the end of the bundle (%2 bytes).")
                         .arg(offset)
                         .arg(size));
    }
    const qint64 count = qMin(length, size - offset);
    if (count == 0)
        return QByteArray();
    // Incremental BLOB I/O rather than substr(): substr() has SQLite read the
    // whole value into memory before it cuts the range out (a 300 MB bundle
    // costs 300 MB per request), while a blob handle reads only the pages of
    // the range. Bundles are never changed once stored, so the row found above
    // is the row read here although the two are separate reads.
    sqlite3_blob *blob = nullptr;
    int rc = sqlite3_blob_open(m_db->handle(), "main", "bundles", "bytes", seq, 0, &blob);
    QByteArray out;
    if (rc == SQLITE_OK) {
        out.resize(count);
        rc = sqlite3_blob_read(blob, out.data(), int(count), int(offset));
    }
    sqlite3_blob_close(blob);
    if (rc != SQLITE_OK)
        return SqliteHubErrors::failure(*m_db, rc, reading);
    return out;
}

// --- Receipts and enrollment: SqliteHubMessages -------------------------

Result<HubReceipt> SqliteHubStore::storeReceipt(const HubReceipt &receipt)
{
    return m_messages->storeReceipt(receipt);
}

Result<QList<HubReceipt>> SqliteHubStore::receipts(const QByteArray &projectId, qint64 afterSeq,
                                                   int limit, const QByteArray &recipient)
{
    return m_messages->receipts(projectId, afterSeq, limit, recipient);
}

Result<QList<QByteArray>> SqliteHubStore::bundleSenders(const QByteArray &projectId,
                                                        const QList<QByteArray> &bundleIds)
{
    return m_messages->bundleSenders(projectId, bundleIds);
}

Status SqliteHubStore::addInvitation(const HubInvitation &invitation)
{
    return m_messages->addInvitation(invitation);
}

Result<HubInvitation> SqliteHubStore::redeemInvitation(const QByteArray &codeHash, qint64 now)
{
    return m_messages->redeemInvitation(codeHash, now);
}

Status SqliteHubStore::addJoinRequest(const HubJoinRequest &request)
{
    return m_messages->addJoinRequest(request);
}

Result<QList<HubJoinRequest>> SqliteHubStore::joinRequests(const QByteArray &projectId)
{
    return m_messages->joinRequests(projectId);
}

// --- Administration -----------------------------------------------------

Result<HubStore::Stats> SqliteHubStore::stats()
{
    Statement st(m_db->statements(), "SELECT (SELECT count(*) FROM projects), "
                                     "(SELECT count(*) FROM devices WHERE revoked = 0), "
                                     "(SELECT count(*) FROM bundles), "
                                     "(SELECT coalesce(sum(size), 0) FROM bundles), "
                                     "(SELECT count(*) FROM uploads WHERE offset < length)");
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return SqliteHubErrors::failure(*m_db, rc, tr("counting what the hub holds"));
    Stats s;
    s.projects = int(st.columnInt64(0));
    s.devices = int(st.columnInt64(1));
    s.bundles = st.columnInt64(2);
    s.bundleBytes = st.columnInt64(3);
    s.uploadsInProgress = int(st.columnInt64(4));
    return s;
}

Status SqliteHubStore::backupTo(const QString &path)
{
    return SqliteHubBackup::copy(*m_db, path);
}

} // namespace vigia
