#pragma once

#include "common/Result.h"
#include "project/JoinRequest.h"
#include "project/ProjectManifest.h"
#include "store/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigia {

class HubConnection;
class Workspace;

// A coordinator's business with the hub (hub-api.md): register the project
// with the administrator's one-time token, make invitation codes (the hub
// keeps only the code's hash and the signed invitation), read the join
// requests waiting and approve one (a new manifest, signed here and
// published). The hub decides nothing: every trust decision is made and
// signed on this device.
class HubProjectAdmin
{
    Q_DECLARE_TR_FUNCTIONS(vigia::HubProjectAdmin)

public:
    HubProjectAdmin(Workspace &ws, HubConnection &connection);

    [[nodiscard]] Status registerProject(const QString &token);
    // The code to read out to the new member, in groups of four.
    [[nodiscard]] Result<QString> createInvitation(int expiresInSeconds);
    [[nodiscard]] Result<QList<JoinRequest>> pendingRequests();
    // Approves the waiting request of `deviceId` and publishes the manifest.
    [[nodiscard]] Result<ProjectManifest> approve(const QByteArray &deviceId, Role role);

private:
    Workspace &m_ws;
    HubConnection &m_connection;
};

} // namespace vigia
