#include "common/Language.h"
#include "common/PseudoTranslator.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "TestWorkspace.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SettingsPage.h"
#include "VisibleTexts.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace vigia;

class tst_SettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::install(QStringLiteral("en")); }

    void interfaceLanguageSwitchesLiveAndPersists()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(MainWindow::SettingsView);
        auto *combo = w.findChild<QComboBox *>(QStringLiteral("interfaceLanguage"));
        QVERIFY(combo);
        QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
        combo->setFocus();
        combo->setCurrentIndex(combo->findData(QStringLiteral("pt_BR")));
        QCOMPARE(QLocale().language(), QLocale::Portuguese);
        QCOMPARE(WorkspaceSettings(ws.path()).interfaceLanguage(), QStringLiteral("pt_BR"));
        // The navigation's existing strings are translated already.
        QTRY_COMPARE(w.findChild<QListWidget *>(QStringLiteral("navigation"))->item(1)->text(),
                     QCoreApplication::translate("vigia::MainWindow", "Codebook"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        QCOMPARE(WorkspaceSettings(ws.path()).interfaceLanguage(), QStringLiteral("en"));
    }

    void everyVisibleTextIsRetranslated_data()
    {
        QTest::addColumn<int>("page");
        QTest::newRow("sync") << int(MainWindow::SyncView);
        QTest::newRow("settings") << int(MainWindow::SettingsView);
        QTest::newRow("lock screen") << -1;
    }

    void everyVisibleTextIsRetranslated()
    {
        QFETCH(int, page);
        test::TestWorkspace ws;
        MainWindow w(*ws);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        if (page < 0)
            w.lock();
        else
            w.showPage(MainWindow::Page(page));
        const auto english = test::visibleTexts(&w);
        QVERIFY(english.size() > 3);

        Language::install(Language::kPseudo);
        QTRY_VERIFY(w.windowTitle().startsWith(QLatin1Char('[')));
        const QStringList problems = test::untranslated(&w);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QStringList unnamed = test::unnamedInputs(&w);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
        // Every English text changed (the switch reached every widget).
        const auto pseudo = test::visibleTexts(&w);
        for (const auto &[where, text] : english) {
            for (const auto &[where2, text2] : pseudo) {
                if (where == where2)
                    QVERIFY2(text != text2, qPrintable(where + QStringLiteral(": ") + text));
            }
        }
        Language::install(QStringLiteral("en"));
        QTRY_COMPARE(test::visibleTexts(&w), english);
    }

    void autoLockAndFormLanguagePersist()
    {
        test::TestWorkspace ws;
        {
            WorkspaceSettings settings(ws.path());
            SettingsPage page(*ws, settings);
            page.show();
            QSignalSpy changed(&page, &SettingsPage::autoLockMinutesChanged);
            auto *minutes = page.findChild<QSpinBox *>(QStringLiteral("autoLockMinutes"));
            QCOMPARE(minutes->value(), WorkspaceSettings::kDefaultAutoLockMinutes);
            minutes->setFocus();
            QTest::keyClick(minutes, Qt::Key_Up);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(changed.first().first().toInt(),
                     WorkspaceSettings::kDefaultAutoLockMinutes + 1);
            QCOMPARE(WorkspaceSettings(ws.path()).autoLockMinutes(),
                     WorkspaceSettings::kDefaultAutoLockMinutes + 1);

            auto *forms = page.findChild<QComboBox *>(QStringLiteral("formLanguage"));
            forms->setCurrentIndex(forms->findData(QStringLiteral("es")));
            QCOMPARE(WorkspaceSettings(ws.path()).formLanguage(), QStringLiteral("es"));
        }
        // Saved with its MAC: after a restart the change holds, no reset.
        QVERIFY(ws.reopen());
        QVERIFY(!ws->takeAutoLockReset());
        QCOMPARE(ws->autoLockMinutes(), WorkspaceSettings::kDefaultAutoLockMinutes + 1);
    }

    void showsTheDeviceAndAbout()
    {
        test::TestWorkspace ws;
        WorkspaceSettings settings(ws.path());
        SettingsPage page(*ws, settings);
        auto *fingerprint = page.findChild<QLineEdit *>(QStringLiteral("fingerprint"));
        QVERIFY(fingerprint->isReadOnly());
        QCOMPARE(fingerprint->text(), ws->fingerprint());
        // Grouped hex: "a1b2 c3d4 …", easy to read aloud.
        QVERIFY(fingerprint->text().contains(QLatin1Char(' ')));
        QCOMPARE(fingerprint->text().section(QLatin1Char(' '), 0, 0).size(), 4);
        QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("deviceName"))->text(),
                 QStringLiteral("test device"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("about"))
                    ->text()
                    .contains(QStringLiteral("GPL-3")));
    }
};

QTEST_MAIN(tst_SettingsPage)
#include "tst_settingspage.moc"
