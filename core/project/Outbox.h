#pragma once

#include "common/Result.h"
#include "oplog/Op.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace vigia {

class Database;

// This device's ops that no receipt has acknowledged yet (table `outbox`,
// filled by OpLog::append). A bundle takes every one of them except the ops
// of drafts: ops on entity "record" whose row is a record whose status is
// draft *now*. They leave once the record is finalized; a reopened record
// holds its new ops back again. Because the ops skipped sit inside the
// device's hash chain, the receiver keeps later ops pending until the
// draft's ops arrive (docs/project-format.md section 7).
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(vigia::Outbox)

public:
    // Ops waiting for a receipt, drafts included (for the status bar).
    [[nodiscard]] static Result<int> pendingCount(Database &db);
    // The ops the next bundle carries, in counter order.
    [[nodiscard]] static Result<QList<Op>> nextOps(Database &db, const QByteArray &deviceId);
    // Remembers which ops went into which bundle (table `outbox_sent`).
    [[nodiscard]] static Status recordExport(Database &db, const QByteArray &bundleId,
                                             const QList<Op> &ops);
    // Drops from the outbox every op sent in one of these bundles; returns
    // how many ops that acknowledged. Unknown bundle ids are ignored.
    [[nodiscard]] static Result<int> acknowledge(Database &db, const QList<QByteArray> &bundleIds);
};

} // namespace vigia
