// RecordRedaction on one device: an answer removed from every op that held
// it (drafts' autosaves included), from the projections, the search index,
// coding quotes and the file's pages, while the chain still verifies.
#include "StoreScan.h"
#include "TestWorkspace.h"

#include "crypto/DeviceKeys.h"
#include "db/Database.h"
#include "oplog/OpLog.h"
#include "store/Code.h"
#include "store/Codebook.h"
#include "store/Coding.h"
#include "store/CodingStore.h"
#include "store/RecordRedaction.h"
#include "store/RecordStore.h"

#include <QTest>

using namespace vigia;

namespace {
const QString kForm = QStringLiteral("finding");
const QString kNarrative = QStringLiteral("narrative");
const QByteArray kCanary = QByteArrayLiteral("Canario9RZ");
const QList<QByteArray> kNeedles{kCanary, QByteArrayLiteral("canario9rz")};

QString text(int version)
{
    return QStringLiteral("La niña %1 fue vista en Rivera (versión %2)")
        .arg(QString::fromLatin1(kCanary))
        .arg(version);
}

RecordRedaction redactionOf(Workspace &ws, Role role)
{
    return RecordRedaction(ws.database(), ws.oplog(), ws.deviceId().toRfc4122(), role);
}
} // namespace

class TestRecordRedaction : public QObject
{
    Q_OBJECT

private slots:
    void theAnswerLeavesEveryCopyAndTheChainStillVerifies()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        RecordStore &records = ws->records();
        auto id = records.create(kForm, QStringLiteral("1"), {{kNarrative, text(0)}});
        QVERIFY(id);
        // Autosaves of the draft (private chain), then the finalized value.
        for (int i = 1; i < 5; ++i)
            QVERIFY(records.setValues(id.value(), {{kNarrative, text(i)}}));
        CodingStore codings(ws->database(), ws->oplog());
        Coding quoted;
        quoted.recordId = id.value();
        quoted.field = kNarrative;
        Codebook book(ws->database(), ws->oplog());
        Code code;
        code.nameEn = QStringLiteral("Witness");
        auto codeId = book.create(code);
        QVERIFY(codeId);
        quoted.codeId = codeId.value();
        quoted.start = 8;
        quoted.end = 8 + int(kCanary.size());
        quoted.quote = QString::fromLatin1(kCanary);
        QVERIFY(codings.apply(quoted));
        Coding kept = quoted;
        kept.start = 0;
        kept.end = 7;
        kept.quote = QStringLiteral("La niña");
        QVERIFY(codings.apply(kept));
        QVERIFY(records.finalize(id.value()));
        QVERIFY(records.reopen(id.value()));
        QVERIFY(records.setValues(id.value(), {{kNarrative, text(5)}}));
        QVERIFY(records.finalize(id.value()));
        QVERIFY(!test::cellsHolding(ws->database(), kNeedles).isEmpty()); // the test is fair
        RecordFilter filter;
        filter.search = QString::fromLatin1(kCanary);
        QCOMPARE(records.summaryCount(filter).value(), 1);

        const QString clean = QStringLiteral("La niña fue vista en Rivera");
        QVERIFY(redactionOf(*ws, Role::Researcher).redactAnswer(id.value(), kNarrative, clean));

        QCOMPARE(test::cellsHolding(ws->database(), kNeedles), QStringList());
        QCOMPARE(records.summaryCount(filter).value(), 0);
        QCOMPARE(records.get(id.value()).value().values.value(kNarrative).toString(), clean);
        auto issues = ws->oplog().verify();
        QVERIFY(issues);
        QVERIFY(issues.value().isEmpty());
        // The quote the new text still holds stays; the other is gone.
        auto left = codings.forRecord(id.value(), kNarrative);
        QVERIFY(left);
        QStringList quotes;
        for (const Coding &c : left.value())
            quotes << c.quote;
        QVERIFY(quotes.contains(QStringLiteral("La niña")));
        QVERIFY(!quotes.contains(QString::fromLatin1(kCanary)));

