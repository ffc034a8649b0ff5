#pragma once

#include "common/Result.h"
#include "crypto/DeviceKeys.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vigia {

// The project signing key of a coordinator's workspace, in the file
// "project-key.cbor" beside the keystore (docs/project-format.md section 1).
// The secret halves are sealed (crypto_box_seal) to this device's own X25519
// key, which the passphrase-protected keystore holds: unlocking the workspace
// unlocks the project key, with no second passphrase and no second Argon2id
// run, and a copy of the file alone is useless.
class ProjectKey
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ProjectKey)

public:
    [[nodiscard]] static QString path(const QString &workspaceDir);
    [[nodiscard]] static bool exists(const QString &workspaceDir);

    // A new key pair for a new project (deviceId = the project id).
    [[nodiscard]] static Result<DeviceKeys> generate(const QByteArray &projectId);
    // Refuses to replace an existing file: a lost project key cannot be recovered.
    [[nodiscard]] static Status save(const QString &workspaceDir, const DeviceKeys &projectKey,
                                     const DeviceKeys &device);
    // Untrusted if the file holds no key or one that does not open with this
    // device's key.
    [[nodiscard]] static Result<DeviceKeys> load(const QString &workspaceDir,
                                                 const DeviceKeys &device);
};

} // namespace vigia
