#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace vigia {

class Database;

// Which project files this device has saved, so the app's guided steps
// (invitation, join request, approval) resume where the person left off
// after a restart: nothing in the project's own state says a file was
// written. Local only (table `settings`), never replicated, and only a
// hint for the interface: no trust decision reads it.
class ProjectProgress
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ProjectProgress)

public:
    explicit ProjectProgress(Database &db);

    [[nodiscard]] Status noteInvitationSaved();
    [[nodiscard]] Result<bool> invitationSaved();
    [[nodiscard]] Status noteJoinRequestSaved();
    [[nodiscard]] Result<bool> joinRequestSaved();
    // The manifest version last saved for the members; 0 when none was.
    [[nodiscard]] Status noteManifestSaved(quint64 version);
    [[nodiscard]] Result<quint64> manifestSavedVersion();

private:
    [[nodiscard]] Status write(const char *key, qint64 value);
    [[nodiscard]] Result<qint64> read(const char *key);

    Database &m_db;
};

} // namespace vigia
