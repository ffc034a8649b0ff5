#pragma once

#include "hub/HubTypes.h"

namespace vigia {

// Who sent a request: the session's device as the newest manifest lists it.
struct HubCaller
{
    HubSession session;
    HubDevice device;

    [[nodiscard]] bool isCoordinator() const { return device.role == Role::Coordinator; }
};

} // namespace vigia
