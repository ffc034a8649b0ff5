#pragma once

#include "common/Result.h"
#include "project/ChangeImporter.h"
#include "project/Invitation.h"
#include "project/ProjectManifest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace vigia {

class Workspace;

// The member's side of joining: pin the project from an invitation, write a
// signed join request, import the manifests the coordinator issues.
class ProjectMembership
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ProjectMembership)

public:
    explicit ProjectMembership(Workspace &ws);

    [[nodiscard]] Result<Invitation> join(const QByteArray &invitationBytes);
    [[nodiscard]] Result<QByteArray> request();

    struct ManifestImport
    {
        ProjectManifest manifest;
        QList<Result<ChangeImporter::Outcome>> released; // bundles out of quarantine
    };
    // Installs the manifest (pinned key, same project, higher version), then
    // retries the quarantine: bundles of newly approved senders are applied.
    [[nodiscard]] Result<ManifestImport> importManifest(const QByteArray &manifestBytes);

private:
    Workspace &m_ws;
};

} // namespace vigia
