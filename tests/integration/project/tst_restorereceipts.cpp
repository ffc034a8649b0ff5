// A workspace restored from a backup learns from a receipt that its lost
// copy sent more than the backup holds, on any of its chains: a receipt
// says how far its signer holds each stream of the other devices
// (Receipt::heads), so a coordinator whose lost laptop sent a codebook edit
// or feedback to a researcher after the backup stays held, saying why, over
// USB sticks alone (RestoreMark::sentAfterBackup). The heads carry the
// hash of the op at each counter, so a restored copy that already wrote
// other ops under counters the lost copy used is caught too (a fork).

#include "FakeProject.h"
#include "ProjectTestKit.h"

#include "oplog/OpLog.h"
#include "project/Receipt.h"
#include "project/ReceiptBook.h"
#include "store/Codebook.h"
#include "store/RestoreMark.h"
#include "store/WorkspaceBackup.h"
#include "TestWorkspace.h"
#include "VigiactlRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

using namespace vigia;
using namespace vigia::projecttest;
using test::FakeProject;

namespace {
const QString kAlice = QStringLiteral("alice");
const QString &kCoordinator = FakeProject::kCoordinator;

bool editCodebook(Workspace &ws)
{
    Code code;
    code.nameEn = QStringLiteral("Checkpoint extortion");
    return bool(Codebook(ws.database(), ws.oplog()).create(code));
}

// Refusals, and an empty carry when `some` bundle was due.
QString failures(const QList<Result<ChangeImporter::Outcome>> &outcomes, bool some = true)
{
    QStringList out;
    for (const auto &o : outcomes) {
        if (!o)
            out << o.error().message();
    }
    return outcomes.isEmpty() && some ? QStringLiteral("nothing carried")
                                      : out.join(QStringLiteral(" | "));
}

std::optional<RestoreMark::Mark> markOf(Workspace &ws)
{
    auto mark = RestoreMark::read(ws.database());
    return mark ? mark.value() : std::nullopt;
}
} // namespace

class TestRestoreReceipts : public QObject
{
    Q_OBJECT

private:
    // The coordinator with alice's finding, its streams at alice, and a
    // backup of it taken then; `after` is what its lost laptop does next.
    std::unique_ptr<Workspace> restoredAfter(FakeProject &p, const std::function<bool()> &after)
    {
        const QString file = QDir(m_tmp.path()).filePath(QStringLiteral("backup-%1").arg(++m_n));
        if (!WorkspaceBackup::backup(p.workspace(kCoordinator), file))
            return nullptr;
        if (after && !after())
            return nullptr;
        const QString dir = QDir(m_tmp.path()).filePath(QStringLiteral("restored-%1").arg(m_n));
        if (!WorkspaceBackup::restore(file, test::TestWorkspace::kPassphrase, dir))
            return nullptr;
        auto ws = Workspace::open(dir, test::TestWorkspace::kPassphrase);
        return ws ? ws.take() : nullptr;
    }

