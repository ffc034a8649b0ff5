#pragma once

#include "common/Result.h"
#include "project/Invitation.h"
#include "project/JoinRequest.h"
#include "project/ProjectManifest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vigia {

class Workspace;

// What only the holder of the project key can do: create the project, write
// invitations, approve join requests and revoke devices. Each change issues
// a new manifest (version + 1), signed, and installs it here at once; the
// coordinator then hands it to every member (`project manifest export`).
class ProjectAdmin
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ProjectAdmin)

public:
    explicit ProjectAdmin(Workspace &ws);

    // Creates the project key and manifest version 1 with this device as
    // the only member and recipient. The workspace must be a coordinator's.
    [[nodiscard]] Result<ProjectManifest> create(const QString &name, const QString &country,
                                                 const QString &hubUrl);
    // `hubCertSha256`: the hub certificate's pin to hand on, or empty.
    [[nodiscard]] Result<QByteArray> invitation(const QByteArray &hubCertSha256 = {});
    // Adds the requesting device with the role the approver chose; the role
    // the request asks for is only shown to the approver, never trusted.
    // Coordinators also become recipients of every researcher's data. A
    // device already approved may be approved again to change its name or
    // role, but only with the same keys: a key change is a revoke and a new
    // join, so a stolen device id cannot be taken over with new keys.
    [[nodiscard]] Result<ProjectManifest> approve(const JoinRequest &request, Role role);
    [[nodiscard]] Result<ProjectManifest> revoke(const QByteArray &deviceId);

private:
    [[nodiscard]] Result<quint64> acceptedCounter(const QByteArray &deviceId);
    [[nodiscard]] Result<ProjectManifest> issue(ProjectManifest next);

    Workspace &m_ws;
};

} // namespace vigia
