// Progress of a target from indicator reports (docs/monitoring.md): the
// latest period, two reports for one period, breakdowns summed only when
// they partition the total, mixed units refused, and no data; then the same
// through real finalized records.

#include "monitoring/ProgressCalculator.h"
#include "store/RecordStore.h"
#include "store/ReviewStore.h"
#include "store/TargetStore.h"
#include "TestWorkspace.h"

#include <QTest>

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
    t.milestones = {{QDate(2022, 12, 31), 150}};
    t.targetValue = 200;
    t.targetDate = QDate(2024, 12, 31);
    return t;
}

ReportValue report(int year, std::optional<double> total, quint64 hlc = 1,
                   const QString &country = QStringLiteral("GT"))
{
    ReportValue r;
    r.record = QUuid::createUuid();
    r.country = country;
    r.indicator = QStringLiteral("victims_identified");
    r.periodStart = QDate(year, 1, 1);
    r.periodEnd = QDate(year, 12, 31);
    r.unit = QStringLiteral("count");
    r.total = total;
    r.updatedHlc = hlc;
    return r;
}

TargetProgress progressOf(const Target &t, const QList<ReportValue> &reports)
{
    auto p = ProgressCalculator::compute(t, reports);
    if (!p)
        qFatal("compute failed: %s", qPrintable(p.error().message()));
    return p.take();
}
} // namespace

class TestProgressCalculator : public QObject
{
    Q_OBJECT

private slots:
    void noReportsMeansNoData()
    {
        const TargetProgress p = progressOf(victims(), {});
        QCOMPARE(p.status, ProgressStatus::NoData);
        QVERIFY(!p.latestValue);
        // Reports of another country or indicator are not this target's.
        ReportValue other = report(2022, 150, 1, QStringLiteral("HN"));
        ReportValue convictions = report(2022, 150);
        convictions.indicator = QStringLiteral("convictions");
        QCOMPARE(progressOf(victims(), {other, convictions}).status, ProgressStatus::NoData);
    }

    void theLatestPeriodCounts()
    {
        const ReportValue r2021 = report(2021, 130);
        const ReportValue r2022 = report(2022, 140);
        const TargetProgress p = progressOf(victims(), {r2022, r2021});
        QCOMPARE(*p.latestValue, 140.0);
        QCOMPARE(*p.expected, 150.0);
        QCOMPARE(p.periodEnd, QDate(2022, 12, 31));
        QCOMPARE(p.report, r2022.record);
        QCOMPARE(p.status, ProgressStatus::AtRisk);
        QVERIFY(p.superseded.isEmpty());
        // 2021 alone: the path there is 125, so 130 is ahead.
        QCOMPARE(progressOf(victims(), {r2021}).status, ProgressStatus::OnTrack);
        QCOMPARE(progressOf(victims(), {report(2022, 120)}).status, ProgressStatus::OffTrack);
    }

    void twoReportsForOnePeriodTheLaterWins()
    {
        const ReportValue first = report(2022, 150, 10);
        const ReportValue correction = report(2022, 130, 20);
        const ReportValue older = report(2021, 125, 30);
        const TargetProgress p = progressOf(victims(), {first, older, correction});
        QCOMPARE(p.report, correction.record);
        QCOMPARE(*p.latestValue, 130.0);
        QCOMPARE(p.superseded, QList<QUuid>{first.record});
        QCOMPARE(p.status, ProgressStatus::OffTrack);
    }

    void aBreakdownIsReadForItsTarget()
    {
        Target girls = victims();
        girls.disaggregation = QStringLiteral("sex=girls");
        girls.baselineValue = 60;
        girls.milestones = {{QDate(2022, 12, 31), 90}};
        girls.targetValue = 120;
        ReportValue r = report(2022, 150);
        r.parts.insert(QStringLiteral("by_sex_girls"), 90);
        r.parts.insert(QStringLiteral("by_sex_boys"), 60);
        const TargetProgress p = progressOf(girls, {r});
        QCOMPARE(*p.latestValue, 90.0);
        QCOMPARE(p.status, ProgressStatus::OnTrack);
        // A report without that breakdown gives no data for it.
        QCOMPARE(progressOf(girls, {report(2022, 150)}).status, ProgressStatus::NoData);
    }

    void breakdownsAreSummedOnlyWhenTheyPartitionTheTotal()
    {
        ReportValue complete = report(2022, std::nullopt);
        complete.parts.insert(QStringLiteral("by_sex_girls"), 80);
        complete.parts.insert(QStringLiteral("by_sex_boys"), 60);
        complete.parts.insert(QStringLiteral("by_sex_not_recorded"), 10);
        bool summed = false;
        QCOMPARE(*ProgressCalculator::valueFor(victims(), complete, &summed), 150.0);
        QVERIFY(summed);
        const TargetProgress p = progressOf(victims(), {complete});
        QCOMPARE(p.status, ProgressStatus::OnTrack);
        QVERIFY(p.summed);

        // Without "not recorded" the categories do not cover the total.
        ReportValue partial = complete;
        partial.parts.remove(QStringLiteral("by_sex_not_recorded"));
        QVERIFY(!ProgressCalculator::valueFor(victims(), partial));
        // A total given is taken as given.
        ReportValue given = complete;
        given.total = 155;
        QCOMPARE(*ProgressCalculator::valueFor(victims(), given, &summed), 155.0);
        QVERIFY(!summed);
        // Medians never add up.
        Target months = victims();
        months.indicator = QStringLiteral("months_to_sentence");
        months.unit = QStringLiteral("months");
        ReportValue medians = report(2022, std::nullopt);
        medians.indicator = months.indicator;
        medians.unit = months.unit;
        for (const char *m : {"trafficking", "prostitution", "travel_tourism", "csam", "online"})
            medians.parts.insert(QStringLiteral("by_manifestation_") + QLatin1String(m), 10);
        QVERIFY(!ProgressCalculator::valueFor(months, medians));
    }

