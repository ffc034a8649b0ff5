#pragma once

#include <QString>

#include <optional>

namespace vigia {

// What a device does in a project (docs/domain.md §1). A researcher records
// findings; a coordinator also receives every member's bundles, approves
// devices and may relay other devices' ops. Spelled out as text only where it
// leaves the program: keystore info, ops, manifests, files and the CLI.
enum class Role
{
    Researcher,
    Coordinator,
};

// "researcher" or "coordinator": the spelling in files and on the command line.
[[nodiscard]] QString roleName(Role role);
// The role a file or a person names, or nothing for any other text.
[[nodiscard]] std::optional<Role> roleFromName(const QString &name);

} // namespace vigia
