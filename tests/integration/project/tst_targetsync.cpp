// Targets travel as ops (docs/monitoring.md): a target set by a coordinator
// reaches another coordinator in an ordinary bundle and a researcher in a
// bundle of the coordinator's share; a researcher's target op is refused on
// import, whatever its device wrote.

#include "FakeProject.h"

#include "bundle/BundleWriter.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"
#include "project/Outbox.h"
#include "project/ProjectStore.h"
#include "project/Routing.h"
#include "store/TargetStore.h"

#include <QTest>

using namespace vigia;
using test::FakeProject;

namespace {
const QString kAlice = QStringLiteral("alice");
const QString kDeputy = QStringLiteral("deputy");
const QString &kCoordinator = FakeProject::kCoordinator;

Target victims()
{
    Target t;
    t.country = QStringLiteral("GT");
    t.indicator = QStringLiteral("victims_identified");
    t.unit = QStringLiteral("count");
    t.baselineValue = 100;
    t.baselineYear = 2020;
    t.milestones = {{QDate(2022, 12, 31), 150}};
    t.targetValue = 200;
    t.targetDate = QDate(2024, 12, 31);
    return t;
}

QList<Target> targetsOf(Workspace &ws)
{
    return TargetStore(ws.database(), ws.oplog(), ws.role()).list().value();
}

bool applied(const QList<Result<ChangeImporter::Outcome>> &outcomes)
{
    if (outcomes.isEmpty())
        return false;
    for (const auto &o : outcomes)
        if (!o)
            return false;
    return true;
}
} // namespace

class TestTargetSync : public QObject
{
    Q_OBJECT

private slots:
    void aCoordinatorsTargetReachesCoordinatorsAndResearchers()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kDeputy, Role::Coordinator), qPrintable(p.error()));
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        Workspace &coordinator = p.workspace(kCoordinator);
        auto id = TargetStore(coordinator.database(), coordinator.oplog(), Role::Coordinator)
                      .set(victims());
        QVERIFY2(id.ok(), qPrintable(id.error().message()));

        QVERIFY(applied(p.carry(kCoordinator, kDeputy)));
        QCOMPARE(targetsOf(p.workspace(kDeputy)), targetsOf(coordinator));
        QCOMPARE(targetsOf(p.workspace(kDeputy)).size(), 1);

        // Targets are on the coordinator's project stream, which every
        // member receives (docs/store.md, "Streams by audience").
        QVERIFY(applied(p.carry(kCoordinator, kAlice)));
        QCOMPARE(targetsOf(p.workspace(kAlice)), targetsOf(coordinator));

        // Read only there.
        Workspace &aliceWs = p.workspace(kAlice);
        QVERIFY(!TargetStore(aliceWs.database(), aliceWs.oplog(), aliceWs.role())
                     .remove(id.value())
                     .ok());
    }

    void aResearchersTargetIsRefused()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        // Alice's device, altered to skip its own check, writes a target.
        Workspace &alice = p.workspace(kAlice);
        const QByteArray row =
            TargetStore::idFor(QStringLiteral("GT"), QStringLiteral("victims_identified"), {})
                .toRfc4122();
        {
            Transaction txn(alice.database());
            QVERIFY(alice.oplog()
                        .append(TargetStore::kEntity, row,
                                {{QStringLiteral("country"), QStringLiteral("GT")},
                                 {QStringLiteral("target_value"), 1.0}})
                        .ok());
            QVERIFY(txn.commit());
        }
        const auto outcomes = p.carry(kAlice, kCoordinator);
        QCOMPARE(outcomes.size(), 1);
        QVERIFY(!outcomes.first());
        QCOMPARE(outcomes.first().error().code(), ErrorCode::Untrusted);
        QVERIFY2(outcomes.first().error().message().contains(QStringLiteral("only a coordinator")),
                 qPrintable(outcomes.first().error().message()));
        QVERIFY(targetsOf(p.workspace(kCoordinator)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTargetSync)
#include "tst_targetsync.moc"
