// Workspaces written before drafts became private (commit 44ed837): a draft's
// ops sat on the device's shared chain and in its outbox, and the exporter
// left them out of every bundle while the record was a draft, so the
// coordinator held every later op of the device waiting. The schema did not
// change with that commit, so such a workspace opens with today's code as it
// is; its old draft ops are sent like any other (Outbox::nextOps takes the
// whole outbox), the gap closes and nothing waits.
//
// Today's RecordStore can no longer write a draft onto the shared chain, so
// the test writes what the old one wrote through OpLog::append, which still
// writes exactly those ops (shared chain, one outbox row per op), and exports
// the old way: the old Outbox::nextOps query with the old exporter's steps.

#include "bundle/BundleReader.h"
#include "bundle/BundleRecipient.h"
#include "bundle/BundleWriter.h"
#include "db/Transaction.h"
#include "oplog/ReservedFields.h"
#include "project/Outbox.h"
#include "ProjectTestKit.h"
#include "store/Migrations.h"
#include "store/RecordStatus.h"
#include "TestWorkspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::projecttest;

namespace {

const QString kOldDraft = QStringLiteral("CANARY-old-draft-on-the-shared-chain");
const QString kNewDraft = QStringLiteral("CANARY-edited-after-the-upgrade");
const QString kEntity = QStringLiteral("record");
const QString kA = QStringLiteral("a");

// One change as RecordStore wrote it before 44ed837: every field, drafts
// included, on the shared chain, in one transaction.
bool oldWrite(Workspace &ws, const QUuid &id, const QList<QPair<QString, QCborValue>> &fields)
{
    Transaction txn(ws.database());
    return txn.begun() && ws.oplog().append(kEntity, id.toRfc4122(), fields) && txn.commit();
}

QUuid oldCreate(Workspace &ws, const QString &text, RecordStatus status)
{
    const QUuid id = QUuid::createUuid();
    const bool ok = oldWrite(ws, id,
                             {{QString(ReservedField::kForm), QStringLiteral("f")},
                              {QString(ReservedField::kFormVersion), QStringLiteral("1")},
                              {QString(ReservedField::kStatus), statusName(status)},
                              {kA, text}});
    return ok ? id : QUuid();
}

bool oldSetStatus(Workspace &ws, const QUuid &id, RecordStatus status)
{
    return oldWrite(ws, id, {{QString(ReservedField::kStatus), statusName(status)}});
}

// ChangeExporter::exportTo before 44ed837, with its Outbox::nextOps query:
// the outbox without the ops of records that are drafts now.
Result<QByteArray> oldExport(Workspace &ws, QByteArray *bundleId)
{
    auto manifest = ProjectStore(ws.database()).requireManifest();
    if (!manifest)
        return manifest.error();
    const QByteArray me = ws.deviceId().toRfc4122();
    Statement st(ws.database().handle(),
                 "SELECT o.origin, o.counter, o.hlc, o.entity, o.row, o.field, o.value, "
                 "o.based_on, o.prev_hash, o.value_hash, o.format, o.hash FROM outbox b "
                 "JOIN ops o ON o.origin = ?1 AND o.counter = b.counter "
                 "WHERE NOT (o.entity = 'record' AND EXISTS (SELECT 1 FROM records r "
                 "WHERE r.id = o.row AND r.status = 'draft')) ORDER BY b.counter");
    st.bind(1, me);
    QList<Op> ops;
    while (st.step() == SQLITE_ROW)
        ops.append(OpLog::opFromRow(st));
    st.reset();
    QList<BundleRecipient> recipients;
    for (const QByteArray &id : manifest.value().recipients)
        if (id != me)
            recipients.append({id, manifest.value().device(id)->boxPk});
    auto bytes = BundleWriter::write(manifest.value().projectId, ws.keys(),
                                     ws.oplog().clock().send(), ops, recipients);
    if (!bytes)
        return bytes.error();
    auto reader = BundleReader::parse(bytes.value());
    if (!reader)
        return reader.error();
    *bundleId = reader.value().bundleId();
    if (Status s = Outbox::recordExport(ws.database(), *bundleId, ops); !s)
        return s.error();
    return bytes;
}

// (counter, hash) of `origin`'s chain as `ws` holds it.
QByteArray headOf(Workspace &ws, const QByteArray &origin)
{
    Statement st(ws.database().handle(), "SELECT counter, hash FROM chain_heads WHERE origin = ?1");
    st.bind(1, origin);
    return st.step() == SQLITE_ROW
               ? QByteArray::number(st.columnInt64(0)) + ':' + st.columnBlob(1).toHex()
               : QByteArray();
}

} // namespace

class TestDraftMigration : public QObject
{
    Q_OBJECT

private slots:
    void oldDraftOpsCloseTheGap_data()
    {
        QTest::addColumn<bool>("receiptBeforeUpgrade");
        QTest::newRow("old bundle not yet acknowledged") << false;
        QTest::newRow("old bundle acknowledged") << true;
    }

