#pragma once

#include "hub/HubCaller.h"
#include "hub/HubRequest.h"
#include "hub/HubResponse.h"

#include <QByteArray>
#include <QCoreApplication>

#include <variant>

namespace vigia {

class HubStore;

// Sessions: a device proves it holds its manifest key by signing a hub nonce
// (no clock of the device involved), and gets a bearer token the hub keeps
// only as a hash.
class HubAuth
{
    Q_DECLARE_TR_FUNCTIONS(vigia::HubAuth)

public:
    // What a device signs to open a session: bound to this hub, the project,
    // the device and the nonce, so a signature is good once, here, for this.
    [[nodiscard]] static QByteArray sessionMessage(const QByteArray &hubId,
                                                   const QByteArray &projectId,
                                                   const QByteArray &deviceId,
                                                   const QByteArray &nonce);
    [[nodiscard]] static QByteArray tokenHash(const QByteArray &token);

    // The caller of `request` for `projectId`: 401 without a live session,
    // 403 for another project, a revoked device or one the hub's
    // administration blocked.
    [[nodiscard]] static std::variant<HubCaller, HubResponse>
    authenticate(HubStore &store, const HubRequest &request, const QByteArray &projectId,
                 qint64 now);
    // The refusal of a device the hub's administration blocked (`vigia-hub
    // devices revoke`): 403 "blocked", for sessions and every request.
    [[nodiscard]] static HubResponse blockedDevice();
};

} // namespace vigia
