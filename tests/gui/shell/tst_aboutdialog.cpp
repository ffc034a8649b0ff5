#include "common/Language.h"
#include "TestWorkspace.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QTest>
#include <QTreeWidget>

#include <sodium.h>
#include <sqlite3.h>
#include <zstd.h>

using namespace vigia;

class tst_AboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7")); }
    void cleanup() { Language::install(QStringLiteral("en")); }

    // The version, the licence by its SPDX name, and every library with the
    // version loaded at run time, as a bug report needs them.
    void showsVersionLicenceAndLibraries()
    {
        AboutDialog dialog;
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("aboutTitle"))
                    ->text()
                    .contains(QStringLiteral("9.8.7")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("aboutLicence"))
                    ->text()
                    .contains(QStringLiteral("GPL-3.0-or-later")));
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("runtimeVersions"));
        QVERIFY(list);
        QHash<QString, QString> shown;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            shown.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));
        QCOMPARE(shown.value(QStringLiteral("Qt")), QString::fromLatin1(qVersion()));
        QCOMPARE(shown.value(QStringLiteral("SQLite")), QString::fromLatin1(sqlite3_libversion()));
        QCOMPARE(shown.value(QStringLiteral("libsodium")),
                 QString::fromLatin1(sodium_version_string()));
        QCOMPARE(shown.value(QStringLiteral("zstd")), QString::fromLatin1(ZSTD_versionString()));
    }

    void followsTheInterfaceLanguage()
    {
        AboutDialog dialog;
        Language::install(QStringLiteral("es"));
        // QApplication posts the LanguageChange events.
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Acerca de Vigia"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("aboutLicence"))
                    ->text()
                    .contains(QStringLiteral("GPL-3.0-or-later")));
    }

    void helpMenuOpensIt()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *about = w.findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        QCOMPARE(about->text(), QStringLiteral("&About Vigia"));
        about->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<QDialog *>(QStringLiteral("aboutDialog"))) &&
                    dialog->isVisible());
        dialog->close();
    }
};

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
