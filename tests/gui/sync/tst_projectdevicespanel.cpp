// The coordinator's devices list on the Sync page: role and fingerprint from
// the manifest, then DeviceOverview's last bundle, clock and bundles without
// a receipt, a clock far ahead flagged.

#include "db/Database.h"
#include "db/Statement.h"
#include "FakeProject.h"
#include "project/DeviceOverview.h"
#include "project/ProjectStore.h"
#include "store/RecordStore.h"
#include "ui/sync/ProjectDevicesPanel.h"

#include <QTest>
#include <QTreeWidget>

#include <sqlite3.h>

using namespace vigia;
using test::FakeProject;

namespace {
const QString kAlice = QStringLiteral("alice");

QTreeWidgetItem *rowNamed(QTreeWidget *list, const QString &name)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0) == name)
            return list->topLevelItem(i);
    return nullptr;
}
} // namespace

class TestProjectDevicesPanel : public QObject
{
    Q_OBJECT

private slots:
    void showsWhatArrivedAndTheClock()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        Workspace &coordinator = p.workspace(FakeProject::kCoordinator);
        QVERIFY(p.workspace(kAlice).records().create(QStringLiteral("incident"),
                                                     QStringLiteral("1"), {}, true));
        QCOMPARE(p.carry(kAlice, FakeProject::kCoordinator).size(), 1);

        auto manifest = ProjectStore(coordinator.database()).requireManifest();
        QVERIFY(manifest.ok());
        ProjectDevicesPanel panel;
        panel.setManifest(manifest.value(), p.deviceId(FakeProject::kCoordinator));
        auto overview = DeviceOverview(coordinator).devices();
        QVERIFY(overview.ok());
        panel.setOverview(overview.value());
        panel.show();
        auto *list = panel.findChild<QTreeWidget *>(QStringLiteral("projectDevices"));
        QVERIFY(list);
        QCOMPARE(list->columnCount(), 7);
        QCOMPARE(list->headerItem()->text(4), QStringLiteral("Last bundle"));

        QTreeWidgetItem *alice = rowNamed(list, kAlice);
        QVERIFY(alice);
        QVERIFY(!alice->text(2).isEmpty()); // fingerprint
        QVERIFY(!alice->text(4).isEmpty());
        QVERIFY(alice->text(4) != QStringLiteral("None yet"));
        QCOMPARE(alice->text(6), QStringLiteral("0"));
        QTreeWidgetItem *own = rowNamed(list, FakeProject::kCoordinator);
        QVERIFY(own);
        QCOMPARE(own->text(4), QStringLiteral("None yet"));

        // Alice's bundle written 25 minutes "after" it arrived: flagged.
        {
            Statement st(coordinator.database().handle(),
                         "UPDATE inbox SET received_at = ?1, created_hlc = ?2");
            const qint64 at = 1'800'000'000'000;
            st.bind(1, at).bind(2, (at + 25 * 60'000) << 16);
            QCOMPARE(st.run(), SQLITE_DONE);
        }
        panel.setOverview(DeviceOverview(coordinator).devices().value());
        const QString clock = rowNamed(list, kAlice)->text(5);
        QVERIFY2(clock.startsWith(QStringLiteral("25 minute")) &&
                     clock.endsWith(QStringLiteral("ahead")),
                 qPrintable(clock));
    }
};

QTEST_MAIN(TestProjectDevicesPanel)
#include "tst_projectdevicespanel.moc"
