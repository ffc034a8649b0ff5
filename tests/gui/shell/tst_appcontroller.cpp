#include "common/Language.h"
#include "ModalHelper.h"
#include "store/WorkspaceSettings.h"
#include "TestWorkspace.h"
#include "ui/setup/SetupWizard.h"
#include "ui/shell/AppController.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UnlockDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

class tst_AppController : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::install(QStringLiteral("en")); }

    void existingWorkspaceAsksForThePassphrase()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        ws.close();
        WorkspaceSettings(ws.path()).setInterfaceLanguage(QStringLiteral("es"));
        AppController app(ws.path(), QString());
        bool started = false;
        // The unlock runs the KDF in the background: the dialog closes later.
        QCOMPARE(test::answerModal(
                     [&] { started = app.start(); },
                     [](QWidget *w) {
                         auto *d = qobject_cast<UnlockDialog *>(w);
                         QVERIFY(d);
                         QCOMPARE(QLocale().language(), QLocale::Spanish);
                         d->findChild<QLineEdit *>(QStringLiteral("passphrase"))
                             ->setText(QString::fromUtf8(test::TestWorkspace::kPassphrase));
                         d->findChild<QAbstractButton *>(QStringLiteral("unlockButton"))->click();
                     }),
                 QString());
        QVERIFY(started);
        QVERIFY(app.window());
        QVERIFY(app.window()->isVisible());
        QCOMPARE(QLocale().language(), QLocale::Spanish);
    }

    void noWorkspaceRunsTheSetupAndQuittingStops()
    {
        QTemporaryDir tmp;
        AppController app(tmp.filePath(QStringLiteral("ws")), QStringLiteral("pt_BR"));
        bool started = true;
        QCOMPARE(test::answerModal([&] { started = app.start(); },
                                   [](QWidget *w) {
                                       auto *wizard = qobject_cast<SetupWizard *>(w);
                                       QVERIFY(wizard);
                                       wizard->reject();
                                   }),
                 QString());
        QVERIFY(!started);
        QVERIFY(!app.window());
        QCOMPARE(QLocale().language(), QLocale::Portuguese);
    }
};

QTEST_MAIN(tst_AppController)
#include "tst_appcontroller.moc"
