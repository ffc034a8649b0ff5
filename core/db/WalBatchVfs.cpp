#include "db/WalBatchVfs.h"

#include "db/VfsShim.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <new>
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
    // A write of gathered bytes failed: frames SQLite believes written are
    // not in the file, so nothing more of this write transaction may reach
    // it, and its commit must fail. Cleared when the write lock is released.
    int failed = SQLITE_OK;
};

struct BatchFile
{
    VfsShimFile shim;
    // A store: its name as SQLite passed it, which the WAL's name leads back
    // to (sqlite3_filename_database); nullptr for other files.
    const char *storeName;
    // A store and its WAL, opened by the same connection, know each other.
    BatchFile *partner;
    // A store: WalBatchVfs::gatherCommits saw its connection sync every
    // commit; any later `PRAGMA synchronous=...` clears it.
    bool syncsCommits;
    // A store: its WAL index is in shared memory (xShmMap was called), so
    // releasing the write lock is seen here (xShmLock).
    bool sharedIndex;
    Gathered *gathered; // a WAL whose store is known, on a disk that needs no padding: owned
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

// Writes what `f` (a WAL) gathered. On failure the bytes are dropped and the
// failure stays (Gathered::failed) until the write transaction ends.
int flush(BatchFile *f)
{
    if (!f->gathered || f->gathered->bytes.empty())
        return f->gathered ? f->gathered->failed : SQLITE_OK;
    Gathered &g = *f->gathered;
    int rc = g.failed;
    for (std::size_t done = 0; rc == SQLITE_OK && done < g.bytes.size(); done += kMaxWrite) {
        const std::size_t n = std::min(kMaxWrite, g.bytes.size() - done);
        rc = f->shim.real->pMethods->xWrite(f->shim.real, g.bytes.data() + done, int(n),
                                            g.start + sqlite3_int64(done));
    }
    g.bytes.clear();
    if (rc != SQLITE_OK && g.failed == SQLITE_OK) {
        // This call reports the disk's own error (SQLite may then undo one
        // statement only); every later write and sync of the transaction
        // gets an I/O error, so it cannot commit.
        g.failed = SQLITE_IOERR_WRITE;
    }
    return rc;
}

// The write lock is released: what is still gathered belongs to a write
// transaction that did not commit (a commit's sync wrote everything), and
// another connection may now write the same offsets. It is dropped, never
// written.
void endWriteTransaction(BatchFile *wal)
{
    if (!wal || !wal->gathered)
        return;
    wal->gathered->bytes.clear();
    wal->gathered->failed = SQLITE_OK;
}

bool gathering(const BatchFile *f)
{
    return f->gathered && f->partner && f->partner->syncsCommits && f->partner->sharedIndex;
}

int xWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    BatchFile *f = batch(file);
    if (f->gathered && f->gathered->failed != SQLITE_OK)
        return f->gathered->failed;
    if (!gathering(f) || std::size_t(amount) >= kMaxGathered) {
        if (int rc = flush(f); rc != SQLITE_OK)
            return rc;
        return f->shim.real->pMethods->xWrite(f->shim.real, buffer, amount, offset);
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
    try {
        g.bytes.insert(g.bytes.end(), in, in + amount);
    } catch (const std::bad_alloc &) {
        // Nothing may throw through SQLite's C frames.
        if (int rc = flush(f); rc != SQLITE_OK)
            return rc;
        return f->shim.real->pMethods->xWrite(f->shim.real, buffer, amount, offset);
    }
    return SQLITE_OK;
}

int xRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    if (int rc = flush(batch(file)); rc != SQLITE_OK)
        return rc;
    return VfsShim::real(file)->pMethods->xRead(VfsShim::real(file), buffer, amount, offset);
}

int xSync(sqlite3_file *file, int flags)
{
    if (int rc = flush(batch(file)); rc != SQLITE_OK)
        return rc;
    return VfsShim::real(file)->pMethods->xSync(VfsShim::real(file), flags);
}

int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (int rc = flush(batch(file)); rc != SQLITE_OK)
        return rc;
    return VfsShim::real(file)->pMethods->xTruncate(VfsShim::real(file), size);
}

int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    if (int rc = flush(batch(file)); rc != SQLITE_OK)
        return rc;
    return VfsShim::real(file)->pMethods->xFileSize(VfsShim::real(file), size);
}

// `PRAGMA synchronous=...` reaches the store's file before SQLite has checked
// it (SQLITE_FCNTL_PRAGMA), so it may yet be refused: any such pragma stops
// the gathering, and only WalBatchVfs::gatherCommits, having read the setting
// back, starts it again.
// `locking_mode=...` likewise: in exclusive mode SQLite takes and releases the
// write lock without telling the VFS, so the end of a write transaction
// (xShmLock) would go unseen.
void notePragma(BatchFile *f, void *arg)
{
    const auto *words = static_cast<char **>(arg);
    if (!f->storeName || !words[1] || !words[2] ||
        (sqlite3_stricmp(words[1], "synchronous") != 0 &&
         sqlite3_stricmp(words[1], "locking_mode") != 0))
        return;
    if (f->partner)
        (void)flush(f->partner);
    f->syncsCommits = false;
}

