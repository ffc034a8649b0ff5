#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "FakeClock.h"
#include "oplog/StreamOrigin.h"
#include "project/Outbox.h"
#include "ProjectTestKit.h"
#include "store/Codebook.h"
#include "TestWorkspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::projecttest;

using Kind = ChangeImporter::Outcome::Kind;

class TestChangeImporter : public QObject
{
    Q_OBJECT

    static QString exportOne(Workspace &ws, const QString &dir)
    {
        auto e = ChangeExporter::exportTo(ws, dir);
        return e ? e.value().path : QString();
    }

    static QUuid addRecord(Workspace &ws, const QString &value)
    {
        auto id =
            ws.records().create(QStringLiteral("f"), {}, {{QStringLiteral("a"), value}}, true);
        return id ? id.value() : QUuid();
    }

    // A second coordinator (the observatory) still has the manifest from
    // before Bob was approved when Bob's first bundle reaches it.
    struct LateManifest
    {
        test::FakeClock clock;
        test::TestWorkspace owner{clock.fn(), Role::Coordinator};
        test::TestWorkspace observatory{clock.fn(), Role::Coordinator};
        test::TestWorkspace bob{clock.fn()};
        QTemporaryDir usb;
        QUuid rec;
        QString file; // Bob's bundle with one record, on the stick

        void prepare()
        {
            QCOMPARE(enrol(*owner, *observatory), QString());
            QCOMPARE(enrol(*owner, *bob), QString());
            rec = addRecord(*bob, QStringLiteral("b"));
            file = exportOne(*bob, usb.path());
            QVERIFY(!file.isEmpty());
        }
    };

private slots:
    void appliesOnceThenReplayIsANoOp()
    {
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace researcher(clock.fn());
        QCOMPARE(enrol(*coordinator, *researcher), QString());
        const QUuid rec = addRecord(*researcher, QStringLiteral("x"));
        QTemporaryDir usb;
        const QString file = exportOne(*researcher, usb.path());
        QVERIFY(!file.isEmpty());
        const QByteArray fileBytes = readAll(file);

        ChangeImporter importer(*coordinator);
        auto first = importer.importFile(file);
        QVERIFY2(first, qPrintable(first.error().message()));
        QCOMPARE(first.value().kind, Kind::Applied);
        QVERIFY(first.value().applied > 0);
        // People recognise a device by the name in the manifest, not its id.
        QVERIFY2(first.value().message.contains(QStringLiteral("test device (")),
                 qPrintable(first.value().message));
        QCOMPARE(recordsHash(*coordinator, {rec}), recordsHash(*researcher, {rec}));

        const QByteArray before = snapshot(*coordinator);
        auto again = importer.importFile(file);
        QVERIFY(again);
        QCOMPARE(again.value().kind, Kind::AlreadyApplied);
        QCOMPARE(snapshot(*coordinator), before);
        QCOMPARE(readAll(file), fileBytes);
    }

    void unknownSenderWaitsInQuarantine()
    {
        LateManifest w;
        w.prepare();
        if (QTest::currentTestFailed())
            return;
        test::TestWorkspace &owner = w.owner;
        test::TestWorkspace &observatory = w.observatory;
        test::TestWorkspace &bob = w.bob;
        const QUuid rec = w.rec;
        const QString file = w.file;

        const QByteArray before = snapshot(*observatory);
        ChangeImporter importer(*observatory);
        auto held = importer.importFile(file);
        QVERIFY2(held, qPrintable(held.error().message()));
        QCOMPARE(held.value().kind, Kind::Quarantined);
        QCOMPARE(count(*observatory, "SELECT count(*) FROM quarantine"), 1);
        QCOMPARE(importer.quarantine().value().size(), 1);
        // Only the quarantine changed: not the state, not the log.
        QVERIFY(snapshot(*observatory) != before);
        QCOMPARE(snapshot(*observatory).split(' ').mid(0, 3), before.split(' ').mid(0, 3));
        QCOMPARE(observatory->records().get(rec).error().code(), ErrorCode::NotFound);

        // The manifest approving Bob arrives: the bundle is applied by itself.
        auto imported = ProjectMembership(*observatory).importManifest(manifestBytes(*owner));
        QVERIFY2(imported, qPrintable(imported.error().message()));
        QCOMPARE(imported.value().released.size(), 1);
        QVERIFY(imported.value().released.first());
        QCOMPARE(imported.value().released.first().value().kind, Kind::Applied);
        QCOMPARE(count(*observatory, "SELECT count(*) FROM quarantine"), 0);
        QVERIFY(QDir(ChangeImporter::quarantineDir(observatory.path()))
                    .entryList(QDir::Files)
                    .isEmpty());
        QCOMPARE(recordsHash(*observatory, {rec}), recordsHash(*bob, {rec}));
    }

