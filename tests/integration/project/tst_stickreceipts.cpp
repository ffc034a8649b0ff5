// Over USB sticks alone, what a bundle carries stays bounded: every export
// leaves its device's receipt beside its bundles and importing the folder
// accepts the others' (ReceiptBook::writeBeside / acceptBeside), so a
// coordinator's share for a researcher and the researcher's own outbox stop
// growing without a receipt step. A coordinator alone in its project has
// nothing to send, not an error, and loses nothing for the members it
// approves later.

#include "FakeProject.h"
#include "ProjectTestKit.h"

#include "bundle/BundleReader.h"
#include "db/Statement.h"
#include "oplog/OpLog.h"
#include "store/Codebook.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace vigia;
using namespace vigia::projecttest;
using test::FakeProject;

namespace {
const QString kAlice = QStringLiteral("alice");
const QString kRegional = QStringLiteral("regional");
const QString &kCoordinator = FakeProject::kCoordinator;

bool hasCode(Workspace &ws, const QString &name)
{
    Statement st(ws.database().handle(), "SELECT 1 FROM codes WHERE name_en = ?1");
    st.bindText(1, name);
    return st.step() == SQLITE_ROW;
}

// Every bundle of a folder applied or already applied.
QString importFailures(Workspace &ws, const QString &dir)
{
    ChangeImporter importer(ws);
    QStringList out;
    const auto results = importer.importDir(dir);
    for (const auto &[path, r] : results) {
        if (!r)
            out << path + QStringLiteral(": ") + r.error().message();
    }
    if (results.isEmpty())
        out << QStringLiteral("no bundle in ") + dir;
    return out.join(QStringLiteral(" | "));
}

struct Round
{
    int opsToAlice = 0; // in the coordinator's bundles for alice
    qint64 bytesToAlice = 0;
    int opsFromAlice = 0;
};

// Five rounds of a finding up and its feedback down, on fresh sticks. With
// `receipts` false, the receipts are taken off each stick before it is
// imported: how it was before they travelled with the bundles.
QList<Round> fiveRounds(FakeProject &p, bool receipts, QString *error)
{
    Workspace &alice = p.workspace(kAlice);
    Workspace &coordinator = p.workspace(kCoordinator);
    const QByteArray aliceId = p.deviceId(kAlice);
    const auto dropReceipts = [receipts](const QString &dir) {
        if (receipts)
            return;
        for (const QString &name : QDir(dir).entryList({QStringLiteral("*.vigiareceipt")}))
            QFile::remove(QDir(dir).filePath(name));
    };
    QList<Round> rounds;
    for (int i = 0; i < 5; ++i) {
        Round round;
        const QString up = QDir(p.root()).filePath(QStringLiteral("up-%1-%2").arg(receipts).arg(i));
        const QString down =
            QDir(p.root()).filePath(QStringLiteral("down-%1-%2").arg(receipts).arg(i));
        const QUuid id = finding(alice, QStringLiteral("finding %1").arg(i));
        auto fromAlice = ChangeExporter::exportTo(alice, up);
        if (!fromAlice) {
            *error = fromAlice.error().message();
            return {};
        }
        round.opsFromAlice = fromAlice.value().opCount;
        dropReceipts(up);
        if (QString e = importFailures(coordinator, up); !e.isEmpty()) {
            *error = e;
            return {};
        }
        if (!giveFeedback(coordinator, id, QStringLiteral("check the date of %1").arg(i))) {
            *error = QStringLiteral("no feedback");
            return {};
        }
        auto toAlice = ChangeExporter::exportTo(coordinator, down);
        if (!toAlice) {
            *error = toAlice.error().message();
            return {};
        }
        const ChangeExporter::Exported &e = toAlice.value();
        for (qsizetype b = 0; b < e.paths.size(); ++b) {
            if (!e.recipients.at(b).contains(aliceId))
                continue;
            const QByteArray bytes = readAll(e.paths.at(b));
            round.bytesToAlice += bytes.size();
            round.opsToAlice += int(BundleReader::parse(bytes).value().header().opCount);
        }
        dropReceipts(down);
        if (QString err = importFailures(alice, down); !err.isEmpty()) {
            *error = err;
            return {};
        }
        rounds.append(round);
    }
    return rounds;
}
} // namespace

