#pragma once

#include "common/Result.h"

namespace vigia {

// The SQLite VFS every store is opened through, plain or encrypted (CryptVfs
// sits on top of it). It passes everything through except the WAL's writes:
// SQLite writes each frame as two writes (its 24-byte header, then its page),
// so a transaction that changes 30 pages made 60 `pwrite` calls, and on this
// kind of machine the calls, not the bytes, were most of a small commit's
// cost. The WAL's sequential writes are gathered in memory and reach the file
// as one write before anything could need them there: before the WAL is
// synced (a commit, with synchronous=FULL), read, sized, truncated or closed,
// and before SQLite publishes new frames in the shared-memory index (the
// store file's shared-memory barrier), so another connection never looks for
// a frame that is not in the file yet. What a commit makes durable is
// unchanged: nothing is acknowledged before the sync, and the sync comes after
// the gathered write. A write that fails while being gathered fails the call
// that flushed it, which SQLite treats as the failed write it is.
class WalBatchVfs
{
public:
    static constexpr const char *kName = "vigia-wal";

    // Registers the VFS with SQLite once per process (not as the default),
    // over the VFS that is the default at that moment.
    [[nodiscard]] static Status ensureRegistered();
};

} // namespace vigia
