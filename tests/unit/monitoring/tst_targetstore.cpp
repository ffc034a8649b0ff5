// Targets as synced entities (docs/monitoring.md): written as ops, read back
// from the projection, one row per (country, indicator, disaggregation),
// validated against the indicator report, and read only for researchers.

#include "db/Database.h"
#include "db/Statement.h"
#include "oplog/OpLog.h"
#include "store/IndicatorCatalog.h"
#include "store/TargetStore.h"
#include "TestWorkspace.h"

#include <QTest>

#include <sqlite3.h>

using namespace vigia;

namespace {
Target victims()
{
    Target t;
    t.country = QStringLiteral("GT");
    t.indicator = QStringLiteral("victims_identified");
    t.unit = QStringLiteral("count");
    t.baselineValue = 100;
    t.baselineYear = 2020;
    t.targetValue = 200;
    t.targetDate = QDate(2024, 12, 31);
    t.milestones = {{QDate(2022, 12, 31), 150}, {QDate(2023, 12, 31), 175}};
    return t;
}

int targetOps(Workspace &ws)
{
    Statement st(ws.database().handle(), "SELECT count(*) FROM ops WHERE entity = 'target'");
    return st.step() == SQLITE_ROW ? int(st.columnInt64(0)) : -1;
}
} // namespace

class TestTargetStore : public QObject
{
    Q_OBJECT

private slots:
    void theCatalogComesFromTheIndicatorReport()
    {
        const IndicatorCatalog &c = IndicatorCatalog::builtin();
        QCOMPARE(c.indicators().size(), 14);
        QCOMPARE(c.unitKind(QStringLiteral("months_to_sentence")), QStringLiteral("months"));
        QCOMPARE(c.unitKind(QStringLiteral("npa_budget")), QStringLiteral("currency"));
        QVERIFY(c.isAdditive(QStringLiteral("victims_identified")));
        QVERIFY(!c.isAdditive(QStringLiteral("months_to_sentence")));
        QCOMPARE(c.dimensions(QStringLiteral("victims_identified")),
                 (QStringList{QStringLiteral("age"), QStringLiteral("manifestation"),
                              QStringLiteral("nationality"), QStringLiteral("sex")}));
        QCOMPARE(c.dimensions(QStringLiteral("shelter_places")), QStringList());
        QCOMPARE(c.categories(QStringLiteral("sex")),
                 (QStringList{QStringLiteral("girls"), QStringLiteral("boys"),
                              QStringLiteral("not_recorded")}));
    }

    void aTargetIsWrittenAsOpsAndReadBack()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        TargetStore store(ws->database(), ws->oplog(), Role::Coordinator);
        Target unsorted = victims();
        std::swap(unsorted.milestones[0], unsorted.milestones[1]);
        auto id = store.set(unsorted);
        QVERIFY2(id.ok(), qPrintable(id.error().message()));
        QCOMPARE(id.value(), TargetStore::idFor(QStringLiteral("GT"),
                                                QStringLiteral("victims_identified"), QString()));
        QVERIFY(targetOps(*ws) >= 9);
        auto got = store.get(id.value());
        QVERIFY(got.ok());
        Target expected = victims();
        expected.id = id.value();
        // Stored sorted by date.
        QCOMPARE(got.value(), expected);
        QCOMPARE(store.list().value().size(), 1);
        QCOMPARE(store.list(QStringLiteral("HN")).value().size(), 0);

        // The same key again edits the one row.
        Target changed = victims();
        changed.targetValue = 250;
        QVERIFY(store.set(changed).ok());
        QCOMPARE(store.list().value().size(), 1);
        QCOMPARE(store.list().value().first().targetValue, 250.0);

        // A breakdown is another target.
        Target girls = victims();
        girls.disaggregation = QStringLiteral("sex=girls");
        QVERIFY(store.set(girls).ok());
        QCOMPARE(store.list().value().size(), 2);

        QVERIFY(store.remove(id.value()).ok());
        QCOMPARE(store.list().value().size(), 1);
        QVERIFY(store.get(id.value()).value().deleted);
        QVERIFY(store.set(victims()).ok());
        QCOMPARE(store.list().value().size(), 2);
        QCOMPARE(store.get(QUuid::createUuid()).error().code(), ErrorCode::NotFound);

