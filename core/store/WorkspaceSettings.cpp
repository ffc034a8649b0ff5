#include "store/WorkspaceSettings.h"

#include "crypto/DeviceMac.h"

#include <QDateTime>
#include <QDir>
#include <QSettings>

#include <algorithm>

namespace vigia {

namespace {
const QString kInterfaceLanguage = QStringLiteral("interface/language");
const QString kAutoLockMinutes = QStringLiteral("lock/auto_lock_minutes");
const QString kFormLanguage = QStringLiteral("forms/default_language");
const QString kSecurityMac = QStringLiteral("security/mac");
const QString kLastBackupPath = QStringLiteral("backup/last_path");
const QString kLastBackupTime = QStringLiteral("backup/last_time");
const QString kLastProject = QStringLiteral("projects/last");

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

void WorkspaceSettings::setAutoLockMinutes(int minutes, const DeviceMac &mac)
{
    m_settings->setValue(kAutoLockMinutes, std::clamp(minutes, 0, kMaxAutoLockMinutes));
    m_settings->setValue(kSecurityMac, QString::fromLatin1(mac.mac(securityMessage()).toHex()));
    m_settings->sync();
}

bool WorkspaceSettings::hasSecuritySettings() const
{
    return m_settings->contains(kAutoLockMinutes) || m_settings->contains(kSecurityMac);
}

bool WorkspaceSettings::securitySettingsAuthentic(const DeviceMac &mac) const
{
    const QByteArray stored =
        QByteArray::fromHex(m_settings->value(kSecurityMac).toString().toLatin1());
    return mac.verify(securityMessage(), stored);
}

QByteArray WorkspaceSettings::securityMessage() const
{
    // The values as applied, not as spelled: "05" and "5" lock alike. The
    // prefix names the format, so a MAC never covers a different set of
    // settings than the one it was computed over.
    return QByteArrayLiteral("vigia-security-settings-v1\n") + kAutoLockMinutes.toUtf8() + '=' +
           QByteArray::number(autoLockMinutes()) + '\n';
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

QString WorkspaceSettings::lastBackupPath() const
{
    return m_settings->value(kLastBackupPath).toString();
}

QDateTime WorkspaceSettings::lastBackupTime() const
{
    return QDateTime::fromString(m_settings->value(kLastBackupTime).toString(), Qt::ISODateWithMs);
}

void WorkspaceSettings::setLastBackup(const QString &path, const QDateTime &taken)
{
    m_settings->setValue(kLastBackupPath, path);
    m_settings->setValue(kLastBackupTime, taken.toUTC().toString(Qt::ISODateWithMs));
    m_settings->sync();
}

QString WorkspaceSettings::lastProject() const
{
    return m_settings->value(kLastProject).toString();
}

void WorkspaceSettings::setLastProject(const QString &projectHex)
{
    if (projectHex.isEmpty())
        m_settings->remove(kLastProject);
    else
        m_settings->setValue(kLastProject, projectHex);
    m_settings->sync();
}

} // namespace vigia
