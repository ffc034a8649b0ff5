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

sqlite3_stmt *StatementCache::take(QByteArrayView sql, Slot **slot, int *rc)
{
    *rc = SQLITE_OK;
    // A key over the caller's bytes: looking up copies nothing.
    const QByteArray probe = QByteArray::fromRawData(sql.data(), sql.size());
    auto it = m_slots.find(probe);
    if (it != m_slots.end() && it->second.idle) {
        Slot &s = it->second;
        ++s.borrowed;
        --m_idleCount;
        *slot = &s;
        return std::exchange(s.idle, nullptr);
    }
    sqlite3_stmt *stmt = nullptr;
    *rc = sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                             nullptr);
    if (*rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        *slot = nullptr;
        return nullptr;
    }
    ++m_prepared;
    if (it == m_slots.end()) {
        if (m_slots.size() >= std::size_t(kCapacity))
            evictLeastRecent();
        it = m_slots.emplace(sql.toByteArray(), Slot()).first;
    }
    ++it->second.borrowed;
    *slot = &it->second;
    return stmt;
}

void StatementCache::giveBack(Slot *slot, sqlite3_stmt *stmt)
{
    if (!stmt || !slot)
        return;
    // Reset at once: a statement left mid-way would pin the reader's snapshot.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    --slot->borrowed;
    slot->lastUse = ++m_clock;
    if (slot->idle) {
        sqlite3_finalize(stmt);
        return;
    }
    slot->idle = stmt;
    ++m_idleCount;
}

void StatementCache::evictLeastRecent()
{
    auto oldest = m_slots.end();
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        if (it->second.borrowed == 0 &&
            (oldest == m_slots.end() || it->second.lastUse < oldest->second.lastUse))
            oldest = it;
    }
    if (oldest == m_slots.end())
        return; // every slot is in use: the cache grows past its capacity for now
    if (oldest->second.idle) {
        sqlite3_finalize(oldest->second.idle);
        --m_idleCount;
    }
    m_slots.erase(oldest);
}

void StatementCache::clear()
{
    // Slots still borrowed stay, empty: their borrowers give back to them.
    for (auto it = m_slots.begin(); it != m_slots.end();) {
        if (it->second.idle) {
            sqlite3_finalize(it->second.idle);
            --m_idleCount;
            it->second.idle = nullptr;
        }
        it = it->second.borrowed == 0 ? m_slots.erase(it) : std::next(it);
    }
}

} // namespace vigia
