#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace vigia {

class SecretBytes;

// The steps that give a workspace a store under a new key, shared by the
// migration of plain stores (StoreEncryption) and the change of the store's
// key (StoreRekey), docs/store-encryption.md: an encrypted copy made with
// VACUUM INTO while the store is held exclusively, checked, then renamed
// over the store.
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(vigia::StoreCopy)

public:
    // Copies `store`, opened with `from` (null: a plain store), to `copy`
    // encrypted with `to`, and syncs the copy to the disk. The store is held
    // with an exclusive lock meanwhile, so no other connection writes to it
    // (one that is open makes this fail as busy). Whatever was at `copy`
    // before goes first. Returns the number of ops copied.
    [[nodiscard]] static Result<qint64> make(const QString &store,
                                             const std::shared_ptr<const SecretBytes> &from,
                                             const QString &copy,
                                             const std::shared_ptr<const SecretBytes> &to);
    // The copy opens with `key`, SQLite finds nothing wrong in it, and it
    // holds `ops` ops (any number when `ops` is negative).
    [[nodiscard]] static bool check(const QString &copy,
                                    const std::shared_ptr<const SecretBytes> &key, qint64 ops);
    // The number of ops in the store at `path`, opened with `key`.
    [[nodiscard]] static Result<qint64> countOps(const QString &path,
                                                 const std::shared_ptr<const SecretBytes> &key);
    // rename(2) replaces atomically; the folder is synced so that the new
    // name survives a power cut.
    [[nodiscard]] static bool replace(const QString &from, const QString &to);
    // Removes `path` and the WAL, index and journal SQLite may have left
    // beside it.
    static void remove(const QString &path);
    // Removes only what SQLite may have left beside `path`.
    static void removeCompanions(const QString &path);
};

} // namespace vigia
