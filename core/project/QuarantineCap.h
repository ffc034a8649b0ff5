#pragma once

#include "common/Result.h"
#include "project/QuarantineLimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace vigia {

class Database;

// Keeps the quarantine within its QuarantineLimits. Before a bundle is
// added, the oldest quarantined bundles (first received) leave, row and
// file, until the new one fits; a bundle larger than the whole byte limit
// is refused. Sizes are those of the files on disk, so a file edited or
// lost since it was written counts as it is now. Only what the quarantine
// table lists is ever dropped, and only its file inside the quarantine
// folder.
class QuarantineCap
{
    Q_DECLARE_TR_FUNCTIONS(vigia::QuarantineCap)

public:
    QuarantineCap(Database &db, QString dir, const QuarantineLimits &limits);

    // Makes room for a bundle of `bytes` with this id (if it is already held,
    // it replaces itself and does not count twice) by deleting the oldest
    // rows. Returns the dropped bundles' files (names in the folder): the
    // caller deletes them once its transaction is committed, since a file
    // left behind is only disk while a row without its file would be retried
    // and reported with every manifest.
    [[nodiscard]] Result<QStringList> makeRoom(const QByteArray &bundleId, qint64 bytes);

private:
    struct Held
    {
        QByteArray bundleId;
        QString file;
        qint64 bytes = 0;
    };

    [[nodiscard]] Status drop(const Held &held);

    Database &m_db;
    QString m_dir;
    QuarantineLimits m_limits;
};

} // namespace vigia
