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

// What the SQLite hub store routes besides bundles (SqliteHubStore delegates
// them here): receipts and their recipients, invitation codes and join
// requests.
class SqliteHubMessages
{
    Q_DECLARE_TR_FUNCTIONS(vigia::SqliteHubMessages)

public:
    // `writer` is the store's in-process write lock for this file.
    SqliteHubMessages(Database &db, QRecursiveMutex *writer);

    [[nodiscard]] Result<HubReceipt> storeReceipt(const HubReceipt &receipt);
    [[nodiscard]] Result<QList<HubReceipt>> receipts(const QByteArray &projectId, qint64 afterSeq,
                                                     int limit, const QByteArray &recipient = {});
    [[nodiscard]] Result<QList<QByteArray>> bundleSenders(const QByteArray &projectId,
                                                          const QList<QByteArray> &bundleIds);
    [[nodiscard]] Status addInvitation(const HubInvitation &invitation);
    [[nodiscard]] Result<HubInvitation> redeemInvitation(const QByteArray &codeHash, qint64 now);
    [[nodiscard]] Status addJoinRequest(const HubJoinRequest &request);
    [[nodiscard]] Result<QList<HubJoinRequest>> joinRequests(const QByteArray &projectId);

private:
    // The receipt (project, receiptId), or an empty list.
    [[nodiscard]] Result<QList<HubReceipt>> findReceipt(const QByteArray &projectId,
                                                        const QByteArray &receiptId);

    Database &m_db;
    QRecursiveMutex *m_writer;
};

} // namespace vigia
