#include "hub/SqliteHubErrors.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <sqlite3.h>

namespace vigia {

Error SqliteHubErrors::failure(Database &db, int rc, const QString &what)
{
    // Every foreign key but the internal ones names a project: the caller
    // asked for one the hub does not serve.
    if (rc == SQLITE_CONSTRAINT_FOREIGNKEY) {
        return Error(ErrorCode::NotFound,
                     tr("The hub serves no project with this id; %1 was refused.").arg(what));
    }
    return db.errorFor(rc, what);
}

Status SqliteHubErrors::checkProject(Database &db, const QByteArray &projectId, const QString &what)
{
    Statement st(db.statements(), "SELECT 1 FROM projects WHERE id = ?1");
    st.bind(1, projectId);
    const int rc = st.step();
    if (rc == SQLITE_ROW)
        return {};
    if (rc == SQLITE_DONE)
        return Error(ErrorCode::NotFound, tr("The hub serves no project with this id."));
    return failure(db, rc, what);
}

} // namespace vigia
