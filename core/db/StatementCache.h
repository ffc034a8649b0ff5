#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>

#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace vigia {

// Prepared statements kept per connection, keyed by their SQL. Preparing a
// query over the full-text index costs about as much as running it for one
// page, and a list view runs the same few queries again and again. Statements
// are borrowed through Statement(StatementCache &, sql) and come back reset
// and unbound, so an idle statement holds no read transaction open.
class StatementCache
{
public:
    // Room for every statement of the op log, the projections (one upsert per
    // projected column) and the stores together: evicting on a merge would
    // prepare statements again for every op.
    static constexpr int kCapacity = 256;

    // One SQL text's place in the cache. A borrower holds on to it so that
    // giving the statement back needs no second lookup: a merge borrows
    // several statements per op, and hashing their SQL twice showed in
    // profiles.
    struct Slot
    {
        sqlite3_stmt *idle = nullptr;
        quint64 lastUse = 0;
        int borrowed = 0; // a borrowed slot is never evicted
    };

    explicit StatementCache(sqlite3 *db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // An idle statement for `sql`, else a newly prepared one (nullptr on
    // failure, with the SQLite code in *rc). The caller owns it until
    // giveBack(*slot, ...); *slot is null when nothing was prepared.
    [[nodiscard]] sqlite3_stmt *take(QByteArrayView sql, Slot **slot, int *rc);
    // Resets `stmt` and keeps it for the next take of the slot's SQL;
    // finalizes it when another one is already idle for that SQL.
    void giveBack(Slot *slot, sqlite3_stmt *stmt);
    // Finalizes every idle statement: before the connection closes.
    void clear();

    [[nodiscard]] int idleCount() const { return m_idleCount; }
    // How many statements were prepared since construction: reuse shows here.
    [[nodiscard]] int preparedCount() const { return m_prepared; }

private:
    struct SqlHash
    {
        std::size_t operator()(const QByteArray &sql) const noexcept { return qHash(sql); }
    };
    void evictLeastRecent();

    sqlite3 *m_db;
    // Nodes stay put when the map grows, so a borrower's Slot pointer holds.
    std::unordered_map<QByteArray, Slot, SqlHash> m_slots;
    quint64 m_clock = 0;
    int m_prepared = 0;
    int m_idleCount = 0;
};

} // namespace vigia
