// Op streams by audience (docs/store.md, "Streams by audience"): three
// researchers and two coordinators over files. A coordinator's codebook
// edits, targets and feedback reach the researchers as whole chains; each
// researcher gets only the feedback on its own records; nobody ever holds a
// pending op; forged streams are refused whole.

#include "FakeProject.h"
#include "ProjectTestKit.h"

#include "bundle/BundleWriter.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"
#include "oplog/StreamOrigin.h"
#include "project/ProjectStore.h"
#include "project/StreamCursors.h"
#include "store/AudienceSelector.h"
#include "store/Codebook.h"
#include "store/TargetStore.h"

#include <QCborValue>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::projecttest;
using test::FakeProject;

using Outcomes = QList<Result<ChangeImporter::Outcome>>;

namespace {
const QString kRegional = QStringLiteral("regional");
const QString &kCoordinator = FakeProject::kCoordinator;
const QStringList kResearchers{QStringLiteral("alice"), QStringLiteral("bob"),
                               QStringLiteral("carol")};

QString failures(const Outcomes &outcomes)
{
    QStringList out;
    for (const auto &o : outcomes) {
        if (!o)
            out << o.error().message();
    }
    return out.join(QStringLiteral(" | "));
}

// Every op a device holds mentions `text`? (the decrypted store, value by value)
bool holdsText(Workspace &ws, const QString &text)
{
    Statement st(ws.database().handle(), "SELECT value FROM ops");
    while (st.step() == SQLITE_ROW) {
        if (QCborValue::fromCbor(st.columnBlob(0)).toString().contains(text))
            return true;
    }
    return false;
}

qint64 pendingEverywhere(FakeProject &p)
{
    qint64 n = 0;
    for (const QString &name : p.devices())
        n += count(p.workspace(name), "SELECT count(*) FROM pending_ops");
    return n;
}

quint64 headOf(Workspace &ws, const QByteArray &origin)
{
    Statement st(ws.database().handle(), "SELECT counter FROM chain_heads WHERE origin = ?1");
    st.bind(1, origin);
    return st.step() == SQLITE_ROW ? quint64(st.columnInt64(0)) : 0;
}

QString commentFor(const QString &researcher)
{
    return QStringLiteral("please check the date, %1-7731").arg(researcher);
}

QString reviewOf(Workspace &ws, const QUuid &record)
{
    Statement st(ws.database().handle(), "SELECT value FROM field_values WHERE entity = 'review' "
                                         "AND row = ?1 AND field = 'state'");
    st.bind(1, record.toRfc4122());
    return st.step() == SQLITE_ROW ? QCborValue::fromCbor(st.columnBlob(0)).toString() : QString();
}

qint64 targetCount(Workspace &ws)
{
    auto list = TargetStore(ws.database(), ws.oplog(), ws.role()).list();
    return list ? list.value().size() : -1;
}

bool hasCode(Workspace &ws, const QUuid &id)
{
    Statement st(ws.database().handle(), "SELECT name_en FROM codes WHERE id = ?1");
    st.bind(1, id.toRfc4122());
    return st.step() == SQLITE_ROW && st.columnText(0) == QLatin1String("Checkpoint extortion");
}

Target victims()
{
    Target t;
    t.country = QStringLiteral("GT");
    t.indicator = QStringLiteral("victims_identified");
    t.unit = QStringLiteral("count");
    t.baselineValue = 100;
    t.baselineYear = 2020;
    t.targetValue = 200;
    t.targetDate = QDate(2024, 12, 31);
    return t;
}

// A bundle that `from` signs, sealed to `to`, carrying `ops` as they are.
QByteArray forged(FakeProject &p, const QString &from, const QString &to, const QList<Op> &ops)
{
    Workspace &sender = p.workspace(from);
    auto manifest = ProjectStore(sender.database()).requireManifest().value();
    const ManifestDevice *receiver = manifest.device(p.deviceId(to));
    return BundleWriter::write(manifest.projectId, sender.keys(), sender.oplog().clock().send(),
                               ops, {BundleRecipient{receiver->id, receiver->boxPk}})
        .value();
}
} // namespace

