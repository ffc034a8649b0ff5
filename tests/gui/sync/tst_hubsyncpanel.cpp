// The Sync view's hub section, fed the agent's statuses as the agent would
// send them: one sentence of state that follows each state and what waits to
// be sent, the progress bar during transfers, the approval, the clock, the
// recent syncs, the automatic switch; the USB steps stay, and the hub's
// address waits in the details.
#include "common/Language.h"
#include "ProjectTestKit.h"
#include "store/RecordStore.h"
#include "sync/SyncStore.h"
#include "TestWorkspace.h"
#include "ui/sync/HubSyncPanel.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncPage.h"

#include <QCheckBox>
#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

using namespace vigia;

namespace {
const QString kHub = QStringLiteral("https://hub.example.org");

SyncAgent::Status status(SyncAgent::State state, const QString &message = {})
{
    SyncAgent::Status s;
    s.state = state;
    s.message = message;
    return s;
}

// A plural of the hub's texts as the interface says it: English plurals
// come from the translations, like every other language's.
QString plural(const char *source, int n)
{
    return QCoreApplication::translate("vigia::SyncStatusText", source, nullptr, n);
}

template <typename T> T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

bool finalize(Workspace &ws, int n)
{
    for (int i = 0; i < n; ++i) {
        auto id = ws.records().create(QStringLiteral("f"), QStringLiteral("1"),
                                      {{QStringLiteral("a"), QStringLiteral("finding %1").arg(i)}});
        if (!id || !ws.records().finalize(id.value()))
            return false;
    }
    return true;
}

// A researcher in a project whose manifest names a hub.
struct Member
{
    test::TestWorkspace coordinator{{}, Role::Coordinator};
    test::TestWorkspace ana;
    QString error = projecttest::enrol(*coordinator, *ana);
};
} // namespace

class tst_HubSyncPanel : public QObject
{
    Q_OBJECT

private slots:
    // English plurals come from the English translation.
    void initTestCase() { Language::install(QStringLiteral("en")); }

    void shownWhenTheProjectHasAHub()
    {
        test::TestWorkspace alone;
        QVERIFY2(alone.isValid(), qPrintable(alone.error()));
        SyncPage nothing(*alone);
        QVERIFY(!nothing.hubPanel()->isVisibleTo(&nothing));

        // A project on USB sticks only has no hub to speak of.
        test::TestWorkspace usb({}, Role::Coordinator);
        QVERIFY(ProjectAdmin(*usb).create(QStringLiteral("Sur"), QStringLiteral("BR"), QString()));
        SyncPage usbPage(*usb);
        QVERIFY(!usbPage.hubPanel()->isVisibleTo(&usbPage));

        Member m;
        QCOMPARE(m.error, QString());
        SyncPage page(*m.ana);
        QVERIFY(page.hubPanel()->isVisibleTo(&page));
        // The USB steps stay for the days without a network.
        QVERIFY(child<QPushButton>(page, "exportChanges")->isVisibleTo(&page));
        QVERIFY(child<QPushButton>(page, "importReceipt")->isVisibleTo(&page));
        // The address is a detail.
        auto *address = child<QLabel>(page, "hubAddress");
        QVERIFY(address);
        QCOMPARE(address->text(), kHub);
        QVERIFY(!address->isVisibleTo(&page));
        QVERIFY(!page.hubPanel()->sentence().contains(kHub));
    }

    void theSentenceFollowsTheAgentsStates()
    {
        using State = SyncAgent::State;
        Member m;
        QCOMPARE(m.error, QString());
        SyncPage page(*m.ana);
        HubSyncPanel *hub = page.hubPanel();
        auto *progress = child<QProgressBar>(*hub, "hubProgress");
        QVERIFY(progress);

        SyncAgent::Status idle = status(State::Idle);
        idle.lastSuccess = QDateTime::currentSecsSinceEpoch() - 5 * 60 - 10;
        hub->setStatus(idle, false);
        QCOMPARE(hub->sentence(),
                 QStringLiteral("All changes sent · last sync ") + plural("%n minute(s) ago", 5));
        QVERIFY(!progress->isVisibleTo(hub));

        hub->setStatus(status(State::Connecting), false);
        QCOMPARE(hub->sentence(), QStringLiteral("Connecting to the hub…"));
        QVERIFY(!progress->isVisibleTo(hub));

        SyncAgent::Status sending = status(State::Sending);
        sending.done = 250;
        sending.total = 1000;
        hub->setStatus(sending, false);
        QCOMPARE(hub->sentence(), QStringLiteral("Sending your changes to the hub…"));
        QVERIFY(progress->isVisibleTo(hub));
        QCOMPARE(progress->value() * 4, progress->maximum());
        // Fetching before the listing says how many: a busy bar.
        hub->setStatus(status(State::Fetching), false);
        QCOMPARE(hub->sentence(), QStringLiteral("Receiving changes from the hub…"));
        QVERIFY(progress->isVisibleTo(hub));
        QCOMPARE(progress->maximum(), 0);

        // Work finalized meanwhile is counted in the next state.
        QVERIFY(finalize(*m.ana, 12));
        SyncAgent::Status offline = status(State::Offline, QStringLiteral("No route."));
        offline.lastSuccess = idle.lastSuccess;
        hub->setStatus(offline, false);
        QCOMPARE(hub->sentence(), QStringLiteral("Waiting for a connection · 12 records to send"));
        QVERIFY(!progress->isVisibleTo(hub));
        hub->setStatus(idle, false);
        QCOMPARE(hub->sentence(), QStringLiteral("Connected to the hub · 12 records to send"));

        hub->setStatus(status(State::Error, QStringLiteral("The hub answered 500.")), false);
        QCOMPARE(hub->sentence(), QStringLiteral("Sync failed: The hub answered 500."));

        SyncAgent::Status off = status(State::Disabled);
        off.automatic = false;
        hub->setStatus(off, false);
        QCOMPARE(hub->sentence(), QStringLiteral("Automatic sync is off · 12 records to send"));
        QVERIFY(!child<QCheckBox>(*hub, "hubAutomatic")->isChecked());
    }