    void oldDraftOpsCloseTheGap()
    {
        QFETCH(bool, receiptBeforeUpgrade);
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace researcher;
        QCOMPARE(enrol(*coordinator, *researcher), QString());
        const QByteArray sender = researcher->deviceId().toRfc4122();

        // The old code at work: a draft forgotten for good, records
        // finalized around it, a draft finished only after the upgrade and a
        // finalized record reopened and corrected.
        const QUuid forgotten = oldCreate(*researcher, kOldDraft, RecordStatus::Draft);
        const QUuid first =
            oldCreate(*researcher, QStringLiteral("finding 1"), RecordStatus::Draft);
        QVERIFY(oldSetStatus(*researcher, first, RecordStatus::Finalized));
        const QUuid unfinished =
            oldCreate(*researcher, QStringLiteral("started before"), RecordStatus::Draft);
        const QUuid second =
            oldCreate(*researcher, QStringLiteral("finding 2"), RecordStatus::Finalized);
        const QUuid reopened =
            oldCreate(*researcher, QStringLiteral("finding 3"), RecordStatus::Finalized);
        QVERIFY(oldSetStatus(*researcher, reopened, RecordStatus::Draft));
        QVERIFY(oldWrite(*researcher, reopened, {{kA, QStringLiteral("finding 3, corrected")}}));
        for (const QUuid &id : {forgotten, first, unfinished, second, reopened})
            QVERIFY(!id.isNull());

        // The old export leaves the drafts out, and the coordinator is stuck
        // behind the gap: the workspace this test migrates.
        QByteArray oldBundle;
        auto bytes = oldExport(*researcher, &oldBundle);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().message()));
        auto imported = ChangeImporter(*coordinator).importBytes(bytes.value());
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message()));
        QVERIFY(imported.value().pending > 0);
        QVERIFY(count(*coordinator, "SELECT count(*) FROM pending_ops") > 0);
        QCOMPARE(count(*coordinator, "SELECT count(*) FROM records"), 0);
        if (receiptBeforeUpgrade)
            QVERIFY(Outbox::acknowledge(researcher->database(), {oldBundle}));
        QVERIFY(count(*researcher, "SELECT count(*) FROM outbox") > 0);

        // Today's code opens it: no schema step is needed.
        QVERIFY2(researcher.reopen(), qPrintable(researcher.error()));
        QVERIFY2(coordinator.reopen(), qPrintable(coordinator.error()));
        QCOMPARE(count(*researcher, "PRAGMA user_version"), qint64(Migrations::latestVersion()));

        // The researcher goes on working: finishes the old draft and the
        // reopened record, adds findings, edits the forgotten draft.
        QVERIFY(
            researcher->records().setValues(unfinished, {{kA, QStringLiteral("finished after")}}));
        QVERIFY(researcher->records().finalize(unfinished));
        QVERIFY(researcher->records().finalize(reopened));
        QList<QUuid> finalized{first, second, unfinished, reopened};
        for (int i = 0; i < 3; ++i) {
            auto id = researcher->records().create(QStringLiteral("f"), QStringLiteral("1"),
                                                   {{kA, QStringLiteral("new finding %1").arg(i)}});
            QVERIFY(id);
            QVERIFY(researcher->records().finalize(id.value()));
            finalized.append(id.value());
        }
        QVERIFY(researcher->records().setValues(forgotten, {{kA, kNewDraft}}));

        QTemporaryDir usb;
        auto exported = ChangeExporter::exportTo(*researcher, usb.path());
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message()));
        auto applied = ChangeImporter(*coordinator).importFile(exported.value().path);
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message()));

        // Nothing waits: the old draft ops were delivered and the chain is
        // whole up to the researcher's head.
        QCOMPARE(applied.value().pending, 0);
        QCOMPARE(count(*coordinator, "SELECT count(*) FROM pending_ops"), 0);
        QVERIFY(coordinator->oplog().verify().value().isEmpty());
        QCOMPARE(headOf(*coordinator, sender), headOf(*researcher, sender));
        QCOMPARE(recordsHash(*coordinator, finalized), recordsHash(*researcher, finalized));
        for (const QUuid &id : std::as_const(finalized))
            QCOMPARE(coordinator->records().get(id).value().status, RecordStatus::Finalized);
        // The old draft arrived as the old code wrote it; what was typed into
        // it after the upgrade stayed on the researcher's device.
        auto old = coordinator->records().get(forgotten);
        QVERIFY(old);
        QCOMPARE(old.value().status, RecordStatus::Draft);
        QCOMPARE(old.value().values.value(kA).toString(), kOldDraft);
        QVERIFY(!anyFileContains(coordinator.path(), kNewDraft.toUtf8()));
        QVERIFY(!anyFileContains(usb.path(), kNewDraft.toUtf8()));
        QCOMPARE(researcher->records().get(forgotten).value().values.value(kA).toString(),
                 kNewDraft);
    }
};

QTEST_GUILESS_MAIN(TestDraftMigration)
#include "tst_draftmigration.moc"
