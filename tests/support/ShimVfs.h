#pragma once

namespace vigia::test {

// A pass-through SQLite VFS installed as the default, beneath Vigia's own
// (WalBatchVfs, CryptVfs), as the system's sits beneath them in the app. It
// counts the writes and syncs that reach each WAL and fails writes or syncs
// on demand, as a failing disk would.
class ShimVfs
{
public:
    enum class Fault
    {
        None,
        Eio,
        Full,
        Short, // half of the write reaches the disk, then "full"
        Fsync,
    };

    // Registers the shim as the default VFS, then Vigia's VFSs over it. Call
    // before any store is opened in the process.
    [[nodiscard]] static bool install();

    static void setFault(Fault fault);
    static void resetCounts();
    // Write and sync calls on WAL files since the last resetCounts().
    [[nodiscard]] static int walWrites();
    [[nodiscard]] static int walSyncs();
};

} // namespace vigia::test
