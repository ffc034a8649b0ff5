#include "cli/CliRoleOption.h"

#include "cli/CliInvocation.h"

namespace vigia {

Result<Role> CliRoleOption::parse(const CliInvocation &inv)
{
    const QString text = inv.value(QStringLiteral("role"), roleName(Role::Researcher));
    const std::optional<Role> role = roleFromName(text);
    if (!role)
        return Error(
            ErrorCode::Usage,
            tr("Unknown role '%1'. Choose --role researcher or --role coordinator.").arg(text));
    return *role;
}

} // namespace vigia