    void anUnreadableQuarantinedBundleIsKeptAndReported()
    {
        // A read that fails once (here: the file is briefly not a file) must
        // not lose what may be the only copy of a researcher's work.
        LateManifest w;
        w.prepare();
        if (QTest::currentTestFailed())
            return;
        test::TestWorkspace &owner = w.owner;
        test::TestWorkspace &observatory = w.observatory;
        test::TestWorkspace &bob = w.bob;
        QTemporaryDir &usb = w.usb;
        const QUuid rec = w.rec;
        const QString file = w.file;
        ChangeImporter importer(*observatory);
        auto held = importer.importFile(file);
        QVERIFY2(held, qPrintable(held.error().message()));
        QCOMPARE(held.value().kind, Kind::Quarantined);

        const QDir dir(ChangeImporter::quarantineDir(observatory.path()));
        const QString name = importer.quarantine().value().first().file;
        const QString aside = usb.filePath(QStringLiteral("aside"));
        QVERIFY(QFile::rename(dir.filePath(name), aside));
        QVERIFY(dir.mkdir(name)); // opening it as a file fails

        auto imported = ProjectMembership(*observatory).importManifest(manifestBytes(*owner));
        QVERIFY2(imported, qPrintable(imported.error().message()));
        QCOMPARE(imported.value().released.size(), 1);
        QVERIFY(!imported.value().released.first());
        QCOMPARE(imported.value().released.first().error().code(), ErrorCode::Io);
        QVERIFY(imported.value().released.first().error().message().contains(name));
        QCOMPARE(count(*observatory, "SELECT count(*) FROM quarantine"), 1);

        // The disk is back: the next try applies it.
        QVERIFY(dir.rmdir(name));
        QVERIFY(QFile::rename(aside, dir.filePath(name)));
        const auto retried = ChangeImporter(*observatory).retryQuarantine();
        QCOMPARE(retried.size(), 1);
        QVERIFY2(retried.first(), qPrintable(retried.first().error().message()));
        QCOMPARE(retried.first().value().kind, Kind::Applied);
        QCOMPARE(count(*observatory, "SELECT count(*) FROM quarantine"), 0);
        QCOMPARE(recordsHash(*observatory, {rec}), recordsHash(*bob, {rec}));
    }

