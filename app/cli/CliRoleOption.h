#pragma once

#include "common/Result.h"
#include "store/Role.h"

#include <QCoreApplication>

namespace vigia {

struct CliInvocation;

// --role as the commands that take it read it (researcher when not given),
// so each refuses an unknown role with the same words.
class CliRoleOption
{
    Q_DECLARE_TR_FUNCTIONS(vigia::CliRoleOption)

public:
    [[nodiscard]] static Result<Role> parse(const CliInvocation &inv);
};

} // namespace vigia
