// A coordinator, a second coordinator and researchers in one FakeProject:
// what converges, what a lost bundle does, and that bundles duplicated,
// reordered, cut short or with a flipped bit never harm the store.

#include "FakeProject.h"
#include "project/Outbox.h"
#include "ProjectTestKit.h"
#include "store/Codebook.h"
#include "store/RecordStore.h"

#include <QTest>

#include <initializer_list>
#include <map>
#include <utility>

using namespace vigia;
using namespace vigia::projecttest;
using test::FakeProject;

using Kind = ChangeImporter::Outcome::Kind;
using Outcomes = QList<Result<ChangeImporter::Outcome>>;

namespace {
const QString kAlice = QStringLiteral("alice");
const QString kBob = QStringLiteral("bob");
const QString kDeputy = QStringLiteral("deputy");
const QString &kCoordinator = FakeProject::kCoordinator;

QUuid record(Workspace &ws, const char *summary, bool finalize = true)
{
    auto id =
        ws.records().create(QStringLiteral("incident"), QStringLiteral("1"),
                            {{QStringLiteral("summary"), QString::fromUtf8(summary)}}, finalize);
    return id ? id.value() : QUuid();
}

// One word per outcome ("applied", "already", "quarantined", "refused"), to
// compare a carry's result at a glance.
QStringList kinds(const Outcomes &outcomes)
{
    QStringList out;
    for (const auto &o : outcomes) {
        if (!o)
            out << QStringLiteral("refused");
        else if (o.value().kind == Kind::Applied)
            out << QStringLiteral("applied");
        else if (o.value().kind == Kind::AlreadyApplied)
            out << QStringLiteral("already");
        else
            out << QStringLiteral("quarantined");
    }
    return out;
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QLatin1String(w);
    return out;
}

QString messages(const Outcomes &outcomes)
{
    QStringList out;
    for (const auto &o : outcomes)
        out << (o ? o.value().message : o.error().message());
    return out.join(QStringLiteral(" | "));
}

// What an import may change besides the quarantine: the state and the chains.
QByteArray records(Workspace &ws)
{
    auto hash = ws.oplog().stateHash();
    return (hash ? hash.value().toHex() : QByteArrayLiteral("error")) + ' ' +
           QByteArray::number(count(ws, "SELECT count(*) FROM ops")) + ' ' +
           QByteArray::number(count(ws, "SELECT count(*) FROM pending_ops")) + ' ' +
           QByteArray::number(count(ws, "SELECT count(*) FROM applied_bundles"));
}

// Bundles in memory, as the hub client will deliver them: no file, so the
// importer takes the bytes.
class MemoryTransport : public test::BundleTransport
{
public:
    Status send(const QString &from, const QString &to, const QByteArray &bytes) override
    {
        m_queues[to].append(Delivery{from, bytes, QString()});
        return {};
    }
    Result<QList<Delivery>> receive(const QString &to) override
    {
        return std::exchange(m_queues[to], {});
    }

private:
    std::map<QString, QList<Delivery>> m_queues;
};
} // namespace

// Runs a carry once and compares its kinds of outcome.
#define VERIFY_CARRY(carried, ...)                                                                 \
    do {                                                                                           \
        const Outcomes outcomes_ = (carried);                                                      \
        QVERIFY2(kinds(outcomes_) == words({__VA_ARGS__}), qPrintable(messages(outcomes_)));       \
    } while (false)

class TestFakeProject : public QObject
{
    Q_OBJECT

private slots:
    void twoResearchersAndACoordinatorConverge_data()
    {
        QTest::addColumn<bool>("inMemory");
        QTest::newRow("files") << false;
        QTest::newRow("memory") << true;
    }

