// A workspace restored from a backup sends nothing until its history is
// known not to fork: a sync pass clears the hold when the hub holds no
// bundle of this device that the restored store did not make, and keeps it
// (saying why) when the lost copy of the device sent more after the backup.
#include "oplog/OpLog.h"
#include "project/ChangeExporter.h"
#include "store/Codebook.h"
#include "store/RestoreMark.h"
#include "store/WorkspaceBackup.h"
#include "SyncTestKit.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::synctest;
using namespace vigia::projecttest;

namespace {
int records(Workspace &ws)
{
    return int(count(ws, "SELECT count(*) FROM records WHERE deleted = 0"));
}

bool held(Workspace &ws)
{
    auto mark = RestoreMark::read(ws.database());
    return !mark || mark.value().has_value();
}

// A pass of a restored workspace that succeeds, sends nothing and keeps the
// hold, saying the backup is older than what was sent; empty when so.
QString heldPass(Workspace &ws)
{
    SyncReport r;
    if (Status s = SyncWorld::pass(ws, &r); !s)
        return QStringLiteral("the held pass failed: ") + s.error().message();
    if (!r.sendingHeld || r.restoreConfirmed || r.bundlesSent != 0 || r.problems.size() != 1)
        return QStringLiteral("not held: %1 bundle(s) sent, %2 problem(s)")
            .arg(r.bundlesSent)
            .arg(r.problems.size());
    if (!r.problems.first().contains(QStringLiteral("older than what this device already sent")))
        return r.problems.first();
    return held(ws) ? QString() : QStringLiteral("the mark was cleared");
}

} // namespace

class TestRestoreHold : public QObject
{
    Q_OBJECT

private:
    QString backUp(Workspace &ws)
    {
        const QString file = m_tmp.filePath(QStringLiteral("backup-%1").arg(++m_files));
        auto written = WorkspaceBackup::backup(ws, file);
        return written ? file : written.error().message();
    }
    std::unique_ptr<Workspace> restore(const QString &file)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("restored-%1").arg(++m_files));
        if (!WorkspaceBackup::restore(file, test::TestWorkspace::kPassphrase, dir))
            return nullptr;
        auto ws = Workspace::open(dir, test::TestWorkspace::kPassphrase);
        return ws ? ws.take() : nullptr;
    }

    QTemporaryDir m_tmp;
    int m_files = 0;

