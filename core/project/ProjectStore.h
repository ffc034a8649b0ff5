#pragma once

#include "common/Result.h"
#include "project/ProjectManifest.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>

namespace vigia {

class Database;

// This workspace's membership in a project (table `project`, schema v4): the
// project id and pinned key fingerprint from the invitation, and the newest
// manifest accepted. Local state, never replicated.
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ProjectStore)

public:
    struct State
    {
        QByteArray projectId;
        QByteArray keyFingerprint;
        QByteArray invitation; // signed bytes, empty for the creator
        QByteArray manifestBytes;
        std::optional<ProjectManifest> manifest;
    };

    explicit ProjectStore(Database &db);

    // nullopt when the workspace has not joined or created a project.
    [[nodiscard]] Result<std::optional<State>> load();
    // Like load(), but NotFound / Locked errors that say what to do first.
    [[nodiscard]] Result<State> requireProject();
    [[nodiscard]] Result<ProjectManifest> requireManifest();

    // Pins the project and its key fingerprint. Refuses a second project.
    [[nodiscard]] Status pin(const QByteArray &projectId, const QByteArray &keyFingerprint,
                             const QByteArray &invitation);
    // Accepts a signed manifest only if the pinned key signed it, it is for
    // this project and its version is higher than the current one; otherwise
    // nothing changes. Returns the manifest now in force.
    [[nodiscard]] Result<ProjectManifest> installManifest(const QByteArray &signedBytes);

private:
    Database &m_db;
};

} // namespace vigia
