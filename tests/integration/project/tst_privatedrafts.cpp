// Drafts are private working state (docs/store.md, "Drafts are private"): a
// draft kept open for the whole test never holds back the researcher's
// finalized findings, and no byte of it reaches the coordinator.

#include "bundle/BundleReader.h"
#include "FakeClock.h"
#include "ProjectTestKit.h"
#include "store/Codebook.h"
#include "store/CodingStore.h"
#include "TestWorkspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::projecttest;

namespace {
const QString kCanary = QStringLiteral("CANARY-7f3a-unfinished-witness-quote");

QUuid addRecord(Workspace &ws, const QString &text, bool finalize)
{
    auto id = ws.records().create(QStringLiteral("f"), QStringLiteral("1"),
                                  {{QStringLiteral("a"), text}}, finalize);
    return id ? id.value() : QUuid();
}

QUuid newCode(Workspace &ws)
{
    Code code;
    code.nameEn = QStringLiteral("Crossing");
    code.color = QStringLiteral("#336699");
    auto id = Codebook(ws.database(), ws.oplog()).create(code);
    return id ? id.value() : QUuid();
}

qint64 shared(Workspace &ws)
{
    Statement st(ws.database().handle(), "SELECT count(*) FROM ops WHERE origin = ?1");
    st.bind(1, ws.deviceId().toRfc4122());
    return st.step() == SQLITE_ROW ? st.columnInt64(0) : -1;
}
} // namespace

class TestPrivateDrafts : public QObject
{
    Q_OBJECT

private slots:
    void anOpenDraftHoldsNothingBackAndNeverLeaves()
    {
        test::FakeClock clock;
        test::TestWorkspace coordinator(clock.fn(), Role::Coordinator);
        test::TestWorkspace researcher(clock.fn());
        QCOMPARE(enrol(*coordinator, *researcher), QString());

        // The draft, coded with a quote of its narrative, stays open
        // throughout; it is even edited between bundles.
        const QUuid draft = addRecord(*researcher, kCanary, false);
        QVERIFY(!draft.isNull());
        Coding c;
        c.recordId = draft;
        c.field = QStringLiteral("a");
        c.codeId = newCode(*researcher);
        c.start = 0;
        c.end = int(kCanary.size());
        c.quote = kCanary;
        c.memo = kCanary + QStringLiteral(" memo");
        QVERIFY(CodingStore(researcher->database(), researcher->oplog()).apply(c));

        QTemporaryDir usb;
        QList<QUuid> finalized;
        const QByteArray canary = kCanary.toUtf8();
        for (int bundle = 0; bundle < 5; ++bundle) {
            for (int i = 0; i < 10; ++i) {
                clock.advance(1000);
                finalized.append(addRecord(
                    *researcher, QStringLiteral("finding %1.%2").arg(bundle).arg(i), false));
                QVERIFY(researcher->records().finalize(finalized.last()));
            }
            QVERIFY(researcher->records().setValues(
                draft, {{QStringLiteral("a"), kCanary + QString::number(bundle)}}));
            auto exported =
                ChangeExporter::exportTo(*researcher, usb.filePath(QString::number(bundle)));
            QVERIFY2(exported, qPrintable(exported.error().message()));
            const QByteArray bytes = readAll(exported.value().path);
            auto reader = BundleReader::parse(bytes);
            QVERIFY(reader);
            auto ops = reader.value().decrypt(coordinator->keys());
            QVERIFY2(ops, qPrintable(ops.error().message()));
            for (const Op &op : ops.value()) {
                QVERIFY(!op.value.contains(canary));
                QVERIFY(op.row != draft.toRfc4122());
            }
            auto imported = ChangeImporter(*coordinator).importBytes(bytes);
            QVERIFY2(imported, qPrintable(imported.error().message()));
            // Everything finalized so far is there at once; nothing waits.
            QCOMPARE(imported.value().pending, 0);
            QCOMPARE(count(*coordinator, "SELECT count(*) FROM pending_ops"), 0);
            QCOMPARE(count(*coordinator, "SELECT count(*) FROM records"), qint64(finalized.size()));
        }
        QCOMPARE(recordsHash(*coordinator, finalized), recordsHash(*researcher, finalized));
        QVERIFY(!anyFileContains(coordinator.path(), canary));
        QVERIFY(!anyFileContains(usb.path(), canary));
        // The researcher still has her draft, its search entry and its coding.
        auto kept = researcher->records().get(draft);
        QVERIFY(kept);
        QCOMPARE(kept.value().status, RecordStatus::Draft);
        QCOMPARE(CodingStore(researcher->database(), researcher->oplog())
                     .forRecord(draft)
                     .value()
                     .size(),
                 1);
    }

    void discardingADraftLeavesNothingOnTheChain()
    {
        test::TestWorkspace researcher;
        const qint64 before = shared(*researcher);
        const QUuid draft = addRecord(*researcher, kCanary, false);
        QVERIFY(researcher->records().setValues(
            draft, {{QStringLiteral("a"), kCanary + QStringLiteral("x")}}));
        QVERIFY(researcher->records().remove(draft));
        QCOMPARE(shared(*researcher), before);
    }

    void finalizingPublishesTheDraftAndItsCodingsInOneGo()
    {
        test::TestWorkspace researcher;
        const QUuid code = newCode(*researcher);
        const qint64 before = shared(*researcher);
        const QUuid id = addRecord(*researcher, QStringLiteral("first words"), false);
        QVERIFY(researcher->records().setValues(id, {{QStringLiteral("a"), QStringLiteral("x")}}));
        Coding c;
        c.recordId = id;
        c.field = QStringLiteral("a");
        c.codeId = code;
        c.start = 0;
        c.end = 1;
        c.quote = QStringLiteral("x");
        QVERIFY(CodingStore(researcher->database(), researcher->oplog()).apply(c));
        QCOMPARE(shared(*researcher), before);
        QVERIFY(researcher->records().finalize(id));
        // form, form version, the value, status; the coding's fields.
        auto ops = researcher->oplog().opsOf(researcher->deviceId().toRfc4122(), quint64(before));
        QVERIFY(ops);
        QStringList written;
        for (const Op &op : ops.value())
            written.append(op.entity + QLatin1Char('.') + op.field);
        QVERIFY2(written.contains(QStringLiteral("record.a")),
                 qPrintable(written.join(QLatin1Char(' '))));
        QVERIFY(written.contains(QStringLiteral("coding.quote")));
        QCOMPARE(written.last(), QStringLiteral("record._status"));
        QCOMPARE(written.count(QStringLiteral("record.a")), 1);

        // Reopened: the finalized value stays the shared truth; only what
        // changed is published again.
        QVERIFY(researcher->records().reopen(id));
        QVERIFY(researcher->records().setValues(id, {{QStringLiteral("a"), QStringLiteral("y")}}));
        const qint64 afterFirst = shared(*researcher);
        QCOMPARE(researcher->records().get(id).value().values.value(QStringLiteral("a")).toString(),
                 QStringLiteral("y"));
        QVERIFY(researcher->records().finalize(id));
        QCOMPARE(shared(*researcher), afterFirst + 2); // the value and the status
    }
};

QTEST_GUILESS_MAIN(TestPrivateDrafts)
#include "tst_privatedrafts.moc"
