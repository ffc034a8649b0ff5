#include "ShimVfs.h"

#include "db/CryptVfs.h"
#include "db/VfsShim.h"

#include <sqlite3.h>

#include <atomic>

namespace vigia::test {

namespace {
std::atomic<ShimVfs::Fault> g_fault{ShimVfs::Fault::None};
std::atomic<int> g_walWrites{0};
std::atomic<int> g_walSyncs{0};
sqlite3_vfs g_shim;
sqlite3_vfs *g_below = nullptr;
sqlite3_io_methods g_methods;

struct ShimFile
{
    VfsShimFile shim;
    bool wal;
};

ShimFile *shim(sqlite3_file *f)
{
    return reinterpret_cast<ShimFile *>(f);
}

sqlite3_file *real(sqlite3_file *f)
{
    return VfsShim::real(f);
}

int shimWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (shim(f)->wal)
        ++g_walWrites;
    switch (g_fault.load()) {
    case ShimVfs::Fault::Eio:
        return SQLITE_IOERR_WRITE;
    case ShimVfs::Fault::Full:
        return SQLITE_FULL;
    case ShimVfs::Fault::Short:
        (void)real(f)->pMethods->xWrite(real(f), buffer, amount / 2, offset);
        return SQLITE_FULL;
    default:
        return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
    }
}

int shimSync(sqlite3_file *f, int flags)
{
    if (shim(f)->wal)
        ++g_walSyncs;
    if (g_fault.load() == ShimVfs::Fault::Fsync)
        return SQLITE_IOERR_FSYNC;
    return real(f)->pMethods->xSync(real(f), flags);
}

void buildMethods()
{
    g_methods = VfsShim::forwarding();
    g_methods.xWrite = shimWrite;
    g_methods.xSync = shimSync;
}

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *out)
{
    ShimFile *f = shim(file);
    VfsShim::prepare(file, int(sizeof(ShimFile)));
    f->wal = (flags & SQLITE_OPEN_WAL) != 0;
    const int rc = g_below->xOpen(g_below, name, f->shim.real, flags, out);
    if (rc != SQLITE_OK)
        return rc;
    file->pMethods = &g_methods;
    return SQLITE_OK;
}
} // namespace

bool ShimVfs::install()
{
    g_below = sqlite3_vfs_find(nullptr);
    buildMethods();
    // CryptVfs registers WalBatchVfs first: both sit on the shim.
    return VfsShim::registerOver(g_shim, g_below, "test-shim", int(sizeof(ShimFile)), shimOpen) ==
               SQLITE_OK &&
           sqlite3_vfs_register(&g_shim, 1) == SQLITE_OK && CryptVfs::ensureRegistered().ok();
}

void ShimVfs::setFault(Fault fault)
{
    g_fault = fault;
}

void ShimVfs::resetCounts()
{
    g_walWrites = 0;
    g_walSyncs = 0;
}

int ShimVfs::walWrites()
{
    return g_walWrites.load();
}

int ShimVfs::walSyncs()
{
    return g_walSyncs.load();
}

} // namespace vigia::test
