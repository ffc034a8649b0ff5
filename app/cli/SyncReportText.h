#pragma once

#include "sync/SyncReport.h"

#include <QJsonObject>

namespace vigia {

class CliContext;

// What `vigiactl sync` prints of a pass's report, as text or as JSON.
class SyncReportText
{
public:
    [[nodiscard]] static QJsonObject json(const SyncReport &report);
    static void print(CliContext &ctx, const SyncReport &report);
    // A warning when this computer's clock is far off the hub's.
    static void warnClock(CliContext &ctx, const SyncReport &report);
};

} // namespace vigia
