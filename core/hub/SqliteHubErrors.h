#pragma once

#include "common/Result.h"

#include <QByteArray>

#include <QCoreApplication>

namespace vigia {

class Database;

// Failures of the SQLite hub store, for people: SQLite's codes and a
// project the hub does not serve.
class SqliteHubErrors
{
    Q_DECLARE_TR_FUNCTIONS(vigia::SqliteHubErrors)

public:
    // A missing project behind a foreign key becomes NotFound: the caller
    // asked for a project the hub does not serve.
    [[nodiscard]] static Error failure(Database &db, int rc, const QString &what);
    // NotFound unless the hub serves the project.
    [[nodiscard]] static Status checkProject(Database &db, const QByteArray &projectId,
                                             const QString &what);
};

} // namespace vigia
