#pragma once

namespace vigia {

class Database;

// The connection's page cache raised to at least `kibibytes` for the life of
// this object, then set back to what it was. For a long read that walks
// more of the store than the usual cache holds (an export), on a connection
// of its own or between other work: the memory is given back at the end.
// Best effort: if the cache size cannot be read or set, nothing changes and
// the work only runs slower.
class CacheSizeScope
{
public:
    CacheSizeScope(Database &db, int kibibytes);
    ~CacheSizeScope();
    CacheSizeScope(const CacheSizeScope &) = delete;
    CacheSizeScope &operator=(const CacheSizeScope &) = delete;

    // The connection's cache size in KiB (SQLite's `cache_size` pragma, a
    // count of pages when positive, converted), or -1 if it cannot be read.
    [[nodiscard]] static int kibibytes(Database &db);

private:
    Database &m_db;
    long long m_previous = 0; // the pragma's value to set back
    bool m_raised = false;
};

} // namespace vigia
