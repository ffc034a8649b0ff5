// Workspace: the passphrase and the security settings kept beside the keystore.
#include "store/Workspace.h"

#include "common/LogCategories.h"
#include "crypto/DeviceKeys.h"
#include "crypto/DeviceMac.h"
#include "crypto/KeyStore.h"
#include "store/WorkspaceSettings.h"

#include <QCborMap>

#include <utility>

namespace vigia {

Status Workspace::verifyPassphrase(const QByteArray &passphrase) const
{
    auto keys = KeyStore::unlock(keystorePath(m_path), passphrase);
    if (!keys)
        return keys.error();
    if (keys.value().deviceId != m_keys->deviceId)
        return Error(ErrorCode::Corrupt,
                     tr("The keystore in %1 was replaced by another device's. Close Vigia and "
                        "restore the workspace folder from a backup.")
                         .arg(m_path));
    return {};
}

Status Workspace::changePassphrase(const QByteArray &oldPassphrase, const QByteArray &newPassphrase)
{
    // Same floor as create(): a change must not weaken what setup enforced.
    if (newPassphrase.size() < 8)
        return Error(ErrorCode::Usage,
                     tr("The passphrase is too short. Use at least 8 characters; a few "
                        "unrelated words are easy to remember and hard to guess."));
    // A plain comparison: both are the caller's own input, so timing tells
    // an observer nothing they could not read from the caller.
    if (newPassphrase == oldPassphrase)
        return Error(ErrorCode::Usage,
                     tr("The new passphrase is the same as the current one. Choose a different "
                        "passphrase; nothing was changed."));
    const QString path = keystorePath(m_path);
    // Cheap and before any Argon2id: re-encrypting another device's keystore
    // under this workspace's new passphrase would hide that it was swapped.
    // The id read here is authenticated when changePassphrase decrypts.
    auto info = KeyStore::readPublicInfo(path);
    if (!info)
        return info.error();
    if (info.value().value(QStringLiteral("device_id")).toByteArray() !=
        m_keys->deviceId.toRfc4122())
        return Error(ErrorCode::Corrupt,
                     tr("The keystore in %1 was replaced by another device's. Close Vigia and "
                        "restore the workspace folder from a backup.")
                         .arg(m_path));
    if (Status s = KeyStore::changePassphrase(path, oldPassphrase, newPassphrase,
                                              KdfLimits::fromEnvironment());
        !s)
        return s;
    qCInfo(lcWorkspace) << "changed the passphrase of workspace" << m_path;
    return {};
}

void Workspace::setAutoLockMinutes(int minutes)
{
    WorkspaceSettings settings(m_path);
    settings.setAutoLockMinutes(minutes,
                                DeviceMac::derive(*m_keys, DeviceMac::Purpose::WorkspaceSettings));
    m_autoLockMinutes = settings.autoLockMinutes();
}

bool Workspace::takeAutoLockReset()
{
    return std::exchange(m_autoLockReset, false);
}

void Workspace::loadSecuritySettings()
{
    WorkspaceSettings settings(m_path);
    m_autoLockMinutes = settings.autoLockMinutes();
    const DeviceMac mac = DeviceMac::derive(*m_keys, DeviceMac::Purpose::WorkspaceSettings);
    // Nothing stored: the defaults apply, and there is nothing to trust.
    if (!settings.hasSecuritySettings() || settings.securitySettingsAuthentic(mac))
        return;
    // Edited by hand, copied from elsewhere or written before settings had a
    // MAC: the value cannot be trusted, so the safe default replaces it.
    qCWarning(lcWorkspace) << "the auto-lock setting in" << WorkspaceSettings::filePath(m_path)
                           << "has no valid MAC (changed outside Vigia); reset to the default";
    settings.setAutoLockMinutes(WorkspaceSettings::kDefaultAutoLockMinutes, mac);
    m_autoLockMinutes = WorkspaceSettings::kDefaultAutoLockMinutes;
    m_autoLockReset = true;
}

} // namespace vigia
