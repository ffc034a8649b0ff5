// Joining a project in the app with the code a coordinator reads out, against
// a real hub on loopback: the dialog joins (off the GUI thread: the window
// keeps answering while a slow hub takes its time), the workspace pins the
// project and the join request waits on the hub; a wrong code or a hub that
// cannot be reached is said in words, keeps what was typed and joins
// nothing; and the Sync page offers it, refreshes after it and lets the
// sync agent start.
#include "common/Language.h"
#include "FaultProxy.h"
#include "HubFixture.h"
#include "ModalHelper.h"
#include "project/ProjectAdmin.h"
#include "project/ProjectStore.h"
#include "store/Workspace.h"
#include "sync/HubConnection.h"
#include "sync/HubProjectAdmin.h"
#include "SyncTestKit.h"
#include "TestWorkspace.h"
#include "ui/sync/HubSyncPanel.h"
#include "ui/sync/JoinByCodeDialog.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace vigia;

namespace {
constexpr int kJoinMs = 20000;

// A coordinator whose project is registered on `hub`; empty on success.
QString registerProject(test::HubFixture &hub, Workspace &coordinator)
{
    const QString url = hub.url(QString()).toString();
    auto created =
        ProjectAdmin(coordinator).create(QStringLiteral("Frontera Sur"), QStringLiteral("BR"), url);
    if (!created)
        return created.error().message();
    HubConnection connection(HubConnection::Options{QUrl(url), {}, 10000});
    if (Status s = HubProjectAdmin(coordinator, connection)
                       .registerProject(QString::fromLatin1(hub.projectToken()));
        !s)
        return s.error().message();
    return {};
}

QString inviteCode(test::HubFixture &hub, Workspace &coordinator)
{
    HubConnection connection(HubConnection::Options{hub.url(QString()), {}, 10000});
    auto code = HubProjectAdmin(coordinator, connection).createInvitation(3600);
    return code ? code.value() : QString();
}

QList<JoinRequest> waiting(test::HubFixture &hub, Workspace &coordinator)
{
    HubConnection connection(HubConnection::Options{hub.url(QString()), {}, 10000});
    auto requests = HubProjectAdmin(coordinator, connection).pendingRequests();
    return requests ? requests.value() : QList<JoinRequest>{};
}

bool inAProject(Workspace &ws)
{
    auto loaded = ProjectStore(ws.database()).load();
    return loaded && loaded.value().has_value();
}

QString text(const QWidget &w, const char *name)
{
    auto *label = w.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("(no %1)").arg(QLatin1String(name));
}

// A port nothing listens on.
QString deadHub()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return {};
    return QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
}

} // namespace