        // And it all survives a restart (it is the projection, not a cache).
        QVERIFY(ws.reopen());
        TargetStore again(ws->database(), ws->oplog(), Role::Coordinator);
        QCOMPARE(again.list().value().size(), 2);
    }

    void oneCountrysTargetsAndTheCountriesAreReadAlone()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        TargetStore store(ws->database(), ws->oplog(), Role::Coordinator);
        QVERIFY(store.countries().value().isEmpty());
        Target gt = victims();
        Target hn = victims();
        hn.country = QStringLiteral("HN");
        Target pa = victims();
        pa.country = QStringLiteral("PA");
        auto gone = store.set(pa);
        QVERIFY(store.set(hn).ok() && store.set(gt).ok() && gone.ok());
        QCOMPARE(store.countries().value(),
                 (QStringList{QStringLiteral("GT"), QStringLiteral("HN"), QStringLiteral("PA")}));
        QVERIFY(store.remove(gone.value()).ok());
        // A deleted target's country is gone; the others read alone, whole.
        QCOMPARE(store.countries().value(),
                 (QStringList{QStringLiteral("GT"), QStringLiteral("HN")}));
        const QList<Target> honduras = store.list(QStringLiteral("HN")).value();
        QCOMPARE(honduras.size(), 1);
        hn.id = honduras.first().id;
        QCOMPARE(honduras.first(), hn);
        QVERIFY(store.list(QStringLiteral("PA")).value().isEmpty());
        QCOMPARE(store.list().value().size(), 2);
    }

    void researchersReadOnly()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        TargetStore store(ws->database(), ws->oplog(), Role::Researcher);
        auto refused = store.set(victims());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Validation);
        QVERIFY(refused.error().message().contains(QStringLiteral("coordinator")));
        QVERIFY(!store
                     .remove(TargetStore::idFor(QStringLiteral("GT"),
                                                QStringLiteral("victims_identified"), {}))
                     .ok());
        QCOMPARE(targetOps(*ws), 0);
        QVERIFY(store.list().value().isEmpty());
    }

    void invalidTargetsAreRefusedWithEveryProblem_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("country") << QStringLiteral("country") << QStringLiteral("Guatemala")
                                 << QStringLiteral("two-letter");
        QTest::newRow("indicator") << QStringLiteral("indicator") << QStringLiteral("victims")
                                   << QStringLiteral("not an indicator");
        QTest::newRow("unit") << QStringLiteral("unit") << QStringLiteral("people")
                              << QStringLiteral("measured in count");
        QTest::newRow("breakdown") << QStringLiteral("disaggregation")
                                   << QStringLiteral("sex=women") << QStringLiteral("no breakdown");
        QTest::newRow("no breakdown")
            << QStringLiteral("disaggregation") << QStringLiteral("sector=police")
            << QStringLiteral("no breakdown");
        QTest::newRow("date") << QStringLiteral("target_date") << QStringLiteral("2020-06-01")
                              << QStringLiteral("after the baseline year");
        QTest::newRow("milestone") << QStringLiteral("milestone") << QStringLiteral("2025-06-01")
                                   << QStringLiteral("Milestones must fall");
    }

    void invalidTargetsAreRefusedWithEveryProblem()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, says);
        Target t = victims();
        if (field == u"country")
            t.country = value;
        else if (field == u"indicator")
            t.indicator = value;
        else if (field == u"unit")
            t.unit = value;
        else if (field == u"disaggregation")
            t.disaggregation = value;
        else if (field == u"target_date")
            t.targetDate = QDate::fromString(value, Qt::ISODate);
        else
            t.milestones.append({QDate::fromString(value, Qt::ISODate), 1});
        const Status s = TargetStore::validate(t);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code(), ErrorCode::Validation);
        QVERIFY2(s.error().message().contains(says), qPrintable(s.error().message()));
    }

    void budgetsNameTheirCurrency()
    {
        Target t = victims();
        t.indicator = QStringLiteral("npa_budget");
        t.unit = QStringLiteral("currency");
        QVERIFY(!TargetStore::validate(t).ok());
        t.unit = QStringLiteral("USD");
        QVERIFY2(TargetStore::validate(t).ok(),
                 qPrintable(TargetStore::validate(t).error().message()));
    }
};

QTEST_GUILESS_MAIN(TestTargetStore)
#include "tst_targetstore.moc"