class TestStickReceipts : public QObject
{
    Q_OBJECT

private slots:
    void theFifthRoundCarriesOnlyItsOwnChanges()
    {
        QString error;
        QList<Round> before;
        {
            FakeProject p;
            QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
            before = fiveRounds(p, false, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        const QList<Round> after = fiveRounds(p, true, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(after.size(), 5);
        for (int i = 0; i < 5; ++i)
            qInfo("round %d to alice: %d ops, %lld bytes without receipts on the stick; %d ops, "
                  "%lld bytes with them. From alice: %d ops, then %d",
                  i + 1, before.at(i).opsToAlice, before.at(i).bytesToAlice, after.at(i).opsToAlice,
                  after.at(i).bytesToAlice, before.at(i).opsFromAlice, after.at(i).opsFromAlice);

        // Without them every round carries all the rounds before it again.
        QVERIFY(before.at(4).opsToAlice >= before.at(1).opsToAlice + 6);
        QVERIFY(before.at(4).opsFromAlice > before.at(1).opsFromAlice);
        // With them the fifth carries what the second did: its own round.
        QCOMPARE(after.at(4).opsToAlice, after.at(1).opsToAlice);
        QCOMPARE(after.at(4).opsFromAlice, after.at(1).opsFromAlice);
        QVERIFY(after.at(4).bytesToAlice < before.at(4).bytesToAlice);
        // Nothing is left waiting at either end but the last round's.
        QVERIFY(count(p.workspace(kCoordinator), "SELECT count(*) FROM stream_acks") > 0);
        QCOMPARE(count(p.workspace(kAlice), "SELECT count(*) FROM pending_ops"), qint64(0));
        QVERIFY(p.converged());
    }

    // A receipt another project's device left on the stick is someone
    // else's: skipped, and the bundles still import.
    void aForeignReceiptOnTheStickIsSkipped()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        FakeProject other;
        QVERIFY2(other.addDevice(kAlice), qPrintable(other.error()));
        QVERIFY(!finding(other.workspace(kAlice), QStringLiteral("elsewhere")).isNull());
        QCOMPARE(other.carry(kAlice, kCoordinator).size(), 1);
        QTemporaryDir stick;
        auto foreign = ChangeExporter::exportTo(other.workspace(kCoordinator), stick.path());
        QVERIFY(foreign);
        QVERIFY(!foreign.value().receiptPaths.isEmpty());
        for (const QString &path : foreign.value().paths)
            QVERIFY(QFile::remove(path));

        QVERIFY(!finding(p.workspace(kAlice), QStringLiteral("here")).isNull());
        auto mine = ChangeExporter::exportTo(p.workspace(kAlice), stick.path());
        QVERIFY(mine);
        ChangeImporter importer(p.workspace(kCoordinator));
        const auto results = importer.importDir(stick.path());
        QCOMPARE(results.size(), 1);
        QVERIFY(results.first().second);
        // Alice's own receipts, if she applied anything yet, are the only ones.
        QCOMPARE(importer.receiptsAccepted(), int(mine.value().receiptPaths.size()));
    }

    void aLoneCoordinatorHasNothingToSendAndLosesNothing()
    {
        FakeProject p;
        QVERIFY2(p.isValid(), qPrintable(p.error()));
        Workspace &coordinator = p.workspace(kCoordinator);
        QVERIFY(!finding(coordinator, QStringLiteral("seen at the border")).isNull());
        Code code;
        code.nameEn = QStringLiteral("Checkpoint extortion");
        QVERIFY(Codebook(coordinator.database(), coordinator.oplog()).create(code));

        QTemporaryDir stick;
        auto alone = ChangeExporter::exportTo(coordinator, stick.path());
        QVERIFY2(alone, qPrintable(alone ? QString() : alone.error().message()));
        QVERIFY(alone.value().alone);
        QVERIFY(alone.value().paths.isEmpty());
        QCOMPARE(alone.value().opCount, 0);

        // The first researcher gets the project stream whole...
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        const auto toAlice = p.carry(kCoordinator, kAlice);
        QVERIFY(!toAlice.isEmpty() && toAlice.first());
        QVERIFY(hasCode(p.workspace(kAlice), code.nameEn));
        QCOMPARE(count(p.workspace(kAlice), "SELECT count(*) FROM pending_ops"), qint64(0));
        // ...and once it has acknowledged, nothing is due, which is no
        // failure either.
        QVERIFY(p.carryReceipt(kAlice, kCoordinator));
        auto current = ChangeExporter::exportTo(coordinator, stick.path());
        QVERIFY2(current, qPrintable(current ? QString() : current.error().message()));
        QVERIFY(current.value().paths.isEmpty());
        QVERIFY(!current.value().alone);

        // A second coordinator gets the records written alone.
        QVERIFY2(p.addDevice(kRegional, Role::Coordinator), qPrintable(p.error()));
        const auto toRegional = p.carry(kCoordinator, kRegional);
        QVERIFY(!toRegional.isEmpty() && toRegional.first());
        QCOMPARE(count(p.workspace(kRegional), "SELECT count(*) FROM records"), qint64(1));
        QVERIFY(hasCode(p.workspace(kRegional), code.nameEn));
    }
};

QTEST_GUILESS_MAIN(TestStickReceipts)
#include "tst_stickreceipts.moc"
