#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace vigia {

class Database;
class DeviceKeys;
class SecretBytes;

// Where a workspace keeps the stores of the projects it joined (docs/store.md,
// "Several projects in one workspace"): the first project in the root store,
// each further one in projects/<project id hex>/ with its own store file,
// project key and quarantine. An empty project id names the root store.
class ProjectStores
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ProjectStores)

public:
    // The folder of a project's own files: the workspace for the root store.
    [[nodiscard]] static QString folder(const QString &dir, const QByteArray &projectId);
    [[nodiscard]] static QString storePath(const QString &dir, const QByteArray &projectId);
    // The further projects' ids (16 bytes each), sorted; never the root's.
    [[nodiscard]] static QList<QByteArray> list(const QString &dir);
    // The key a project's store is sealed with: the keystore's store key for
    // the root store, a key derived from it for the others (ProjectStoreKey).
    [[nodiscard]] static std::shared_ptr<const SecretBytes> key(const DeviceKeys &keys,
                                                                const QByteArray &projectId);
    // The project pinned in a store (table `project`); empty when none yet.
    [[nodiscard]] static Result<QByteArray> pinnedProject(Database &db);
    // True when the workspace holds further projects besides the root store's.
    [[nodiscard]] static bool several(const QString &dir) { return !list(dir).isEmpty(); }
};

} // namespace vigia