    // Joined by code, not yet approved: the hub refuses the session, which
    // the agent reports as an error; people read that they are waiting.
    void waitingForTheCoordinatorsApproval()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace bea;
        QCOMPARE(projecttest::enrol(*coordinator, *bea, false), QString());
        QVERIFY(SyncStore(bea->database()).setValue(SyncStore::kHubUrl, kHub));
        QVERIFY(SyncController::isAwaitingApproval(*bea));
        SyncPage page(*bea);
        HubSyncPanel *hub = page.hubPanel();
        QVERIFY(hub->isVisibleTo(&page));
        hub->setStatus(
            status(SyncAgent::State::Error,
                   QStringLiteral("Waiting for the coordinator to approve this device.")),
            SyncController::isAwaitingApproval(*bea));
        QCOMPARE(hub->sentence(), QStringLiteral("Waiting for the coordinator's approval"));

        Member m;
        QCOMPARE(m.error, QString());
        QVERIFY(!SyncController::isAwaitingApproval(*m.ana));
    }

    void aClockFarOffIsSaidInWords()
    {
        Member m;
        QCOMPARE(m.error, QString());
        SyncPage page(*m.ana);
        HubSyncPanel *hub = page.hubPanel();
        SyncAgent::Status s = status(SyncAgent::State::Idle);
        s.clockSkewSeconds = 15 * 60;
        hub->setStatus(s, false);
        QCOMPARE(hub->clockWarning(),
                 plural("This computer's clock is %n minute(s) fast. Set the right time in the "
                        "system settings: Vigia dates your records with it.",
                        15));
        s.clockSkewSeconds = -3 * 3600;
        hub->setStatus(s, false);
        QCOMPARE(hub->clockWarning(),
                 plural("This computer's clock is %n hour(s) slow. Set the right time in the "
                        "system settings: Vigia dates your records with it.",
                        3));
        // Within ten minutes nobody needs to hear about it.
        s.clockSkewSeconds = 9 * 60;
        hub->setStatus(s, false);
        QCOMPARE(hub->clockWarning(), QString());
    }

    void recentSyncsAreListedNewestFirst()
    {
        Member m;
        QCOMPARE(m.error, QString());
        SyncPage page(*m.ana);
        auto *log = child<QListWidget>(page, "hubLog");
        QVERIFY(log);
        QCOMPARE(log->count(), 1);
        QCOMPARE(log->item(0)->text(), QStringLiteral("No sync yet."));

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        SyncStore store(m.ana->database());
        QVERIFY(store.appendLog({now - 120, now - 110, true, 2, 1, 0, {}}));
        QVERIFY(store.appendLog(
            {now - 60, now - 50, false, 0, 0, 0, QStringLiteral("The hub could not be reached.")}));
        page.refresh();
        QCOMPARE(log->count(), 2);
        QVERIFY2(log->item(0)->text().endsWith(
                     QStringLiteral(" · failed: The hub could not be reached.")),
                 qPrintable(log->item(0)->text()));
        const QString done =
            QStringLiteral(" · %1, %2")
                .arg(plural("%n bundle(s) sent", 2), plural("%n bundle(s) received", 1));
        QVERIFY2(log->item(1)->text().endsWith(done), qPrintable(log->item(1)->text()));
    }

    // The switch goes to the controller, which keeps the choice; without an
    // agent running it writes it itself.
    void theSwitchTurnsAutomaticSyncOff()
    {
        Member m;
        QCOMPARE(m.error, QString());
        SyncPage page(*m.ana);
        HubSyncPanel *hub = page.hubPanel();
        auto *automatic = child<QCheckBox>(*hub, "hubAutomatic");
        auto *syncNow = child<QPushButton>(*hub, "hubSyncNow");
        QVERIFY(automatic && syncNow);
        // Nothing to drive yet.
        QVERIFY(!automatic->isEnabled());
        QVERIFY(!syncNow->isEnabled());

        SyncController controller(*m.ana); // never started: no network here
        page.setSyncController(&controller);
        QVERIFY(!controller.isRunning());
        QVERIFY(automatic->isEnabled() && syncNow->isEnabled());
        QVERIFY(automatic->isChecked());
        automatic->click();
        QCOMPARE(SyncStore(m.ana->database()).value(SyncStore::kAutomatic).value(),
                 QStringLiteral("0"));
        QVERIFY(!controller.status().automatic);
        QVERIFY(!automatic->isChecked());
        QCOMPARE(hub->sentence(), QStringLiteral("Automatic sync is off"));
        // While a pass runs, Sync now has nothing to add.
        hub->setStatus(status(SyncAgent::State::Sending), false);
        QVERIFY(!syncNow->isEnabled());
        page.setSyncController(nullptr);
    }
};

QTEST_MAIN(tst_HubSyncPanel)
#include "tst_hubsyncpanel.moc"
