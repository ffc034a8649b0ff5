#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace vigia {

class Database;

// A consistent copy of the SQLite hub database while the hub runs: VACUUM
// INTO a temporary name, fsynced and renamed (with the folder fsynced), then
// read back read-only with an integrity check.
class SqliteHubBackup
{
    Q_DECLARE_TR_FUNCTIONS(vigia::SqliteHubBackup)

public:
    // Io if the copy cannot be written or renamed (nothing is left behind),
    // Corrupt if the check fails (the copy is removed); Validation if `path`
    // exists.
    [[nodiscard]] static Status copy(Database &db, const QString &path);
};

} // namespace vigia