    void mixedUnitsAreRefused()
    {
        Target budget = victims();
        budget.indicator = QStringLiteral("npa_budget");
        budget.unit = QStringLiteral("USD");
        ReportValue dollars = report(2021, 120000);
        dollars.indicator = budget.indicator;
        dollars.unit = QStringLiteral("USD");
        ReportValue reais = report(2022, 700000);
        reais.indicator = budget.indicator;
        reais.unit = QStringLiteral("BRL");
        QCOMPARE(progressOf(budget, {dollars}).status, ProgressStatus::OnTrack);
        auto refused = ProgressCalculator::compute(budget, {dollars, reais});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Validation);
        QVERIFY2(refused.error().message().contains(QStringLiteral("BRL")) &&
                     refused.error().message().contains(QStringLiteral("USD")),
                 qPrintable(refused.error().message()));
    }

    void progressFromFinalizedRecords()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        TargetStore targets(ws->database(), ws->oplog(), Role::Coordinator);
        QVERIFY(targets.set(victims()).ok());
        Target budget = victims();
        budget.indicator = QStringLiteral("npa_budget");
        budget.unit = QStringLiteral("USD");
        QVERIFY(targets.set(budget).ok());
        Target honduras = victims();
        honduras.country = QStringLiteral("HN");
        QVERIFY(targets.set(honduras).ok());

        const auto values = [](const char *indicator, const char *end, const QCborValue &value,
                               const char *unit = "count") {
            return RecordStore::Values{
                {QStringLiteral("country"), QStringLiteral("GT")},
                {QStringLiteral("period_start"), QStringLiteral("2022-01-01")},
                {QStringLiteral("period_end"), QString::fromLatin1(end)},
                {QStringLiteral("indicator"), QString::fromLatin1(indicator)},
                {QStringLiteral("unit"), QString::fromLatin1(unit)},
                {QStringLiteral("value_") + QLatin1String(indicator), value}};
        };
        const QString form = QStringLiteral("indicator_report");
        const QString version = QStringLiteral("2");
        RecordStore &records = ws->records();
        QVERIFY(
            records.create(form, version, values("victims_identified", "2022-12-31", 150.0), true)
                .ok());
        auto later = records.create(
            form, version, values("victims_identified", "2022-12-31", QStringLiteral("140")), true);
        QVERIFY(later.ok());
        // A draft is not a report yet.
        QVERIFY(
            records.create(form, version, values("victims_identified", "2023-12-31", 1.0)).ok());
        RecordStore::Values usd = values("npa_budget", "2022-12-31", 150.0, "currency");
        usd.append({QStringLiteral("currency"), QStringLiteral("USD")});
        RecordStore::Values brl = values("npa_budget", "2021-12-31", 90.0, "currency");
        brl.append({QStringLiteral("currency"), QStringLiteral("BRL")});
        QVERIFY(records.create(form, version, usd, true).ok());
        QVERIFY(records.create(form, version, brl, true).ok());
        // Later reports the coordinator rejected or sent back do not count:
        // without review states they would be the latest period.
        ReviewStore reviews(ws->database(), ws->oplog(), Role::Coordinator);
        auto rejected =
            records.create(form, version, values("victims_identified", "2023-12-31", 400.0), true);
        QVERIFY(rejected.ok());
        QVERIFY(reviews.set(rejected.value(), ReviewState::Rejected).ok());
        auto sentBack =
            records.create(form, version, values("victims_identified", "2024-12-31", 10.0), true);
        QVERIFY(sentBack.ok());
        QVERIFY(reviews.set(sentBack.value(), ReviewState::NeedsChanges).ok());
        QVERIFY(reviews.set(later.value(), ReviewState::Approved).ok());

        ProgressCalculator calculator(targets, reviews);
        auto all = calculator.progress();
        QVERIFY2(all.ok(), qPrintable(all.error().message()));
        QCOMPARE(all.value().size(), 3);
        const TargetProgress &gt = all.value().at(0);
        QCOMPARE(gt.target.indicator, QStringLiteral("npa_budget"));
        QVERIFY(gt.error.isError());
        QVERIFY(gt.error.message().contains(QStringLiteral("BRL")));
        const TargetProgress &victimsGt = all.value().at(1);
        QCOMPARE(victimsGt.report, later.value());
        QCOMPARE(*victimsGt.latestValue, 140.0);
        QCOMPARE(victimsGt.superseded.size(), 1);
        QCOMPARE(victimsGt.status, ProgressStatus::AtRisk);
        QCOMPARE(all.value().at(2).target.country, QStringLiteral("HN"));
        QCOMPARE(all.value().at(2).status, ProgressStatus::NoData);
        QCOMPARE(calculator.progress(QStringLiteral("HN")).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProgressCalculator)
#include "tst_progresscalculator.moc"
