#include "project/QuarantineCap.h"

#include "common/LogCategories.h"
#include "db/Database.h"
#include "db/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QLocale>

#include <sqlite3.h>

namespace vigia {

QuarantineCap::QuarantineCap(Database &db, QString dir, const QuarantineLimits &limits)
    : m_db(db)
    , m_dir(std::move(dir))
    , m_limits(limits)
{}

Result<QStringList> QuarantineCap::makeRoom(const QByteArray &bundleId, qint64 bytes)
{
    if (bytes > m_limits.maxBytes) {
        qCWarning(lcProject) << "bundle" << bundleId.left(8).toHex()
                             << "refused: larger than the whole quarantine";
        return Error(ErrorCode::TooLarge,
                     tr("This bundle (%1) comes from a device that is not approved in this "
                        "project, and it is larger than the quarantine may hold (%2); nothing "
                        "was kept. Import it again after the manifest approving its device.")
                         .arg(QLocale().formattedDataSize(bytes),
                              QLocale().formattedDataSize(m_limits.maxBytes)));
    }
    // Oldest first. received_at only grows (ChangeImporter writes it so),
    // unlike the bundle's own time, which its unapproved sender chose.
    QList<Held> held;
    qint64 total = 0;
    {
        Statement st(m_db.handle(),
                     "SELECT bundle_id, file FROM quarantine ORDER BY received_at, bundle_id");
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            Held h{st.columnBlob(0), st.columnText(1), 0};
            if (h.bundleId == bundleId)
                continue;
            // Named by us; fileName() keeps a damaged row from pointing outside.
            h.file = QFileInfo(h.file).fileName();
            if (!h.file.isEmpty())
                h.bytes = QFileInfo(QDir(m_dir).filePath(h.file)).size();
            total += h.bytes;
            held.append(h);
        }
        if (rc != SQLITE_DONE)
            return m_db.errorFor(rc, tr("reading the quarantine"));
    }
    QStringList dropped;
    qsizetype count = held.size();
    while (count > 0 && (count + 1 > m_limits.maxBundles || total + bytes > m_limits.maxBytes)) {
        const Held &oldest = held.at(dropped.size());
        if (Status s = drop(oldest); !s)
            return s.error();
        total -= oldest.bytes;
        --count;
        dropped.append(oldest.file);
    }
    return dropped;
}

Status QuarantineCap::drop(const Held &held)
{
    Statement del(m_db.handle(), "DELETE FROM quarantine WHERE bundle_id = ?1");
    del.bind(1, held.bundleId);
    if (const int rc = del.run(); rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("making room in the quarantine"));
    qCWarning(lcProject) << "quarantine full: dropped the oldest bundle"
                         << held.bundleId.left(8).toHex() << "of" << held.bytes << "bytes";
    return {};
}

} // namespace vigia
