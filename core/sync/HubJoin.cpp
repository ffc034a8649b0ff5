#include "sync/HubJoin.h"

#include "common/LogCategories.h"
#include "project/InvitationCode.h"
#include "project/JoinRequest.h"
#include "project/ProjectMembership.h"
#include "project/WorkspaceProjects.h"
#include "store/Workspace.h"
#include "sync/HubConnection.h"
#include "sync/HubEndpoint.h"

#include <QJsonObject>

namespace vigia {

Result<HubJoin::Joined> HubJoin::join(Workspace &ws, HubConnection &connection,
                                      const QString &typed)
{
    const std::optional<InvitationCode> code = InvitationCode::parse(typed);
    if (!code)
        return Error(ErrorCode::Usage,
                     tr("'%1' is not an invitation code. A code has 21 letters and digits, "
                        "often written in groups of four; check it with your coordinator.")
                         .arg(typed));
    const HubConnection::Headers json{{"Content-Type", "application/json"}};
    const HubReply redeemed =
        connection.send("POST", QStringLiteral("/v1/invitations/redeem"), json,
                        HubConnection::jsonBody({{QStringLiteral("code"), code->text()}}));
    if (redeemed.status != 201)
        return HubConnection::errorFor(redeemed, tr("The hub did not take the code"));
    const QJsonObject r = redeemed.json();
    const QByteArray invitationBytes =
        QByteArray::fromBase64(r.value(QStringLiteral("invitation")).toString().toLatin1());
    const QString token = r.value(QStringLiteral("enrollment_token")).toString();
    auto invitation = Invitation::open(invitationBytes);
    if (!invitation || !code->matches(invitation.value()))
        return Error(ErrorCode::Tampered,
                     tr("The hub handed over an invitation that does not match the code, so "
                        "nothing was sent and this device joined nothing. Tell your "
                        "coordinator: the hub may not be the project's."));
    const QByteArray previous = ws.projectStore();
    auto joined = ProjectMembership(ws).join(invitationBytes);
    if (!joined)
        return joined.error();
    // A further project whose request does not reach the hub is not joined:
    // its new store goes, and the workspace stays in the project it was in.
    // (The first project keeps its pin: the request can go by USB stick.)
    const auto failed = [&ws, &previous](const Error &error) {
        if (Status s = WorkspaceProjects(ws).abandon(previous); !s)
            qCWarning(lcSync) << "a failed join left its store:" << s.error().message();
        return error;
    };
    auto request = ProjectMembership(ws).request();
    if (!request)
        return failed(request.error());
    const QString path = QStringLiteral("/v1/projects/%1/join-requests")
                             .arg(QString::fromLatin1(invitation.value().projectId.toHex()));
    const HubReply sent = connection.send(
        "POST", path, json,
        HubConnection::jsonBody(
            {{QStringLiteral("enrollment_token"), token},
             {QStringLiteral("join_request"), QString::fromLatin1(request.value().toBase64())}}));
    if (sent.status != 201)
        return failed(HubConnection::errorFor(sent, tr("The hub did not take the join request")));
    // The pin this connection trusted, else the one the invitation carries.
    const QByteArray pin = connection.options().pinnedCertSha256.isEmpty()
                               ? invitation.value().hubCertSha256
                               : connection.options().pinnedCertSha256;
    if (Status s = HubEndpoint::remember(ws, connection.options().base.toString(), pin); !s)
        return failed(s.error());
    auto parsed = JoinRequest::open(request.value());
    return Joined{invitation.take(), parsed ? parsed.value().fingerprint() : QString()};
}

} // namespace vigia
