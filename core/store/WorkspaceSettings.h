#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

class QSettings;

namespace vigia {

class DeviceMac;

// Preferences that belong to one workspace: the interface language, the
// auto-lock delay, the default form language, and where and when the last
// backup was written. Kept in an INI file in the
// workspace folder, outside the encrypted store, because the language must be
// known before the passphrase is asked for and none of these values is
// sensitive. Every setter writes through at once.
//
// The auto-lock delay is security-relevant: someone with the laptop could
// switch it off by editing the file. It is written together with a MAC
// (DeviceMac, purpose WorkspaceSettings) over the security settings, which
// only the unlocked device can compute; Workspace checks it after unlock and
// applies the default instead of a value without a valid MAC.
class WorkspaceSettings
{
public:
    static constexpr int kDefaultAutoLockMinutes = 5;
    static constexpr int kMaxAutoLockMinutes = 240;

    explicit WorkspaceSettings(const QString &workspaceDir);
    ~WorkspaceSettings();
    WorkspaceSettings(const WorkspaceSettings &) = delete;
    WorkspaceSettings &operator=(const WorkspaceSettings &) = delete;

    [[nodiscard]] static QString filePath(const QString &workspaceDir);

    // A Language::available() value, or empty when never chosen (use the system's).
    [[nodiscard]] QString interfaceLanguage() const;
    void setInterfaceLanguage(const QString &language);

    // 0 turns auto-lock off; values are clamped to 0..kMaxAutoLockMinutes.
    // As stored, NOT authenticated: the app applies Workspace::autoLockMinutes().
    [[nodiscard]] int autoLockMinutes() const;
    // Writes the value together with the MAC under `mac`.
    void setAutoLockMinutes(int minutes, const DeviceMac &mac);

    // Whether the file holds any security setting or MAC at all; without
    // one, every security setting has its default.
    [[nodiscard]] bool hasSecuritySettings() const;
    // True when the security settings as read carry a valid MAC under `mac`.
    [[nodiscard]] bool securitySettingsAuthentic(const DeviceMac &mac) const;

    // "en", "es" or "pt": the language forms open in (FormText keys).
    [[nodiscard]] QString formLanguage() const;
    void setFormLanguage(const QString &language);

    // The last backup WorkspaceBackup wrote of this workspace: its file and
    // when it was taken; empty and invalid when none was.
    [[nodiscard]] QString lastBackupPath() const;
    [[nodiscard]] QDateTime lastBackupTime() const;
    void setLastBackup(const QString &path, const QDateTime &taken);

    // The project the workspace opens in (docs/store.md, "Several projects"):
    // a further project's id in hex, or empty for the workspace's first one.
    [[nodiscard]] QString lastProject() const;
    void setLastProject(const QString &projectHex);

private:
    // The bytes the MAC covers: every security setting as it is applied.
    [[nodiscard]] QByteArray securityMessage() const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace vigia
