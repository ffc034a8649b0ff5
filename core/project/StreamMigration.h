#pragma once

#include "common/Result.h"
#include "store/Role.h"

#include <QCoreApplication>

namespace vigia {

class Workspace;

// Project-wide state written before streams existed (docs/store.md,
// "Streams by audience", Migration): a coordinator's codebook edits and
// targets sit on its records stream, which researchers may not hold. The
// first time such a store builds bundles as a coordinator, it writes the
// current value of every codebook and target field it last set again, onto
// its project stream, as ordinary edits (same values, a fresh HLC, based on
// the value they restate): researchers get the whole project-wide state from
// that stream, coordinators see equal values. Old ops stay where they are.
// Once only: schema 11 sets the flag `streams_republish` on a store that
// held ops, and this clears it, for a researcher without writing anything
// (nothing it wrote before was ever meant for other researchers).
class StreamMigration
{
    Q_DECLARE_TR_FUNCTIONS(vigia::StreamMigration)

public:
    [[nodiscard]] static Status republish(Workspace &ws, Role role);
};

} // namespace vigia
