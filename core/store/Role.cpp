#include "store/Role.h"

namespace vigia {

QString roleName(Role role)
{
    switch (role) {
    case Role::Researcher:
        return QStringLiteral("researcher");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    }
    Q_UNREACHABLE();
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::Researcher, Role::Coordinator}) {
        if (name == roleName(r))
            return r;
    }
    return std::nullopt;
}

} // namespace vigia
