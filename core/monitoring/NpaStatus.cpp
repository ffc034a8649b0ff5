#include "monitoring/NpaStatus.h"

namespace vigia {

QString NpaStatusText::key(NpaStatus status)
{
    switch (status) {
    case NpaStatus::Yes:
        return QStringLiteral("yes");
    case NpaStatus::Partial:
        return QStringLiteral("partial");
    case NpaStatus::No:
        return QStringLiteral("no");
    case NpaStatus::NoData:
        break;
    }
    return QStringLiteral("no_data");
}

QString NpaStatusText::label(NpaStatus status)
{
    switch (status) {
    case NpaStatus::Yes:
        return tr("yes");
    case NpaStatus::Partial:
        return tr("partial");
    case NpaStatus::No:
        return tr("no");
    case NpaStatus::NoData:
        break;
    }
    return tr("no data");
}

NpaStatus NpaStatusText::fromKey(const QString &key)
{
    if (key == QLatin1String("yes"))
        return NpaStatus::Yes;
    if (key == QLatin1String("partial"))
        return NpaStatus::Partial;
    if (key == QLatin1String("no"))
        return NpaStatus::No;
    return NpaStatus::NoData;
}

} // namespace vigia
