#pragma once

#include <QCoreApplication>
#include <QString>

namespace vigia {

// Where a target stands (docs/monitoring.md).
enum class ProgressStatus
{
    NoData,
    OnTrack,
    AtRisk,
    OffTrack,
};

class ProgressStatusText
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ProgressStatusText)

public:
    // "no_data", "on_track", "at_risk", "off_track": the spelling of
    // vigiactl's --json output and of files.
    [[nodiscard]] static QString key(ProgressStatus status);
    // For people, translated: "on track", …
    [[nodiscard]] static QString label(ProgressStatus status);
};

} // namespace vigia
