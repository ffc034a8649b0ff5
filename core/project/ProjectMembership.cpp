#include "project/ProjectMembership.h"

#include "oplog/OpLog.h"
#include "project/JoinRequest.h"
#include "project/ProjectStore.h"
#include "project/WorkspaceProjects.h"
#include "store/Workspace.h"

namespace vigia {

ProjectMembership::ProjectMembership(Workspace &ws)
    : m_ws(ws)
{}

Result<Invitation> ProjectMembership::join(const QByteArray &invitationBytes)
{
    auto inv = Invitation::open(invitationBytes);
    if (!inv)
        return inv.error();
    // A workspace already in another project gets a store for this one.
    const QByteArray previous = m_ws.projectStore();
    if (Status s = WorkspaceProjects(m_ws).prepareFor(inv.value().projectId); !s)
        return s.error();
    if (Status s = ProjectStore(m_ws.database())
                       .pin(inv.value().projectId, inv.value().keyFingerprint(), invitationBytes);
        !s) {
        (void)WorkspaceProjects(m_ws).abandon(previous);
        return s.error();
    }
    return inv;
}

Result<QByteArray> ProjectMembership::request()
{
    auto state = ProjectStore(m_ws.database()).requireProject();
    if (!state)
        return state.error();
    JoinRequest r;
    r.projectId = state.value().projectId;
    r.deviceId = m_ws.deviceId().toRfc4122();
    r.name = m_ws.deviceName();
    r.role = roleName(m_ws.role());
    r.signPk = m_ws.keys().signPublicKey;
    r.boxPk = m_ws.keys().boxPublicKey;
    r.createdHlc = m_ws.oplog().clock().send();
    return r.sign(m_ws.keys());
}

Result<ProjectMembership::ManifestImport>
ProjectMembership::importManifest(const QByteArray &manifestBytes)
{
    auto installed = ProjectStore(m_ws.database()).installManifest(manifestBytes);
    if (!installed)
        return installed.error();
    ManifestImport out{installed.take(), {}};
    // The coordinator's clock when it issued the manifest: what this device
    // writes from now on is ordered after it (e.g. after a revocation in it).
    m_ws.oplog().clock().receive(out.manifest.issuedHlc);
    out.released = ChangeImporter(m_ws).retryQuarantine();
    return out;
}

} // namespace vigia
