#pragma once

#include <QByteArray>
#include <QHash>

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

    explicit StatementCache(sqlite3 *db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // An idle statement for `sql`, else a newly prepared one (nullptr on
    // failure, with the SQLite code in *rc). The caller owns it until giveBack.
    [[nodiscard]] sqlite3_stmt *take(const QByteArray &sql, int *rc);
    // Resets `stmt` and keeps it for the next take of `sql`; finalizes it when
    // another one is already idle for that SQL.
    void giveBack(const QByteArray &sql, sqlite3_stmt *stmt);
    // Finalizes every idle statement: before the connection closes.
    void clear();

    [[nodiscard]] int idleCount() const { return int(m_idle.size()); }
    // How many statements were prepared since construction: reuse shows here.
    [[nodiscard]] int preparedCount() const { return m_prepared; }

private:
    struct Entry
    {
        sqlite3_stmt *stmt = nullptr;
        quint64 lastUse = 0;
    };
    void evictLeastRecent();

    sqlite3 *m_db;
    QHash<QByteArray, Entry> m_idle;
    quint64 m_clock = 0;
    int m_prepared = 0;
};

} // namespace vigia
