#include "project/DeviceNames.h"

#include "project/ProjectStore.h"
#include "store/Workspace.h"

namespace vigia {

QHash<QByteArray, QString> DeviceNames::of(Workspace &ws)
{
    QHash<QByteArray, QString> names;
    // Without a project (or with a damaged row) only this device is named;
    // the others read as their ids, which is still true.
    auto state = ProjectStore(ws.database()).load();
    if (state && state.value() && state.value()->manifest) {
        for (const ManifestDevice &d : state.value()->manifest->devices)
            names.insert(d.id, d.name);
    }
    names.insert(ws.deviceId().toRfc4122(), ws.deviceName());
    return names;
}

} // namespace vigia
