#include "crypto/DeviceKeys.h"
#include "crypto/DeviceMac.h"
#include "store/WorkspaceSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using vigia::DeviceKeys;
using vigia::DeviceMac;
using vigia::WorkspaceSettings;

namespace {
DeviceMac macOf(const DeviceKeys &keys)
{
    return DeviceMac::derive(keys, DeviceMac::Purpose::WorkspaceSettings);
}
} // namespace

class tst_WorkspaceSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        QTemporaryDir dir;
        const WorkspaceSettings s(dir.path());
        QCOMPARE(s.interfaceLanguage(), QString());
        QCOMPARE(s.autoLockMinutes(), WorkspaceSettings::kDefaultAutoLockMinutes);
        QCOMPARE(s.formLanguage(), QStringLiteral("en"));
        QVERIFY(!s.hasSecuritySettings());
    }

    void persistsPerWorkspace()
    {
        QTemporaryDir dir;
        QTemporaryDir other;
        const DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
        {
            WorkspaceSettings s(dir.path());
            s.setInterfaceLanguage(QStringLiteral("pt_BR"));
            s.setAutoLockMinutes(12, macOf(keys));
            s.setFormLanguage(QStringLiteral("es"));
        }
        const WorkspaceSettings again(dir.path());
        QCOMPARE(again.interfaceLanguage(), QStringLiteral("pt_BR"));
        QCOMPARE(again.autoLockMinutes(), 12);
        QVERIFY(again.hasSecuritySettings());
        QVERIFY(again.securitySettingsAuthentic(macOf(keys)));
        QCOMPARE(again.formLanguage(), QStringLiteral("es"));
        QVERIFY(QFile::exists(WorkspaceSettings::filePath(dir.path())));
        QCOMPARE(WorkspaceSettings(other.path()).autoLockMinutes(),
                 WorkspaceSettings::kDefaultAutoLockMinutes);
    }

    void refusesNonsense()
    {
        QTemporaryDir dir;
        WorkspaceSettings s(dir.path());
        const DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
        s.setAutoLockMinutes(-3, macOf(keys));
        QCOMPARE(s.autoLockMinutes(), 0);
        s.setAutoLockMinutes(100000, macOf(keys));
        QCOMPARE(s.autoLockMinutes(), WorkspaceSettings::kMaxAutoLockMinutes);
        QVERIFY(s.securitySettingsAuthentic(macOf(keys)));
        s.setFormLanguage(QStringLiteral("klingon"));
        QCOMPARE(s.formLanguage(), QStringLiteral("en"));
    }

    void anEditOrAnotherDevicesMacIsNotAuthentic()
    {
        QTemporaryDir dir;
        const DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
        WorkspaceSettings(dir.path()).setAutoLockMinutes(10, macOf(keys));
        QVERIFY(!WorkspaceSettings(dir.path())
                     .securitySettingsAuthentic(macOf(DeviceKeys::generate(QUuid::createUuid()))));
        {
            // By hand, as someone with the laptop would: auto-lock off.
            QSettings ini(WorkspaceSettings::filePath(dir.path()), QSettings::IniFormat);
            ini.setValue(QStringLiteral("lock/auto_lock_minutes"), 0);
        }
        const WorkspaceSettings edited(dir.path());
        QCOMPARE(edited.autoLockMinutes(), 0);
        QVERIFY(!edited.securitySettingsAuthentic(macOf(keys)));
        {
            // The same value spelled differently is the same setting.
            QSettings ini(WorkspaceSettings::filePath(dir.path()), QSettings::IniFormat);
            ini.setValue(QStringLiteral("lock/auto_lock_minutes"), QStringLiteral("010"));
        }
        QVERIFY(WorkspaceSettings(dir.path()).securitySettingsAuthentic(macOf(keys)));
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceSettings)
#include "tst_workspacesettings.moc"
