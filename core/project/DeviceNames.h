#pragma once

#include "common/Result.h"
#include "project/ProjectManifest.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace vigia {

class Database;
class Workspace;

// Names devices for people from the manifest in force: a name and the first
// group of its key's fingerprint (names need not be unique), and the other
// way, a device from what someone typed (its id, the start of it, or its
// name). An op's origin on one of a device's derived streams (StreamOrigin)
// names that device.
class DeviceNames
{
    Q_DECLARE_TR_FUNCTIONS(vigia::DeviceNames)

public:
    [[nodiscard]] static Result<DeviceNames> load(Database &db);
    // Names by device id, from the manifest in force, and this device's own
    // name: what a comment thread shows as its authors
    // (CommentStore::setDeviceNames).
    [[nodiscard]] static QHash<QByteArray, QString> of(Workspace &ws);

    // The device of an origin: itself, or the device whose derived stream
    // it is (empty-safe: an unknown origin maps to itself).
    [[nodiscard]] QByteArray deviceOf(const QByteArray &origin) const;

    [[nodiscard]] QString name(const QByteArray &origin) const;
    // Fingerprint::format of the device's key; empty when not in the manifest.
    [[nodiscard]] QString fingerprint(const QByteArray &origin) const;
    // "Ana - laptop (a1b2)", or the start of the id for a device the
    // manifest does not know.
    [[nodiscard]] QString label(const QByteArray &origin) const;
    // NotFound or Usage (several match) with a message that says what to type.
    [[nodiscard]] Result<QByteArray> find(const QString &text) const;

private:
    std::optional<ProjectManifest> m_manifest;
    QHash<QByteArray, QByteArray> m_streamDevices; // derived origin -> device
};

} // namespace vigia
