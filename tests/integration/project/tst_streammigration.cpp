// Workspaces from before streams by audience (schema 9): a coordinator's
// codebook edits and targets sit on its records stream (its device id),
// which researchers may not hold. Schema 11 flags such a store; its first
// export as a coordinator writes the current values again onto its project
// stream (StreamMigration), so researchers get the whole project-wide state
// as whole chains while the old chain stays as it was for coordinators.
//
// Today's workspace writes project-wide ops onto the project stream, so the
// test writes what the old one wrote by taking the selector away (every
// shared op then goes on the device id's chain, exactly as before) and sets
// the flag schema 11 sets on an old store.

#include "FakeProject.h"
#include "ProjectTestKit.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"
#include "oplog/StreamOrigin.h"
#include "store/AudienceSelector.h"
#include "store/Codebook.h"
#include "store/Migrations.h"
#include "store/TargetStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::projecttest;
using test::FakeProject;

namespace {
const QString kAlice = QStringLiteral("alice");
const QString kDeputy = QStringLiteral("deputy");
const QString &kCoordinator = FakeProject::kCoordinator;

QString failures(const QList<Result<ChangeImporter::Outcome>> &outcomes)
{
    QStringList out;
    for (const auto &o : outcomes) {
        if (!o)
            out << o.error().message();
    }
    return out.join(QStringLiteral(" | "));
}

qint64 flagged(Database &db)
{
    Statement st(db.handle(), "SELECT count(*) FROM settings WHERE key = 'streams_republish'");
    return st.step() == SQLITE_ROW ? st.columnInt64(0) : -1;
}

qint64 pendingEverywhere(FakeProject &p)
{
    qint64 n = 0;
    for (const QString &name : p.devices())
        n += count(p.workspace(name), "SELECT count(*) FROM pending_ops");
    return n;
}

QString codeName(Workspace &ws, const QUuid &id)
{
    Statement st(ws.database().handle(), "SELECT name_en FROM codes WHERE id = ?1");
    st.bind(1, id.toRfc4122());
    return st.step() == SQLITE_ROW ? st.columnText(0) : QString();
}
} // namespace

class TestStreamMigration : public QObject
{
    Q_OBJECT

private slots:
    void schemaTenFlagsOnlyStoresThatHeldOps()
    {
        QTemporaryDir dir;
        for (const bool withOps : {false, true}) {
            const QString path =
                dir.filePath(withOps ? QStringLiteral("old.db") : QStringLiteral("new.db"));
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(Migrations::migrateTo(*db.value(), 9));
            if (withOps) {
                OpLog log(*db.value(), QUuid::createUuid().toRfc4122());
                Transaction txn(*db.value());
                QVERIFY(log.append(Codebook::kEntity, QUuid::createUuid().toRfc4122(),
                                   QStringLiteral("name_en"), QStringLiteral("old edit")));
                QVERIFY(txn.commit());
            }
            QVERIFY(Migrations::migrate(*db.value()));
            QCOMPARE(flagged(*db.value()), withOps ? 1 : 0);
        }
    }

    void oldProjectStateReachesResearchersOnce()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kDeputy, Role::Coordinator), qPrintable(p.error()));
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        Workspace &coordinator = p.workspace(kCoordinator);
        const QByteArray me = p.deviceId(kCoordinator);

        // The old code at work: a code created and renamed, a target set,
        // all on the device id's chain; the deputy got them as such.
        coordinator.oplog().setStreamSelector({});
        Code code;
        code.nameEn = QStringLiteral("Checkpoint extortion");
        Codebook codebook(coordinator.database(), coordinator.oplog());
        auto codeId = codebook.create(code);
        QVERIFY(codeId);
        QVERIFY(codebook.rename(codeId.value(), QStringLiteral("en"),
                                QStringLiteral("Extortion at checkpoints")));
        Target t;
        t.country = QStringLiteral("GT");
        t.indicator = QStringLiteral("victims_identified");
        t.unit = QStringLiteral("count");
        t.baselineValue = 100;
        t.baselineYear = 2020;
        t.targetValue = 200;
        t.targetDate = QDate(2024, 12, 31);
        QVERIFY(TargetStore(coordinator.database(), coordinator.oplog(), Role::Coordinator).set(t));
        QVERIFY(failures(p.carry(kCoordinator, kDeputy)).isEmpty());
        const qint64 oldOps = count(coordinator, "SELECT count(*) FROM ops");
        {
            Statement st(coordinator.database().handle(),
                         "SELECT count(*) FROM ops WHERE origin = ?1 AND entity = 'code'");
            st.bind(1, me);
            QVERIFY(st.step() == SQLITE_ROW && st.columnInt64(0) > 0);
        }

        // The upgrade: schema 11's flag, today's selector.
        QVERIFY(coordinator.database().exec(
            "INSERT INTO settings(key, value) VALUES ('streams_republish', 1)"));
        static const Role kCoordinatorRole = Role::Coordinator;
        AudienceSelector::install(coordinator.oplog(), coordinator.database(), kCoordinatorRole);

        QVERIFY(failures(p.carry(kCoordinator, kAlice)).isEmpty());
        QCOMPARE(flagged(coordinator.database()), 0);
        Workspace &alice = p.workspace(kAlice);
        QCOMPARE(codeName(alice, codeId.value()), QStringLiteral("Extortion at checkpoints"));
        QCOMPARE(TargetStore(alice.database(), alice.oplog(), alice.role()).list().value().size(),
                 1);
        QCOMPARE(pendingEverywhere(p), 0);
        // Alice holds no op of the coordinator's records stream.
        {
            Statement st(alice.database().handle(), "SELECT count(*) FROM ops WHERE origin = ?1");
            st.bind(1, me);
            QVERIFY(st.step() == SQLITE_ROW);
            QCOMPARE(st.columnInt64(0), 0);
        }

        // The coordinators keep the old chain whole and see equal values.
        QVERIFY(failures(p.carry(kCoordinator, kDeputy)).isEmpty());
        QCOMPARE(pendingEverywhere(p), 0);
        QCOMPARE(codeName(p.workspace(kDeputy), codeId.value()),
                 QStringLiteral("Extortion at checkpoints"));
        QVERIFY(failures(p.carry(kAlice, kCoordinator)).isEmpty());
        QVERIFY(failures(p.carry(kAlice, kDeputy)).isEmpty());
        QVERIFY(failures(p.carry(kDeputy, kCoordinator)).isEmpty());
        QVERIFY2(p.converged(), qPrintable(p.divergence()));

        // Once only.
        const qint64 afterMigration = count(coordinator, "SELECT count(*) FROM ops");
        QVERIFY(afterMigration > oldOps);
        QTemporaryDir usb;
        QVERIFY(ChangeExporter::exportTo(coordinator, usb.path()));
        QCOMPARE(count(coordinator, "SELECT count(*) FROM ops"), afterMigration);
        QVERIFY(coordinator.oplog().opsOf(StreamOrigin::project(me)).value().size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestStreamMigration)
#include "tst_streammigration.moc"
