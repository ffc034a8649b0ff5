#include "store/ReviewState.h"

namespace vigia {

QString reviewStateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Received:
        return QStringLiteral("received");
    case ReviewState::Approved:
        return QStringLiteral("approved");
    case ReviewState::NeedsChanges:
        return QStringLiteral("needs_changes");
    case ReviewState::Rejected:
        return QStringLiteral("rejected");
    }
    Q_UNREACHABLE();
}

std::optional<ReviewState> reviewStateFromName(const QString &name)
{
    QString spelled = name.trimmed().toLower();
    spelled.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (ReviewState s : {ReviewState::Received, ReviewState::Approved, ReviewState::NeedsChanges,
                          ReviewState::Rejected}) {
        if (spelled == reviewStateName(s))
            return s;
    }
    return std::nullopt;
}

} // namespace vigia
