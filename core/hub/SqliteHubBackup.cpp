#include "hub/SqliteHubBackup.h"

#include "common/DurableFile.h"
#include "common/LogCategories.h"
#include "db/Database.h"
#include "db/Statement.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

namespace vigia {

Status SqliteHubBackup::copy(Database &db, const QString &path)
{
    if (QFileInfo::exists(path)) {
        return Error(
            ErrorCode::Validation,
            tr("%1 exists already; nothing was written. Back up into another name.").arg(path));
    }
    const QString part = path + QStringLiteral(".part");
    const QString copying = tr("copying the hub database to %1").arg(path);
    QFile::remove(part); // what an interrupted backup left
    {
        // One read transaction: a consistent copy while writers go on (WAL).
        Statement st(db.handle(), "VACUUM INTO ?1");
        st.bindText(1, part);
        if (const int rc = st.run(); rc != SQLITE_DONE) {
            const Error e = db.errorFor(rc, copying);
            QFile::remove(part);
            return e;
        }
    }
    // Durable before it takes its name, and the name durable too: after a
    // power cut there is either no backup or a whole one.
    if (!DurableFile::syncFile(part) || !DurableFile::replace(part, path)) {
        const QString reason = DurableFile::lastErrorString();
        QFile::remove(part);
        return Error(ErrorCode::Io,
                     tr("Could not save the backup as %1 (%2). Check the folder's free space "
                        "and permissions.")
                         .arg(path, reason));
    }
    // Read back as a restore would read it.
    sqlite3 *copy = nullptr;
    int rc =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &copy, SQLITE_OPEN_READONLY, nullptr);
    QStringList problems;
    if (rc == SQLITE_OK) {
        Statement check(copy, "PRAGMA integrity_check");
        while ((rc = check.step()) == SQLITE_ROW)
            problems << check.columnText(0);
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    const QString detail = rc == SQLITE_OK ? problems.join(QStringLiteral("; "))
                                           : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(copy);
    if (rc != SQLITE_OK || problems != QStringList{QStringLiteral("ok")}) {
        QFile::remove(path);
        return Error(ErrorCode::Corrupt,
                     tr("The backup %1 failed its check (%2) and was removed. Check the disk, "
                        "then try again.")
                         .arg(path, detail));
    }
    qCInfo(lcHub) << "backed up the hub database to" << path;
    return {};
}
} // namespace vigia