class tst_JoinByCodeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<vigia::SyncReport>();
        Language::install(QStringLiteral("en"));
    }

    void joinsWithTheCodeOffTheGuiThread()
    {
        test::HubFixture hub(synctest::SyncWorld::quietConfig());
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        test::TestWorkspace coordinator({}, Role::Coordinator);
        QCOMPARE(registerProject(hub, *coordinator), QString());
        const QString code = inviteCode(hub, *coordinator);
        QVERIFY(!code.isEmpty());
        // A slow link: every piece waits, so the join takes a while.
        test::FaultProxy proxy(quint16(hub.url(QString()).port()));
        QVERIFY(proxy.start());
        test::FaultProxy::Plan slow;
        slow.delayMs = 150;
        proxy.setPlan(slow, false);
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());

        test::TestWorkspace ana;
        JoinByCodeDialog dialog(*ana);
        dialog.show();
        QSignalSpy finished(&dialog, &JoinByCodeDialog::joinFinished);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        // As heard on the phone: lower case, spaces instead of dashes.
        QString typed = code.toLower();
        typed.replace(QLatin1Char('-'), QLatin1Char(' '));
        QVERIFY(dialog.join(url, typed));

        // Running, not done: the GUI thread is free meanwhile.
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.hasJoined());
        QVERIFY(finished.isEmpty());
        auto *joinButton = dialog.findChild<QPushButton *>(QStringLiteral("joinButton"));
        auto *close = dialog.findChild<QPushButton *>(QStringLiteral("joinClose"));
        QVERIFY(joinButton && close);
        QVERIFY(!joinButton->isEnabled());
        QVERIFY(!close->isEnabled());
        QVERIFY(!dialog.join(url, typed)); // one at a time
        dialog.reject();                   // closing waits for the answer
        QVERIFY(dialog.isVisible());
        QVERIFY(finished.wait(kJoinMs));
        QVERIFY2(ticks > 10, qPrintable(QString::number(ticks)));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(dialog.hasJoined(), qPrintable(dialog.message()));

        // What to read to the coordinator, and what comes next.
        QCOMPARE(dialog.projectName(), QStringLiteral("Frontera Sur"));
        QCOMPARE(text(dialog, "joinedProject"), QStringLiteral("Joined the project Frontera Sur."));
        QVERIFY(text(dialog, "joinReadFingerprint").contains(QStringLiteral("fingerprint")));
        QCOMPARE(dialog.deviceFingerprint(), ana->fingerprint());
        QCOMPARE(text(dialog, "joinDeviceFingerprint").simplified(),
                 ana->fingerprint().simplified());
        QVERIFY(text(dialog, "joinApprovalNext").contains(QStringLiteral("next sync")));
        QVERIFY(close->isEnabled());

        // The project is pinned here and the request waits on the hub.
        auto state = ProjectStore(ana->database()).load();
        QVERIFY(state && state.value());
        QCOMPARE(state.value()->projectId,
                 ProjectStore(coordinator->database()).load().value()->projectId);
        const QList<JoinRequest> requests = waiting(hub, *coordinator);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().deviceId, ana->deviceId().toRfc4122());
        QCOMPARE(requests.first().fingerprint(), dialog.deviceFingerprint());
        close->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void aWrongCodeOrHubJoinsNothing()
    {
        test::HubFixture hub(synctest::SyncWorld::quietConfig());
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        test::TestWorkspace coordinator({}, Role::Coordinator);
        QCOMPARE(registerProject(hub, *coordinator), QString());
        const QString url = hub.url(QString()).toString();
        test::TestWorkspace ana;
        JoinByCodeDialog dialog(*ana);
        dialog.show();
        QSignalSpy finished(&dialog, &JoinByCodeDialog::joinFinished);
        auto *codeField = dialog.findChild<QLineEdit *>(QStringLiteral("joinCode"));
        auto *urlField = dialog.findChild<QLineEdit *>(QStringLiteral("joinHubUrl"));
        auto *joinButton = dialog.findChild<QPushButton *>(QStringLiteral("joinButton"));
        QVERIFY(codeField && urlField && joinButton);

        // A well-formed code the hub never made.
        const QString wrong = QStringLiteral("0000-0000-0000-0000-0000-0");
        QVERIFY(dialog.join(url, wrong));
        QVERIFY(finished.wait(kJoinMs));
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(!dialog.hasJoined());
        QVERIFY(dialog.messageIsError());
        QVERIFY(!dialog.message().isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(codeField->text(), wrong);
        QCOMPARE(urlField->text(), url);
        QVERIFY(joinButton->isEnabled());
        QVERIFY(!inAProject(*ana));

        // Not a code at all.
        QVERIFY(dialog.join(url, QStringLiteral("hello")));
        QVERIFY(finished.wait(kJoinMs));
        QVERIFY(dialog.message().contains(QStringLiteral("not an invitation code")));
        QVERIFY(!inAProject(*ana));

        // Not an address: refused before anything starts.
        QVERIFY(!dialog.join(QStringLiteral("hub.example"), wrong));
        QVERIFY(dialog.messageIsError());
        QVERIFY(dialog.message().contains(QStringLiteral("not a hub address")));
        QVERIFY(!dialog.join(url, wrong, QStringLiteral("abc")));
        QVERIFY(dialog.message().contains(QStringLiteral("64 hexadecimal")));

        // Nobody answers there.
        const QString dead = deadHub();
        QVERIFY(!dead.isEmpty());
        const QString code = inviteCode(hub, *coordinator);
        QVERIFY(!code.isEmpty());
        QVERIFY(dialog.join(dead, code));
        QVERIFY(finished.wait(kJoinMs));
        QVERIFY(!dialog.hasJoined());
        QVERIFY(dialog.messageIsError());
        QVERIFY(!inAProject(*ana));
        QCOMPARE(codeField->text(), code);
        QVERIFY(waiting(hub, *coordinator).isEmpty());

        // And the code still works where it belongs.
        QVERIFY(dialog.join(url, code));
        QVERIFY(finished.wait(kJoinMs));
        QVERIFY2(dialog.hasJoined(), qPrintable(dialog.message()));
        QCOMPARE(waiting(hub, *coordinator).size(), 1);
    }

    void theSyncPageOffersItAndStartsTheAgent()
    {
        test::HubFixture hub(synctest::SyncWorld::quietConfig());
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        test::TestWorkspace coordinator({}, Role::Coordinator);
        QCOMPARE(registerProject(hub, *coordinator), QString());
        const QString code = inviteCode(hub, *coordinator);
        QVERIFY(!code.isEmpty());

        test::TestWorkspace ana;
        SyncController controller(*ana, synctest::SyncWorld::quietAgent());
        SyncPage page(*ana);
        page.setSyncController(&controller);
        page.show();
        controller.start();
        QVERIFY(!controller.isRunning()); // no project, no hub yet
        QCOMPARE(page.currentStep(), 1);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("joinByCode"));
        QVERIFY(button);
        QVERIFY(button->isVisible() && button->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("Jo&in with a code…"));

        bool joined = false;
        QCOMPARE(test::answerModal([button] { button->click(); },
                                   [&](QWidget *w) {
                                       auto *dialog = qobject_cast<JoinByCodeDialog *>(w);
                                       if (!dialog)
                                           return;
                                       if (dialog->join(hub.url(QString()).toString(), code))
                                           QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kJoinMs);
                                       joined = dialog->hasJoined();
                                       // The page followed already, behind the dialog.
                                       if (joined)
                                           QVERIFY(controller.isRunning());
                                       if (auto *close = dialog->findChild<QPushButton *>(
                                               QStringLiteral("joinClose")))
                                           close->click();
                                   }),
                 QString());
        QVERIFY(joined);
        QCOMPARE(page.currentStep(), 2);
        QVERIFY(page.statusText().contains(QStringLiteral("Frontera Sur")));
        QVERIFY(controller.isRunning());
        QVERIFY(controller.awaitingApproval());
        QVERIFY(page.hubPanel()->isVisible());
        // Joined: the step is done, its buttons wait.
        QVERIFY(!button->isEnabled());
    }
};

QTEST_MAIN(tst_JoinByCodeDialog)
#include "tst_joinbycodedialog.moc"
