// DeviceOverview: per device of the manifest, the last bundle received from
// it, its clock skew (flagged past ten minutes ahead) and the bundles sent to
// it that no receipt of it acknowledged yet.

#include "FakeProject.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "forms/FormJson.h"
#include "project/DeviceOverview.h"
#include "store/FormPublication.h"
#include "store/FormStore.h"
#include "store/RecordStore.h"

#include <QTest>

#include <sqlite3.h>

using namespace vigia;
using test::FakeProject;

namespace {
const QString kAlice = QStringLiteral("alice");
const QString &kCoordinator = FakeProject::kCoordinator;

DeviceOverview::Device find(Workspace &ws, const QByteArray &id)
{
    auto devices = DeviceOverview(ws).devices();
    if (!devices)
        qWarning() << devices.error().message();
    for (const DeviceOverview::Device &d : devices.value())
        if (d.id == id)
            return d;
    return {};
}

bool setReception(Workspace &ws, qint64 receivedAt, qint64 createdMs)
{
    Statement st(ws.database().handle(), "UPDATE inbox SET received_at = ?1, created_hlc = ?2");
    st.bind(1, receivedAt).bind(2, createdMs << 16);
    return st.run() == SQLITE_DONE;
}

bool publishForm(Workspace &ws)
{
    auto form = FormJson::read(QByteArrayLiteral(R"({"format_version": 1,
            "settings": {"form_id": "visit", "version": "1", "title": {"en": "Visit"}},
            "survey": [{"type": "text", "name": "place", "label": {"en": "Place"}}]})"),
                               QStringLiteral("test"));
    return form && ws.forms().importDefinition(form.value()) &&
           FormPublication(ws.database(), ws.oplog(), ws.forms(), ws.role())
               .publish(QStringLiteral("visit"))
               .ok();
}
} // namespace

class TestDeviceOverview : public QObject
{
    Q_OBJECT

private slots:
    void lastBundleAndSkew()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        Workspace &coordinator = p.workspace(kCoordinator);
        const QByteArray alice = p.deviceId(kAlice);

        DeviceOverview::Device d = find(coordinator, alice);
        QCOMPARE(d.id, alice);
        QCOMPARE(d.name, kAlice);
        QCOMPARE(d.role, Role::Researcher);
        QVERIFY(!d.fingerprint.isEmpty());
        QCOMPARE(d.lastBundleAt, 0);
        QVERIFY(!d.clockAhead);

        QVERIFY(p.workspace(kAlice).records().create(QStringLiteral("incident"),
                                                     QStringLiteral("1"), {}, true));
        QCOMPARE(p.carry(kAlice, kCoordinator).size(), 1);
        QVERIFY(find(coordinator, alice).lastBundleAt > 0);

        // Written a minute "after" it arrived: a clock a little ahead.
        const qint64 at = 1'800'000'000'000;
        QVERIFY(setReception(coordinator, at, at + 60'000));
        d = find(coordinator, alice);
        QCOMPARE(d.lastBundleAt, at);
        QCOMPARE(d.skewMs, 60'000);
        QVERIFY(!d.clockAhead);
        // Past ten minutes: flagged.
        QVERIFY(setReception(coordinator, at, at + DeviceOverview::kAheadMs + 1));
        QVERIFY(find(coordinator, alice).clockAhead);
        // A bundle days on a stick is late, never ahead.
        QVERIFY(setReception(coordinator, at, at - 3 * 86'400'000LL));
        d = find(coordinator, alice);
        QVERIFY(d.skewMs < 0);
        QVERIFY(!d.clockAhead);
    }

    void unacknowledgedUntilTheReceipt()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        Workspace &coordinator = p.workspace(kCoordinator);
        Workspace &aliceWs = p.workspace(kAlice);
        const QByteArray alice = p.deviceId(kAlice);
        const QByteArray coordinatorId = p.deviceId(kCoordinator);

        // The coordinator's project stream, sent to Alice twice.
        QVERIFY(publishForm(coordinator));
        QVERIFY(!p.carry(kCoordinator, kAlice).isEmpty());
        QVERIFY(!p.carry(kCoordinator, kAlice).isEmpty());
        QCOMPARE(find(coordinator, alice).unacknowledged, 2);
        QVERIFY(p.carryReceipt(kAlice, kCoordinator).ok());
        QCOMPARE(find(coordinator, alice).unacknowledged, 0);

        // Alice's records go to the coordinators until one sends a receipt.
        QCOMPARE(find(aliceWs, coordinatorId).unacknowledged, 0);
        QVERIFY(
            aliceWs.records().create(QStringLiteral("incident"), QStringLiteral("1"), {}, true));
        QCOMPARE(p.carry(kAlice, kCoordinator).size(), 1);
        QCOMPARE(find(aliceWs, coordinatorId).unacknowledged, 1);
        QVERIFY(p.carryReceipt(kCoordinator, kAlice).ok());
        QCOMPARE(find(aliceWs, coordinatorId).unacknowledged, 0);
    }
};

QTEST_GUILESS_MAIN(TestDeviceOverview)
#include "tst_deviceoverview.moc"