    void revokedSenderKeepsOnlyWhatWasAccepted()
    {
        // The revocation records how far the coordinator had accepted the
        // device's chain. A bundle the device backdates to before the
        // revocation is refused whole, here and at a second coordinator;
        // what was accepted before stays.
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace observatory(clock.fn(), Role::Coordinator);
        test::TestWorkspace researcher(clock.fn());
        QCOMPARE(enrol(*coordinator, *observatory), QString());
        QCOMPARE(enrol(*coordinator, *researcher), QString());
        const QUuid early = addRecord(*researcher, QStringLiteral("early"));
        QTemporaryDir usbEarly;
        const QString earlyFile = exportOne(*researcher, usbEarly.path());
        QVERIFY(!earlyFile.isEmpty());
        const quint64 beforeRevocation = researcher->oplog().clock().send();
        auto accepted = ChangeImporter(*coordinator).importFile(earlyFile);
        QVERIFY2(accepted, qPrintable(accepted.error().message()));

        clock.advance(60'000);
        auto revoked = ProjectAdmin(*coordinator).revoke(researcher->deviceId().toRfc4122());
        QVERIFY(revoked);
        const ManifestRevocation *r =
            revoked.value().revocation(researcher->deviceId().toRfc4122());
        QVERIFY(r);
        QVERIFY(r->acceptedCounter > 0);
        QCOMPARE(r->acceptedCounter, quint64(count(*researcher, "SELECT max(counter) FROM ops")));
        QVERIFY(ProjectMembership(*observatory).importManifest(manifestBytes(*coordinator)));

        // The revoked device writes on and stamps its bundle with a time
        // from before its revocation.
        clock.advance(60'000);
        QVERIFY(!addRecord(*researcher, QStringLiteral("late")).isNull());
        auto ops = Outbox::nextOps(researcher->database(), researcher->deviceId().toRfc4122());
        QVERIFY(ops && ops.value().last().counter > r->acceptedCounter);
        const ManifestDevice *coord = revoked.value().device(coordinator->deviceId().toRfc4122());
        const ManifestDevice *obs = revoked.value().device(observatory->deviceId().toRfc4122());
        auto backdated = BundleWriter::write(
            revoked.value().projectId, researcher->keys(), beforeRevocation, ops.value(),
            {BundleRecipient{coord->id, coord->boxPk}, BundleRecipient{obs->id, obs->boxPk}});
        QVERIFY(backdated);

        for (test::TestWorkspace *ws : {&coordinator, &observatory}) {
            const QByteArray before = snapshot(**ws);
            auto refused = ChangeImporter(**ws).importBytes(backdated.value());
            QVERIFY(!refused);
            QCOMPARE(refused.error().code(), ErrorCode::Untrusted);
            QCOMPARE(snapshot(**ws), before);
        }
        // What the coordinator had accepted stays there, and still reaches
        // the second coordinator; the late record reaches no one.
        QCOMPARE(recordsHash(*coordinator, {early}), recordsHash(*researcher, {early}));
        auto toObservatory = ChangeImporter(*observatory).importFile(earlyFile);
        QVERIFY2(toObservatory, qPrintable(toObservatory.error().message()));
        QCOMPARE(recordsHash(*observatory, {early}), recordsHash(*researcher, {early}));
        QCOMPARE(count(*coordinator, "SELECT count(*) FROM records"), 1);
        QCOMPARE(count(*observatory, "SELECT count(*) FROM records"), 1);
    }

    void aResearcherRefusesAnotherResearchersRecords()
    {
        // Minimum necessary at the bundle level: a coordinator that relays
        // Alice's findings to Bob is refused by Bob; the codebook it sends
        // him is accepted.
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace alice(clock.fn());
        test::TestWorkspace bob(clock.fn());
        QCOMPARE(enrol(*coordinator, *alice), QString());
        QCOMPARE(enrol(*coordinator, *bob), QString());
        QVERIFY(ProjectMembership(*alice).importManifest(manifestBytes(*coordinator)));
        addRecord(*alice, QStringLiteral("quote from a witness"));
        QTemporaryDir usb;
        QVERIFY(ChangeImporter(*coordinator).importFile(exportOne(*alice, usb.path())));

        const ProjectManifest m = ProjectStore(coordinator->database()).requireManifest().value();
        const ManifestDevice *bobDevice = m.device(bob->deviceId().toRfc4122());
        const QList<BundleRecipient> toBob{{bobDevice->id, bobDevice->boxPk}};
        QList<Op> aliceOps;
        {
            Statement st(coordinator->database().handle(),
                         "SELECT origin, counter, hlc, entity, row, field, value, based_on, "
                         "prev_hash, value_hash, format, hash FROM ops WHERE origin = ?1 "
                         "ORDER BY counter");
            st.bind(1, alice->deviceId().toRfc4122());
            while (st.step() == SQLITE_ROW)
                aliceOps.append(OpLog::opFromRow(st));
        }
        QVERIFY(!aliceOps.isEmpty());
        auto relayed = BundleWriter::write(m.projectId, coordinator->keys(),
                                           coordinator->oplog().clock().send(), aliceOps, toBob);
        QVERIFY(relayed);
        const QByteArray before = snapshot(*bob);
        // bundle verify says what import says, and changes nothing either.
        const QString relayFile = QDir(usb.path()).filePath(QStringLiteral("relayed.vigiabundle"));
        {
            QFile f(relayFile);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(relayed.value()) > 0);
        }
        auto verified = ChangeImporter(*bob).verifyFile(relayFile);
        QVERIFY(!verified);
        QCOMPARE(verified.error().code(), ErrorCode::Untrusted);
        QCOMPARE(snapshot(*bob), before);
        auto refused = ChangeImporter(*bob).importBytes(relayed.value());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Untrusted);
        QCOMPARE(snapshot(*bob), before);

        Code code;
        code.nameEn = QStringLiteral("Border crossing");
        code.color = QStringLiteral("#336699");
        auto created = Codebook(coordinator->database(), coordinator->oplog()).create(code);
        QVERIFY(created);
        // On the coordinator's project stream (docs/store.md, "Streams by
        // audience"), which holds nothing a researcher may not.
        auto codebookOps =
            coordinator->oplog().opsOf(StreamOrigin::project(coordinator->deviceId().toRfc4122()));
        QVERIFY(codebookOps && !codebookOps.value().isEmpty());
        for (const Op &op : codebookOps.value())
            QVERIFY2(op.entity == Codebook::kEntity || op.entity == QLatin1String("device"),
                     qPrintable(op.entity));
        auto codebook =
            BundleWriter::write(m.projectId, coordinator->keys(),
                                coordinator->oplog().clock().send(), codebookOps.value(), toBob);
        QVERIFY(codebook);
        auto applied = ChangeImporter(*bob).importBytes(codebook.value());
        QVERIFY2(applied, qPrintable(applied.error().message()));
        QCOMPARE(applied.value().kind, Kind::Applied);
        QCOMPARE(count(*bob, "SELECT count(*) FROM records"), 0);
    }

