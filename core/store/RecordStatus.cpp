#include "store/RecordStatus.h"

namespace vigia {

QString statusName(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Draft:
        return QStringLiteral("draft");
    case RecordStatus::Finalized:
        return QStringLiteral("finalized");
    }
    Q_UNREACHABLE();
}

std::optional<RecordStatus> statusFromName(const QString &name)
{
    for (RecordStatus s : {RecordStatus::Draft, RecordStatus::Finalized}) {
        if (name == statusName(s))
            return s;
    }
    return std::nullopt;
}

} // namespace vigia