    void twoResearchersAndACoordinatorConverge()
    {
        QFETCH(bool, inMemory);
        FakeProject p;
        if (inMemory)
            p.setTransport(std::make_unique<MemoryTransport>());
        QVERIFY2(p.addDevice(kAlice) && p.addDevice(kBob), qPrintable(p.error()));
        // Every workspace starts with ops that describe its device, which
        // the coordinator lacks until they travel.
        QVERIFY(!p.converged());
        Workspace &coordinator = p.workspace(kCoordinator);
        Workspace &alice = p.workspace(kAlice);
        Workspace &bob = p.workspace(kBob);

        p.clock().advance(3'600'000);
        const QUuid a1 = record(alice, "crossing at dawn");
        const QUuid b1 = record(bob, "shelter");
        p.clock().advance(1000);
        const QUuid b2 = record(bob, "road closed");
        QVERIFY(!p.converged());
        QVERIFY2(p.divergence().contains(QStringLiteral("changes of alice")),
                 qPrintable(p.divergence()));

        VERIFY_CARRY(p.carry(kAlice, kCoordinator), "applied");
        QVERIFY2(!p.divergence().contains(QStringLiteral("alice")), qPrintable(p.divergence()));
        QVERIFY(p.divergence().contains(QStringLiteral("changes of bob")));
        VERIFY_CARRY(p.carry(kBob, kCoordinator), "applied");
        QVERIFY2(p.converged(), qPrintable(p.divergence()));
        QCOMPARE(recordsHash(coordinator, {a1}), recordsHash(alice, {a1}));
        QCOMPARE(recordsHash(coordinator, {b1, b2}), recordsHash(bob, {b1, b2}));

        // Receipts empty the outboxes: the next carry has nothing to send.
        QVERIFY(p.carryReceipt(kCoordinator, kAlice));
        QVERIFY(p.carryReceipt(kCoordinator, kBob));
        QCOMPARE(Outbox::pendingCount(alice.database()).value(), 0);
        QVERIFY(p.carry(kAlice, kCoordinator).isEmpty());
        QVERIFY(p.lastExport().path.isEmpty());

        // Researchers are no recipients: nothing is relayed to them yet, and
        // a bundle taken straight from one to the other is refused whole.
        record(alice, "checkpoint");
        const QByteArray before = snapshot(bob);
        VERIFY_CARRY(p.carry(kAlice, kBob), "refused");
        QCOMPARE(snapshot(bob), before);
        VERIFY_CARRY(p.carry(kAlice, kCoordinator), "applied");
        QVERIFY2(p.converged(), qPrintable(p.divergence()));
    }

