#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class QRecursiveMutex;

namespace vigia {

class Database;

// The SQLite hub database's schema and its versions (the tables are listed in
// SqliteHubStore.h): a new file gets them all with a fresh hub id; an older
// file gets what it lacks, in place and in one transaction, so a deployed hub
// keeps its data; any other SQLite file is refused untouched.
class SqliteHubSchema
{
    Q_DECLARE_TR_FUNCTIONS(vigia::SqliteHubSchema)

public:
    static constexpr int kVersion = 3;
    static constexpr int kHubIdBytes = 16;

    // `writer` is the store's in-process write lock for this file.
    [[nodiscard]] static Status migrate(Database &db, QRecursiveMutex *writer);
};

} // namespace vigia
