// The coordinator's devices list on the Sync page: role and fingerprint from
// the manifest, then DeviceOverview's last bundle, clock and bundles without
// a receipt, a clock far ahead flagged; the join requests waiting, the
// chosen one's fingerprint large and grouped, approved or revoked from there.

#include "crypto/DeviceKeys.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "FakeProject.h"
#include "project/DeviceOverview.h"
#include "project/ProjectStore.h"
#include "store/RecordStore.h"
#include "ui/sync/FingerprintLabel.h"
#include "ui/sync/ProjectDevicesPanel.h"

#include <QPushButton>

#include <QTest>
#include <QTreeWidget>

#include <sqlite3.h>

using namespace vigia;
using test::FakeProject;

namespace {
const QString kAlice = QStringLiteral("alice");

JoinRequest requestOf(const QString &name, const DeviceKeys &device, const char *role)
{
    JoinRequest r;
    r.projectId = QUuid::createUuid().toRfc4122();
    r.deviceId = device.deviceId.toRfc4122();
    r.name = name;
    r.role = QString::fromLatin1(role);
    r.signPk = device.signPublicKey;
    r.boxPk = device.boxPublicKey;
    return r;
}

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

    void pendingRequestsToCompareAndApprove()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        auto manifest =
            ProjectStore(p.workspace(FakeProject::kCoordinator).database()).requireManifest();
        QVERIFY(manifest.ok());
        ProjectDevicesPanel panel;
        panel.setManifest(manifest.value(), p.deviceId(FakeProject::kCoordinator));
        panel.show();
        auto *pending = panel.findChild<QTreeWidget *>(QStringLiteral("pendingRequests"));
        auto *fingerprint =
            panel.findChild<FingerprintLabel *>(QStringLiteral("pendingFingerprint"));
        auto *approve = panel.findChild<QPushButton *>(QStringLiteral("approveRequest"));
        QVERIFY(pending && fingerprint && approve);
        QVERIFY(!pending->isVisible()); // nobody waiting

        const DeviceKeys bruno = DeviceKeys::generate(QUuid::createUuid());
        const DeviceKeys carla = DeviceKeys::generate(QUuid::createUuid());
        panel.setPendingRequests({requestOf(QStringLiteral("Bruno - tablet"), bruno, "researcher"),
                                  requestOf(QStringLiteral("Carla"), carla, "coordinator")});
        QVERIFY(pending->isVisible());
        QCOMPARE(pending->topLevelItemCount(), 2);
        QCOMPARE(pending->topLevelItem(1)->text(1), QStringLiteral("Coordinator"));
        // The first group in the list; all eight, on two lines, below it.
        QCOMPARE(pending->topLevelItem(0)->text(2), bruno.fingerprint().section(u' ', 0, 0));
        QCOMPARE(fingerprint->text().split(u'\n').size(), 2);
        QCOMPARE(fingerprint->text().simplified(), bruno.fingerprint());
        pending->setCurrentItem(pending->topLevelItem(1));
        QCOMPARE(fingerprint->text().simplified(), carla.fingerprint());
        QVERIFY(fingerprint->font().pointSizeF() > panel.font().pointSizeF());

        QList<QByteArray> approved;
        connect(&panel, &ProjectDevicesPanel::approveRequested, this,
                [&approved](const JoinRequest &r) { approved << r.deviceId; });
        approve->click();
        QCOMPARE(approved, QList<QByteArray>{carla.deviceId.toRfc4122()});

        // Revoking a member still works beside them.
        QList<QByteArray> revoked;
        connect(&panel, &ProjectDevicesPanel::revokeRequested, this,
                [&revoked](const QByteArray &id) { revoked << id; });
        auto *list = panel.findChild<QTreeWidget *>(QStringLiteral("projectDevices"));
        list->setCurrentItem(rowNamed(list, kAlice));
        panel.findChild<QPushButton *>(QStringLiteral("revokeDevice"))->click();
        QCOMPARE(revoked, QList<QByteArray>{p.deviceId(kAlice)});

        panel.setPendingRequests({});
        QVERIFY(!pending->isVisible());
        QVERIFY(!approve->isVisible());
    }
};

QTEST_MAIN(TestProjectDevicesPanel)
#include "tst_projectdevicespanel.moc"
