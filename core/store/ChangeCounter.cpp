#include "ChangeCounter.h"

#include "Database.h"
#include "Statement.h"

#include <sqlite3.h>

namespace vigia {

Result<qint64> ChangeCounter::unsent(Database &db)
{
    Statement st(db.handle(), "SELECT count(*) FROM outbox");
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return db.errorFor(rc, tr("counting the changes not yet sent"));
    return st.columnInt64(0);
}

} // namespace vigia