        // Nor does any page of the file, free pages included.
        QVERIFY(ws->database().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        QCOMPARE(
            test::pagesHolding(Workspace::storePath(ws.path()), *ws->keys().storeKey, kNeedles),
            QList<int>());
        // And after a restart.
        QVERIFY(ws.reopen());
        QCOMPARE(test::cellsHolding(ws->database(), kNeedles), QStringList());
        QVERIFY(ws->oplog().verify().value().isEmpty());
    }

    void anOpArrivingAfterTheRedactionIsStoredWithoutItsValue()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto id = ws->records().create(kForm, QStringLiteral("1"), {{kNarrative, text(0)}});
        QVERIFY(id);
        QVERIFY(ws->records().finalize(id.value()));
        auto first = ws->oplog().opsOf(ws->deviceId().toRfc4122());
        QVERIFY(first);
        QVERIFY(redactionOf(*ws, Role::Researcher)
                    .redactAnswer(id.value(), kNarrative, QCborValue(QStringLiteral("x"))));

        // Another device's older edit of the same answer, in transit
        // meanwhile: its op is kept (the chain needs it) without its value.
        Op late;
        late.origin = QByteArray(16, '\x42');
        late.counter = 1;
        late.hlc = OpLog::kBaselineHlc + 5;
        late.entity = QStringLiteral("record");
        late.row = id.value().toRfc4122();
        late.field = kNarrative;
        late.setValue(text(9));
        late.prevHash = QByteArray(32, '\0');
        const QByteArray hash = late.hash();
        auto report = ws->oplog().apply({late});
        QVERIFY(report);
        QCOMPARE(report.value().applied, 1);
        QCOMPARE(test::cellsHolding(ws->database(), kNeedles), QStringList());
        auto stored = ws->oplog().opsOf(late.origin);
        QVERIFY(stored);
        QVERIFY(stored.value().first().isRedacted());
        QCOMPARE(stored.value().first().hash(), hash);
        QVERIFY(ws->oplog().verify().value().isEmpty());
        // The same op again is a duplicate, not a fork.
        QCOMPARE(ws->oplog().apply({late}).value().duplicates, 1);
    }

    void onlyTheAuthorOrACoordinatorMayRemoveAnAnswer()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto id = ws->records().create(kForm, QStringLiteral("1"), {{kNarrative, text(0)}});
        QVERIFY(id);
        const QByteArray row = id.value().toRfc4122();
        Database &db = ws->database();
        const QByteArray me = ws->deviceId().toRfc4122();
        const QByteArray other(16, '\x07');
        QVERIFY(RecordRedaction::mayRedact(db, me, Role::Researcher, QStringLiteral("record"), row)
                    .value());
        QVERIFY(
            !RecordRedaction::mayRedact(db, other, Role::Researcher, QStringLiteral("record"), row)
                 .value());
        QVERIFY(
            RecordRedaction::mayRedact(db, other, Role::Coordinator, QStringLiteral("record"), row)
                .value());
        // Entities that hold no answers are never redacted by a researcher.
        QVERIFY(!RecordRedaction::mayRedact(db, me, Role::Researcher, QStringLiteral("device"), me)
                     .value());

        RecordRedaction stranger(db, ws->oplog(), other, Role::Researcher);
        const Status refused = stranger.redactAnswer(id.value(), kNarrative, {});
        QCOMPARE(refused.error().code(), ErrorCode::Validation);
        QVERIFY(!test::cellsHolding(db, kNeedles).isEmpty()); // nothing was removed
        QCOMPARE(redactionOf(*ws, Role::Researcher)
                     .redactAnswer(id.value(), QStringLiteral("_status"), {})
                     .error()
                     .code(),
                 ErrorCode::Usage);
        QCOMPARE(redactionOf(*ws, Role::Researcher)
                     .redactAnswer(id.value(), QStringLiteral("no_such_field"), {})
                     .error()
                     .code(),
                 ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestRecordRedaction)
#include "tst_recordredaction.moc"
