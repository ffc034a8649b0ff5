#include "db/VfsShim.h"

#include <algorithm>

namespace vigia {

void VfsShim::prepare(sqlite3_file *file, int shimFileSize)
{
    auto *f = reinterpret_cast<VfsShimFile *>(file);
    f->base.pMethods = nullptr;
    f->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + shimFileSize);
}

sqlite3_io_methods VfsShim::forwarding()
{
    sqlite3_io_methods m = {};
    m.iVersion = 2;
    m.xClose = [](sqlite3_file *f) { return real(f)->pMethods->xClose(real(f)); };
    m.xRead = [](sqlite3_file *f, void *b, int n, sqlite3_int64 o) {
        return real(f)->pMethods->xRead(real(f), b, n, o);
    };
    m.xWrite = [](sqlite3_file *f, const void *b, int n, sqlite3_int64 o) {
        return real(f)->pMethods->xWrite(real(f), b, n, o);
    };
    m.xTruncate = [](sqlite3_file *f, sqlite3_int64 n) {
        return real(f)->pMethods->xTruncate(real(f), n);
    };
    m.xSync = [](sqlite3_file *f, int flags) { return real(f)->pMethods->xSync(real(f), flags); };
    m.xFileSize = [](sqlite3_file *f, sqlite3_int64 *n) {
        return real(f)->pMethods->xFileSize(real(f), n);
    };
    m.xLock = [](sqlite3_file *f, int l) { return real(f)->pMethods->xLock(real(f), l); };
    m.xUnlock = [](sqlite3_file *f, int l) { return real(f)->pMethods->xUnlock(real(f), l); };
    m.xCheckReservedLock = [](sqlite3_file *f, int *out) {
        return real(f)->pMethods->xCheckReservedLock(real(f), out);
    };
    m.xFileControl = [](sqlite3_file *f, int op, void *arg) {
        return real(f)->pMethods->xFileControl(real(f), op, arg);
    };
    m.xSectorSize = [](sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); };
    m.xDeviceCharacteristics = [](sqlite3_file *f) {
        return real(f)->pMethods->xDeviceCharacteristics(real(f));
    };
    m.xShmMap = [](sqlite3_file *f, int region, int size, int extend, void volatile **out) {
        return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
    };
    m.xShmLock = [](sqlite3_file *f, int offset, int n, int flags) {
        return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
    };
    m.xShmBarrier = [](sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); };
    m.xShmUnmap = [](sqlite3_file *f, int deleteFlag) {
        return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
    };
    return m;
}

int VfsShim::registerOver(sqlite3_vfs &vfs, sqlite3_vfs *root, const char *name, int shimFileSize,
                          int (*open)(sqlite3_vfs *, sqlite3_filename, sqlite3_file *, int, int *))
{
    if (!root)
        return SQLITE_ERROR;
    vfs = *root;
    vfs.iVersion = std::min(root->iVersion, 3);
    vfs.szOsFile = shimFileSize + root->szOsFile;
    vfs.pNext = nullptr;
    vfs.zName = name;
    vfs.pAppData = nullptr;
    vfs.xOpen = open;
    return sqlite3_vfs_register(&vfs, 0);
}

} // namespace vigia
