#pragma once

#include "common/Result.h"
#include "oplog/Op.h"
#include "project/InboxEntry.h"

#include <QCoreApplication>
#include <QList>

namespace vigia {

class Database;

// Writes the inbox (Inbox reads it): ChangeImporter tells it of every bundle
// it takes, whatever the outcome, and which bundle brought which op.
class InboxLog
{
    Q_DECLARE_TR_FUNCTIONS(vigia::InboxLog)

public:
    struct Arrival
    {
        QByteArray bundleId; // empty: not a readable bundle
        QByteArray sender;
        quint64 createdHlc = 0;
        QString file; // empty: from the hub
        int ops = 0;
        int records = -1;
    };

    explicit InboxLog(Database &db);

    // Inside the import's transaction: each op's first bundle.
    [[nodiscard]] Status linkOps(const QByteArray &bundleId, const QList<Op> &ops);
    // Distinct records (entity "record") the ops touch.
    [[nodiscard]] static int recordCount(const QList<Op> &ops);
    // One reception. A bundle coming out of quarantine updates the row of its
    // arrival instead of adding one. `reason`: a refusal's message.
    [[nodiscard]] Status received(const Arrival &arrival, InboxEntry::State state,
                                  bool fromQuarantine, const QString &reason = {});

private:
    // Links the ops [first, last] of `origin` that no bundle holds yet.
    [[nodiscard]] Status linkRun(const QByteArray &bundleId, const QByteArray &origin,
                                 quint64 first, quint64 last);

    Database &m_db;
};

} // namespace vigia
