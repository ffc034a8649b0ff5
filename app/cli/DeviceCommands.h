#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace vigia {

class CliContext;

// vigiactl devices list: the devices of the manifest in force, with what
// DeviceOverview knows of each (last bundle, clock skew, bundles without a
// receipt).
class DeviceCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::DeviceCommands)

public:
    [[nodiscard]] static Status list(CliContext &ctx);
};

} // namespace vigia