    void changesWaitingForALostBundleAreReported()
    {
        // Bundle 1 is lost, but a receipt (say from another coordinator)
        // emptied the outbox, so bundle 2 starts after a gap.
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace researcher(clock.fn());
        QCOMPARE(enrol(*coordinator, *researcher), QString());
        addRecord(*researcher, QStringLiteral("lost"));
        QTemporaryDir usb;
        auto lost = ChangeExporter::exportTo(*researcher, usb.filePath(QStringLiteral("1")));
        QVERIFY(lost && !lost.value().path.isEmpty());
        QVERIFY(Outbox::acknowledge(researcher->database(), {lost.value().bundleId}));
        const qint64 firstLate = count(*researcher, "SELECT max(counter) FROM ops") + 1;
        addRecord(*researcher, QStringLiteral("late"));
        const qint64 lastLate = count(*researcher, "SELECT max(counter) FROM ops");
        const QString late = exportOne(*researcher, usb.filePath(QStringLiteral("2")));
        QVERIFY(!late.isEmpty());

        auto r = ChangeImporter(*coordinator).importFile(late);
        QVERIFY2(r, qPrintable(r.error().message()));
        QCOMPARE(r.value().pending, int(lastLate - firstLate + 1));
        const QString msg = r.value().message;
        QVERIFY2(msg.contains(QStringLiteral("waiting")), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("numbers %1 to %2").arg(firstLate).arg(lastLate)),
                 qPrintable(msg));
        // Once the lost bundle arrives, nothing waits and nothing is said.
        auto healed = ChangeImporter(*coordinator).importFile(lost.value().path);
        QVERIFY2(healed, qPrintable(healed.error().message()));
        QCOMPARE(healed.value().pending, 0);
        QVERIFY2(!healed.value().message.contains(QStringLiteral("waiting")),
                 qPrintable(healed.value().message));
    }

    void bundleNotAddressedToUsIsRefused()
    {
        // Bob (a researcher) gets Alice's bundle: she is approved, her
        // signature is fine, but only coordinators hold a sealed key.
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace alice(clock.fn());
        test::TestWorkspace bob(clock.fn());
        QCOMPARE(enrol(*coordinator, *alice), QString());
        QCOMPARE(enrol(*coordinator, *bob), QString());
        QVERIFY(ProjectMembership(*alice).importManifest(manifestBytes(*coordinator)));
        addRecord(*alice, QStringLiteral("x"));
        QTemporaryDir usb;
        const QString file = exportOne(*alice, usb.path());
        const QByteArray before = snapshot(*bob);
        auto r = ChangeImporter(*bob).importFile(file);
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::Untrusted);
        QCOMPARE(snapshot(*bob), before);
    }

    void bundleOfAnotherProjectIsRefused()
    {
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace researcher(clock.fn());
        test::TestWorkspace otherCoordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace otherResearcher(clock.fn());
        QCOMPARE(enrol(*coordinator, *researcher), QString());
        QCOMPARE(enrol(*otherCoordinator, *otherResearcher), QString());
        addRecord(*otherResearcher, QStringLiteral("x"));
        QTemporaryDir usb;
        const QString file = exportOne(*otherResearcher, usb.path());
        const QByteArray before = snapshot(*coordinator);
        auto r = ChangeImporter(*coordinator).importFile(file);
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::Untrusted);
        QCOMPARE(snapshot(*coordinator), before);
    }

    void damagedBundleChangesNothing()
    {
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace researcher(clock.fn());
        QCOMPARE(enrol(*coordinator, *researcher), QString());
        addRecord(*researcher, QStringLiteral("x"));
        QTemporaryDir usb;
        QByteArray bytes = readAll(exportOne(*researcher, usb.path()));
        QVERIFY(!bytes.isEmpty());
        const QByteArray before = snapshot(*coordinator);
        ChangeImporter importer(*coordinator);
        for (const qsizetype at : {bytes.size() / 2, bytes.size() - 10}) {
            QByteArray damaged = bytes;
            damaged[at] = char(damaged[at] ^ 0x01);
            auto r = importer.importBytes(damaged);
            QVERIFY(!r);
            QCOMPARE(snapshot(*coordinator), before);
        }
        auto truncated = importer.importBytes(bytes.left(bytes.size() - 100));
        QVERIFY(!truncated);
        QCOMPARE(snapshot(*coordinator), before);
    }

    void verifyRollsBackWhatImportWouldDo()
    {
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace researcher(clock.fn());
        QCOMPARE(enrol(*coordinator, *researcher), QString());
        addRecord(*researcher, QStringLiteral("one"));
        addRecord(*researcher, QStringLiteral("two"));
        QTemporaryDir usb;
        const QString file = exportOne(*researcher, usb.path());
        const QByteArray before = snapshot(*coordinator);
        auto verified = ChangeImporter(*coordinator).verifyFile(file);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message()));
        QCOMPARE(snapshot(*coordinator), before);
        QVERIFY(verified.value().applied > 0);
        auto imported = ChangeImporter(*coordinator).importFile(file);
        QVERIFY(imported);
        QCOMPARE(imported.value().applied, verified.value().applied);
        QCOMPARE(count(*coordinator, "SELECT count(*) FROM records"), 2);
        auto again = ChangeImporter(*coordinator).verifyFile(file);
        QVERIFY(again);
        QCOMPARE(again.value().kind, Kind::AlreadyApplied);
    }

    void aBundleIsAppliedWholeOrNotAtAll()
    {
        // Recording the bundle fails after its ops were applied (a full
        // disk at the last write): the ops go with it.
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace researcher(clock.fn());
        QCOMPARE(enrol(*coordinator, *researcher), QString());
        addRecord(*researcher, QStringLiteral("whole or nothing"));
        QTemporaryDir usb;
        const QString file = exportOne(*researcher, usb.path());
        QVERIFY(coordinator->database().exec(
            "CREATE TEMP TRIGGER refuse_record BEFORE INSERT ON applied_bundles "
            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
        const QByteArray before = snapshot(*coordinator);
        auto failed = ChangeImporter(*coordinator).importFile(file);
        QVERIFY(!failed);
        QVERIFY(!failed.error().message().isEmpty());
        QCOMPARE(snapshot(*coordinator), before);
        QCOMPARE(count(*coordinator, "SELECT count(*) FROM records"), 0);

        QVERIFY(coordinator->database().exec("DROP TRIGGER refuse_record"));
        auto imported = ChangeImporter(*coordinator).importFile(file);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message()));
        QCOMPARE(imported.value().kind, Kind::Applied);
        QCOMPARE(count(*coordinator, "SELECT count(*) FROM records"), 1);
    }

    void forkedHistoryIsRefusedWhole()
    {
        // Two bundles claim the same counters with different contents: the
        // researcher's workspace restored from an old backup kept writing.
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace researcher(clock.fn());
        QCOMPARE(enrol(*coordinator, *researcher), QString());
        const QString backup = researcher.path() + QStringLiteral("-backup");
        QVERIFY(QDir().mkpath(backup));
        researcher.close();
        for (const QString &name : QDir(researcher.path()).entryList(QDir::Files))
            QVERIFY(
                QFile::copy(QDir(researcher.path()).filePath(name), QDir(backup).filePath(name)));
        QVERIFY(researcher.reopen(clock.fn()));
        addRecord(*researcher, QStringLiteral("original"));
        QTemporaryDir usb1;
        const QString first = exportOne(*researcher, usb1.path());
        QVERIFY(ChangeImporter(*coordinator).importFile(first));

        researcher.close();
        auto restored = Workspace::open(backup, test::TestWorkspace::kPassphrase, clock.fn());
        QVERIFY(restored);
        clock.advance(1000);
        addRecord(*restored.value(), QStringLiteral("diverged"));
        QTemporaryDir usb2;
        const QString second = exportOne(*restored.value(), usb2.path());
        QVERIFY(!second.isEmpty());
        const QByteArray before = snapshot(*coordinator);
        auto verified = ChangeImporter(*coordinator).verifyFile(second);
        QVERIFY(!verified);
        QCOMPARE(verified.error().code(), ErrorCode::ChainBroken);
        QCOMPARE(snapshot(*coordinator), before);
        auto r = ChangeImporter(*coordinator).importFile(second);
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::ChainBroken);
        QCOMPARE(snapshot(*coordinator), before);
        restored.value().reset();
        QDir(backup).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestChangeImporter)
#include "tst_changeimporter.moc"
