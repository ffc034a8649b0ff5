#include "db/StatementCache.h"

#include <sqlite3.h>

namespace vigia {

StatementCache::StatementCache(sqlite3 *db)
    : m_db(db)
{}

StatementCache::~StatementCache()
{
    clear();
}

sqlite3_stmt *StatementCache::take(const QByteArray &sql, int *rc)
{
    *rc = SQLITE_OK;
    if (auto it = m_idle.find(sql); it != m_idle.end()) {
        sqlite3_stmt *stmt = it->stmt;
        m_idle.erase(it);
        return stmt;
    }
    sqlite3_stmt *stmt = nullptr;
    *rc = sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                             &stmt, nullptr);
    if (*rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return nullptr;
    }
    ++m_prepared;
    return stmt;
}

void StatementCache::giveBack(const QByteArray &sql, sqlite3_stmt *stmt)
{
    if (!stmt)
        return;
    // Reset at once: a statement left mid-way would pin the reader's snapshot.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (m_idle.contains(sql)) {
        sqlite3_finalize(stmt);
        return;
    }
    if (m_idle.size() >= kCapacity)
        evictLeastRecent();
    m_idle.insert(sql, {stmt, ++m_clock});
}

void StatementCache::evictLeastRecent()
{
    auto oldest = m_idle.begin();
    for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
        if (it->lastUse < oldest->lastUse)
            oldest = it;
    }
    if (oldest != m_idle.end()) {
        sqlite3_finalize(oldest->stmt);
        m_idle.erase(oldest);
    }
}

void StatementCache::clear()
{
    for (const Entry &e : std::as_const(m_idle))
        sqlite3_finalize(e.stmt);
    m_idle.clear();
}

} // namespace vigia
