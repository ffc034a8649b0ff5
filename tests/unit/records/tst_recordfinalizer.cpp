// RecordFinalizer and RecordStore::finalize(id, prepare): the draft is judged
// as stored inside the write transaction that writes the finalized answers
// and the status; a refusal changes nothing; an answer the form version does
// not have survives finalizing.

#include "db/Database.h"
#include "forms/FormJson.h"
#include "oplog/OpLog.h"
#include "records/RecordFinalizer.h"
#include "store/FormStore.h"
#include "TestWorkspace.h"

#include <QTest>

#include <sqlite3.h>

using namespace vigia;

namespace {

const QByteArray kForm = R"json({"format_version": 1,
    "settings": {"form_id": "fin", "version": "1", "default_language": "en",
                 "title": {"en": "Finalize"}},
    "survey": [
        {"type": "text", "name": "title", "label": {"en": "Title"}, "required": true},
        {"type": "integer", "name": "count", "label": {"en": "Count"}},
        {"type": "text", "name": "why", "label": {"en": "Why?"}, "relevant": "${count} > 0"},
        {"type": "calculate", "name": "twice", "calculation": "${count} * 2"}
    ]})json";

QCborValue text(const char *t)
{
    return QCborValue(QString::fromUtf8(t));
}

// The shared (outgoing) ops of this device that touch `record`.
int sharedOpsFor(Workspace &ws, const QUuid &record)
{
    auto ops = ws.oplog().opsOf(ws.deviceId().toRfc4122());
    if (!ops)
        return -1;
    return int(std::count_if(ops.value().cbegin(), ops.value().cend(), [&](const Op &op) {
        return op.entity == QLatin1String("record") && op.row == record.toRfc4122();
    }));
}

} // namespace

