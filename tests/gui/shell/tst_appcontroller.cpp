#include "AppController.h"
#include "Language.h"
#include "MainWindow.h"
#include "SetupWizard.h"
#include "TestWorkspace.h"
#include "UnlockDialog.h"
#include "WorkspaceSettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vigia;

namespace {
// Runs `act` on the modal dialog of type T once it is shown.
template <typename T, typename Fn> void whenShown(Fn act)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        }
    });
    poll->start();
}
} // namespace

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
        whenShown<UnlockDialog>([](UnlockDialog *d) {
            QCOMPARE(QLocale().language(), QLocale::Spanish);
            d->findChild<QLineEdit *>(QStringLiteral("passphrase"))
                ->setText(QString::fromUtf8(test::TestWorkspace::kPassphrase));
            d->findChild<QAbstractButton *>(QStringLiteral("unlockButton"))->click();
        });
        AppController app(ws.path(), QString());
        QVERIFY(app.start());
        QVERIFY(app.window());
        QVERIFY(app.window()->isVisible());
        QCOMPARE(QLocale().language(), QLocale::Spanish);
    }

    void noWorkspaceRunsTheSetupAndQuittingStops()
    {
        QTemporaryDir tmp;
        whenShown<SetupWizard>([](SetupWizard *w) { w->reject(); });
        AppController app(tmp.filePath(QStringLiteral("ws")), QStringLiteral("pt_BR"));
        QVERIFY(!app.start());
        QVERIFY(!app.window());
        QCOMPARE(QLocale().language(), QLocale::Portuguese);
    }
};

QTEST_MAIN(tst_AppController)
#include "tst_appcontroller.moc"
