#pragma once

#include "common/Result.h"
#include "hub/HubTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QRecursiveMutex;

namespace vigia {

class Database;

// The tus uploads of the SQLite hub store (SqliteHubStore delegates them
// here): each upload's offset, and its bytes as chunk rows until the bundle
// is stored.
class SqliteHubUploads
{
    Q_DECLARE_TR_FUNCTIONS(vigia::SqliteHubUploads)

public:
    // `writer` is the store's in-process write lock for this file.
    SqliteHubUploads(Database &db, QRecursiveMutex *writer);

    [[nodiscard]] Result<HubUpload> createUpload(const HubUpload &upload);
    [[nodiscard]] Result<HubUpload> upload(const QString &id);
    [[nodiscard]] Result<HubUpload>
    findUpload(const QByteArray &projectId, const QByteArray &deviceId, const QByteArray &bundleId);
    [[nodiscard]] Result<int> uploadsInProgress(const QByteArray &projectId,
                                                const QByteArray &deviceId, qint64 now);
    [[nodiscard]] Result<qint64> appendUpload(const QString &id, qint64 offset,
                                              const QByteArray &bytes);
    [[nodiscard]] Result<QByteArray> uploadBytes(const QString &id);
    [[nodiscard]] Status deleteUpload(const QString &id);

private:
    Database &m_db;
    QRecursiveMutex *m_writer;
};

} // namespace vigia