private slots:
    void aRestoreTheHubFindsCleanSendsAgain()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        Workspace &ana = world.member(0);
        QCOMPARE(SyncWorld::finalize(ana, 3).size(), 3);
        QVERIFY(SyncWorld::pass(ana));
        const QString file = backUp(ana);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        auto restored = restore(file);
        QVERIFY(restored);
        QVERIFY(held(*restored));

        // Held: not even a USB export leaves.
        auto exported = ChangeExporter::exportTo(*restored, m_tmp.filePath(QStringLiteral("usb")));
        QVERIFY(!exported);
        QCOMPARE(exported.error().code(), ErrorCode::Validation);

        QCOMPARE(SyncWorld::finalize(*restored, 2).size(), 2);
        SyncReport r;
        QVERIFY2(SyncWorld::pass(*restored, &r), "the restored workspace's pass");
        QVERIFY(r.restoreConfirmed);
        QVERIFY(!r.sendingHeld);
        QVERIFY(!held(*restored));
        QCOMPARE(r.bundlesSent, 1);

        SyncReport c;
        QVERIFY(SyncWorld::pass(*world.coordinator, &c));
        QCOMPARE(c.refused, 0);
        QCOMPARE(records(*world.coordinator), 5);
    }

    void aBackupOlderThanWhatWasSentIsHeldBack()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        Workspace &ana = world.member(0);
        QCOMPARE(SyncWorld::finalize(ana, 2).size(), 2);
        QVERIFY(SyncWorld::pass(ana));
        const QString file = backUp(ana);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        // The lost laptop went on sending after the backup.
        QCOMPARE(SyncWorld::finalize(ana, 2).size(), 2);
        SyncReport sent;
        QVERIFY(SyncWorld::pass(ana, &sent));
        QCOMPARE(sent.bundlesSent, 1);

        auto restored = restore(file);
        QVERIFY(restored);
        QCOMPARE(SyncWorld::finalize(*restored, 1).size(), 1);
        for (int pass = 0; pass < 2; ++pass)
            QCOMPARE(heldPass(*restored), QString());
        auto exported = ChangeExporter::exportTo(*restored, m_tmp.filePath(QStringLiteral("usb2")));
        QVERIFY(!exported);

        // The coordinator has what the lost laptop sent, and nothing forked.
        SyncReport c;
        QVERIFY(SyncWorld::pass(*world.coordinator, &c));
        QCOMPARE(c.refused, 0);
        QCOMPARE(records(*world.coordinator), 4);
    }

    // Every chain a device writes counts, not only its records: a
    // coordinator's lost copy that sent only a codebook edit (the project
    // stream) or a review (the feedback stream about a researcher) after
    // the backup holds the restored copy back just the same.
    void aBackupOlderThanASentProjectOrFeedbackOpIsHeldBack_data()
    {
        QTest::addColumn<bool>("feedback");
        QTest::newRow("project stream") << false;
        QTest::newRow("feedback stream") << true;
    }
    void aBackupOlderThanASentProjectOrFeedbackOpIsHeldBack()
    {
        QFETCH(bool, feedback);
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        Workspace &ana = world.member(0);
        Workspace &coordinator = *world.coordinator;
        const QList<QUuid> ids = SyncWorld::finalize(ana, 1);
        QCOMPARE(ids.size(), 1);
        QVERIFY(SyncWorld::pass(ana));
        QVERIFY(SyncWorld::pass(coordinator));
        QCOMPARE(records(coordinator), 1);
        const qint64 outbox = count(coordinator, "SELECT count(*) FROM outbox");
        const QString file = backUp(coordinator);
        QVERIFY2(QFile::exists(file), qPrintable(file));

        // The lost laptop answers ana after the backup; its records stream
        // stays where the backup has it.
        if (feedback) {
            QVERIFY(coordinator.oplog().append(QStringLiteral("review"), ids.first().toRfc4122(),
                                               QStringLiteral("state"),
                                               QStringLiteral("needs_changes")));
        } else {
            Code code;
            code.nameEn = QStringLiteral("Checkpoint extortion");
            QVERIFY(Codebook(coordinator.database(), coordinator.oplog()).create(code));
        }
        QCOMPARE(count(coordinator, "SELECT count(*) FROM outbox"), outbox);
        SyncReport sent;
        QVERIFY(SyncWorld::pass(coordinator, &sent));
        QCOMPARE(sent.bundlesSent, 1);

        auto restored = restore(file);
        QVERIFY(restored);
        QCOMPARE(heldPass(*restored), QString());

        // Ana holds what the lost laptop sent, and nothing forked.
        SyncReport a;
        QVERIFY(SyncWorld::pass(ana, &a));
        QCOMPARE(a.refused, 0);
        QCOMPARE(count(ana, "SELECT count(*) FROM pending_ops"), qint64(0));
    }

    void confirmingByHandLetsAUsbExportOut()
    {
        SyncWorld world;
        QCOMPARE(world.setUp(1), QString());
        Workspace &ana = world.member(0);
        QCOMPARE(SyncWorld::finalize(ana, 1).size(), 1);
        auto restored = restore(backUp(ana));
        QVERIFY(restored);
        QVERIFY(!ChangeExporter::exportTo(*restored, m_tmp.filePath(QStringLiteral("usb3"))));
        QVERIFY(RestoreMark::clear(restored->database()));
        auto exported = ChangeExporter::exportTo(*restored, m_tmp.filePath(QStringLiteral("usb3")));
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message()));
        QCOMPARE(exported.value().paths.size(), 1);
    }
};

QTEST_MAIN(TestRestoreHold)
#include "tst_restorehold.moc"
