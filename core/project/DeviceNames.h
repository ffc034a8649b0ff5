#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace vigia {

class Workspace;

// Names of the project's devices by id (16 bytes), from the manifest in
// force, and this device's own name: what a comment thread shows as its
// authors (CommentStore::setDeviceNames).
class DeviceNames
{
public:
    [[nodiscard]] static QHash<QByteArray, QString> of(Workspace &ws);
};

} // namespace vigia
