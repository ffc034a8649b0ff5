// The app's sync against a real hub on loopback: the controller's agent
// runs its first pass on its own, a record finalized in the Records page
// wakes it, the record reaches the hub and the coordinator, and the status
// bar and the Sync view end at "All changes sent". Locking stops the agent;
// the unlock starts it again.
#include "common/Language.h"
#include "forms/FormJson.h"
#include "store/FormStore.h"
#include "SyncTestKit.h"
#include "ui/fields/RecordField.h"
#include "ui/records/RecordEditor.h"
#include "ui/records/RecordsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/HubSyncPanel.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncPage.h"
#include "ui/sync/SyncStatusIndicator.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace vigia;
using namespace vigia::synctest;

namespace {
constexpr int kPassMs = 30000;

const QByteArray kNoteForm = R"json({
  "format_version": 1,
  "settings": {"form_id": "note", "version": "1", "default_language": "en",
               "title": {"en": "Note"}},
  "survey": [{"type": "text", "name": "text", "label": {"en": "Text"}}],
  "choices": []
})json";

int records(Workspace &ws)
{
    return int(projecttest::count(ws, "SELECT count(*) FROM records WHERE deleted = 0"));
}
} // namespace

class tst_SyncWithHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<vigia::SyncReport>();
        Language::install(QStringLiteral("en"));
    }

    void aFinalizedRecordIsSentAndTheViewSaysSo()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        Workspace &ana = world.member(0);
        auto form = FormJson::read(kNoteForm, QStringLiteral("test"));
        QVERIFY(form && ana.forms().importDefinition(form.value()));

        SyncController controller(ana, SyncWorld::quietAgent());
        MainWindow w(ana);
        w.setSyncController(&controller);
        w.show();
        auto *indicator = w.findChild<SyncStatusIndicator *>(QStringLiteral("syncIndicator"));
        auto *page = w.findChild<SyncPage *>(QStringLiteral("syncPage"));
        QVERIFY(indicator && page);
        HubSyncPanel *hub = page->hubPanel();
        QVERIFY(!indicator->isVisible());

        // Unlocked in a project with a hub: the agent starts and syncs.
        QSignalSpy passes(&controller, &SyncController::passFinished);
        controller.start();
        QVERIFY(controller.isRunning());
        QVERIFY(indicator->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 1, kPassMs);
        QVERIFY2(passes.at(0).at(1).toBool(), qPrintable(passes.at(0).at(2).toString()));
        QTRY_COMPARE(indicator->text(), QStringLiteral("All changes sent"));
        const int heldBefore = world.hub.storedBundles(world.projectId);

        // A record finalized as people do it, in the editor.
        auto *recordsPage = w.findChild<RecordsPage *>(QStringLiteral("recordsPage"));
        QVERIFY(recordsPage);
        RecordEditor *editor = recordsPage->createRecord(QStringLiteral("note"));
        QVERIFY(editor && editor->isLoaded());
        QTest::keyClicks(editor->field(QStringLiteral("text"))->focusTarget(),
                         QStringLiteral("Seen at the market"));
        QVERIFY(editor->finalizeRecord());

        // The finalize alone wakes the agent: no timer runs in this test.
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 2, kPassMs);
        QVERIFY2(passes.at(1).at(1).toBool(), qPrintable(passes.at(1).at(2).toString()));
        QCOMPARE(passes.at(1).at(0).value<SyncReport>().bundlesSent, 1);
        QCOMPARE(world.hub.storedBundles(world.projectId), heldBefore + 1);
        QTRY_COMPARE(indicator->text(), QStringLiteral("All changes sent"));

        // The Sync view counts again as it opens: nothing is left to send.
        w.showPage(MainWindow::SyncView);
        QVERIFY(hub->isVisible());
        QTRY_COMPARE(hub->sentence(), QStringLiteral("All changes sent · last sync just now"));
        QVERIFY(SyncStore(ana.database()).sentOps().value() > 0);

        // And it arrived.
        QVERIFY(SyncWorld::pass(*world.coordinator));
        QCOMPARE(records(*world.coordinator), 1);
    }

    void lockingStopsTheAgentAndTheUnlockStartsIt()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        Workspace &ana = world.member(0);
        SyncController controller(ana, SyncWorld::quietAgent());
        MainWindow w(ana);
        w.setSyncController(&controller);
        w.show();
        auto *indicator = w.findChild<SyncStatusIndicator *>(QStringLiteral("syncIndicator"));
        QVERIFY(indicator);
        QSignalSpy passes(&controller, &SyncController::passFinished);
        controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 1, kPassMs);

        w.lock();
        QVERIFY(w.isLocked());
        QVERIFY(!controller.isRunning());
        QVERIFY(!indicator->isVisible());
        // A finalize meanwhile (vigiactl, say) starts nothing while locked.
        QCOMPARE(SyncWorld::finalize(ana, 1).size(), 1);
        controller.notifyChanged();
        controller.refresh();
        QVERIFY(!controller.isRunning());

        auto *field = w.findChild<QLineEdit *>(QStringLiteral("lockPassphrase"));
        QVERIFY(field && field->isVisible());
        QTest::keyClicks(field, QString::fromUtf8(test::TestWorkspace::kPassphrase));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(!w.isLocked());
        QVERIFY(controller.isRunning());
        QVERIFY(indicator->isVisible());
        // The agent's start is a trigger: the record finalized while locked goes.
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 2, kPassMs);
        QCOMPARE(passes.at(1).at(0).value<SyncReport>().bundlesSent, 1);
    }
};

QTEST_MAIN(tst_SyncWithHub)
#include "tst_syncwithhub.moc"
