// RecordStore::summaries and summaryCount: the list lines of the Records view,
// on both search plans (few matches: from the index; many: in list order).
#include "store/RecordStore.h"
#include "TestWorkspace.h"

#include <QTest>

using namespace vigia;

namespace {
const QString kForm = QStringLiteral("qualitative_finding");

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QUuid make(RecordStore &records, const RecordStore::Values &values)
{
    auto id = records.create(kForm, QStringLiteral("1"), values);
    if (!id)
        qFatal("create: %s", qPrintable(id.error().message()));
    return id.value();
}

QList<RecordSummary> page(RecordStore &records, RecordFilter filter)
{
    auto rows = records.summaries(filter);
    if (!rows)
        qFatal("summaries: %s", qPrintable(rows.error().message()));
    return rows.value();
}

QString summaryOf(const QList<RecordSummary> &rows, const QUuid &id)
{
    for (const RecordSummary &r : rows) {
        if (r.id == id)
            return r.summary();
    }
    return QStringLiteral("<missing>");
}
} // namespace

class TestRecordSummaries : public QObject
{
    Q_OBJECT

private slots:
    void theSummaryIsTheNarrativeElseTheLongestText()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        RecordStore &records = ws->records();
        const QUuid narrated = make(records, {{QStringLiteral("narrative"), u("short story")},
                                              {QStringLiteral("notes"), u("a much longer note")}});
        const QUuid noted = make(records, {{QStringLiteral("notes"), u("a note")},
                                           {QStringLiteral("place"), u("the old market")},
                                           {QStringLiteral("count"), 12}});
        const QUuid empty = make(records, {{QStringLiteral("count"), 3}});
        const QList<RecordSummary> rows = page(records, {});
        QCOMPARE(rows.size(), 3);
        QCOMPARE(summaryOf(rows, narrated), u("short story"));
        QCOMPARE(summaryOf(rows, noted), u("the old market"));
        QCOMPARE(summaryOf(rows, empty), QString());
    }

    void aSearchKeepsTheNarrativeAsSummary()
    {
        test::TestWorkspace ws;
        RecordStore &records = ws->records();
        const QUuid inNarrative = make(records, {{QStringLiteral("narrative"), u("a túnel here")}});
        const QUuid inNotes = make(records, {{QStringLiteral("narrative"), u("the river bank")},
                                             {QStringLiteral("notes"), u("tunnel nearby")}});
        const QUuid noNarrative =
            make(records, {{QStringLiteral("notes"), u("tunnels")},
                           {QStringLiteral("place"), u("between the two hills")}});
        make(records, {{QStringLiteral("narrative"), u("nothing to see")}});
        RecordFilter filter;
        filter.search = QStringLiteral("tun");
        const QList<RecordSummary> rows = page(records, filter);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(summaryOf(rows, inNarrative), u("a túnel here"));
        QCOMPARE(summaryOf(rows, inNotes), u("the river bank"));
        QCOMPARE(summaryOf(rows, noNarrative), u("between the two hills"));
        // Newest first, each record once though two of its values match.
        QCOMPARE(rows[0].id, noNarrative);
        QCOMPARE(rows[2].id, inNarrative);
        QCOMPARE(records.summaryCount(filter).value(), 3);
    }

    void pagesFollowTheSortWithoutGapsOrRepeats()
    {
        test::TestWorkspace ws;
        RecordStore &records = ws->records();
        const QStringList countries{QStringLiteral("PY"), QStringLiteral("AR"),
                                    QStringLiteral("BR")};
        QList<QUuid> ids;
        for (int i = 0; i < 25; ++i) {
            ids.append(make(records, {{QStringLiteral("country"), countries[i % 3]},
                                      {QStringLiteral("narrative"),
                                       QStringLiteral("entry %1 bridge").arg(i)}}));
        }
        RecordFilter filter;
        filter.sort = RecordSort::ByCountry;
        filter.ascending = true;
        filter.limit = 10;
        QList<RecordSummary> all;
        for (filter.offset = 0; filter.offset < 30; filter.offset += 10)
            all.append(page(records, filter));
        QCOMPARE(all.size(), 25);
        for (int i = 1; i < all.size(); ++i) {
            const auto &a = all[i - 1];
            const auto &b = all[i];
            QVERIFY(a.country < b.country ||
                    (a.country == b.country && a.updatedHlc > b.updatedHlc));
        }
        // Each line's summary belongs to its record.
        for (const RecordSummary &r : all)
            QCOMPARE(r.summary(), QStringLiteral("entry %1 bridge").arg(ids.indexOf(r.id)));

        filter.search = QStringLiteral("bridge");
        filter.sort = RecordSort::ByUpdated;
        filter.ascending = false;
        filter.offset = 20;
        const QList<RecordSummary> last = page(records, filter);
        QCOMPARE(last.size(), 5);
        QCOMPARE(last.first().id, ids[4]);
        QCOMPARE(last.last().id, ids[0]);
        QCOMPARE(last.last().summary(), QStringLiteral("entry 0 bridge"));
    }

    void aCommonWordReadsInListOrder()
    {
        // More matches than the index-first plan takes: the other plan.
        test::TestWorkspace ws;
        RecordStore &records = ws->records();
        QList<RecordStore::Values> many;
        for (int i = 0; i < 2100; ++i) {
            many.append({{QStringLiteral("narrative"), QStringLiteral("bridge %1").arg(i)},
                         {QStringLiteral("notes"), QStringLiteral("bridge note")}});
        }
        QVERIFY(records.createMany(kForm, QStringLiteral("1"), many).ok());
        const QUuid other = make(records, {{QStringLiteral("notes"), u("no match")}});
        RecordFilter filter;
        filter.search = QStringLiteral("bridge");
        filter.limit = 5;
        const QList<RecordSummary> rows = page(records, filter);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[0].summary(), QStringLiteral("bridge 2099"));
        QCOMPARE(rows[4].summary(), QStringLiteral("bridge 2095"));
        for (const RecordSummary &r : rows)
            QVERIFY(r.id != other);
        QCOMPARE(records.summaryCount(filter).value(), 2100);
    }

    void aRecordMatchedInSeveralValuesIsPagedOnce()
    {
        // Several answers of each record match; paging must count records,
        // not answers.
        test::TestWorkspace ws;
        RecordStore &records = ws->records();
        QList<QUuid> ids;
        for (int i = 0; i < 7; ++i) {
            ids.append(make(records,
                            {{QStringLiteral("narrative"), QStringLiteral("story %1 túnel").arg(i)},
                             {QStringLiteral("notes"), u("tunnel note")},
                             {QStringLiteral("place"), u("tunnel mouth")}}));
        }
        RecordFilter filter;
        filter.search = QStringLiteral("tun");
        filter.limit = 3;
        QList<RecordSummary> all;
        for (filter.offset = 0; filter.offset < 9; filter.offset += 3)
            all.append(page(records, filter));
        QCOMPARE(all.size(), 7);
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(all[i].id, ids[6 - i]);
            QCOMPARE(all[i].summary(), QStringLiteral("story %1 túnel").arg(6 - i));
        }
    }

    void aCommonWordNarrowedByAFilterFindsItsFewRecords()
    {
        // The index-first plan gives up past its bound even when the filter
        // leaves few records; those must still be found by the other plan.
        test::TestWorkspace ws;
        RecordStore &records = ws->records();
        QList<RecordStore::Values> many;
        for (int i = 0; i < 2100; ++i) {
            many.append({{QStringLiteral("country"), QStringLiteral("AR")},
                         {QStringLiteral("narrative"), QStringLiteral("bridge %1").arg(i)}});
        }
        QVERIFY(records.createMany(kForm, QStringLiteral("1"), many).ok());
        const QUuid older = make(records, {{QStringLiteral("country"), QStringLiteral("PY")},
                                           {QStringLiteral("narrative"), u("bridge in PY")}});
        const QUuid newer = make(records, {{QStringLiteral("country"), QStringLiteral("PY")},
                                           {QStringLiteral("notes"), u("a bridge")},
                                           {QStringLiteral("place"), u("the crossing")}});
        RecordFilter filter;
        filter.search = QStringLiteral("bridge");
        filter.country = QStringLiteral("PY");
        const QList<RecordSummary> rows = page(records, filter);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].id, newer);
        QCOMPARE(rows[0].summary(), u("the crossing"));
        QCOMPARE(rows[1].id, older);
        QCOMPARE(rows[1].summary(), u("bridge in PY"));
        filter.search = QStringLiteral("nowhere");
        QVERIFY(page(records, filter).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecordSummaries)
#include "tst_recordsummaries.moc"
