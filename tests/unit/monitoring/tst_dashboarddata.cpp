// What the dashboard shows, cut from hand-built reports and progress: one
// value per period (the report finalized last wins), the year filter, a
// breakdown, units never mixed, the sorted regional comparison and the
// status counts.

#include "monitoring/DashboardData.h"

#include <QTest>

using namespace vigia;

namespace {
ReportValue report(const char *country, int year, std::optional<double> total, quint64 hlc = 1,
                   const char *unit = "count")
{
    ReportValue r;
    r.record = QUuid::createUuid();
    r.country = QString::fromLatin1(country);
    r.indicator = QStringLiteral("victims_identified");
    r.periodStart = QDate(year, 1, 1);
    r.periodEnd = QDate(year, 12, 31);
    r.unit = QString::fromLatin1(unit);
    r.total = total;
    r.updatedHlc = hlc;
    return r;
}

TargetProgress progress(const char *country, ProgressStatus status)
{
    TargetProgress p;
    p.target.country = QString::fromLatin1(country);
    p.target.indicator = QStringLiteral("victims_identified");
    p.target.unit = QStringLiteral("count");
    p.status = status;
    return p;
}

const QString kVictims = QStringLiteral("victims_identified");
} // namespace

class TestDashboardData : public QObject
{
    Q_OBJECT

private slots:
    void seriesTakesOneValuePerPeriod()
    {
        ReportValue girls = report("GT", 2023, std::nullopt, 3);
        girls.parts.insert(QStringLiteral("by_sex_girls"), 12);
        const DashboardData d = DashboardData::fromParts(
            {report("GT", 2022, 150, 5), report("GT", 2022, 140, 9), report("GT", 2021, 120),
             report("GT", 2020, 999, 1, "months"), girls, report("HN", 2022, 1)},
            {}, {});
        QString unit;
        const auto points = d.series(QStringLiteral("GT"), kVictims, {}, 2000, 2100, &unit);
        QCOMPARE(unit, QStringLiteral("count"));
        QCOMPARE(points.size(), 2); // 2020 is in months, 2023 gives no total
        QCOMPARE(points.at(0).periodEnd, QDate(2021, 12, 31));
        QCOMPARE(points.at(0).value, 120.0);
        QCOMPARE(points.at(1).value, 140.0); // finalized last
        QCOMPARE(d.series(QStringLiteral("GT"), kVictims, {}, 2022, 2022).size(), 1);
        const auto byGirls =
            d.series(QStringLiteral("GT"), kVictims, QStringLiteral("sex=girls"), 2000, 2100);
        QCOMPARE(byGirls.size(), 1);
        QCOMPARE(byGirls.first().value, 12.0);
        QCOMPARE(d.years(), (QList<int>{2020, 2021, 2022, 2023}));
        QCOMPARE(d.countries(), (QStringList{QStringLiteral("GT"), QStringLiteral("HN")}));
    }

    void compareSortsCountriesAndKeepsOneUnit()
    {
        const DashboardData d = DashboardData::fromParts(
            {report("GT", 2022, 150, 5), report("GT", 2022, 140, 9), report("HN", 2022, 300),
             report("SV", 2022, 80), report("CR", 2022, 5, 1, "months"), report("PA", 2021, 1000)},
            {}, {});
        QString unit;
        int others = -1;
        const auto values = d.compare(kVictims, {}, 2022, &unit, &others);
        QCOMPARE(unit, QStringLiteral("count"));
        QCOMPARE(others, 1);
        QCOMPARE(values.size(), 3);
        QCOMPARE(values.at(0).country, QStringLiteral("HN"));
        QCOMPARE(values.at(1).country, QStringLiteral("GT"));
        QCOMPARE(values.at(1).value, 140.0);
        QCOMPARE(values.at(2).country, QStringLiteral("SV"));
    }

    void statusCounts()
    {
        TargetProgress broken = progress("GT", ProgressStatus::NoData);
        broken.error = Error(ErrorCode::Validation, QStringLiteral("mixed units"));
        const DashboardData d = DashboardData::fromParts(
            {},
            {progress("GT", ProgressStatus::OnTrack), progress("GT", ProgressStatus::OnTrack),
             progress("GT", ProgressStatus::AtRisk), progress("GT", ProgressStatus::OffTrack),
             progress("GT", ProgressStatus::NoData), broken,
             progress("HN", ProgressStatus::AtRisk)},
            {});
        const auto c = d.statusCounts(QStringLiteral("GT"));
        QCOMPARE(c.onTrack, 2);
        QCOMPARE(c.atRisk, 1);
        QCOMPARE(c.offTrack, 1);
        QCOMPARE(c.noData, 2);
        QCOMPARE(d.progressOf(QStringLiteral("HN")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDashboardData)
#include "tst_dashboarddata.moc"
