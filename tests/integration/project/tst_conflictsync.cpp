// A conflict made by two coordinators editing one field, seen and resolved
// on a third device: the resolution travels, every device shows the
// conflict closed with equal state hashes, and the history keeps both
// competing values and the resolution.

#include "db/Transaction.h"
#include "FakeProject.h"
#include "project/Conflicts.h"
#include "project/History.h"
#include "ProjectTestKit.h"
#include "store/RecordStore.h"

#include <QTest>

using namespace vigia;
using namespace vigia::projecttest;
using test::FakeProject;

namespace {
const QString kAlice = QStringLiteral("alice");
const QString kDeputy = QStringLiteral("deputy");
const QString kRegional = QStringLiteral("regional");
const QString &kCoordinator = FakeProject::kCoordinator;
const QString kSummary = QStringLiteral("summary");

// A correction written straight onto the shared chain. Through reopen and
// finalize, each coordinator's private `_status = draft` op would stay
// concurrent with the other's `finalized` at its own device: a conflict on
// `_status` that no resolution of `summary` closes (reported separately).
bool correct(Workspace &ws, const QUuid &id, const QString &text)
{
    Transaction txn(ws.database());
    return txn.begun() &&
           ws.oplog().append(QStringLiteral("record"), id.toRfc4122(), kSummary, text) &&
           txn.commit();
}

int openConflicts(Workspace &ws)
{
    auto open = Conflicts(ws).list();
    return open ? int(open.value().size()) : -1;
}

// "field: device value hlc; …" for a failure message.
QString describe(Workspace &ws)
{
    QStringList out;
    for (const OpenConflict &c : Conflicts(ws).list().value()) {
        for (const OpenConflict::Value &v : c.values)
            out << QStringLiteral("%1: %2 %3 %4")
                       .arg(c.field, v.device, v.value.toString())
                       .arg(v.hlc);
    }
    return out.join(QStringLiteral("; "));
}
} // namespace

