#pragma once

#include <sqlite3.h>

namespace vigia {

// What Vigia's SQLite VFSs (WalBatchVfs, CryptVfs) share: each wraps another
// VFS, and every file it opens begins with this header, the wrapped VFS's
// file lying right after the shim's own struct.
struct VfsShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

class VfsShim
{
public:
    // The wrapped file of a file a shim opened.
    [[nodiscard]] static sqlite3_file *real(sqlite3_file *file)
    {
        return reinterpret_cast<VfsShimFile *>(file)->real;
    }

    // Sets up `file` (a VfsShimFile first) before the wrapped VFS opens it.
    static void prepare(sqlite3_file *file, int shimFileSize);

    // Methods that forward every call to the wrapped file; a shim replaces
    // those it handles. Version 2: no xFetch, so SQLite never maps a store
    // into memory (stores run with mmap_size=0, and sealed pages must not be
    // read around their VFS).
    [[nodiscard]] static sqlite3_io_methods forwarding();

    // Registers `vfs`, a copy of `root` named `name` whose files hold
    // `shimFileSize` bytes of the shim's before the root's, opened by `open`
    // (not as the default VFS). Returns SQLite's result code.
    [[nodiscard]] static int
    registerOver(sqlite3_vfs &vfs, sqlite3_vfs *root, const char *name, int shimFileSize,
                 int (*open)(sqlite3_vfs *, sqlite3_filename, sqlite3_file *, int, int *));
};

} // namespace vigia