class TestStreamsByAudience : public QObject
{
    Q_OBJECT

private slots:
    void feedbackAndProjectStateReachTheRightResearchers()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kRegional, Role::Coordinator), qPrintable(p.error()));
        for (const QString &r : kResearchers)
            QVERIFY2(p.addDevice(r), qPrintable(p.error()));

        // Findings flow up to both coordinators.
        QHash<QString, QUuid> records;
        for (const QString &r : kResearchers) {
            records.insert(r, finding(p.workspace(r), QStringLiteral("finding of ") + r));
            QVERIFY(!records.value(r).isNull());
            for (const QString &c : {kCoordinator, kRegional}) {
                const Outcomes o = p.carry(r, c);
                QVERIFY2(!o.isEmpty() && failures(o).isEmpty(), qPrintable(failures(o)));
            }
            QCOMPARE(pendingEverywhere(p), 0);
        }

        // The coordinator edits the codebook and a target and answers each researcher.
        Workspace &coordinator = p.workspace(kCoordinator);
        Code code;
        code.nameEn = QStringLiteral("Checkpoint extortion");
        auto codeId = Codebook(coordinator.database(), coordinator.oplog()).create(code);
        QVERIFY(codeId);
        QVERIFY(TargetStore(coordinator.database(), coordinator.oplog(), Role::Coordinator)
                    .set(victims()));
        for (const QString &r : kResearchers)
            QVERIFY(giveFeedback(coordinator, records.value(r), commentFor(r)));
        // None of it is on the records stream, which researchers may not hold.
        const QByteArray me = p.deviceId(kCoordinator);
        QVERIFY(headOf(coordinator, StreamOrigin::project(me)) > 0);
        for (const QString &r : kResearchers)
            QCOMPARE(headOf(coordinator, StreamOrigin::feedback(me, p.deviceId(r))), 4u);

        for (const QString &r : kResearchers) {
            const Outcomes o = p.carry(kCoordinator, r);
            QVERIFY2(!o.isEmpty() && failures(o).isEmpty(), qPrintable(failures(o)));
            QCOMPARE(pendingEverywhere(p), 0);
        }
        for (const QString &r : kResearchers) {
            Workspace &ws = p.workspace(r);
            QVERIFY(hasCode(ws, codeId.value()));
            QCOMPARE(targetCount(ws), 1);
            QCOMPARE(reviewOf(ws, records.value(r)), QStringLiteral("needs_changes"));
            QVERIFY(holdsText(ws, commentFor(r)));
            for (const QString &other : kResearchers) {
                if (other == r)
                    continue;
                QVERIFY2(!holdsText(ws, commentFor(other)),
                         qPrintable(r + QStringLiteral(" holds ") + other));
                QVERIFY(!holdsText(ws, QStringLiteral("finding of ") + other));
                QCOMPARE(reviewOf(ws, records.value(other)), QString());
            }
            // The project stream is whole at the researcher.
            QCOMPARE(headOf(ws, StreamOrigin::project(me)),
                     headOf(coordinator, StreamOrigin::project(me)));
        }

        // Until a receipt moves its cursor, a researcher gets its share
        // again (idempotent); after one, nothing is due for it.
        const QString alice = kResearchers.first();
        QVERIFY(p.carryReceipt(alice, kCoordinator));
        QTemporaryDir usb;
        auto again = ChangeExporter::exportTo(coordinator, usb.path());
        QVERIFY(again);
        for (const QList<QByteArray> &to : std::as_const(again.value().recipients))
            QVERIFY(!to.contains(p.deviceId(alice)));
        QVERIFY(again.value().recipients.size() > 0); // the others' are still due
        QVERIFY(StreamCursors::after(coordinator.database(), p.deviceId(alice),
                                     StreamOrigin::project(me), false)
                    .value() > 0);

        // A researcher approved after all this still gets the whole project
        // stream, from counter 1, and no one's feedback.
        QVERIFY2(p.addDevice(QStringLiteral("dora")), qPrintable(p.error()));
        Workspace &dora = p.workspace(QStringLiteral("dora"));
        const Outcomes late = p.carry(kCoordinator, QStringLiteral("dora"));
        QVERIFY2(!late.isEmpty() && failures(late).isEmpty(), qPrintable(failures(late)));
        QCOMPARE(pendingEverywhere(p), 0);
        QVERIFY(hasCode(dora, codeId.value()));
        QCOMPARE(targetCount(dora), 1);
        QCOMPARE(headOf(dora, StreamOrigin::project(me)),
                 headOf(coordinator, StreamOrigin::project(me)));
        for (const QString &r : kResearchers)
            QVERIFY(!holdsText(dora, commentFor(r)));
    }

    void coordinatorsConvergeWhateverTheOrder()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kRegional, Role::Coordinator), qPrintable(p.error()));
        for (const QString &r : kResearchers)
            QVERIFY2(p.addDevice(r), qPrintable(p.error()));
        QHash<QString, QUuid> records;
        for (const QString &r : kResearchers) {
            records.insert(r, finding(p.workspace(r), QStringLiteral("finding of ") + r));
            QVERIFY(failures(p.carry(r, kCoordinator)).isEmpty());
            QVERIFY(failures(p.carry(r, kRegional)).isEmpty());
        }
        // Both coordinators answer and edit the codebook concurrently.
        Code code;
        code.nameEn = QStringLiteral("Checkpoint extortion");
        for (const QString &c : {kCoordinator, kRegional}) {
            Workspace &ws = p.workspace(c);
            QVERIFY(Codebook(ws.database(), ws.oplog()).create(code));
            for (const QString &r : kResearchers)
                QVERIFY(giveFeedback(ws, records.value(r), commentFor(r) + c));
        }
        // Duplicated one way, reordered the other, then everything again.
        p.setTransitHook(test::transit::duplicate());
        QVERIFY2(failures(p.carry(kCoordinator, kRegional)).isEmpty(), "duplicated");
        p.setTransitHook({});
        QVERIFY(failures(p.carry(kRegional, kCoordinator)).isEmpty());
        QVERIFY(failures(p.carry(kRegional, kCoordinator)).isEmpty());
        QVERIFY(failures(p.carry(kCoordinator, kRegional)).isEmpty());
        QCOMPARE(pendingEverywhere(p), 0);
        QCOMPARE(p.stateHash(kCoordinator), p.stateHash(kRegional));

        // Each researcher gets both coordinators' streams, in either order.
        for (const QString &r : kResearchers) {
            QVERIFY(failures(p.carry(kRegional, r)).isEmpty());
            QVERIFY(failures(p.carry(kCoordinator, r)).isEmpty());
            QCOMPARE(pendingEverywhere(p), 0);
            QVERIFY(holdsText(p.workspace(r), commentFor(r) + kRegional));
            QVERIFY(holdsText(p.workspace(r), commentFor(r) + kCoordinator));
        }
        QVERIFY2(p.converged(), qPrintable(p.divergence()));
    }

    void forgedStreamsAreRefusedWhole()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(QStringLiteral("alice")), qPrintable(p.error()));
        QVERIFY2(p.addDevice(QStringLiteral("bob")), qPrintable(p.error()));
        Workspace &alice = p.workspace(QStringLiteral("alice"));
        Workspace &bob = p.workspace(QStringLiteral("bob"));
        Workspace &coordinator = p.workspace(kCoordinator);
        const QUuid aliceRecord = finding(alice, QStringLiteral("finding"));
        QVERIFY(failures(p.carry(QStringLiteral("alice"), kCoordinator)).isEmpty());
        QVERIFY(giveFeedback(coordinator, aliceRecord, commentFor(QStringLiteral("alice"))));

        // Bob handed Alice's feedback stream, sealed to him by a coordinator.
        const QByteArray me = p.deviceId(kCoordinator);
        auto aliceFeedback = coordinator.oplog().opsOf(
            StreamOrigin::feedback(me, p.deviceId(QStringLiteral("alice"))));
        QVERIFY(aliceFeedback && !aliceFeedback.value().isEmpty());
        const QByteArray before = snapshot(bob);
        auto r = ChangeImporter(bob).importBytes(
            forged(p, kCoordinator, QStringLiteral("bob"), aliceFeedback.value()));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::Untrusted);
        QVERIFY2(r.error().message().contains(QStringLiteral("feedback")),
                 qPrintable(r.error().message()));
        QCOMPARE(snapshot(bob), before);
        // Nor Alice's records stream, which the coordinator holds.
        auto aliceRecords = coordinator.oplog().opsOf(p.deviceId(QStringLiteral("alice")));
        QVERIFY(aliceRecords);
        r = ChangeImporter(bob).importBytes(
            forged(p, kCoordinator, QStringLiteral("bob"), aliceRecords.value()));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::Untrusted);
        QCOMPARE(snapshot(bob), before);

        // Bob writes feedback about Alice's record, and a target, on derived
        // streams of his own: the coordinator refuses both.
        static const Role kResearcher = Role::Researcher;
        const QByteArray bobId = p.deviceId(QStringLiteral("bob"));
        const QByteArray aliceId = p.deviceId(QStringLiteral("alice"));
        QList<Op> feedback;
        QList<Op> target;
        {
            Transaction txn(bob.database());
            bob.oplog().setStreamSelector([&](const QString &, const QByteArray &,
                                              const QList<QPair<QString, QCborValue>> &) {
                return StreamOrigin::feedback(bobId, aliceId);
            });
            feedback = bob.oplog()
                           .append(QStringLiteral("review"), aliceRecord.toRfc4122(),
                                   {{QStringLiteral("state"), QStringLiteral("rejected")}})
                           .value();
            bob.oplog().setStreamSelector([&](const QString &, const QByteArray &,
                                              const QList<QPair<QString, QCborValue>> &) {
                return StreamOrigin::project(bobId);
            });
            target = bob.oplog()
                         .append(TargetStore::kEntity, QUuid::createUuid().toRfc4122(),
                                 {{QStringLiteral("indicator"), QStringLiteral("x")}})
                         .value();
            QVERIFY(txn.commit());
            AudienceSelector::install(bob.oplog(), bob.database(), kResearcher);
        }
        const QByteArray coordinatorBefore = snapshot(coordinator);
        r = ChangeImporter(coordinator)
                .importBytes(forged(p, QStringLiteral("bob"), kCoordinator, feedback));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::Untrusted);
        QVERIFY2(r.error().message().contains(QStringLiteral("only a coordinator")),
                 qPrintable(r.error().message()));
        r = ChangeImporter(coordinator)
                .importBytes(forged(p, QStringLiteral("bob"), kCoordinator, target));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::Untrusted);
        // And an op on an origin of no member (Bob's private chain).
        Op stray = target.first();
        stray.origin = OpLog::privateOriginOf(bobId);
        r = ChangeImporter(coordinator)
                .importBytes(forged(p, QStringLiteral("bob"), kCoordinator, {stray}));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::Untrusted);
        QCOMPARE(snapshot(coordinator), coordinatorBefore);
        QCOMPARE(pendingEverywhere(p), 0);
    }
};

QTEST_GUILESS_MAIN(TestStreamsByAudience)
#include "tst_streamsbyaudience.moc"
