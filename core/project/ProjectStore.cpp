#include "project/ProjectStore.h"

#include "common/LogCategories.h"
#include "crypto/Fingerprint.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <sqlite3.h>

namespace vigia {

ProjectStore::ProjectStore(Database &db)
    : m_db(db)
{}

Result<std::optional<ProjectStore::State>> ProjectStore::load()
{
    Statement st(m_db.handle(), "SELECT project_id, key_fingerprint, invitation, manifest "
                                "FROM project WHERE id = 1");
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return std::optional<State>();
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, tr("reading the project"));
    State s;
    s.projectId = st.columnBlob(0);
    s.keyFingerprint = st.columnBlob(1);
    s.invitation = st.columnBlob(2);
    s.manifestBytes = st.columnBlob(3);
    if (!s.manifestBytes.isEmpty()) {
        // Re-verified on every load: the store is not a trust anchor, the
        // pinned fingerprint is.
        auto m = ProjectManifest::open(s.manifestBytes, s.keyFingerprint, s.projectId);
        if (!m)
            return m.error();
        s.manifest = m.take();
    }
    return std::optional<State>(std::move(s));
}

Result<ProjectStore::State> ProjectStore::requireProject()
{
    auto s = load();
    if (!s)
        return s.error();
    if (!s.value())
        return Error(ErrorCode::NotFound,
                     tr("This workspace is not part of a project yet. Join one with 'vigiactl "
                        "project join INVITATION', or create one with 'vigiactl project create'."));
    return std::move(*s.value());
}

Result<ProjectManifest> ProjectStore::requireManifest()
{
    auto s = requireProject();
    if (!s)
        return s.error();
    if (!s.value().manifest)
        return Error(ErrorCode::Untrusted,
                     tr("This device has no project manifest yet. Send your join request to the "
                        "coordinator and import the manifest they send back ('vigiactl project "
                        "manifest import FILE')."));
    return *s.value().manifest;
}

Status ProjectStore::pin(const QByteArray &projectId, const QByteArray &keyFingerprint,
                         const QByteArray &invitation)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    auto current = load();
    if (!current)
        return current.error();
    if (current.value()) {
        if (current.value()->projectId == projectId &&
            current.value()->keyFingerprint == keyFingerprint)
            return {}; // the same invitation again: nothing to do
        return Error(ErrorCode::Failure,
                     tr("This workspace already belongs to another project; nothing was "
                        "changed. Use a separate workspace for each project."));
    }
    Statement st(m_db.handle(), "INSERT INTO project(id, project_id, key_fingerprint, invitation) "
                                "VALUES (1, ?1, ?2, ?3)");
    st.bind(1, projectId).bind(2, keyFingerprint);
    if (invitation.isEmpty())
        st.bindNull(3);
    else
        st.bind(3, invitation);
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("saving the project"));
    qCInfo(lcProject) << "pinned project key" << Fingerprint::format(keyFingerprint);
    return txn.commit();
}

Result<ProjectManifest> ProjectStore::installManifest(const QByteArray &signedBytes)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun().error();
    auto current = requireProject();
    if (!current)
        return current.error();
    const State &s = current.value();
    auto incoming = ProjectManifest::open(signedBytes, s.keyFingerprint, s.projectId);
    if (!incoming)
        return incoming.error();
    const quint64 have = s.manifest ? s.manifest->version : 0;
    if (incoming.value().version <= have) {
        return Error(ErrorCode::Validation,
                     tr("This manifest is version %1, but version %2 is already in force; "
                        "nothing was changed. Ask the coordinator for the newest manifest.")
                         .arg(incoming.value().version)
                         .arg(have));
    }
    Statement st(m_db.handle(),
                 "UPDATE project SET manifest = ?1, manifest_version = ?2 WHERE id = 1");
    st.bind(1, signedBytes).bind(2, qint64(incoming.value().version));
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("saving the manifest"));
    // Ops a revoked device wrote beyond what the coordinator accepted can
    // never apply; the ones already waiting behind a gap are dropped too.
    Statement drop(m_db.handle(), "DELETE FROM pending_ops WHERE origin = ?1 AND counter > ?2");
    for (const ManifestRevocation &r : incoming.value().revoked) {
        drop.bind(1, r.id).bind(2, qint64(r.acceptedCounter));
        const int rc = drop.run();
        drop.reset();
        if (rc != SQLITE_DONE)
            return m_db.errorFor(rc, tr("saving the manifest"));
    }
    if (Status c = txn.commit(); !c)
        return c.error();
    qCInfo(lcProject) << "installed manifest version" << incoming.value().version;
    return incoming;
}

} // namespace vigia
