#pragma once

#include <QByteArray>

namespace vigia {

// What a device signs to open a session on a hub (docs/hub-api.md,
// "Sessions"). Shared by the hub, which verifies it, and the sync module,
// which signs it, so the two can never disagree on the bytes. The hub's id
// is part of it: a signature made for one hub opens nothing on another.
class HubSessionProof
{
public:
    [[nodiscard]] static QByteArray message(const QByteArray &hubId, const QByteArray &projectId,
                                            const QByteArray &deviceId, const QByteArray &nonce);
};

} // namespace vigia
