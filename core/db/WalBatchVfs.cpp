#include "db/WalBatchVfs.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace vigia {

namespace {
// Gathered bytes are written out at this size even inside a transaction (a
// large merge spills many pages before it commits).
constexpr std::size_t kMaxGathered = std::size_t(1) << 20;
// The unix VFS writes at most 128 KiB - 1 bytes per call (seekAndWriteFd
// masks the length): larger writes go out in pieces of this size.
constexpr std::size_t kMaxWrite = 31 * 4096;

struct Gathered
{
    std::vector<unsigned char> bytes;
    sqlite3_int64 start = 0;
};

struct BatchFile
{
    sqlite3_file base;
    sqlite3_file *real; // the root VFS's file, right after this struct
    // A store: its name as SQLite passed it, which the WAL's name leads back
    // to (sqlite3_filename_database); nullptr for other files.
    const char *storeName;
    // A store and its WAL, opened by the same connection, know each other.
    BatchFile *partner;
    // A store: whether its connection syncs the WAL at every commit
    // (synchronous=FULL or EXTRA), the condition for gathering.
    bool syncsCommits;
    Gathered *gathered; // a WAL whose store is known: owned
};

sqlite3_vfs g_vfs;
sqlite3_vfs *g_root = nullptr;
sqlite3_io_methods g_methods;

struct Stores
{
    QMutex mutex;
    std::unordered_map<const char *, BatchFile *> byName;
};

Stores &stores()
{
    static Stores s;
    return s;
}

BatchFile *batch(sqlite3_file *f)
{
    return reinterpret_cast<BatchFile *>(f);
}

sqlite3_file *real(sqlite3_file *f)
{
    return batch(f)->real;
}

// Writes what `f` (a WAL) gathered. The bytes are dropped either way: after a
// failed write SQLite abandons the transaction and writes its frames again.
int flush(BatchFile *f)
{
    if (!f->gathered || f->gathered->bytes.empty())
        return SQLITE_OK;
    Gathered &g = *f->gathered;
    int rc = SQLITE_OK;
    for (std::size_t done = 0; rc == SQLITE_OK && done < g.bytes.size(); done += kMaxWrite) {
        const std::size_t n = std::min(kMaxWrite, g.bytes.size() - done);
        rc = f->real->pMethods->xWrite(f->real, g.bytes.data() + done, int(n),
                                       g.start + sqlite3_int64(done));
    }
    g.bytes.clear();
    return rc;
}

bool gathering(const BatchFile *f)
{
    return f->gathered && f->partner && f->partner->syncsCommits;
}

int xWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    BatchFile *f = batch(file);
    if (!gathering(f) || std::size_t(amount) >= kMaxGathered) {
        if (int rc = flush(f); rc != SQLITE_OK)
            return rc;
        return f->real->pMethods->xWrite(f->real, buffer, amount, offset);
    }
    Gathered &g = *f->gathered;
    const sqlite3_int64 end = g.start + sqlite3_int64(g.bytes.size());
    if (!g.bytes.empty() && offset >= g.start && offset + amount <= end) {
        // A frame of this transaction written again in place.
        std::memcpy(g.bytes.data() + (offset - g.start), buffer, std::size_t(amount));
        return SQLITE_OK;
    }
    if (g.bytes.empty() || offset != end || g.bytes.size() + std::size_t(amount) > kMaxGathered) {
        if (int rc = flush(f); rc != SQLITE_OK)
            return rc;
        g.start = offset;
    }
    const auto *in = static_cast<const unsigned char *>(buffer);
    g.bytes.insert(g.bytes.end(), in, in + amount);
    return SQLITE_OK;
}

int xRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    if (int rc = flush(batch(file)); rc != SQLITE_OK)
        return rc;
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}

int xSync(sqlite3_file *file, int flags)
{
    if (int rc = flush(batch(file)); rc != SQLITE_OK)
        return rc;
    return real(file)->pMethods->xSync(real(file), flags);
}

int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (int rc = flush(batch(file)); rc != SQLITE_OK)
        return rc;
    return real(file)->pMethods->xTruncate(real(file), size);
}

int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    if (int rc = flush(batch(file)); rc != SQLITE_OK)
        return rc;
    return real(file)->pMethods->xFileSize(real(file), size);
}

// `PRAGMA synchronous` reaches the store's file first (SQLITE_FCNTL_PRAGMA):
// the one place a connection's sync setting can be seen from here.
void notePragma(BatchFile *f, void *arg)
{
    const auto *words = static_cast<char **>(arg);
    if (!f->storeName || !words[1] || !words[2] || sqlite3_stricmp(words[1], "synchronous") != 0)
        return;
    const char *v = words[2];
    const bool syncs = sqlite3_stricmp(v, "full") == 0 || sqlite3_stricmp(v, "extra") == 0 ||
                       std::strcmp(v, "2") == 0 || std::strcmp(v, "3") == 0;
    if (!syncs && f->partner)
        (void)flush(f->partner);
    f->syncsCommits = syncs;
}