    QTemporaryDir m_tmp;
    int m_n = 0;

private slots:
    void aReceiptHoldingMoreThanTheBackupKeepsSendingHeld_data()
    {
        QTest::addColumn<bool>("feedback");
        QTest::newRow("project stream") << false;
        QTest::newRow("feedback stream") << true;
    }
    void aReceiptHoldingMoreThanTheBackupKeepsSendingHeld()
    {
        QFETCH(bool, feedback);
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        Workspace &coordinator = p.workspace(kCoordinator);
        const QUuid id = finding(p.workspace(kAlice), QStringLiteral("finding"));
        QVERIFY(!id.isNull());
        QCOMPARE(failures(p.carry(kAlice, kCoordinator)), QString());
        QCOMPARE(failures(p.carry(kCoordinator, kAlice), false), QString());

        // The lost laptop answers alice after the backup, on a stream other
        // than its records: its records chain stays where the backup has it.
        auto restored = restoredAfter(p, [&] {
            const qint64 outbox = count(coordinator, "SELECT count(*) FROM outbox");
            return (feedback ? giveFeedback(coordinator, id, QStringLiteral("check the date"))
                             : editCodebook(coordinator)) &&
                   count(coordinator, "SELECT count(*) FROM outbox") == outbox &&
                   failures(p.carry(kCoordinator, kAlice)).isEmpty();
        });
        QVERIFY(restored);
        QVERIFY(markOf(*restored));
        QCOMPARE(markOf(*restored)->sentAfterBackup, quint64(0));

        auto receipt = ReceiptBook::issue(p.workspace(kAlice));
        QVERIFY(receipt);
        auto accepted = ReceiptBook::accept(*restored, receipt.value());
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message()));
        QVERIFY(accepted.value().sentAfterBackup > 0);
        QVERIFY(markOf(*restored));
        QCOMPARE(markOf(*restored)->sentAfterBackup, accepted.value().sentAfterBackup);

        auto exported = ChangeExporter::exportTo(*restored, m_tmp.filePath(QStringLiteral("usb")));
        QVERIFY(!exported);
        QCOMPARE(exported.error().code(), ErrorCode::Validation);
        QVERIFY2(exported.error().message().contains(
                     QStringLiteral("a receipt shows that the lost copy of this device sent")),
                 qPrintable(exported.error().message()));
        // A later receipt showing less does not lower it.
        auto again = ReceiptBook::accept(*restored, receipt.value());
        QVERIFY(again);
        QCOMPARE(markOf(*restored)->sentAfterBackup, accepted.value().sentAfterBackup);
    }

    // `vigiactl receipt import` says at once what the lost copy sent, as the
    // refused export would later.
    void receiptImportSaysWhatTheLostCopySent()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        Workspace &coordinator = p.workspace(kCoordinator);
        QVERIFY(!finding(p.workspace(kAlice), QStringLiteral("finding")).isNull());
        QCOMPARE(failures(p.carry(kAlice, kCoordinator)), QString());
        QCOMPARE(failures(p.carry(kCoordinator, kAlice), false), QString());
        auto restored = restoredAfter(p, [&] {
            return editCodebook(coordinator) && failures(p.carry(kCoordinator, kAlice)).isEmpty();
        });
        QVERIFY(restored);
        const QString dir = restored->path();
        restored.reset(); // vigiactl opens it now

        auto receipt = ReceiptBook::issue(p.workspace(kAlice));
        QVERIFY(receipt);
        const QString file = m_tmp.filePath(QStringLiteral("alice.vigiareceipt"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(receipt.value()), receipt.value().size());
        out.close();

        const test::VigiactlRunner cli(dir);
        const test::CliRun text =
            cli.run({QStringLiteral("receipt"), QStringLiteral("import"), file});
        QVERIFY2(text.exitCode == 0, qPrintable(text.errText()));
        auto mark = RestoreMark::read(
            Workspace::open(dir, test::TestWorkspace::kPassphrase).value()->database());
        QVERIFY(mark && mark.value());
        const quint64 sent = mark.value()->sentAfterBackup;
        QVERIFY(sent > 0);
        QVERIFY2(text.outText().contains(
                     QStringLiteral("a receipt shows that the lost copy of this device sent %1 "
                                    "change")
                         .arg(sent)),
                 qPrintable(text.outText()));
        const test::CliRun json = cli.run(
            {QStringLiteral("--json"), QStringLiteral("receipt"), QStringLiteral("import"), file});
        QVERIFY2(json.exitCode == 0, qPrintable(json.errText()));
        const QJsonObject answer = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(answer.value(QStringLiteral("sent_after_backup")).toInteger(), qint64(sent));
    }

    // The lost laptop sent a codebook edit after the backup; the restored
    // copy, not knowing, wrote edits of its own under the same counters and
    // further. The receipt's counters are within the store's, but the
    // hashes there differ: a fork, held like ops sent after the backup.
    void aReceiptWithOtherHashesAtOurCountersIsAFork()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        Workspace &coordinator = p.workspace(kCoordinator);
        QVERIFY(!finding(p.workspace(kAlice), QStringLiteral("finding")).isNull());
        QCOMPARE(failures(p.carry(kAlice, kCoordinator)), QString());
        QCOMPARE(failures(p.carry(kCoordinator, kAlice), false), QString());
        auto restored = restoredAfter(p, [&] {
            return editCodebook(coordinator) && failures(p.carry(kCoordinator, kAlice)).isEmpty();
        });
        QVERIFY(restored);
        QVERIFY(editCodebook(*restored));
        QVERIFY(editCodebook(*restored));

        auto receipt = ReceiptBook::issue(p.workspace(kAlice));
        QVERIFY(receipt);
        auto opened = Receipt::open(receipt.value(), nullptr);
        QVERIFY(opened);
        for (const Receipt::Head &head : opened.value().heads)
            QCOMPARE(head.hash.size(), 32);
        auto accepted = ReceiptBook::accept(*restored, receipt.value());
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message()));
        QCOMPARE(accepted.value().sentAfterBackup, quint64(0));
        QVERIFY(accepted.value().forked);
        QVERIFY(markOf(*restored));
        QVERIFY(markOf(*restored)->forked);

        auto exported = ChangeExporter::exportTo(*restored, m_tmp.filePath(QStringLiteral("usb3")));
        QVERIFY(!exported);
        QCOMPARE(exported.error().code(), ErrorCode::Validation);
        QVERIFY2(exported.error().message().contains(QStringLiteral("two versions of this device's "
                                                                    "history")),
                 qPrintable(exported.error().message()));
        QVERIFY2(exported.error().message().contains(
                     QStringLiteral("under the same numbers as changes written here")),
                 qPrintable(exported.error().message()));
        // The mark keeps it: a receipt without the fork does not clear it.
        QVERIFY(RestoreMark::read(restored->database()).value()->forked);
    }

    // Heads without a hash (all of them in receipts written before hashes
    // were added: no "head_hashes") still read, beside heads with one.
    void aReceiptWithoutHashesIsStillRead()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        QVERIFY2(coordinator.isValid(), qPrintable(coordinator.error()));
        Receipt r;
        r.projectId = QByteArray(16, 'p');
        r.deviceId = coordinator->deviceId().toRfc4122();
        r.bundleIds = {QByteArray(32, 'b')};
        r.heads = {{QByteArray(16, 'a'), 7, {}}, {QByteArray(16, 'c'), 3, QByteArray(32, 'h')}};
        auto opened = Receipt::open(r.sign(coordinator->keys()), nullptr);
        QVERIFY(opened);
        QCOMPARE(opened.value().heads, r.heads);
    }

    // Nothing sent after the backup: the receipt shows nothing beyond it,
    // and the restore waits for the usual confirmation.
    void aReceiptWithinTheBackupShowsNothing()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        QVERIFY(!finding(p.workspace(kAlice), QStringLiteral("finding")).isNull());
        QCOMPARE(failures(p.carry(kAlice, kCoordinator)), QString());
        QVERIFY(editCodebook(p.workspace(kCoordinator)));
        QCOMPARE(failures(p.carry(kCoordinator, kAlice)), QString());
        auto restored = restoredAfter(p, {});
        QVERIFY(restored);

        auto receipt = ReceiptBook::issue(p.workspace(kAlice));
        QVERIFY(receipt);
        // The receipt does say how far alice holds the coordinator's streams.
        auto opened = Receipt::open(receipt.value(), nullptr);
        QVERIFY(opened);
        QVERIFY(!opened.value().heads.isEmpty());
        auto accepted = ReceiptBook::accept(*restored, receipt.value());
        QVERIFY(accepted);
        QCOMPARE(accepted.value().sentAfterBackup, quint64(0));
        QCOMPARE(markOf(*restored)->sentAfterBackup, quint64(0));
        // Equal hashes at the receipt's counters: the same history, no fork,
        // even once the restored copy has written beyond them.
        QVERIFY(!accepted.value().forked);
        QVERIFY(editCodebook(*restored));
        accepted = ReceiptBook::accept(*restored, receipt.value());
        QVERIFY(accepted);
        QVERIFY(!accepted.value().forked);
        QVERIFY(!markOf(*restored)->forked);
        auto exported = ChangeExporter::exportTo(*restored, m_tmp.filePath(QStringLiteral("usb2")));
        QVERIFY(!exported);
        QVERIFY(!exported.error().message().contains(QStringLiteral("a receipt shows")));
    }
};

QTEST_GUILESS_MAIN(TestRestoreReceipts)
#include "tst_restorereceipts.moc"
