#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace vigia {

// Preferences that belong to one workspace: the interface language, the
// auto-lock delay and the default form language. Kept in an INI file in the
// workspace folder, outside the encrypted store, because the language must be
// known before the passphrase is asked for and none of these values is
// sensitive. Every setter writes through at once.
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
    [[nodiscard]] int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);

    // "en", "es" or "pt": the language forms open in (FormText keys).
    [[nodiscard]] QString formLanguage() const;
    void setFormLanguage(const QString &language);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace vigia
