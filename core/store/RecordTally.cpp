#include "store/RecordTally.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "db/StatementCache.h"
#include "store/RecordStatus.h"
#include "store/RecordStore.h"
#include "store/ReviewState.h"

#include <sqlite3.h>

namespace vigia {

bool RecordTally::serves(const RecordFilter &filter)
{
    return !filter.includeDeleted && !filter.from.isValid() && !filter.to.isValid() &&
           RecordStore::searchWords(filter.search).isEmpty();
}

Result<int> RecordTally::count(Database &db, const RecordFilter &filter)
{
    Q_ASSERT(serves(filter));
    QByteArray sql = "SELECT coalesce(sum(n), 0) FROM record_tally WHERE 1";
    QList<QString> params;
    const auto add = [&](const char *column, const QString &value) {
        params.append(value);
        sql += QByteArray(" AND ") + column + " = ?" + QByteArray::number(params.size());
    };
    if (!filter.formId.isEmpty())
        add("form_id", filter.formId);
    if (filter.status)
        add("status", statusName(*filter.status));
    if (!filter.country.isEmpty())
        add("country", filter.country);
    if (filter.review)
        add("review", reviewStateName(*filter.review));
    Statement st(db.statements(), sql);
    if (!st.isValid())
        return db.errorFor(st.prepareResult(), tr("counting records"));
    for (int i = 0; i < params.size(); ++i)
        st.bindText(i + 1, params[i]);
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return db.errorFor(rc, tr("counting records"));
    return int(st.columnInt64(0));
}

} // namespace vigia
