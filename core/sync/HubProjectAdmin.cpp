#include "sync/HubProjectAdmin.h"

#include "project/InvitationCode.h"
#include "project/ProjectAdmin.h"
#include "project/ProjectStore.h"
#include "store/Workspace.h"
#include "sync/HubClientSession.h"
#include "sync/HubConnection.h"
#include "sync/SyncStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vigia {

HubProjectAdmin::HubProjectAdmin(Workspace &ws, HubConnection &connection)
    : m_ws(ws)
    , m_connection(connection)
{}

Status HubProjectAdmin::registerProject(const QString &token)
{
    auto state = ProjectStore(m_ws.database()).requireProject();
    if (!state)
        return state.error();
    const HubReply r = m_connection.send(
        "POST", QStringLiteral("/v1/projects"), {{"Content-Type", "application/json"}},
        HubConnection::jsonBody({{QStringLiteral("token"), token.trimmed()},
                                 {QStringLiteral("manifest"),
                                  QString::fromLatin1(state.value().manifestBytes.toBase64())}}));
    if (r.status != 201)
        return HubConnection::errorFor(r, tr("The hub did not register the project"));
    return SyncStore(m_ws.database())
        .setValue(SyncStore::kHubUrl, m_connection.options().base.toString());
}

Result<QString> HubProjectAdmin::createInvitation(int expiresInSeconds)
{
    auto manifest = ProjectStore(m_ws.database()).requireManifest();
    if (!manifest)
        return manifest.error();
    auto pin = SyncStore(m_ws.database()).certPin();
    if (!pin)
        return pin.error();
    auto invitation = ProjectAdmin(m_ws).invitation(pin.value());
    if (!invitation)
        return invitation.error();
    const InvitationCode code = InvitationCode::generate(manifest.value().projectPk);
    HubClientSession session(m_connection, manifest.value().projectId, m_ws.keys());
    auto reply = session.send(
        "POST", session.projectPath(QStringLiteral("/invitations")),
        {{"Content-Type", "application/json"}},
        HubConnection::jsonBody(
            {{QStringLiteral("code_hash"), QString::fromLatin1(code.hash().toHex())},
             {QStringLiteral("invitation"), QString::fromLatin1(invitation.value().toBase64())},
             {QStringLiteral("expires_in"), expiresInSeconds}}));
    if (!reply)
        return reply.error();
    if (reply.value().status != 201)
        return HubConnection::errorFor(reply.value(), tr("The hub did not keep the invitation"));
    return code.text();
}

Result<QList<JoinRequest>> HubProjectAdmin::pendingRequests()
{
    auto state = ProjectStore(m_ws.database()).requireProject();
    if (!state)
        return state.error();
    HubClientSession session(m_connection, state.value().projectId, m_ws.keys());
    auto reply = session.send("GET", session.projectPath(QStringLiteral("/join-requests")));
    if (!reply)
        return reply.error();
    if (reply.value().status != 200)
        return HubConnection::errorFor(reply.value(), tr("The hub did not list the join requests"));
    QList<JoinRequest> out;
    for (const QJsonValue &v :
         reply.value().json().value(QStringLiteral("join_requests")).toArray()) {
        const QByteArray bytes = QByteArray::fromBase64(
            v.toObject().value(QStringLiteral("join_request")).toString().toLatin1());
        // Each is signed by its device; one that does not open is skipped
        // here, and can never be approved.
        auto request = JoinRequest::open(bytes);
        if (request && request.value().projectId == state.value().projectId)
            out.append(request.take());
    }
    return out;
}

Result<ProjectManifest> HubProjectAdmin::approve(const QByteArray &deviceId, Role role)
{
    auto pending = pendingRequests();
    if (!pending)
        return pending.error();
    const JoinRequest *found = nullptr;
    for (const JoinRequest &r : pending.value())
        if (r.deviceId == deviceId)
            found = &r;
    if (!found)
        return Error(ErrorCode::NotFound,
                     tr("No join request of device %1 is waiting on the hub. List them with "
                        "'vigiactl project requests list'.")
                         .arg(QString::fromLatin1(deviceId.toHex())));
    auto manifest = ProjectAdmin(m_ws).approve(*found, role);
    if (!manifest)
        return manifest.error();
    auto state = ProjectStore(m_ws.database()).requireProject();
    if (!state)
        return state.error();
    const HubReply put = m_connection.send(
        "PUT",
        QStringLiteral("/v1/projects/%1/manifest")
            .arg(QString::fromLatin1(state.value().projectId.toHex())),
        {{"Content-Type", "application/octet-stream"}}, state.value().manifestBytes);
    if (put.status != 200)
        // Approved here; the next sync publishes it.
        return HubConnection::errorFor(put, tr("Approved on this device, but the hub did not "
                                               "take the new manifest yet; the next sync "
                                               "sends it"));
    return manifest;
}

} // namespace vigia
