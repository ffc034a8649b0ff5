#include "project/ProjectProgress.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <sqlite3.h>

namespace vigia {

namespace {
constexpr const char *kInvitationSaved = "progress.invitation_saved";
constexpr const char *kJoinRequestSaved = "progress.join_request_saved";
constexpr const char *kManifestSaved = "progress.manifest_saved_version";
} // namespace

ProjectProgress::ProjectProgress(Database &db)
    : m_db(db)
{}

Status ProjectProgress::noteInvitationSaved()
{
    return write(kInvitationSaved, 1);
}

Result<bool> ProjectProgress::invitationSaved()
{
    auto v = read(kInvitationSaved);
    if (!v)
        return v.error();
    return v.value() != 0;
}

Status ProjectProgress::noteJoinRequestSaved()
{
    return write(kJoinRequestSaved, 1);
}

Result<bool> ProjectProgress::joinRequestSaved()
{
    auto v = read(kJoinRequestSaved);
    if (!v)
        return v.error();
    return v.value() != 0;
}

Status ProjectProgress::noteManifestSaved(quint64 version)
{
    return write(kManifestSaved, qint64(version));
}

Result<quint64> ProjectProgress::manifestSavedVersion()
{
    auto v = read(kManifestSaved);
    if (!v)
        return v.error();
    return quint64(qMax<qint64>(0, v.value()));
}

Status ProjectProgress::write(const char *key, qint64 value)
{
    Statement st(m_db.handle(), "INSERT INTO settings(key, value) VALUES (?1, ?2) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bindTextUtf8(1, key).bind(2, value);
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("remembering which project files were saved"));
    return {};
}

Result<qint64> ProjectProgress::read(const char *key)
{
    Statement st(m_db.handle(), "SELECT value FROM settings WHERE key = ?1");
    st.bindTextUtf8(1, key);
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return qint64(0);
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, tr("reading which project files were saved"));
    return st.columnInt64(0);
}

} // namespace vigia
