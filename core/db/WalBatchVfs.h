#pragma once

#include "common/Result.h"

struct sqlite3;

namespace vigia {

// The SQLite VFS every store is opened through, plain or encrypted (CryptVfs
// sits on top of it). It passes everything through except the WAL's writes:
// SQLite writes each frame as two writes (its 24-byte header, then its page),
// so a transaction that changes 30 pages made 60 `pwrite` calls, and on this
// kind of machine the calls, not the bytes, were most of a small commit's
// cost. The WAL's sequential writes are gathered in memory and reach the file
// as a few writes before anything could need them there: before the WAL is
// synced (a commit, with synchronous=FULL), read, sized or truncated, and
// before SQLite publishes new frames in the shared-memory index (the store
// file's shared-memory barrier). What a commit makes durable is unchanged:
// nothing is acknowledged before the sync, and the sync comes after the
// gathered writes.
//
// What is still gathered when the write lock is released belongs to a
// transaction that did not commit; it is dropped, never written, as another
// connection may write those offsets next. A gathered write that fails fails
// every later write and sync of the same write transaction, so it cannot
// commit with frames missing. Only a connection known to sync every commit
// in normal locking mode (gatherCommits), with its WAL index in shared
// memory, on a disk with powersafe overwrite (no padding written after the
// sync) is gathered.
class WalBatchVfs
{
public:
    static constexpr const char *kName = "vigia-wal";

    // Registers the VFS with SQLite once per process (not as the default),
    // over the VFS that is the default at that moment.
    [[nodiscard]] static Status ensureRegistered();

    // Starts gathering the WAL writes of `db`'s main store if `PRAGMA
    // synchronous` reads back FULL or EXTRA (Database::open sets FULL) and
    // `locking_mode` NORMAL. Any later `PRAGMA synchronous=...` or
    // `locking_mode=...` on the connection stops it again, even one SQLite
    // refuses, until this is called again.
    [[nodiscard]] static Status gatherCommits(sqlite3 *db);

    // The private file control gatherCommits sends to the store's file.
    static constexpr int kGatherCommits = 0x76696761; // "viga"
};

} // namespace vigia
