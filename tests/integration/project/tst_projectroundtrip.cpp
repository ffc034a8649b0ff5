// Researcher → USB stick → coordinator → receipt → researcher, with two
// researchers, through the same files vigiactl writes (invitation, join
// request, manifest, bundles, receipts), ending with equal state on every
// side for everything that was synced.

#include "crypto/Fingerprint.h"
#include "FakeClock.h"
#include "project/Outbox.h"
#include "project/ReceiptBook.h"
#include "project/SignedFile.h"
#include "ProjectTestKit.h"
#include "TestWorkspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::projecttest;

using Kind = ChangeImporter::Outcome::Kind;

class TestProjectRoundTrip : public QObject
{
    Q_OBJECT

    static QString file(const QTemporaryDir &usb, const char *name)
    {
        return QDir(usb.path()).filePath(QLatin1String(name));
    }

    static QUuid record(Workspace &ws, const QString &value, bool finalize)
    {
        auto id = ws.records().create(QStringLiteral("incident"), QStringLiteral("1"),
                                      {{QStringLiteral("summary"), value}}, finalize);
        return id ? id.value() : QUuid();
    }

private slots:
    void twoResearchersOneCoordinator()
    {
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace alice(clock.fn());
        test::TestWorkspace bob(clock.fn());
        QVERIFY(coordinator.isValid() && alice.isValid() && bob.isValid());
        QTemporaryDir usb;

        // Coordinator: project and invitation on the stick.
        ProjectAdmin admin(*coordinator);
        QVERIFY(admin.create(QStringLiteral("Frontera Sur"), QStringLiteral("BR"),
                             QStringLiteral("https://hub.example.org")));
        QVERIFY(SignedFile::writeFile(file(usb, "invitation.vigia"), admin.invitation().value()));

        // Researchers: join, pin, write requests.
        for (const auto &[ws, out] :
             {std::pair{&alice, "alice.request"}, std::pair{&bob, "bob.request"}}) {
            ProjectMembership m(**ws);
            auto inv = m.join(SignedFile::readFile(file(usb, "invitation.vigia")).value());
            QVERIFY(inv);
            QCOMPARE(
                Fingerprint::format(inv.value().keyFingerprint()),
                Fingerprint::ofKey(
                    ProjectStore(coordinator->database()).requireManifest().value().projectPk));
            QVERIFY(SignedFile::writeFile(file(usb, out), m.request().value()));
        }

        // Coordinator approves both (after comparing fingerprints) and
        // writes the manifest.
        for (const char *name : {"alice.request", "bob.request"}) {
            auto request = JoinRequest::open(SignedFile::readFile(file(usb, name)).value());
            QVERIFY(request);
            QVERIFY(admin.approve(request.value(), Role::Researcher));
        }
        QVERIFY(SignedFile::writeFile(file(usb, "manifest.vigia"), manifestBytes(*coordinator)));
        for (auto *ws : {&alice, &bob}) {
            auto imported = ProjectMembership(**ws).importManifest(
                SignedFile::readFile(file(usb, "manifest.vigia")).value());
            QVERIFY2(imported, qPrintable(imported.error().message()));
            QCOMPARE(imported.value().manifest.version, quint64(3));
        }

        // Field work: Alice leaves one record as a draft, between two finished
        // ones; the draft stays on her device and holds nothing back.
        clock.advance(3'600'000);
        const QUuid a1 = record(*alice, QStringLiteral("crossing at dawn"), true);
        const QUuid aDraft = record(*alice, QStringLiteral("unfinished"), false);
        const QUuid a2 = record(*alice, QStringLiteral("checkpoint"), true);
        const QUuid b1 = record(*bob, QStringLiteral("shelter"), true);
        clock.advance(1000);
        const QUuid b2 = record(*bob, QStringLiteral("road closed"), true);

        // Each exports to the stick.
        const QString aliceDir = QDir(usb.path()).filePath(QStringLiteral("alice"));
        const QString bobDir = QDir(usb.path()).filePath(QStringLiteral("bob"));
        auto aliceOut = ChangeExporter::exportTo(*alice, aliceDir);
        auto bobOut = ChangeExporter::exportTo(*bob, bobDir);
        QVERIFY(aliceOut && bobOut);
        QVERIFY(!aliceOut.value().path.isEmpty() && !bobOut.value().path.isEmpty());

        // Coordinator imports both folders.
        ChangeImporter importer(*coordinator);
        for (const QString &dir : {aliceDir, bobDir}) {
            const auto results = importer.importDir(dir);
            QCOMPARE(results.size(), 1);
            QVERIFY2(results.first().second, qPrintable(results.first().second.error().message()));
            QCOMPARE(results.first().second.value().kind, Kind::Applied);
            QCOMPARE(results.first().second.value().pending, 0);
        }
        QCOMPARE(recordsHash(*coordinator, {a1, a2}), recordsHash(*alice, {a1, a2}));
        QCOMPARE(recordsHash(*coordinator, {b1, b2}), recordsHash(*bob, {b1, b2}));
        QCOMPARE(coordinator->records().get(aDraft).error().code(), ErrorCode::NotFound);

        // Receipts back to the researchers.
        QVERIFY(SignedFile::writeFile(file(usb, "receipt.vigia"),
                                      ReceiptBook::issue(*coordinator).value()));
        for (auto *ws : {&alice, &bob}) {
            auto accepted =
                ReceiptBook::accept(**ws, SignedFile::readFile(file(usb, "receipt.vigia")).value());
            QVERIFY2(accepted, qPrintable(accepted.error().message()));
        }
        QCOMPARE(Outbox::pendingCount(bob->database()).value(), 0);
        QCOMPARE(Outbox::pendingCount(alice->database()).value(), 0);

        // Alice finalizes her draft; the next bundle carries exactly it.
        clock.advance(1000);
        QVERIFY(alice->records().finalize(aDraft));
        const QString second = QDir(usb.path()).filePath(QStringLiteral("alice2"));
        auto aliceOut2 = ChangeExporter::exportTo(*alice, second);
        QVERIFY(aliceOut2);
        QCOMPARE(aliceOut2.value().opCount, Outbox::pendingCount(alice->database()).value());
        auto applied = importer.importFile(aliceOut2.value().path);
        QVERIFY2(applied, qPrintable(applied.error().message()));
        QCOMPARE(applied.value().pending, 0);

        // Replaying the first bundle changes nothing.
        const QByteArray before = snapshot(*coordinator);
        auto replay = importer.importFile(aliceOut.value().path);
        QVERIFY(replay);
        QCOMPARE(replay.value().kind, Kind::AlreadyApplied);
        QCOMPARE(snapshot(*coordinator), before);

        QVERIFY(SignedFile::writeFile(file(usb, "receipt2.vigia"),
                                      ReceiptBook::issue(*coordinator).value()));
        QVERIFY(
            ReceiptBook::accept(*alice, SignedFile::readFile(file(usb, "receipt2.vigia")).value()));
        QCOMPARE(Outbox::pendingCount(alice->database()).value(), 0);

        // Every synced record is the same on both sides; the coordinator's
        // change log holds both researchers' complete, intact chains.
        QCOMPARE(recordsHash(*coordinator, {a1, a2, aDraft}),
                 recordsHash(*alice, {a1, a2, aDraft}));
        QCOMPARE(recordsHash(*coordinator, {b1, b2}), recordsHash(*bob, {b1, b2}));
        QVERIFY(coordinator->oplog().verify().value().isEmpty());
        for (auto *ws : {&alice, &bob}) {
            auto theirs = (*ws)->oplog().opsOf((*ws)->deviceId().toRfc4122());
            auto mine = coordinator->oplog().opsOf((*ws)->deviceId().toRfc4122());
            QCOMPARE(mine.value().size(), theirs.value().size());
            QCOMPARE(mine.value().last().hash(), theirs.value().last().hash());
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectRoundTrip)
#include "tst_projectroundtrip.moc"
