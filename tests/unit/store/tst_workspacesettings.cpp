#include "store/WorkspaceSettings.h"

#include <QTemporaryDir>
#include <QTest>

using vigia::WorkspaceSettings;

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
    }

    void persistsPerWorkspace()
    {
        QTemporaryDir dir;
        QTemporaryDir other;
        {
            WorkspaceSettings s(dir.path());
            s.setInterfaceLanguage(QStringLiteral("pt_BR"));
            s.setAutoLockMinutes(12);
            s.setFormLanguage(QStringLiteral("es"));
        }
        const WorkspaceSettings again(dir.path());
        QCOMPARE(again.interfaceLanguage(), QStringLiteral("pt_BR"));
        QCOMPARE(again.autoLockMinutes(), 12);
        QCOMPARE(again.formLanguage(), QStringLiteral("es"));
        QVERIFY(QFile::exists(WorkspaceSettings::filePath(dir.path())));
        QCOMPARE(WorkspaceSettings(other.path()).autoLockMinutes(),
                 WorkspaceSettings::kDefaultAutoLockMinutes);
    }

    void refusesNonsense()
    {
        QTemporaryDir dir;
        WorkspaceSettings s(dir.path());
        s.setAutoLockMinutes(-3);
        QCOMPARE(s.autoLockMinutes(), 0);
        s.setAutoLockMinutes(100000);
        QCOMPARE(s.autoLockMinutes(), WorkspaceSettings::kMaxAutoLockMinutes);
        s.setFormLanguage(QStringLiteral("klingon"));
        QCOMPARE(s.formLanguage(), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceSettings)
#include "tst_workspacesettings.moc"
