// The Dashboard page over a workspace with targets, indicator reports and
// an NPA assessment: the progress chart against the milestone path, the
// status summary, the NPA matrix, the sorted regional comparison, filters
// that change the charts, chart export (PNG and SVG), and a language switch
// that retranslates.

#include "common/Language.h"
#include "store/RecordStore.h"
#include "store/TargetStore.h"
#include "TestWorkspace.h"
#include "ui/monitoring/DashboardPage.h"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

namespace {
Target victims(const char *country)
{
    Target t;
    t.country = QString::fromLatin1(country);
    t.indicator = QStringLiteral("victims_identified");
    t.unit = QStringLiteral("count");
    t.baselineValue = 100;
    t.baselineYear = 2020;
    t.milestones = {{QDate(2022, 12, 31), 150}};
    t.targetValue = 200;
    t.targetDate = QDate(2024, 12, 31);
    return t;
}

void report(RecordStore &records, const char *country, int year, double total, double girls,
            const QString &indicator = QStringLiteral("victims_identified"))
{
    const QString y = QString::number(year);
    auto id = records.create(QStringLiteral("indicator_report"), QStringLiteral("2"),
                             {{QStringLiteral("country"), QString::fromLatin1(country)},
                              {QStringLiteral("period_start"), y + QStringLiteral("-01-01")},
                              {QStringLiteral("period_end"), y + QStringLiteral("-12-31")},
                              {QStringLiteral("indicator"), indicator},
                              {QStringLiteral("unit"), QStringLiteral("count")},
                              {QStringLiteral("value_") + indicator, total},
                              {QStringLiteral("by_sex_girls"), girls}},
                             true);
    if (!id)
        qFatal("report: %s", qPrintable(id.error().message()));
}

QLineSeries *line(QChart *chart, int i)
{
    return qobject_cast<QLineSeries *>(chart->series().value(i));
}
} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::install(QStringLiteral("en")); }

    void chartsFiltersExportAndLanguage()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        TargetStore targets(ws->database(), ws->oplog(), Role::Coordinator);
        QVERIFY(targets.set(victims("GT")).ok());
        RecordStore &records = ws->records();
        report(records, "GT", 2021, 130, 40);
        report(records, "GT", 2022, 160, 50);
        report(records, "GT", 2023, 170, 55);
        report(records, "HN", 2023, 300, 90);
        report(records, "SV", 2023, 20, 5);
        report(records, "HN", 2023, 12, 0, QStringLiteral("convictions"));
        QVERIFY(records
                    .create(QStringLiteral("npa_assessment"), QStringLiteral("1"),
                            {{QStringLiteral("country"), QStringLiteral("GT")},
                             {QStringLiteral("year"), 2023},
                             {QStringLiteral("npa_current"), QStringLiteral("partial")}},
                            true)
                    .ok());

        DashboardPage page(*ws);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.messageText(), QString());
        page.countryBox()->setCurrentIndex(page.countryBox()->findData(QStringLiteral("GT")));
        page.indicatorBox()->setCurrentIndex(
            page.indicatorBox()->findData(QStringLiteral("victims_identified")));

        // Reported values, the milestone path and the target mark.
        QChart *progress = page.progressChart();
        QCOMPARE(progress->series().size(), 3);
        QCOMPARE(line(progress, 0)->count(), 3);
        QCOMPARE(line(progress, 0)->at(2).y(), 170.0);
        QCOMPARE(line(progress, 1)->count(), 3);       // baseline, milestone, target
        QCOMPARE(page.progressTable()->rowCount(), 4); // three periods and the target
        QVERIFY2(page.summaryText().contains(QStringLiteral("1 at risk")),
                 qPrintable(page.summaryText()));
        // The NPA matrix: one column per year after the item.
        QCOMPARE(page.npaTable()->columnCount(), 2);
        QCOMPARE(page.npaTable()->item(0, 1)->text(), QStringLiteral("partial"));

        // The regional view reads every country's reports only when its tab
        // is shown; then largest first in the table, on top in the chart.
        QCOMPARE(page.regionTable()->rowCount(), 0);
        page.tabs()->setCurrentIndex(2);
        QCOMPARE(page.regionTable()->rowCount(), 3);
        QCOMPARE(page.regionTable()->item(0, 0)->text(), QStringLiteral("HN"));
        QCOMPARE(page.regionTable()->item(2, 0)->text(), QStringLiteral("SV"));
        auto *bars = qobject_cast<QHorizontalBarSeries *>(page.regionChart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().first()->at(2), 300.0);
        // It read that indicator's reports and nothing else: no other
        // indicator's, no targets or their progress, no NPA assessment.
        const DashboardData &region = page.regionData();
        QCOMPARE(region.reports().size(), 5);
        for (const ReportValue &r : region.reports())
            QCOMPARE(r.indicator, QStringLiteral("victims_identified"));
        QVERIFY(region.progress().isEmpty());
        QVERIFY(region.npa().countries().isEmpty());
        // Another indicator is read when chosen, the first one's chart back
        // when it is chosen again.
        page.indicatorBox()->setCurrentIndex(
            page.indicatorBox()->findData(QStringLiteral("convictions")));
        QCOMPARE(page.regionTable()->rowCount(), 1);
        QCOMPARE(page.regionTable()->item(0, 0)->text(), QStringLiteral("HN"));
        QCOMPARE(page.regionData().reports().size(), 1);
        page.indicatorBox()->setCurrentIndex(
            page.indicatorBox()->findData(QStringLiteral("victims_identified")));
        QCOMPARE(page.regionTable()->rowCount(), 3);

        // Filters: the years and the breakdown.
        page.fromYearBox()->setValue(2022);
        QCOMPARE(line(page.progressChart(), 0)->count(), 2);
        page.breakdownBox()->setCurrentIndex(
            page.breakdownBox()->findData(QStringLiteral("sex=girls")));
        QCOMPARE(line(page.progressChart(), 0)->at(1).y(), 55.0);
        QCOMPARE(page.progressChart()->series().size(), 1); // no target for girls
        QCOMPARE(qobject_cast<QHorizontalBarSeries *>(page.regionChart()->series().value(0))
                     ->barSets()
                     .first()
                     ->at(2),
                 90.0);
        page.toYearBox()->setValue(2022);
        QCOMPARE(page.regionTable()->rowCount(), 1); // only GT reported for 2022

        // Export of the current chart.
        page.tabs()->setCurrentIndex(0);
        QTemporaryDir dir;
        QVERIFY(page.exportChart(dir.filePath(QStringLiteral("chart.png"))));
        QVERIFY(QFile(dir.filePath(QStringLiteral("chart.png"))).size() > 1000);
        page.tabs()->setCurrentIndex(2);
        QVERIFY(page.exportChart(dir.filePath(QStringLiteral("region.svg"))));
        QFile svg(dir.filePath(QStringLiteral("region.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));

        // The language: labels, legends and statuses follow.
        page.breakdownBox()->setCurrentIndex(0);
        page.toYearBox()->setValue(2023);
        const QString english = line(page.progressChart(), 0)->name();
        QCOMPARE(Language::install(QStringLiteral("es")), QStringLiteral("es"));
        QTRY_VERIFY(line(page.progressChart(), 0)->name() != english);
        QVERIFY2(page.summaryText().contains(QStringLiteral("en curso")),
                 qPrintable(page.summaryText()));
        QCOMPARE(page.breakdownBox()->itemText(0), QStringLiteral("total"));
        QCOMPARE(Language::install(QStringLiteral("en")), QStringLiteral("en"));
        QTRY_COMPARE(line(page.progressChart(), 0)->name(), english);
    }

    void emptyWorkspaceSaysSo()
    {
        test::TestWorkspace ws({}, Role::Researcher);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        DashboardPage page(*ws);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.messageText().contains(QStringLiteral("Nothing to show yet")));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