int xFileControl(sqlite3_file *file, int op, void *arg)
{
    BatchFile *f = batch(file);
    if (op == SQLITE_FCNTL_PRAGMA)
        notePragma(f, arg);
    if (int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xFileControl(f->real, op, arg);
}

void xShmBarrier(sqlite3_file *file)
{
    // SQLite is about to publish the frames it wrote: with synchronous=FULL
    // the sync already wrote them, so this finds nothing to write.
    BatchFile *f = batch(file);
    if (f->partner)
        (void)flush(f->partner);
    f->real->pMethods->xShmBarrier(f->real);
}

int xClose(sqlite3_file *file)
{
    BatchFile *f = batch(file);
    int rc = flush(f);
    if (f->storeName) {
        Stores &s = stores();
        QMutexLocker lock(&s.mutex);
        s.byName.erase(f->storeName);
    }
    if (f->partner)
        f->partner->partner = nullptr;
    f->partner = nullptr;
    delete f->gathered;
    f->gathered = nullptr;
    if (f->real->pMethods) {
        const int closed = f->real->pMethods->xClose(f->real);
        if (rc == SQLITE_OK)
            rc = closed;
    }
    return rc;
}

int xLock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xLock(real(file), level);
}

int xUnlock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xUnlock(real(file), level);
}

int xCheckReservedLock(sqlite3_file *file, int *out)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}

int xSectorSize(sqlite3_file *file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}

int xDeviceCharacteristics(sqlite3_file *file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int xShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    return real(file)->pMethods->xShmMap(real(file), region, size, extend, out);
}

int xShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}

int xShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

void link(BatchFile *f, sqlite3_filename name, int flags)
{
    Stores &s = stores();
    QMutexLocker lock(&s.mutex);
    if (flags & SQLITE_OPEN_MAIN_DB) {
        f->storeName = name;
        s.byName[name] = f;
        return;
    }
    if (!(flags & SQLITE_OPEN_WAL))
        return;
    const auto store = s.byName.find(sqlite3_filename_database(name));
    if (store == s.byName.end() || store->second->partner)
        return; // not gathered: every write goes straight through
    f->partner = store->second;
    store->second->partner = f;
    f->gathered = new Gathered;
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    BatchFile *f = batch(file);
    f->base.pMethods = nullptr;
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    f->storeName = nullptr;
    f->partner = nullptr;
    f->syncsCommits = false;
    f->gathered = nullptr;
    const int rc = g_root->xOpen(g_root, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    if (name)
        link(f, name, flags);
    f->base.pMethods = &g_methods;
    return SQLITE_OK;
}

void buildMethods()
{
    g_methods = {};
    // Version 2: no xFetch (stores run with mmap_size=0).
    g_methods.iVersion = 2;
    g_methods.xClose = xClose;
    g_methods.xRead = xRead;
    g_methods.xWrite = xWrite;
    g_methods.xTruncate = xTruncate;
    g_methods.xSync = xSync;
    g_methods.xFileSize = xFileSize;
    g_methods.xLock = xLock;
    g_methods.xUnlock = xUnlock;
    g_methods.xCheckReservedLock = xCheckReservedLock;
    g_methods.xFileControl = xFileControl;
    g_methods.xSectorSize = xSectorSize;
    g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
    g_methods.xShmMap = xShmMap;
    g_methods.xShmLock = xShmLock;
    g_methods.xShmBarrier = xShmBarrier;
    g_methods.xShmUnmap = xShmUnmap;
}
} // namespace

Status WalBatchVfs::ensureRegistered()
{
    static const int rc = [] {
        g_root = sqlite3_vfs_find(nullptr);
        if (!g_root)
            return SQLITE_ERROR;
        buildMethods();
        g_vfs = *g_root;
        g_vfs.iVersion = std::min(g_root->iVersion, 3);
        g_vfs.szOsFile = int(sizeof(BatchFile)) + g_root->szOsFile;
        g_vfs.pNext = nullptr;
        g_vfs.zName = kName;
        g_vfs.pAppData = nullptr;
        g_vfs.xOpen = xOpen;
        return sqlite3_vfs_register(&g_vfs, 0);
    }();
    if (rc != SQLITE_OK)
        return Error(ErrorCode::Failure,
                     QCoreApplication::translate("vigia::WalBatchVfs",
                                                 "The store's file layer could not start (SQLite "
                                                 "refused it). Reinstall Vigia."));
    return {};
}

} // namespace vigia
