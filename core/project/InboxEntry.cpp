#include "project/InboxEntry.h"

namespace vigia {

QString InboxEntry::stateName(State state)
{
    switch (state) {
    case State::Applied:
        return QStringLiteral("applied");
    case State::AlreadyApplied:
        return QStringLiteral("already-applied");
    case State::Quarantined:
        return QStringLiteral("quarantined");
    case State::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

std::optional<InboxEntry::State> InboxEntry::stateFromName(const QString &name)
{
    for (State s : {State::Applied, State::AlreadyApplied, State::Quarantined, State::Refused}) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace vigia
