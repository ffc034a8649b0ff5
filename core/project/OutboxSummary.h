#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace vigia {

class Database;

// This device's own work on its way to a coordinator, counted in what
// people make (records, codings, codebook edits) rather than in ops: a
// record of forty fields is one record, not forty changes. A row counts once,
// in the least advanced state any of its ops is in.
//
// The codebook every workspace seeds (Codebook::seedIfEmpty) is never
// counted: its ops are baseline ops, written identically on every device,
// so nobody waits for them. They still travel in the first bundle, which
// must hold the device's chain from its start (Outbox).
class OutboxSummary
{
    Q_DECLARE_TR_FUNCTIONS(vigia::OutboxSummary)

public:
    struct Counts
    {
        int records = 0;
        int codings = 0;
        int codes = 0; // codebook entries edited here

        [[nodiscard]] bool isEmpty() const { return records == 0 && codings == 0 && codes == 0; }
        Counts &operator+=(const Counts &other);
        friend bool operator==(const Counts &, const Counts &) = default;
    };

    Counts notExported; // changed since the last export
    Counts onStick;     // exported, waiting for a coordinator's receipt
    Counts received;    // every change acknowledged by a receipt

    // Every state; `deviceId` is this device's id (its shared chain).
    [[nodiscard]] static Result<OutboxSummary> read(Database &db, const QByteArray &deviceId);
    // notExported and onStick only, for the status bar: reads just the outbox.
    [[nodiscard]] static Result<OutboxSummary> readUnsent(Database &db, const QByteArray &deviceId);

    [[nodiscard]] Counts unsent() const;
};

} // namespace vigia
