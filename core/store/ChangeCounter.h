#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace vigia {

class Database;

// How many of this device's changes have not yet been sent, for the status
// bar. Today that is every op in the outbox (the OpLog adds only this device's
// ops there); acknowledgement by receipts arrives with sync.
class ChangeCounter
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ChangeCounter)

public:
    [[nodiscard]] static Result<qint64> unsent(Database &db);
};

} // namespace vigia
