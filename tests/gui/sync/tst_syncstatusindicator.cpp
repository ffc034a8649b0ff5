// The status bar's sync indicator follows the agent's states, fed statuses
// as the agent would send them: offline, syncing n of m, all changes sent,
// an error with its reason in the tooltip; and it stays out of the status
// bar while no agent runs.
#include "common/Language.h"
#include "TestWorkspace.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncStatusIndicator.h"

#include <QStatusBar>
#include <QTest>

using namespace vigia;

namespace {
SyncAgent::Status status(SyncAgent::State state, qint64 done = 0, qint64 total = 0,
                         const QString &message = {})
{
    SyncAgent::Status s;
    s.state = state;
    s.done = done;
    s.total = total;
    s.message = message;
    return s;
}
} // namespace

class tst_SyncStatusIndicator : public QObject
{
    Q_OBJECT

private slots:
    // English plurals come from the English translation.
    void initTestCase() { Language::install(QStringLiteral("en")); }

    void followsTheAgentsStates()
    {
        using State = SyncAgent::State;
        SyncStatusIndicator indicator;
        indicator.setStatus(status(State::Offline, 0, 0, QStringLiteral("No route to the hub.")));
        QCOMPARE(indicator.text(), QStringLiteral("Offline"));
        QVERIFY(indicator.toolTip().contains(QStringLiteral("No route to the hub.")));

        indicator.setStatus(status(State::Connecting));
        QCOMPARE(indicator.text(), QStringLiteral("Syncing…"));
        // Bundles coming in are counted; bytes going out are a share.
        indicator.setStatus(status(State::Fetching, 3, 10));
        QCOMPARE(indicator.text(), QStringLiteral("Syncing 3 of 10"));
        indicator.setStatus(status(State::Sending, 250, 1000));
        QCOMPARE(indicator.text(), QStringLiteral("Syncing 25%"));

        indicator.setStatus(status(State::Idle));
        QCOMPARE(indicator.text(), QStringLiteral("All changes sent"));

        indicator.setStatus(
            status(State::Error, 0, 0, QStringLiteral("The hub refuses this device.")));
        QCOMPARE(indicator.text(), QStringLiteral("Sync error"));
        QCOMPARE(indicator.toolTip(), QStringLiteral("The hub refuses this device."));

        SyncAgent::Status off = status(State::Disabled);
        off.automatic = false;
        indicator.setStatus(off);
        QCOMPARE(indicator.text(), QStringLiteral("Sync off"));
    }

    // Before the coordinator approves, the hub refuses every session: that is
    // waiting, not an error.
    void waitingForApprovalIsNoError()
    {
        SyncStatusIndicator indicator;
        indicator.setStatus(status(SyncAgent::State::Error, 0, 0,
                                   QStringLiteral("Waiting for the coordinator to approve.")),
                            true);
        QCOMPARE(indicator.text(), QStringLiteral("Waiting for approval"));
        QVERIFY(indicator.toolTip().contains(QStringLiteral("approved")));
    }

    // A command line in the core's message means nothing in the app.
    void theReasonNamesNoCommandLine()
    {
        SyncStatusIndicator indicator;
        indicator.setStatus(status(SyncAgent::State::Error, 0, 0,
                                   QStringLiteral("The project names no hub. Set one with "
                                                  "'vigiactl sync --hub URL' or in the Sync "
                                                  "view.")));
        QCOMPARE(indicator.toolTip(), QStringLiteral("The project names no hub."));
    }

    void isInTheStatusBarOnlyWhileAnAgentRuns()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        MainWindow w(*ws);
        w.show();
        auto *indicator =
            w.statusBar()->findChild<SyncStatusIndicator *>(QStringLiteral("syncIndicator"));
        QVERIFY(indicator);
        QVERIFY(!indicator->isVisible());
        // No project, so no hub: the controller starts nothing.
        SyncController controller(*ws);
        w.setSyncController(&controller);
        controller.start();
        QVERIFY(!controller.isRunning());
        QVERIFY(!indicator->isVisible());
        // Its statuses reach the indicator all the same.
        emit controller.statusChanged(status(SyncAgent::State::Fetching, 1, 4));
        QCOMPARE(indicator->text(), QStringLiteral("Syncing 1 of 4"));
        emit controller.runningChanged(true);
        QVERIFY(indicator->isVisible());
        w.setSyncController(nullptr);
    }
};

QTEST_MAIN(tst_SyncStatusIndicator)
#include "tst_syncstatusindicator.moc"
