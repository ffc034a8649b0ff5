#include "FakeClock.h"
#include "oplog/OpLog.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"

#include <QTest>

using namespace vigia;

namespace {
const QString kForm = QStringLiteral("qualitative_finding");
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestRecordStore : public QObject
{
    Q_OBJECT

private slots:
    void createAndGet()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        RecordStore &records = ws->records();
        auto id = records.create(kForm, QStringLiteral("3"),
                                 {{QStringLiteral("country"), s("BR")},
                                  {QStringLiteral("date"), s("2026-03-04")},
                                  {QStringLiteral("narrative"), s("Encontro no terminal")}});
        QVERIFY2(id.ok(), qPrintable(id.error().message()));
        auto r = records.get(id.value());
        QVERIFY(r.ok());
        QCOMPARE(r.value().formId, kForm);
        QCOMPARE(r.value().formVersion, QStringLiteral("3"));
        QCOMPARE(r.value().status, RecordStatus::Draft);
        QCOMPARE(r.value().country, s("BR"));
        QCOMPARE(r.value().date, s("2026-03-04"));
        QCOMPARE(r.value().values.value(QStringLiteral("narrative")).toString(),
                 s("Encontro no terminal"));
        QCOMPARE(r.value().author, ws->deviceId().toRfc4122());
        QVERIFY(!r.value().values.contains(QStringLiteral("_status")));
    }

    // New records' ids grow with time (TimeOrderedUuid), so the indexes keyed
    // by the id take each save at their end.
    void idsOfNewRecordsSortInTheOrderTheyWereMade()
    {
        test::TestWorkspace ws;
        RecordStore &records = ws->records();
        QByteArray previous;
        for (int i = 0; i < 3; ++i) {
            const QUuid id = records.create(kForm, QStringLiteral("1")).value();
            QCOMPARE(id.data3 >> 12, 7);
            QVERIFY(previous < id.toRfc4122());
            previous = id.toRfc4122();
            QTest::qWait(2);
        }
        const QList<QUuid> many =
            records.createMany(kForm, QStringLiteral("1"), {{}, {}}, false).value();
        QVERIFY(previous < many.first().toRfc4122());
    }

    void lifecycleRulesAreEnforced()
    {
        test::TestWorkspace ws;
        RecordStore &records = ws->records();
        const QUuid id = records.create(kForm, QStringLiteral("1")).value();
        QCOMPARE(records.reopen(id).error().code(), ErrorCode::Validation);
        QVERIFY(records.setValues(id, {{QStringLiteral("a"), 1}}).ok());
        QVERIFY(records.finalize(id).ok());
        QCOMPARE(records.get(id).value().status, RecordStatus::Finalized);
        QCOMPARE(records.finalize(id).error().code(), ErrorCode::Validation);
        const Status blocked = records.setValues(id, {{QStringLiteral("a"), 2}});
        QCOMPARE(blocked.error().code(), ErrorCode::Validation);
        QVERIFY(blocked.error().message().contains(QStringLiteral("Reopen")));
        QVERIFY(records.reopen(id).ok());
        QVERIFY(records.setValues(id, {{QStringLiteral("a"), 2}}).ok());
        QCOMPARE(records.get(id).value().values.value(QStringLiteral("a")).toInteger(), 2);

        QVERIFY(records.remove(id).ok());
        QVERIFY(records.get(id).value().deleted);
        QCOMPARE(records.remove(id).error().code(), ErrorCode::Validation);
        QCOMPARE(records.setValues(id, {{QStringLiteral("a"), 3}}).error().code(),
                 ErrorCode::Validation);
        QVERIFY(records.restore(id).ok());
        QVERIFY(!records.get(id).value().deleted);
        QCOMPARE(records.restore(id).error().code(), ErrorCode::Validation);
    }

    void unknownRecordAndBadFieldNames()
    {
        test::TestWorkspace ws;
        RecordStore &records = ws->records();
        QCOMPARE(records.get(QUuid::createUuid()).error().code(), ErrorCode::NotFound);
        QCOMPARE(records.finalize(QUuid::createUuid()).error().code(), ErrorCode::NotFound);
        auto bad = records.create(kForm, QStringLiteral("1"), {{QStringLiteral("_status"), 1}});
        QCOMPARE(bad.error().code(), ErrorCode::Validation);
        QCOMPARE(records.count({}).value(), 0); // nothing half-written
        QVERIFY(!RecordStore::isValidFieldName(QStringLiteral("1abc")));
        QVERIFY(RecordStore::isValidFieldName(QStringLiteral("key_quotes.2")));
        QCOMPARE(RecordStore::parseId(QStringLiteral("nope")).error().code(), ErrorCode::Usage);
    }

