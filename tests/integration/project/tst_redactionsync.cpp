// Redaction across devices (docs/store.md, "Redaction"): an answer typed by
// mistake, synced to three devices and removed on one, is gone from every
// device that applies the removal, whose chains still verify; a removal by a
// device without the right to it is refused.

#include "FakeProject.h"
#include "StoreScan.h"

#include "crypto/DeviceKeys.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"
#include "oplog/Redactions.h"
#include "oplog/ReservedFields.h"
#include "store/RecordRedaction.h"
#include "store/RecordStore.h"

#include <QTest>

using namespace vigia;
using test::FakeProject;

namespace {
const QString kAlice = QStringLiteral("alice");
const QString kBob = QStringLiteral("bob");
const QString kDeputy = QStringLiteral("deputy");
const QString &kCoordinator = FakeProject::kCoordinator;
const QString kSummary = QStringLiteral("summary");

QUuid record(Workspace &ws, const QString &summary)
{
    auto id = ws.records().create(QStringLiteral("incident"), QStringLiteral("1"),
                                  {{kSummary, summary}}, true);
    return id ? id.value() : QUuid();
}

// Where the canary still is on a device: cells, then pages of the file.
QString traces(Workspace &ws, const QByteArray &canary)
{
    const QList<QByteArray> needles{canary, canary.toLower()};
    QStringList out = test::cellsHolding(ws.database(), needles);
    if (!ws.database().exec("PRAGMA wal_checkpoint(TRUNCATE)"))
        out << QStringLiteral("checkpoint failed");
    for (int page :
         test::pagesHolding(Workspace::storePath(ws.path()), *ws.keys().storeKey, needles))
        out << QStringLiteral("page %1").arg(page);
    return out.join(QLatin1Char(' '));
}

QString chainIssues(Workspace &ws)
{
    auto issues = ws.oplog().verify();
    if (!issues)
        return issues.error().message();
    QStringList out;
    for (const ChainIssue &i : issues.value())
        out << i.message;
    return out.join(QLatin1Char(' '));
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

class TestRedactionSync : public QObject
{
    Q_OBJECT

private slots:
    void theAuthorsRemovalReachesEveryDevice()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kDeputy, Role::Coordinator), qPrintable(p.error()));
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        const QByteArray canary = QByteArrayLiteral("CanarioQ4W");
        Workspace &alice = p.workspace(kAlice);
        const QUuid id =
            record(alice, QStringLiteral("Vi a %1 en el puerto").arg(QLatin1String(canary)));
        QVERIFY(!id.isNull());
        QVERIFY(applied(p.carry(kAlice, kCoordinator)));
        QVERIFY(applied(p.carry(kAlice, kDeputy)));
        for (const QString &name : {kAlice, kCoordinator, kDeputy})
            QVERIFY2(!traces(p.workspace(name), canary).isEmpty(), qPrintable(name));

        p.clock().advance(60'000);
        RecordRedaction redaction(alice.database(), alice.oplog(), p.deviceId(kAlice),
                                  Role::Researcher);
        QVERIFY(redaction.redactAnswer(id, kSummary, QCborValue(QStringLiteral("Vi a una niña"))));
        QCOMPARE(traces(alice, canary), QString());
        QVERIFY(applied(p.carry(kAlice, kCoordinator)));
        QVERIFY(applied(p.carry(kAlice, kDeputy)));

        for (const QString &name : {kAlice, kCoordinator, kDeputy}) {
            Workspace &ws = p.workspace(name);
            QCOMPARE(traces(ws, canary), QString());
            QCOMPARE(chainIssues(ws), QString());
            QCOMPARE(ws.records().get(id).value().values.value(kSummary).toString(),
                     QStringLiteral("Vi a una niña"));
        }
        // The coordinators' own changes (the manifest's device rows) too.
        QVERIFY(applied(p.carry(kCoordinator, kDeputy)));
        QVERIFY(applied(p.carry(kDeputy, kCoordinator)));
        QVERIFY2(p.converged(), qPrintable(p.divergence()));
    }

    void aCoordinatorsRemovalReachesTheOtherCoordinators()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kDeputy, Role::Coordinator), qPrintable(p.error()));
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        const QByteArray canary = QByteArrayLiteral("CanarioZ8P");
        const QUuid id = record(p.workspace(kAlice), QString::fromLatin1(canary));
        QVERIFY(applied(p.carry(kAlice, kCoordinator)));
        QVERIFY(applied(p.carry(kAlice, kDeputy)));

        p.clock().advance(60'000);
        Workspace &coordinator = p.workspace(kCoordinator);
        RecordRedaction redaction(coordinator.database(), coordinator.oplog(),
                                  p.deviceId(kCoordinator), Role::Coordinator);
        QVERIFY(redaction.redactAnswer(id, kSummary, {}));
        QVERIFY(applied(p.carry(kCoordinator, kDeputy)));
        for (const QString &name : {kCoordinator, kDeputy}) {
            QCOMPARE(traces(p.workspace(name), canary), QString());
            QCOMPARE(chainIssues(p.workspace(name)), QString());
        }
        QVERIFY(applied(p.carry(kDeputy, kCoordinator)));
        QCOMPARE(traces(p.workspace(kCoordinator), canary), QString());
        QCOMPARE(p.stateHash(kCoordinator), p.stateHash(kDeputy));
    }

    void aRemovalByAnotherResearcherIsRefused()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        QVERIFY2(p.addDevice(kBob), qPrintable(p.error()));
        const QByteArray canary = QByteArrayLiteral("CanarioM3T");
        const QUuid id = record(p.workspace(kAlice), QString::fromLatin1(canary));
        QVERIFY(applied(p.carry(kAlice, kCoordinator)));

        // Bob's device, altered to skip its own check, writes a removal of
        // Alice's answer.
        p.clock().advance(60'000);
        Workspace &bob = p.workspace(kBob);
        const quint64 now = bob.oplog().clock().send();
        {
            Transaction txn(bob.database());
            QVERIFY(bob.oplog()
                        .append(QStringLiteral("record"), id.toRfc4122(), ReservedField::kRedact,
                                Redactions::valueFor(kSummary, now))
                        .ok());
            QVERIFY(txn.commit());
        }
        const auto outcomes = p.carry(kBob, kCoordinator);
        QCOMPARE(outcomes.size(), 1);
        QVERIFY(!outcomes.first());
        QCOMPARE(outcomes.first().error().code(), ErrorCode::Untrusted);
        QVERIFY2(outcomes.first().error().message().contains(QStringLiteral("neither created")),
                 qPrintable(outcomes.first().error().message()));
        QVERIFY(!traces(p.workspace(kCoordinator), canary).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRedactionSync)
#include "tst_redactionsync.moc"
