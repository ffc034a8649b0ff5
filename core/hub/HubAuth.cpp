#include "hub/HubAuth.h"

#include "crypto/Blake2b.h"
#include "hub/HubStore.h"
#include "project/HubSessionProof.h"

namespace vigia {

QByteArray HubAuth::sessionMessage(const QByteArray &hubId, const QByteArray &projectId,
                                   const QByteArray &deviceId, const QByteArray &nonce)
{
    return HubSessionProof::message(hubId, projectId, deviceId, nonce);
}

QByteArray HubAuth::tokenHash(const QByteArray &token)
{
    return Blake2b::hash256(token);
}

std::variant<HubCaller, HubResponse> HubAuth::authenticate(HubStore &store,
                                                           const HubRequest &request,
                                                           const QByteArray &projectId, qint64 now)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7)
        return HubResponse::error(401, QStringLiteral("unauthorized"),
                                  tr("This request needs a session. Open one with a challenge "
                                     "and the device's signature, then send its token as "
                                     "'Authorization: Bearer TOKEN'."));
    auto session = store.session(tokenHash(authorization.mid(7).trimmed()), now);
    if (!session) {
        if (session.error().code() == ErrorCode::NotFound)
            return HubResponse::error(401, QStringLiteral("unauthorized"),
                                      tr("The session token is unknown or has expired. Open a "
                                         "new session."));
        return HubResponse::error(500, QStringLiteral("storage"), session.error().message());
    }
    if (session.value().projectId != projectId)
        return HubResponse::error(403, QStringLiteral("forbidden"),
                                  tr("This session belongs to another project."));
    auto device = store.device(projectId, session.value().deviceId);
    if (!device)
        return HubResponse::error(403, QStringLiteral("forbidden"),
                                  tr("This device is not in the project's manifest."));
    if (device.value().revoked)
        return HubResponse::error(403, QStringLiteral("revoked"),
                                  tr("This device was revoked by the project's coordinator."));
    if (device.value().blocked)
        return blockedDevice();
    return HubCaller{session.value(), device.value()};
}

HubResponse HubAuth::blockedDevice()
{
    return HubResponse::error(403, QStringLiteral("blocked"),
                              tr("The hub's administration blocked this device, as one reported "
                                 "lost or stolen. Contact the project's coordinator."));
}

} // namespace vigia
