#include "db/CacheSizeScope.h"

#include "common/LogCategories.h"
#include "db/Database.h"
#include "db/Statement.h"

#include <QByteArray>

#include <sqlite3.h>

namespace vigia {

namespace {

// The `cache_size` pragma as it stands: negative in KiB, positive in pages.
bool pragmaValue(Database &db, qint64 *value)
{
    Statement st(db.handle(), "PRAGMA cache_size");
    if (st.step() != SQLITE_ROW)
        return false;
    *value = st.columnInt64(0);
    return true;
}

bool setPragma(Database &db, qint64 value)
{
    return bool(db.exec(("PRAGMA cache_size=" + QByteArray::number(value)).constData()));
}

} // namespace

CacheSizeScope::CacheSizeScope(Database &db, int kibibytes)
    : m_db(db)
{
    qint64 previous = 0;
    if (!pragmaValue(db, &previous))
        return;
    if (CacheSizeScope::kibibytes(db) >= kibibytes)
        return; // already as large: never shrink a cache someone chose
    if (!setPragma(db, -qint64(kibibytes))) {
        qCWarning(lcStore) << "could not enlarge the page cache";
        return;
    }
    m_previous = previous;
    m_raised = true;
}

CacheSizeScope::~CacheSizeScope()
{
    if (m_raised && !setPragma(m_db, m_previous))
        qCWarning(lcStore) << "could not set the page cache back";
}

int CacheSizeScope::kibibytes(Database &db)
{
    qint64 value = 0;
    if (!pragmaValue(db, &value))
        return -1;
    if (value <= 0)
        return int(-value);
    Statement size(db.handle(), "PRAGMA page_size");
    if (size.step() != SQLITE_ROW)
        return -1;
    return int(value * size.columnInt64(0) / 1024);
}

} // namespace vigia
