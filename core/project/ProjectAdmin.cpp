#include "project/ProjectAdmin.h"

#include "common/LogCategories.h"
#include "common/UuidText.h"
#include "crypto/Fingerprint.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "oplog/OpLog.h"
#include "project/ChangeImporter.h"
#include "project/ProjectKey.h"
#include "project/ProjectStore.h"
#include "project/WorkspaceProjects.h"
#include "store/Workspace.h"

#include <QFile>
#include <QUuid>

#include <sqlite3.h>

namespace vigia {

ProjectAdmin::ProjectAdmin(Workspace &ws)
    : m_ws(ws)
{}

Result<ProjectManifest> ProjectAdmin::create(const QString &name, const QString &country,
                                             const QString &hubUrl)
{
    if (m_ws.role() != Role::Coordinator)
        return Error(ErrorCode::Usage,
                     tr("Only a coordinator's workspace can create a project. Create one with "
                        "'vigiactl init --role coordinator'."));
    if (name.trimmed().isEmpty())
        return Error(ErrorCode::Usage, tr("The project needs a name."));
    const QString cc = country.trimmed().toUpper();
    if (cc.size() != 2 || !cc.at(0).isLetter() || !cc.at(1).isLetter())
        return Error(
            ErrorCode::Usage,
            tr("'%1' is not a country code. Give two letters, e.g. --country BR.").arg(country));
    const QByteArray projectId = QUuid::createUuid().toRfc4122();
    // A workspace in a project already gets a store for the new one.
    if (Status s = WorkspaceProjects(m_ws).prepareFor(projectId); !s)
        return s.error();
    ProjectStore store(m_ws.database());
    auto existing = store.load();
    if (!existing)
        return existing.error();
    if (existing.value() || ProjectKey::exists(m_ws.projectPath()))
        return Error(ErrorCode::Failure,
                     tr("This workspace already belongs to a project; nothing was changed. Use a "
                        "separate workspace for each project."));

    auto key = ProjectKey::generate(projectId);
    if (!key)
        return key.error();
    if (Status s = ProjectKey::save(m_ws.projectPath(), key.value(), m_ws.keys()); !s)
        return s.error();

    ProjectManifest m;
    m.projectId = projectId;
    m.name = name.trimmed();
    m.hubUrl = hubUrl.trimmed();
    m.country = cc;
    m.projectPk = key.value().signPublicKey;
    m.version = 1;
    m.issuedHlc = m_ws.oplog().clock().send();
    const QByteArray me = m_ws.deviceId().toRfc4122();
    m.devices.append(ManifestDevice{me,
                                    m_ws.deviceName(),
                                    m_ws.role(),
                                    m_ws.keys().signPublicKey,
                                    m_ws.keys().boxPublicKey,
                                    {cc}});
    m.recipients.append(me);
    auto bytes = m.sign(key.value());
    Status done = bytes ? store.pin(projectId, Fingerprint::of(m.projectPk), {}) : bytes.error();
    if (done) {
        auto installed = store.installManifest(bytes.value());
        if (installed)
            return installed;
        done = installed.error();
    }
    // Half a project would block a second attempt; the key is new and unused.
    QFile::remove(ProjectKey::path(m_ws.projectPath()));
    return done.error();
}

Result<QByteArray> ProjectAdmin::invitation(const QByteArray &hubCertSha256)
{
    auto manifest = ProjectStore(m_ws.database()).requireManifest();
    if (!manifest)
        return manifest.error();
    auto key = ProjectKey::load(m_ws.projectPath(), m_ws.keys());
    if (!key)
        return key.error();
    Invitation inv;
    inv.projectId = manifest.value().projectId;
    inv.projectName = manifest.value().name;
    inv.hubUrl = manifest.value().hubUrl;
    inv.hubCertSha256 = hubCertSha256;
    inv.projectPk = key.value().signPublicKey;
    inv.coordinatorDevice = m_ws.deviceId().toRfc4122();
    inv.createdHlc = m_ws.oplog().clock().send();
    return inv.sign(key.value());
}

Result<ProjectManifest> ProjectAdmin::approve(const JoinRequest &request, Role role)
{
    auto manifest = ProjectStore(m_ws.database()).requireManifest();
    if (!manifest)
        return manifest.error();
    ProjectManifest next = manifest.value();
    if (request.projectId != next.projectId)
        return Error(ErrorCode::Untrusted,
                     tr("This join request is for another project; nothing was changed."));
    if (next.revocation(request.deviceId))
        return Error(ErrorCode::Validation,
                     tr("This device was revoked from the project and cannot be approved again. "
                        "Set up a new workspace on it and send a new join request."));
    if (const ManifestDevice *known = next.device(request.deviceId);
        known && (known->signPk != request.signPk || known->boxPk != request.boxPk))
        return Error(ErrorCode::Untrusted,
                     tr("The device %1 is already in the project with other keys; nothing was "
                        "changed. If its keys really changed, revoke the device and ask for a "
                        "new join request from a new workspace.")
                         .arg(known->name));
    next.devices.removeIf([&](const ManifestDevice &d) { return d.id == request.deviceId; });
    next.recipients.removeAll(request.deviceId);
    next.devices.append(ManifestDevice{
        request.deviceId, request.name, role, request.signPk, request.boxPk, {next.country}});
    if (role == Role::Coordinator)
        next.recipients.append(request.deviceId);
    return issue(std::move(next));
}

Result<ProjectManifest> ProjectAdmin::revoke(const QByteArray &deviceId)
{
    auto manifest = ProjectStore(m_ws.database()).requireManifest();
    if (!manifest)
        return manifest.error();
    ProjectManifest next = manifest.value();
    const ManifestDevice *device = next.device(deviceId);
    if (!device)
        return Error(ErrorCode::NotFound, tr("No approved device has the id %1. 'vigiactl devices "
                                             "list' shows the devices of the project.")
                                              .arg(UuidText::of(deviceId)));
    if (deviceId == m_ws.deviceId().toRfc4122())
        return Error(ErrorCode::Validation,
                     tr("This device holds the project key and cannot revoke itself."));
    ManifestRevocation r;
    r.id = deviceId;
    r.signPk = device->signPk;
    r.revokedHlc = m_ws.oplog().clock().send();
    r.version = next.version + 1;
    auto accepted = acceptedCounter(deviceId);
    if (!accepted)
        return accepted.error();
    r.acceptedCounter = accepted.value();
    next.devices.removeIf([&](const ManifestDevice &d) { return d.id == deviceId; });
    next.recipients.removeAll(deviceId);
    next.revoked.append(r);
    return issue(std::move(next));
}

Result<quint64> ProjectAdmin::acceptedCounter(const QByteArray &deviceId)
{
    // The head of the device's chain here: every op up to it is applied.
    // Ops waiting in pending_ops behind a gap were never accepted.
    Database &db = m_ws.database();
    Statement st(db.handle(), "SELECT counter FROM chain_heads WHERE origin = ?1");
    st.bind(1, deviceId);
    const int rc = st.step();
    if (rc == SQLITE_ROW)
        return quint64(st.columnInt64(0));
    if (rc == SQLITE_DONE)
        return quint64(0);
    return db.errorFor(rc, tr("reading what the device has sent"));
}

Result<ProjectManifest> ProjectAdmin::issue(ProjectManifest next)
{
    auto key = ProjectKey::load(m_ws.projectPath(), m_ws.keys());
    if (!key)
        return key.error();
    next.version += 1;
    next.issuedHlc = m_ws.oplog().clock().send();
    auto bytes = next.sign(key.value());
    if (!bytes)
        return bytes.error();
    auto installed = ProjectStore(m_ws.database()).installManifest(bytes.value());
    if (!installed)
        return installed;
    qCInfo(lcProject) << "issued manifest version" << next.version;
    // Bundles of a device that arrived before its approval wait in quarantine.
    for (const auto &released : ChangeImporter(m_ws).retryQuarantine()) {
        if (!released)
            qCWarning(lcProject) << "quarantined bundle refused:" << released.error().message();
    }
    return installed;
}

} // namespace vigia