class TestRecordFinalizer : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_ws = std::make_unique<test::TestWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        auto form = FormJson::read(kForm, QStringLiteral("inline"));
        QVERIFY(form);
        QVERIFY((*m_ws)->forms().importDefinition(form.value()));
    }
    void cleanup() { m_ws.reset(); }

    void aRefusalChangesNothing()
    {
        Workspace &ws = **m_ws;
        auto id = ws.records().create(QStringLiteral("fin"), QStringLiteral("1"),
                                      {{QStringLiteral("count"), text("2")}});
        QVERIFY(id);
        RecordFinalizer finalizer(ws, QStringLiteral("en"), QLocale::c());
        Status s = finalizer.finalize(id.value());
        QVERIFY(!s);
        QCOMPARE(s.error().code(), ErrorCode::Validation);
        QCOMPARE(finalizer.issues().size(), 1);
        QCOMPARE(finalizer.issues().first().field, QStringLiteral("title"));
        QCOMPARE(finalizer.issues().first().kind, RecordDraft::IssueKind::Required);
        auto after = ws.records().get(id.value());
        QVERIFY(after);
        QCOMPARE(after.value().status, RecordStatus::Draft);
        QVERIFY(!after.value().values.contains(QStringLiteral("twice")));
        QCOMPARE(sharedOpsFor(ws, id.value()), 0);
    }

    void writesTheFinalizedAnswersWithTheStatus()
    {
        Workspace &ws = **m_ws;
        auto id = ws.records().create(
            QStringLiteral("fin"), QStringLiteral("1"),
            {{QStringLiteral("count"), text("2")}, {QStringLiteral("why"), text("because")}});
        QVERIFY(id);
        RecordFinalizer finalizer(ws, QStringLiteral("en"), QLocale::c());
        // The title is assigned in the same transaction; the count becomes 0,
        // which makes `why` not relevant: finalizing empties it.
        const Status s = finalizer.finalize(id.value(), {{QStringLiteral("title"), text("T")},
                                                         {QStringLiteral("count"), text("0")}});
        QVERIFY2(s, s ? "" : qPrintable(s.error().message()));
        auto after = ws.records().get(id.value());
        QVERIFY(after);
        QCOMPARE(after.value().status, RecordStatus::Finalized);
        QCOMPARE(after.value().values.value(QStringLiteral("title")), text("T"));
        QCOMPARE(after.value().values.value(QStringLiteral("twice")), text("0"));
        QVERIFY(after.value().values.value(QStringLiteral("why")).isNull());
        QVERIFY(sharedOpsFor(ws, id.value()) > 0);
        QVERIFY(!finalizer.written().isEmpty());
    }

    void refusesAnAssignmentThatIsNotOfTheType()
    {
        Workspace &ws = **m_ws;
        auto id = ws.records().create(QStringLiteral("fin"), QStringLiteral("1"),
                                      {{QStringLiteral("title"), text("T")}});
        QVERIFY(id);
        RecordFinalizer finalizer(ws, QStringLiteral("en"), QLocale::c());
        QVERIFY(!finalizer.finalize(id.value(), {{QStringLiteral("count"), text("many")}}));
        QCOMPARE(finalizer.issues().first().field, QStringLiteral("count"));
        auto after = ws.records().get(id.value());
        QVERIFY(after);
        QCOMPARE(after.value().status, RecordStatus::Draft);
        QVERIFY(after.value().values.value(QStringLiteral("count")).isUndefined());
    }

    void keepsAnAnswerTheFormVersionDoesNotHave()
    {
        // Written by a device with a newer form version: this version never
        // loaded it, so it must not empty it.
        Workspace &ws = **m_ws;
        auto id = ws.records().create(
            QStringLiteral("fin"), QStringLiteral("1"),
            {{QStringLiteral("title"), text("T")}, {QStringLiteral("added_later"), text("kept")}});
        QVERIFY(id);
        RecordFinalizer finalizer(ws, QStringLiteral("en"), QLocale::c());
        QVERIFY(finalizer.finalize(id.value()));
        auto after = ws.records().get(id.value());
        QVERIFY(after);
        QCOMPARE(after.value().status, RecordStatus::Finalized);
        QCOMPARE(after.value().values.value(QStringLiteral("added_later")), text("kept"));
        for (const auto &[field, value] : finalizer.written())
            QVERIFY2(field != QLatin1String("added_later"), "an unloaded answer was written");
    }

    void judgesInsideTheWriteTransaction()
    {
        Workspace &ws = **m_ws;
        auto id = ws.records().create(QStringLiteral("fin"), QStringLiteral("1"),
                                      {{QStringLiteral("title"), text("as stored")}});
        QVERIFY(id);
        int txnState = -1;
        QString seen;
        const Status s = ws.records().finalize(
            id.value(), [&](const Record &current) -> Result<RecordStore::Values> {
                txnState = sqlite3_txn_state(ws.database().handle(), "main");
                seen = current.values.value(QStringLiteral("title")).toString();
                return RecordStore::Values{{QStringLiteral("count"), text("3")}};
            });
        QVERIFY(s);
        QCOMPARE(txnState, SQLITE_TXN_WRITE);
        QCOMPARE(seen, QStringLiteral("as stored"));
        auto after = ws.records().get(id.value());
        QVERIFY(after);
        QCOMPARE(after.value().values.value(QStringLiteral("count")), text("3"));
    }

    void aFailedJudgementRollsBack()
    {
        Workspace &ws = **m_ws;
        auto id = ws.records().create(QStringLiteral("fin"), QStringLiteral("1"),
                                      {{QStringLiteral("title"), text("T")}});
        QVERIFY(id);
        const Status s =
            ws.records().finalize(id.value(), [](const Record &) -> Result<RecordStore::Values> {
                return Error(ErrorCode::Validation, QStringLiteral("no"));
            });
        QVERIFY(!s);
        QCOMPARE(s.error().message(), QStringLiteral("no"));
        auto after = ws.records().get(id.value());
        QVERIFY(after);
        QCOMPARE(after.value().status, RecordStatus::Draft);
        QCOMPARE(sharedOpsFor(ws, id.value()), 0);
        QCOMPARE(sqlite3_get_autocommit(ws.database().handle()), 1);
    }

private:
    std::unique_ptr<test::TestWorkspace> m_ws;
};

QTEST_GUILESS_MAIN(TestRecordFinalizer)
#include "tst_recordfinalizer.moc"
