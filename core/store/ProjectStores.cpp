#include "store/ProjectStores.h"

#include "crypto/DeviceKeys.h"
#include "crypto/ProjectStoreKey.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

namespace vigia {

namespace {
const QString kFolder = QStringLiteral("projects");
constexpr int kIdBytes = 16;
} // namespace

QString ProjectStores::folder(const QString &dir, const QByteArray &projectId)
{
    if (projectId.isEmpty())
        return QDir(dir).absolutePath();
    return QDir(dir).filePath(kFolder + QLatin1Char('/') + QString::fromLatin1(projectId.toHex()));
}

QString ProjectStores::storePath(const QString &dir, const QByteArray &projectId)
{
    return Workspace::storePath(folder(dir, projectId));
}

QList<QByteArray> ProjectStores::list(const QString &dir)
{
    QList<QByteArray> out;
    const QDir projects(QDir(dir).filePath(kFolder));
    for (const QString &name : projects.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QByteArray id = QByteArray::fromHex(name.toLatin1());
        // Only folders Vigia made: the id spelled back the same way, with a store.
        if (id.size() != kIdBytes || QString::fromLatin1(id.toHex()) != name ||
            !QFile::exists(storePath(dir, id)))
            continue;
        out.append(id);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::shared_ptr<const SecretBytes> ProjectStores::key(const DeviceKeys &keys,
                                                      const QByteArray &projectId)
{
    if (projectId.isEmpty() || !keys.storeKey)
        return keys.storeKey;
    return ProjectStoreKey::derive(*keys.storeKey, projectId);
}

Result<QByteArray> ProjectStores::pinnedProject(Database &db)
{
    Statement st(db.handle(), "SELECT project_id FROM project WHERE id = 1");
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return QByteArray();
    if (rc != SQLITE_ROW)
        return db.errorFor(rc, tr("reading the project"));
    return st.columnBlob(0);
}

} // namespace vigia
