#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

namespace vigia {

class SecretBytes;

class Database;

// Forward-only schema migrations keyed on PRAGMA user_version. Each step runs
// in its own transaction, so an interrupted upgrade leaves the previous
// version intact. Never edit a released step; append a new one.
class Migrations
{
public:
    [[nodiscard]] static int latestVersion();
    // Opens the store database at `path` (Database::open) and migrates it to
    // the latest version: what the workspace, and tests of a bare store, use.
    // With `storeKey`, the store is encrypted (CryptVfs).
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    open(const QString &path, std::shared_ptr<const SecretBytes> storeKey = nullptr);
    // Migrates to the latest version.
    [[nodiscard]] static Status migrate(Database &db);
    // Migrates up to `version` only; tests use it to build every older schema.
    [[nodiscard]] static Status migrateTo(Database &db, int version);
};

} // namespace vigia
