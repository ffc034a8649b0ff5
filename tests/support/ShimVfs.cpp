#include "ShimVfs.h"

#include "db/CryptVfs.h"

#include <sqlite3.h>

#include <algorithm>
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
    sqlite3_file base;
    sqlite3_file *real;
    bool wal;
};

ShimFile *shim(sqlite3_file *f)
{
    return reinterpret_cast<ShimFile *>(f);
}

sqlite3_file *real(sqlite3_file *f)
{
    return shim(f)->real;
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

void buildMethods(const sqlite3_io_methods &below)
{
    g_methods = below;
    g_methods.iVersion = std::min(below.iVersion, 2);
    // Every other method takes the real file: forwarded by hand.
    g_methods.xClose = [](sqlite3_file *s) { return real(s)->pMethods->xClose(real(s)); };
    g_methods.xRead = [](sqlite3_file *s, void *b, int n, sqlite3_int64 o) {
        return real(s)->pMethods->xRead(real(s), b, n, o);
    };
    g_methods.xWrite = shimWrite;
    g_methods.xTruncate = [](sqlite3_file *s, sqlite3_int64 n) {
        return real(s)->pMethods->xTruncate(real(s), n);
    };
    g_methods.xSync = shimSync;
    g_methods.xFileSize = [](sqlite3_file *s, sqlite3_int64 *n) {
        return real(s)->pMethods->xFileSize(real(s), n);
    };
    g_methods.xLock = [](sqlite3_file *s, int l) { return real(s)->pMethods->xLock(real(s), l); };
    g_methods.xUnlock = [](sqlite3_file *s, int l) {
        return real(s)->pMethods->xUnlock(real(s), l);
    };
    g_methods.xCheckReservedLock = [](sqlite3_file *s, int *r) {
        return real(s)->pMethods->xCheckReservedLock(real(s), r);
    };
    g_methods.xFileControl = [](sqlite3_file *s, int op, void *a) {
        return real(s)->pMethods->xFileControl(real(s), op, a);
    };
    g_methods.xSectorSize = [](sqlite3_file *s) { return real(s)->pMethods->xSectorSize(real(s)); };
    g_methods.xDeviceCharacteristics = [](sqlite3_file *s) {
        return real(s)->pMethods->xDeviceCharacteristics(real(s));
    };
    g_methods.xShmMap = [](sqlite3_file *s, int r, int n, int e, void volatile **p) {
        return real(s)->pMethods->xShmMap(real(s), r, n, e, p);
    };
    g_methods.xShmLock = [](sqlite3_file *s, int o, int n, int fl) {
        return real(s)->pMethods->xShmLock(real(s), o, n, fl);
    };
    g_methods.xShmBarrier = [](sqlite3_file *s) { real(s)->pMethods->xShmBarrier(real(s)); };
    g_methods.xShmUnmap = [](sqlite3_file *s, int d) {
        return real(s)->pMethods->xShmUnmap(real(s), d);
    };
}

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *out)
{
    ShimFile *f = shim(file);
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    f->wal = (flags & SQLITE_OPEN_WAL) != 0;
    file->pMethods = nullptr;
    const int rc = g_below->xOpen(g_below, name, f->real, flags, out);
    if (rc != SQLITE_OK)
        return rc;
    static const bool built = (buildMethods(*f->real->pMethods), true);
    (void)built;
    file->pMethods = &g_methods;
    return SQLITE_OK;
}
} // namespace

bool ShimVfs::install()
{
    g_below = sqlite3_vfs_find(nullptr);
    if (!g_below)
        return false;
    g_shim = *g_below;
    g_shim.zName = "test-shim";
    g_shim.szOsFile = int(sizeof(ShimFile)) + g_below->szOsFile;
    g_shim.pNext = nullptr;
    g_shim.xOpen = shimOpen;
    // CryptVfs registers WalBatchVfs first: both sit on the shim.
    return sqlite3_vfs_register(&g_shim, 1) == SQLITE_OK && CryptVfs::ensureRegistered().ok();
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
