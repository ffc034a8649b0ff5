// Workspace: the stores of the projects it joined (docs/store.md, "Several
// projects in one workspace"): opening, switching, adding and removing one.
#include "store/Workspace.h"

#include "common/LogCategories.h"
#include "crypto/DeviceKeys.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "store/Migrations.h"
#include "store/PrivateFolder.h"
#include "store/ProjectStores.h"
#include "store/ProjectVisit.h"
#include "store/WorkspaceSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace vigia {

QString Workspace::projectPath() const
{
    return ProjectStores::folder(m_path, m_projectStore);
}

Result<std::unique_ptr<Database>> Workspace::openProjectDatabase(const QByteArray &projectId) const
{
    if (isLocked())
        return Error(ErrorCode::Locked, tr("The workspace is locked. Unlock it first."));
    const QString path = ProjectStores::storePath(m_path, projectId);
    if (!projectId.isEmpty() && !QFile::exists(path))
        return Error(ErrorCode::NotFound, tr("This workspace has not joined the project %1.")
                                              .arg(QString::fromLatin1(projectId.toHex())));
    auto db = Migrations::open(path, ProjectStores::key(*m_keys, projectId));
    if (!db)
        return db.error();
    // A folder renamed or copied from elsewhere does not open (another key),
    // and a store of another device or project is refused by name.
    Statement st(db.value()->handle(), "SELECT value FROM settings WHERE key = 'device_id'");
    const bool mine = st.step() == SQLITE_ROW && st.columnBlob(0) == m_keys->deviceId.toRfc4122();
    st.reset();
    auto pinned = ProjectStores::pinnedProject(*db.value());
    if (!pinned)
        return pinned.error();
    if (!mine || (!projectId.isEmpty() && !pinned.value().isEmpty() && pinned.value() != projectId))
        return Error(ErrorCode::Corrupt,
                     tr("The store in %1 belongs to another device or project. Restore the "
                        "workspace folder from a backup; nothing was changed.")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    return db;
}

Status Workspace::switchProjectStore(const QByteArray &projectId)
{
    if (projectId == m_projectStore && !isLocked())
        return {};
    auto db = openProjectDatabase(projectId);
    if (!db)
        return db.error();
    detach();
    m_projectStore = projectId;
    attach(db.take());
    ensureBuiltinForms();
    if (!ProjectVisit::active())
        WorkspaceSettings(m_path).setLastProject(QString::fromLatin1(projectId.toHex()));
    qCInfo(lcWorkspace) << "switched to the store of project"
                        << (projectId.isEmpty() ? QByteArray("(first)") : projectId.toHex());
    return {};
}

Status Workspace::addProjectStore(const QByteArray &projectId)
{
    if (isLocked())
        return Error(ErrorCode::Locked, tr("The workspace is locked. Unlock it first."));
    if (projectId.size() != 16)
        return Error(ErrorCode::Usage, tr("A project id has 16 bytes."));
    const auto alreadyJoined = [] {
        return Error(ErrorCode::Failure, tr("This workspace already joined this project; nothing "
                                            "was changed. Choose it with --project or in the "
                                            "navigation instead."));
    };
    auto root = openProjectDatabase({});
    if (!root)
        return root.error();
    auto rootProject = ProjectStores::pinnedProject(*root.value());
    if (!rootProject)
        return rootProject.error();
    root.value().reset();
    if (rootProject.value() == projectId)
        return alreadyJoined();
    const QString folder = ProjectStores::folder(m_path, projectId);
    if (QFile::exists(ProjectStores::storePath(m_path, projectId))) {
        // Left by an attempt that failed before the project was pinned: reused.
        auto existing = openProjectDatabase(projectId);
        if (!existing)
            return existing.error();
        auto pinned = ProjectStores::pinnedProject(*existing.value());
        if (!pinned)
            return pinned.error();
        if (!pinned.value().isEmpty())
            return alreadyJoined();
        existing.value().reset();
        return switchProjectStore(projectId);
    }
    if (!QDir().mkpath(folder))
        return Error(ErrorCode::Io, tr("Cannot create the folder %1. Check that it is writable.")
                                        .arg(QDir::toNativeSeparators(folder)));
    auto db = Migrations::open(ProjectStores::storePath(m_path, projectId),
                               ProjectStores::key(*m_keys, projectId));
    if (!db)
        return db.error();
    const QByteArray previous = m_projectStore;
    detach();
    m_projectStore = projectId;
    attach(db.take());
    if (Status s = writeIdentity(); !s) {
        detach();
        QDir(folder).removeRecursively();
        m_projectStore = previous;
        if (auto back = openProjectDatabase(previous))
            attach(back.take());
        return s;
    }
    ensureBuiltinForms();
    WorkspaceSettings(m_path).setLastProject(QString::fromLatin1(projectId.toHex()));
    (void)PrivateFolder::tighten(m_path, privateEntries(m_path));
    qCInfo(lcWorkspace) << "added a store for project" << projectId.toHex();
    return {};
}

Status Workspace::removeProjectStore(const QByteArray &projectId, const QByteArray &backTo)
{
    if (projectId.isEmpty() || backTo == projectId)
        return Error(ErrorCode::Usage, tr("The first project's store is never removed."));
    const QString folder = ProjectStores::folder(m_path, projectId);
    if (m_projectStore == projectId) {
        auto back = openProjectDatabase(backTo);
        if (!back)
            return back.error();
        detach();
        m_projectStore = backTo;
        attach(back.take());
        ensureBuiltinForms();
    }
    WorkspaceSettings(m_path).setLastProject(QString::fromLatin1(backTo.toHex()));
    if (!QDir(folder).removeRecursively())
        return Error(ErrorCode::Io, tr("Cannot remove the folder %1. Delete it by hand; it holds "
                                       "nothing of the other projects.")
                                        .arg(QDir::toNativeSeparators(folder)));
    // The folder of further projects goes too once empty: the workspace's
    // folder is then as it was before the join.
    (void)QDir().rmdir(QFileInfo(folder).absolutePath());
    qCInfo(lcWorkspace) << "removed the store of a failed join" << projectId.toHex();
    return {};
}

void Workspace::restoreLastProject()
{
    const QByteArray last = QByteArray::fromHex(WorkspaceSettings(m_path).lastProject().toLatin1());
    if (last.isEmpty() || !ProjectStores::list(m_path).contains(last))
        return;
    // The root store stays open when the last one fails: the app and
    // vigiactl name the project they show, so nothing passes for another.
    if (Status s = switchProjectStore(last); !s) {
        qCWarning(lcWorkspace) << "the last used project's store did not open:"
                               << s.error().message();
        return;
    }
    // An older version's failed join could leave a store that joined
    // nothing, and remember it as the last project: not a project to open.
    auto pinned = ProjectStores::pinnedProject(*m_db);
    if (pinned && pinned.value().isEmpty() && switchProjectStore({}))
        qCInfo(lcWorkspace) << "the last used store holds no project; the first one opened";
}

} // namespace vigia
