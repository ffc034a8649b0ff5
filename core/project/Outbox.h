#pragma once

#include "common/Result.h"
#include "oplog/Op.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace vigia {

class Database;

// This device's ops that no receipt has acknowledged yet (table `outbox`,
// filled by OpLog::append). A bundle takes every one of them, in counter
// order, so it never leaves a gap in the device's chain. Drafts are not
// there: their work is on the private chain (OpLog::privateOrigin), which has
// no outbox, until finalizing publishes it (docs/store.md, "Drafts are
// private"). Draft ops that an older Vigia wrote onto the shared chain are
// sent like any other, which keeps that chain whole.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(vigia::Outbox)

public:
    // Ops waiting for a receipt (for the status bar).
    [[nodiscard]] static Result<int> pendingCount(Database &db);
    // The ops the next bundle carries, in counter order.
    [[nodiscard]] static Result<QList<Op>> nextOps(Database &db, const QByteArray &deviceId);
    // Remembers which ops went into which bundle (table `outbox_sent`).
    [[nodiscard]] static Status recordExport(Database &db, const QByteArray &bundleId,
                                             const QList<Op> &ops);
    // Whether any of these bundles carried records-stream ops of this device.
    [[nodiscard]] static Result<bool> sentIn(Database &db, const QList<QByteArray> &bundleIds);
    // Drops from the outbox every op sent in one of these bundles; returns
    // how many ops that acknowledged. Unknown bundle ids are ignored.
    [[nodiscard]] static Result<int> acknowledge(Database &db, const QList<QByteArray> &bundleIds);
};

} // namespace vigia
