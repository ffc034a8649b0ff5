#include "store/WorkspaceSettings.h"

#include <QDir>
#include <QSettings>

#include <algorithm>

namespace vigia {

namespace {
const QString kInterfaceLanguage = QStringLiteral("interface/language");
const QString kAutoLockMinutes = QStringLiteral("lock/auto_lock_minutes");
const QString kFormLanguage = QStringLiteral("forms/default_language");

bool isFormLanguage(const QString &language)
{
    return language == QLatin1String("en") || language == QLatin1String("es") ||
           language == QLatin1String("pt");
}
} // namespace

WorkspaceSettings::WorkspaceSettings(const QString &workspaceDir)
    : m_settings(std::make_unique<QSettings>(filePath(workspaceDir), QSettings::IniFormat))
{}

WorkspaceSettings::~WorkspaceSettings() = default;

QString WorkspaceSettings::filePath(const QString &workspaceDir)
{
    return QDir(workspaceDir).filePath(QStringLiteral("settings.ini"));
}

QString WorkspaceSettings::interfaceLanguage() const
{
    return m_settings->value(kInterfaceLanguage).toString();
}

void WorkspaceSettings::setInterfaceLanguage(const QString &language)
{
    m_settings->setValue(kInterfaceLanguage, language);
    m_settings->sync();
}

int WorkspaceSettings::autoLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(kAutoLockMinutes).toInt(&ok);
    if (!ok)
        return kDefaultAutoLockMinutes;
    return std::clamp(minutes, 0, kMaxAutoLockMinutes);
}

void WorkspaceSettings::setAutoLockMinutes(int minutes)
{
    m_settings->setValue(kAutoLockMinutes, std::clamp(minutes, 0, kMaxAutoLockMinutes));
    m_settings->sync();
}

QString WorkspaceSettings::formLanguage() const
{
    const QString stored = m_settings->value(kFormLanguage).toString();
    return isFormLanguage(stored) ? stored : QStringLiteral("en");
}

void WorkspaceSettings::setFormLanguage(const QString &language)
{
    if (!isFormLanguage(language))
        return;
    m_settings->setValue(kFormLanguage, language);
    m_settings->sync();
}

} // namespace vigia
