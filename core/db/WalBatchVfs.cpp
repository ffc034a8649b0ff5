#include "db/WalBatchVfs.h"

#include "db/VfsShim.h"

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
    VfsShimFile shim;
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
        rc = f->shim.real->pMethods->xWrite(f->shim.real, g.bytes.data() + done, int(n),
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
    g.bytes.insert(g.bytes.end(), in, in + amount);
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
    return f->shim.real->pMethods->xFileControl(f->shim.real, op, arg);
}

void xShmBarrier(sqlite3_file *file)
{
    // SQLite is about to publish the frames it wrote: with synchronous=FULL
    // the sync already wrote them, so this finds nothing to write.
    BatchFile *f = batch(file);
    if (f->partner)
        (void)flush(f->partner);
    f->shim.real->pMethods->xShmBarrier(f->shim.real);
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
    VfsShim::prepare(file, int(sizeof(BatchFile)));
    f->storeName = nullptr;
    f->partner = nullptr;
    f->syncsCommits = false;
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
        return Error(ErrorCode::Failure,
                     QCoreApplication::translate("vigia::WalBatchVfs",
                                                 "The store's file layer could not start (SQLite "
                                                 "refused it). Reinstall Vigia."));
    return {};
}

} // namespace vigia