int xFileControl(sqlite3_file *file, int op, void *arg)
{
    BatchFile *f = batch(file);
    if (op == WalBatchVfs::kGatherCommits) {
        if (!f->storeName)
            return SQLITE_NOTFOUND;
        f->syncsCommits = true;
        return SQLITE_OK;
    }
    if (op == SQLITE_FCNTL_PRAGMA)
        notePragma(f, arg);
    if (int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->shim.real->pMethods->xFileControl(f->shim.real, op, arg);
}

void xShmBarrier(sqlite3_file *file)
{
    // SQLite is about to publish the frames it wrote: with synchronous=FULL
    // the sync already wrote them, so this finds nothing to write. Were it
    // to fail, the failure stays and the commit fails.
    BatchFile *f = batch(file);
    if (f->partner)
        (void)flush(f->partner);
    f->shim.real->pMethods->xShmBarrier(f->shim.real);
}

int xShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    batch(file)->sharedIndex = true;
    return VfsShim::real(file)->pMethods->xShmMap(VfsShim::real(file), region, size, extend, out);
}

int xShmUnmap(sqlite3_file *file, int deleteFlag)
{
    batch(file)->sharedIndex = false;
    return VfsShim::real(file)->pMethods->xShmUnmap(VfsShim::real(file), deleteFlag);
}

int xShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    // Offset 0 is the WAL's write lock (WAL_WRITE_LOCK in SQLite's wal.c).
    BatchFile *f = batch(file);
    if ((flags & SQLITE_SHM_UNLOCK) && offset == 0)
        endWriteTransaction(f->partner);
    return f->shim.real->pMethods->xShmLock(f->shim.real, offset, n, flags);
}

int xClose(sqlite3_file *file)
{
    BatchFile *f = batch(file);
    // A WAL closes outside any write transaction: nothing gathered is owed.
    endWriteTransaction(f);
    int rc = SQLITE_OK;
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
    if (f->shim.real->pMethods) {
        const int closed = f->shim.real->pMethods->xClose(f->shim.real);
        if (rc == SQLITE_OK)
            rc = closed;
    }
    return rc;
}

void link(BatchFile *f, sqlite3_filename name, int flags)
{
    Stores &s = stores();
    QMutexLocker lock(&s.mutex);
    if (flags & SQLITE_OPEN_MAIN_DB) {
        try {
            s.byName[name] = f;
            f->storeName = name;
        } catch (const std::bad_alloc &) {
            // Not registered: its WAL is written through.
        }
        return;
    }
    if (!(flags & SQLITE_OPEN_WAL))
        return;
    const auto store = s.byName.find(sqlite3_filename_database(name));
    if (store == s.byName.end() || store->second->partner)
        return; // not gathered: every write goes straight through
    // On a disk without powersafe overwrite SQLite pads a commit to a sector
    // and writes part of the padding after the sync: such a WAL is not
    // gathered.
    if (!(f->shim.real->pMethods->xDeviceCharacteristics(f->shim.real) &
          SQLITE_IOCAP_POWERSAFE_OVERWRITE))
        return;
    f->gathered = new (std::nothrow) Gathered;
    if (!f->gathered)
        return;
    f->partner = store->second;
    store->second->partner = f;
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    BatchFile *f = batch(file);
    VfsShim::prepare(file, int(sizeof(BatchFile)));
    f->storeName = nullptr;
    f->partner = nullptr;
    f->syncsCommits = false;
    f->sharedIndex = false;
    f->gathered = nullptr;
    const int rc = g_root->xOpen(g_root, name, f->shim.real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    if (name)
        link(f, name, flags);
    f->shim.base.pMethods = &g_methods;
    return SQLITE_OK;
}

void buildMethods()
{
    g_methods = VfsShim::forwarding();
    g_methods.xClose = xClose;
    g_methods.xRead = xRead;
    g_methods.xWrite = xWrite;
    g_methods.xTruncate = xTruncate;
    g_methods.xSync = xSync;
    g_methods.xFileSize = xFileSize;
    g_methods.xFileControl = xFileControl;
    g_methods.xShmBarrier = xShmBarrier;
    g_methods.xShmMap = xShmMap;
    g_methods.xShmLock = xShmLock;
    g_methods.xShmUnmap = xShmUnmap;
}
} // namespace

namespace {
Error refused()
{
    return Error(ErrorCode::Failure,
                 QCoreApplication::translate("vigia::WalBatchVfs",
                                             "The store's file layer could not start (SQLite "
                                             "refused it). Reinstall Vigia."));
}
} // namespace

Status WalBatchVfs::ensureRegistered()
{
    static const int rc = [] {
        g_root = sqlite3_vfs_find(nullptr);
        buildMethods();
        return VfsShim::registerOver(g_vfs, g_root, kName, int(sizeof(BatchFile)), xOpen);
    }();
    if (rc != SQLITE_OK)
        return refused();
    return {};
}

Status WalBatchVfs::gatherCommits(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    int level = 0;
    if (sqlite3_prepare_v2(db, "PRAGMA main.synchronous", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        level = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    bool normalLocking = false;
    if (sqlite3_prepare_v2(db, "PRAGMA main.locking_mode", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        const auto *mode = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        normalLocking = mode && sqlite3_stricmp(mode, "normal") == 0;
    }
    sqlite3_finalize(stmt);
    if (level < 2 || !normalLocking)
        return {}; // not FULL or EXTRA, or exclusive locking: written through
    // SQLITE_NOTFOUND: a database not opened through this VFS.
    const int rc = sqlite3_file_control(db, "main", kGatherCommits, nullptr);
    if (rc != SQLITE_OK && rc != SQLITE_NOTFOUND)
        return refused();
    return {};
}

} // namespace vigia
