#pragma once

#include "common/Result.h"
#include "project/Invitation.h"

#include <QCoreApplication>
#include <QString>

namespace vigia {

class HubConnection;
class Workspace;

// Joining a project through the hub with the code a coordinator read out
// (hub-api.md, "Enrollment"): redeem the code, check that the invitation the
// hub hands over is signed by the key whose fingerprint the code carries
// (before anything is sent: a hub cannot slip in a key of its own), pin the
// project, send the signed join request. The coordinator's approval arrives
// later as a manifest, which the next sync fetches.
class HubJoin
{
    Q_DECLARE_TR_FUNCTIONS(vigia::HubJoin)

public:
    struct Joined
    {
        Invitation invitation;
        QString deviceFingerprint; // what the coordinator compares, read aloud
    };
    [[nodiscard]] static Result<Joined> join(Workspace &ws, HubConnection &connection,
                                             const QString &code);
};

} // namespace vigia
