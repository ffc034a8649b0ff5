#pragma once

#include "common/Result.h"
#include "project/ProjectManifest.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vigia {

class Database;

// Names devices for people from the manifest in force: a name and the first
// group of its key's fingerprint (names need not be unique), and the other
// way, a device from what someone typed (its id, the start of it, or its
// name).
class DeviceNames
{
    Q_DECLARE_TR_FUNCTIONS(vigia::DeviceNames)

public:
    [[nodiscard]] static Result<DeviceNames> load(Database &db);

    [[nodiscard]] QString name(const QByteArray &id) const;
    // Fingerprint::format of the device's key; empty when not in the manifest.
    [[nodiscard]] QString fingerprint(const QByteArray &id) const;
    // "Ana - laptop (a1b2)", or the start of the id for a device the
    // manifest does not know.
    [[nodiscard]] QString label(const QByteArray &id) const;
    // NotFound or Usage (several match) with a message that says what to type.
    [[nodiscard]] Result<QByteArray> find(const QString &text) const;

private:
    std::optional<ProjectManifest> m_manifest;
};

} // namespace vigia