    void everyChangeIsAnOp()
    {
        test::TestWorkspace ws;
        RecordStore &records = ws->records();
        const auto before = ws->oplog().opsOf(ws->deviceId().toRfc4122()).value().size();
        const QUuid id =
            records.create(kForm, QStringLiteral("1"), {{QStringLiteral("x"), 1}}).value();
        QVERIFY(records.finalize(id).ok());
        QVERIFY(records.remove(id).ok());
        const QList<Op> ops = ws->oplog().opsOf(ws->deviceId().toRfc4122()).value();
        // The draft's _form, _form_version, _status and x went to the private
        // chain; finalizing published _form, _form_version and x, then
        // _status; deleting a shared record is shared.
        QCOMPARE(ops.size() - before, 5);
        QCOMPARE(ops.at(ops.size() - 2).field, QStringLiteral("_status"));
        QCOMPARE(ops.last().field, QStringLiteral("_deleted"));
        QCOMPARE(ws->oplog().opsOf(ws->oplog().privateOrigin()).value().size(), 4);
        QVERIFY(ws->oplog().verify().value().isEmpty());
    }

    void listFiltersSearchAndPaging()
    {
        test::FakeClock clock;
        test::TestWorkspace ws(clock.fn());
        RecordStore &records = ws->records();
        const struct
        {
            const char *form, *country, *date, *text;
            bool finalize;
        } rows[] = {
            {"finding", "AR", "2026-01-10", "Triple Frontera, terminal de ómnibus", true},
            {"finding", "BR", "2026-02-11", "Foz do Iguaçu: hotel perto da ponte", false},
            {"indicator", "PY", "2026-03-12", "Ciudad del Este, informe trimestral", true},
            {"finding", "AR", "2026-04-13", "La Quiaca, paso fronterizo", false},
        };
        QList<QUuid> ids;
        for (const auto &r : rows) {
            clock.advance(1000);
            ids.append(records
                           .create(QString::fromUtf8(r.form), QStringLiteral("1"),
                                   {{QStringLiteral("country"), s(r.country)},
                                    {QStringLiteral("date"), s(r.date)},
                                    {QStringLiteral("narrative"), s(r.text)}},
                                   r.finalize)
                           .value());
        }
        RecordFilter f;
        QCOMPARE(records.count(f).value(), 4);
        // Newest change first.
        QCOMPARE(records.list(f).value().first().id, ids.last());

        f.formId = QStringLiteral("finding");
        QCOMPARE(records.count(f).value(), 3);
        f.country = QStringLiteral("AR");
        QCOMPARE(records.count(f).value(), 2);
        f.status = RecordStatus::Finalized;
        QCOMPARE(records.list(f).value().size(), 1);
        QCOMPARE(records.list(f).value().first().id, ids[0]);

        RecordFilter dates;
        dates.from = QDate(2026, 2, 1);
        dates.to = QDate(2026, 3, 31);
        QCOMPARE(records.count(dates).value(), 2);

        RecordFilter search;
        search.search = QStringLiteral("omnibus"); // accents folded
        QCOMPARE(records.list(search).value().size(), 1);
        QCOMPARE(records.list(search).value().first().id, ids[0]);
        search.search = QStringLiteral("frontera paso"); // every word must match
        QCOMPARE(records.count(search).value(), 0);
        search.search = QStringLiteral("fronter"); // prefixes match
        QCOMPARE(records.count(search).value(), 2);
        search.search = QStringLiteral("\"AND OR NEAR(");
        QVERIFY(records.count(search).ok()); // syntax is neutralised, never an error

        // The index follows edits and deletes.
        QVERIFY(records.setValues(ids[3], {{QStringLiteral("narrative"), s("Villazón")}}).ok());
        search.search = QStringLiteral("fronter");
        QCOMPARE(records.count(search).value(), 1);
        QVERIFY(records.remove(ids[0]).ok());
        QCOMPARE(records.count(search).value(), 0);
        search.includeDeleted = true;
        QCOMPARE(records.count(search).value(), 1);

        RecordFilter page;
        page.limit = 2;
        page.offset = 2;
        const QList<Record> second = records.list(page).value();
        QCOMPARE(second.size(), 1); // 3 visible records after the delete
    }

    void valuesSurviveReopeningTheWorkspace()
    {
        test::TestWorkspace ws;
        const QUuid id = ws->records()
                             .create(kForm, QStringLiteral("1"),
                                     {{QStringLiteral("narrative"), s("persistido")}}, true)
                             .value();
        QVERIFY(ws.reopen());
        QCOMPARE(ws->records().get(id).value().values.value(QStringLiteral("narrative")).toString(),
                 s("persistido"));
        // Counters continue after a restart.
        QVERIFY(ws->records().reopen(id).ok());
        QVERIFY(ws->oplog().verify().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