    void coordinatorsShareOneState()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kDeputy, Role::Coordinator) && p.addDevice(kAlice),
                 qPrintable(p.error()));
        Workspace &coordinator = p.workspace(kCoordinator);
        Workspace &deputy = p.workspace(kDeputy);
        record(p.workspace(kAlice), "crossing at dawn");
        Code code;
        code.nameEn = QStringLiteral("Border crossings");
        const QUuid id = Codebook(coordinator.database(), coordinator.oplog()).create(code).value();
        VERIFY_CARRY(p.carry(kCoordinator, kDeputy), "applied");

        // Both rename the same code at the same time, and both take Alice's bundle.
        p.clock().advance(1000);
        QVERIFY(Codebook(coordinator.database(), coordinator.oplog())
                    .rename(id, QStringLiteral("en"), QStringLiteral("Crossings")));
        QVERIFY(Codebook(deputy.database(), deputy.oplog())
                    .rename(id, QStringLiteral("en"), QStringLiteral("Border")));
        VERIFY_CARRY(p.carry(kAlice, kCoordinator), "applied");
        VERIFY_CARRY(p.carry(kAlice, kDeputy), "applied");
        QVERIFY(!p.converged());
        VERIFY_CARRY(p.carry(kCoordinator, kDeputy), "applied");
        VERIFY_CARRY(p.carry(kDeputy, kCoordinator), "applied");
        QVERIFY2(p.converged(), qPrintable(p.divergence()));
        QCOMPARE(p.stateHash(kCoordinator), p.stateHash(kDeputy));
        QCOMPARE(Codebook(coordinator.database(), coordinator.oplog()).get(id).value().nameEn,
                 Codebook(deputy.database(), deputy.oplog()).get(id).value().nameEn);
    }

    void anOpenDraftHoldsNothingBack()
    {
        // A draft is private working state: the finalized record written
        // after it arrives at once, and the chains agree while it is open.
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        Workspace &alice = p.workspace(kAlice);
        const QUuid draft = record(alice, "unfinished", false);
        record(alice, "checkpoint");
        const Outcomes first = p.carry(kAlice, kCoordinator);
        VERIFY_CARRY(first, "applied");
        QCOMPARE(first.first().value().pending, 0);
        QVERIFY2(p.converged(), qPrintable(p.divergence()));
        QCOMPARE(count(p.workspace(kCoordinator), "SELECT count(*) FROM records"), 1);

        QVERIFY(alice.records().finalize(draft));
        const Outcomes second = p.carry(kAlice, kCoordinator);
        VERIFY_CARRY(second, "applied");
        QCOMPARE(second.first().value().pending, 0);
        QVERIFY2(p.converged(), qPrintable(p.divergence()));
        QCOMPARE(count(p.workspace(kCoordinator), "SELECT count(*) FROM records"), 2);
    }

    void aDroppedBundleIsNoticedAndTheNextCarryHeals()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        record(p.workspace(kAlice), "crossing at dawn");
        p.setTransitHook(test::transit::drop());
        QVERIFY(p.carry(kAlice, kCoordinator).isEmpty());
        QVERIFY(!p.lastExport().path.isEmpty());
        QVERIFY(!p.converged());
        QVERIFY(p.divergence().contains(QStringLiteral("changes of alice")));

        // No receipt came back, so the outbox sends the same ops again.
        p.setTransitHook({});
        VERIFY_CARRY(p.carry(kAlice, kCoordinator), "applied");
        QVERIFY2(p.converged(), qPrintable(p.divergence()));
    }

    void aBundleLostOnTheWayToASecondCoordinator()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kDeputy, Role::Coordinator) && p.addDevice(kAlice),
                 qPrintable(p.error()));
        record(p.workspace(kAlice), "crossing at dawn");
        VERIFY_CARRY(p.carry(kAlice, kCoordinator), "applied");
        p.setTransitHook(test::transit::onlyTo(kDeputy, test::transit::drop()));
        QVERIFY(p.carry(kAlice, kDeputy).isEmpty());
        p.setTransitHook({});
        QVERIFY(p.carryReceipt(kCoordinator, kAlice));

        // What the product does today: the receipt of one recipient empties
        // the outbox for all of them, and no coordinator relays another
        // device's ops, so nothing ever brings the lost ops to the deputy.
        QVERIFY(p.carry(kAlice, kDeputy).isEmpty());
        QVERIFY(p.lastExport().path.isEmpty());
        for (const auto &[from, to] :
             {std::pair{kCoordinator, kDeputy}, std::pair{kDeputy, kCoordinator}}) {
            const Outcomes relay = p.carry(from, to);
            QVERIFY2(!kinds(relay).contains(QStringLiteral("refused")),
                     qPrintable(messages(relay)));
        }
        // Only Alice's ops are missing, and only at the deputy.
        const QString missing = p.divergence();
        QVERIFY2(missing.startsWith(QStringLiteral("deputy holds ")) &&
                     missing.endsWith(QStringLiteral("changes of alice")) &&
                     !missing.contains(u';'),
                 qPrintable(missing));
        QEXPECT_FAIL("",
                     "a receipt from one coordinator acknowledges the ops for every "
                     "recipient and coordinators do not relay yet",
                     Continue);
        QVERIFY2(p.converged(), qPrintable(p.divergence()));
    }

    void duplicatedAndReorderedBundlesConverge()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kDeputy, Role::Coordinator) && p.addDevice(kAlice),
                 qPrintable(p.error()));
        Workspace &alice = p.workspace(kAlice);
        record(alice, "crossing at dawn");

        p.setTransitHook(test::transit::duplicate());
        VERIFY_CARRY(p.carry(kAlice, kCoordinator), "applied", "already");

        // The deputy's copy is held back. Once the coordinator's receipt is
        // in, Alice's next bundle carries only her new record, so it
        // arrives first with a gap in her chain.
        p.setTransitHook(test::transit::onlyTo(kDeputy, test::transit::swapNextTwo()));
        QVERIFY(p.carry(kAlice, kDeputy).isEmpty());
        QVERIFY(p.carryReceipt(kCoordinator, kAlice));
        QCOMPARE(Outbox::pendingCount(alice.database()).value(), 0);
        record(alice, "road closed");
        const Outcomes swapped = p.carry(kAlice, kDeputy);
        VERIFY_CARRY(swapped, "applied", "applied");
        QVERIFY(swapped.at(0).value().pending > 0);
        QCOMPARE(swapped.at(0).value().applied, 0);
        QCOMPARE(swapped.at(1).value().pending, 0);
        QVERIFY(swapped.at(1).value().applied > 0);

        p.setTransitHook({});
        VERIFY_CARRY(p.carry(kAlice, kCoordinator), "applied");
        VERIFY_CARRY(p.carry(kCoordinator, kDeputy), "applied");
        VERIFY_CARRY(p.carry(kDeputy, kCoordinator), "applied");
        QVERIFY2(p.converged(), qPrintable(p.divergence()));
        QCOMPARE(p.stateHash(kCoordinator), p.stateHash(kDeputy));
        QVERIFY(p.workspace(kDeputy).oplog().verify().value().isEmpty());
    }

    void damagedBundlesAreRefusedAndTheStoreStaysIntact()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        record(p.workspace(kAlice), "crossing at dawn");
        Workspace &coordinator = p.workspace(kCoordinator);

        // Learn the bundle's size without delivering it.
        qsizetype size = 0;
        p.setTransitHook([&size](const test::Transit &t) {
            size = t.bytes.size();
            return QList<QByteArray>();
        });
        QVERIFY(p.carry(kAlice, kCoordinator).isEmpty());
        QVERIFY(size > 200);

        QList<std::pair<QString, test::TransitHook>> damages;
        for (qsizetype keep : {qsizetype(0), qsizetype(13), size / 2, size - 65, size - 1})
            damages.append(
                {QStringLiteral("cut to %1 bytes").arg(keep), test::transit::truncate(keep)});
        for (qsizetype at = 0; at < size; at += std::max<qsizetype>(1, size / 40))
            damages.append({QStringLiteral("bit %1 of byte %2").arg(at % 8).arg(at),
                            test::transit::flipBit(at, int(at % 8))});
        for (qsizetype at : {-65, -64, -1})
            damages.append(
                {QStringLiteral("bit 7 of byte %1").arg(size + at), test::transit::flipBit(at, 7)});

        // A flip in the header's sender id: a device nobody knows.
        damages.append({QStringLiteral("a bit of the sender's id"), [](const test::Transit &t) {
                            // CBOR: text "sender", then a 16-byte string.
                            const QByteArray key = QByteArrayLiteral("\x66sender\x50");
                            QByteArray damaged = t.bytes;
                            const qsizetype found = damaged.indexOf(key);
                            if (found >= 0)
                                damaged[found + key.size() + 5] ^= char(0x10);
                            return QList<QByteArray>{damaged};
                        }});

        QByteArray before = snapshot(coordinator);
        const QByteArray state = records(coordinator);
        int quarantined = 0;
        for (const auto &[what, hook] : damages) {
            p.setTransitHook(hook);
            const Outcomes outcomes = p.carry(kAlice, kCoordinator);
            QVERIFY2(outcomes.size() == 1, qPrintable(what));
            if (outcomes.first()) {
                // A flip in the sender's id names a device nobody knows: its
                // bundle waits in quarantine, and nothing else changes.
                QVERIFY2(outcomes.first().value().kind == Kind::Quarantined,
                         qPrintable(what + QStringLiteral(": ") + messages(outcomes)));
                ++quarantined;
                before = snapshot(coordinator);
            } else {
                QVERIFY2(snapshot(coordinator) == before, qPrintable(what));
            }
            QVERIFY2(records(coordinator) == state, qPrintable(what));
        }
        QVERIFY(quarantined >= 1 && quarantined < 4);
        qInfo("%lld damaged bundles refused, %d quarantined (a flipped sender id)",
              qlonglong(damages.size() - quarantined), quarantined);

        p.setTransitHook({});
        VERIFY_CARRY(p.carry(kAlice, kCoordinator), "applied");
        QVERIFY2(p.converged(), qPrintable(p.divergence()));
        QVERIFY(coordinator.oplog().verify().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFakeProject)
#include "tst_fakeproject.moc"
