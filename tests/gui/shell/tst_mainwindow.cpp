#include "Language.h"
#include "MainWindow.h"
#include "TestWorkspace.h"

#include <QLabel>
#include <QListWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::install(QStringLiteral("en")); }

    void showsThatThereIsNoWorkspace()
    {
        QTemporaryDir dir;
        MainWindow w(dir.filePath(QStringLiteral("none")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), QStringLiteral("Vigia"));
        auto *state = w.findChild<QLabel *>(QStringLiteral("workspaceState"));
        QVERIFY(state);
        QVERIFY(state->text().startsWith(QStringLiteral("No workspace in")));
        QVERIFY(w.findChild<QListWidget *>(QStringLiteral("navigation")));
        QVERIFY(
            !w.findChild<QListWidget *>(QStringLiteral("navigation"))->accessibleName().isEmpty());
    }

    void showsAnExistingWorkspaceAsLocked()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        MainWindow w(ws.path());
        auto *state = w.findChild<QLabel *>(QStringLiteral("workspaceState"));
        QVERIFY(state->text().contains(QStringLiteral("locked")));
    }

    void retranslatesLive()
    {
        QTemporaryDir dir;
        MainWindow w(dir.filePath(QStringLiteral("none")));
        auto *state = w.findChild<QLabel *>(QStringLiteral("workspaceState"));
        const QString english = state->text();
        QCOMPARE(Language::install(QStringLiteral("es")), QStringLiteral("es"));
        QTRY_VERIFY(state->text() != english);
        QVERIFY(state->text().startsWith(QStringLiteral("No hay")));
        Language::install(QStringLiteral("pt_BR"));
        QTRY_VERIFY(state->text().startsWith(QStringLiteral("Não há")));
        Language::install(QStringLiteral("en"));
        QTRY_COMPARE(state->text(), english);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