class TestConflictSync : public QObject
{
    Q_OBJECT

private slots:
    void resolvedOnAThirdDeviceEverywhere()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kDeputy, Role::Coordinator) &&
                     p.addDevice(kRegional, Role::Coordinator) && p.addDevice(kAlice),
                 qPrintable(p.error()));
        auto id =
            p.workspace(kAlice).records().create(QStringLiteral("incident"), QStringLiteral("1"),
                                                 {{kSummary, QStringLiteral("draft")}}, true);
        QVERIFY(id);
        for (const QString &to : {kCoordinator, kDeputy, kRegional})
            QCOMPARE(p.carry(kAlice, to).size(), 1);

        // Two coordinators correct the same answer at the same time, without
        // seeing each other's change.
        QVERIFY(correct(p.workspace(kCoordinator), id.value(), QStringLiteral("crossing at dawn")));
        p.clock().advance(1000);
        QVERIFY(correct(p.workspace(kDeputy), id.value(), QStringLiteral("crossing at night")));
        QCOMPARE(p.carry(kCoordinator, kRegional).size(), 1);
        QCOMPARE(p.carry(kDeputy, kRegional).size(), 1);

        Workspace &regional = p.workspace(kRegional);
        auto open = Conflicts(regional).list();
        QVERIFY(open);
        QCOMPARE(open.value().size(), 1);
        const OpenConflict c = open.value().first();
        QCOMPARE(c.row, id.value().toRfc4122());
        QCOMPARE(c.field, kSummary);
        QCOMPARE(c.values.size(), 2);
        QCOMPARE(c.values.at(0).origin, p.deviceId(kCoordinator));
        QCOMPARE(c.values.at(0).value.toString(), QStringLiteral("crossing at dawn"));
        QVERIFY(c.values.at(0).device.startsWith(kCoordinator + QStringLiteral(" (")));
        QCOMPARE(c.values.at(1).value.toString(), QStringLiteral("crossing at night"));
        QCOMPARE(c.current.toString(), QStringLiteral("crossing at night"));
        QVERIFY(regional.records().get(id.value()).value().conflictedFields.contains(kSummary));

        // Settled here with the first coordinator's value.
        auto taken = Conflicts::valueOf(c, p.deviceId(kCoordinator));
        QVERIFY(taken);
        QVERIFY(Conflicts(regional).resolve(
            {{QStringLiteral("record"), c.row, c.field, taken.value()}}));
        QCOMPARE(openConflicts(regional), 0);
        QCOMPARE(regional.records().get(id.value()).value().values.value(kSummary).toString(),
                 QStringLiteral("crossing at dawn"));
        // A second resolution of the same field finds nothing open.
        QCOMPARE(Conflicts(regional)
                     .resolve({{QStringLiteral("record"), c.row, c.field, QStringLiteral("x")}})
                     .error()
                     .code(),
                 ErrorCode::NotFound);

        // Everyone gets everything; the conflict is closed everywhere.
        const QStringList coordinators{kCoordinator, kDeputy, kRegional};
        for (int round = 0; round < 2; ++round)
            for (const QString &from : coordinators)
                for (const QString &to : coordinators)
                    if (from != to)
                        (void)p.carry(from, to);
        for (const QString &name : coordinators) {
            QVERIFY2(openConflicts(p.workspace(name)) == 0,
                     qPrintable(name + QStringLiteral(": ") + describe(p.workspace(name))));
            QCOMPARE(p.stateHash(name), p.stateHash(kRegional));
            QCOMPARE(p.workspace(name)
                         .records()
                         .get(id.value())
                         .value()
                         .values.value(kSummary)
                         .toString(),
                     QStringLiteral("crossing at dawn"));
        }

        // The history keeps both competing values and the resolution, and
        // says where each came from.
        auto history = History(p.workspace(kDeputy)).of(id.value(), kSummary);
        QVERIFY(history);
        int conflicting = 0, resolutions = 0;
        for (const RecordHistory::Change &ch : history.value().changes) {
            if (ch.draft)
                continue; // the deputy's own working state
            conflicting += ch.conflicting;
            resolutions += ch.resolution;
            QCOMPARE(ch.writtenHere, ch.origin == p.deviceId(kDeputy));
            QVERIFY(ch.writtenHere || !ch.bundleId.isEmpty());
        }
        QCOMPARE(conflicting, 2);
        QCOMPARE(resolutions, 1);
        QVERIFY(history.value().changes.last().resolution);
        QCOMPARE(history.value().changes.last().origin, p.deviceId(kRegional));
        for (const RecordHistory::Device &d : history.value().devices) {
            QVERIFY(d.issues.isEmpty());
            QVERIFY(!d.clockAhead);
        }
    }

    void aResolutionByADeviceThatMayNotWriteTheRecordIsRefused()
    {
        const QString bob = QStringLiteral("bob");
        FakeProject p;
        QVERIFY2(p.addDevice(kDeputy, Role::Coordinator) && p.addDevice(kAlice) && p.addDevice(bob),
                 qPrintable(p.error()));
        auto id =
            p.workspace(kAlice).records().create(QStringLiteral("incident"), QStringLiteral("1"),
                                                 {{kSummary, QStringLiteral("draft")}}, true);
        QVERIFY(id);
        QCOMPARE(p.carry(kAlice, kCoordinator).size(), 1);
        QCOMPARE(p.carry(kAlice, kDeputy).size(), 1);
        QVERIFY(correct(p.workspace(kCoordinator), id.value(), QStringLiteral("crossing at dawn")));
        p.clock().advance(1000);
        QVERIFY(correct(p.workspace(kDeputy), id.value(), QStringLiteral("crossing at night")));
        QCOMPARE(p.carry(kDeputy, kCoordinator).size(), 1);
        Workspace &coordinator = p.workspace(kCoordinator);
        QCOMPARE(openConflicts(coordinator), 1);

        // Bob's device, altered, settles the conflict on Alice's record with
        // a value of its own: a resolution is an ordinary op on the key.
        QVERIFY(correct(p.workspace(bob), id.value(), QStringLiteral("nothing happened")));
        const QByteArray before = p.stateHash(kCoordinator);
        const auto outcomes = p.carry(bob, kCoordinator);
        QCOMPARE(outcomes.size(), 1);
        QVERIFY(!outcomes.first());
        QCOMPARE(outcomes.first().error().code(), ErrorCode::Untrusted);
        QVERIFY2(outcomes.first().error().message().contains(QStringLiteral("did not create")),
                 qPrintable(outcomes.first().error().message()));
        QCOMPARE(p.stateHash(kCoordinator), before);
        QCOMPARE(openConflicts(coordinator), 1);
        QCOMPARE(count(coordinator, "SELECT count(*) FROM pending_ops"), 0);

        // The record's author may still write it, and a coordinator settles
        // the conflict.
        QVERIFY(p.workspace(kAlice).records().reopen(id.value()));
        QVERIFY(p.workspace(kAlice).records().setValues(
            id.value(), {{QStringLiteral("place"), QStringLiteral("ford")}}));
        QVERIFY(p.workspace(kAlice).records().finalize(id.value()));
        const auto fromAlice = p.carry(kAlice, kCoordinator);
        QCOMPARE(fromAlice.size(), 1);
        QVERIFY2(fromAlice.first().ok(), qPrintable(fromAlice.first().error().message()));
    }
};

QTEST_GUILESS_MAIN(TestConflictSync)
#include "tst_conflictsync.moc"
