#include "monitoring/ProgressStatus.h"

namespace vigia {

QString ProgressStatusText::key(ProgressStatus status)
{
    switch (status) {
    case ProgressStatus::OnTrack:
        return QStringLiteral("on_track");
    case ProgressStatus::AtRisk:
        return QStringLiteral("at_risk");
    case ProgressStatus::OffTrack:
        return QStringLiteral("off_track");
    case ProgressStatus::NoData:
        break;
    }
    return QStringLiteral("no_data");
}

QString ProgressStatusText::label(ProgressStatus status)
{
    switch (status) {
    case ProgressStatus::OnTrack:
        return tr("on track");
    case ProgressStatus::AtRisk:
        return tr("at risk");
    case ProgressStatus::OffTrack:
        return tr("off track");
    case ProgressStatus::NoData:
        break;
    }
    return tr("no data");
}

} // namespace vigia
