// dashboard_open: a coordinator opens the Dashboard over 10 years × 33
// countries × 14 indicators of finalized indicator reports (4 620), with a
// target per country and indicator, from constructing the view until it is
// idle again: the progress chart's first paint, then the status summary
// painted with its counts. Baseline: the Records view over the same
// workspace, measured the same way (its list's first paint, then its count)
// in the same run, the two alternating; median of several. Target ratio
// <= 1.5 (docs/monitoring.md). Also `region_tab_seconds`: the Region tab
// shown on the open Dashboard until its chart's first paint (median).
#include "BenchReport.h"
#include "PaintWatch.h"
#include "RecordsBenchData.h"
#include "reference/ReferenceData.h"
#include "store/IndicatorCatalog.h"
#include "store/TargetStore.h"
#include "TestWorkspace.h"
#include "ui/monitoring/DashboardPage.h"
#include "ui/records/RecordsPage.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QLabel>
#include <QTableView>
#include <QTabWidget>

using namespace vigia;

namespace {
constexpr int kYears = 10;
constexpr int kFirstYear = 2016;
constexpr int kRuns = 9;

double waitIdle(QWidget &page, QWidget *viewport, QLabel *label, const QElapsedTimer &timer)
{
    bench::PaintWatch watch(timer, viewport, label);
    viewport->installEventFilter(&watch);
    label->installEventFilter(&watch);
    page.resize(1200, 800);
    page.show();
    while (watch.paintedAt < 0 || watch.idleAt < 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return double(watch.idleAt) / 1e9;
}

double openDashboard(Workspace &ws)
{
    QElapsedTimer timer;
    timer.start();
    DashboardPage page(ws);
    auto *summary = page.findChild<QLabel *>(QStringLiteral("dashboardSummary"));
    if (!summary)
        qFatal("the Dashboard has no dashboardSummary label");
    return waitIdle(page, page.progressView()->viewport(), summary, timer);
}

// The Region tab shown on an open Dashboard, from the click until its
// chart's first paint: it reads what it shows then, not on opening. A
// figure of its own, no target.
double showRegion(Workspace &ws)
{
    DashboardPage page(ws);
    auto *summary = page.findChild<QLabel *>(QStringLiteral("dashboardSummary"));
    if (!summary)
        qFatal("the Dashboard has no dashboardSummary label");
    QElapsedTimer opened;
    opened.start();
    (void)waitIdle(page, page.progressView()->viewport(), summary, opened);
    QElapsedTimer timer;
    timer.start();
    QWidget *viewport = page.regionView()->viewport();
    bench::PaintWatch watch(timer, viewport, nullptr);
    viewport->installEventFilter(&watch);
    page.tabs()->setCurrentIndex(2);
    while (watch.paintedAt < 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return double(watch.paintedAt) / 1e9;
}

double openRecords(Workspace &ws)
{
    QElapsedTimer timer;
    timer.start();
    RecordsPage page(ws);
    auto *count = page.findChild<QLabel *>(QStringLiteral("recordCount"));
    if (!count)
        qFatal("the Records view has no recordCount label");
    return waitIdle(page, page.view()->viewport(), count, timer);
}

int fill(Workspace &ws)
{
    bench::ensurePack(ws);
    const auto reference = ReferenceData::loadFromResources();
    if (!reference)
        qFatal("reference data");
    const IndicatorCatalog &catalog = IndicatorCatalog::builtin();
    const QString version = ws.forms().get(IndicatorCatalog::kFormId).value().version();
    TargetStore targets(ws.database(), ws.oplog(), Role::Coordinator);
    QList<Target> goals;
    QList<RecordStore::Values> batch;
    for (const Country &country : reference.value().countries()) {
        for (const QString &indicator : catalog.indicators()) {
            const QString kind = catalog.unitKind(indicator);
            const QString unit = kind == QLatin1String("currency") ? QStringLiteral("USD") : kind;
            for (int y = 0; y < kYears; ++y) {
                const QString year = QString::number(kFirstYear + y);
                RecordStore::Values v{
                    {QStringLiteral("country"), country.code},
                    {QStringLiteral("period_start"), year + QStringLiteral("-01-01")},
                    {QStringLiteral("period_end"), year + QStringLiteral("-12-31")},
                    {QStringLiteral("indicator"), indicator},
                    {QStringLiteral("unit"), kind},
                    {IndicatorCatalog::valueField(indicator), 100.0 + 7 * y}};
                if (kind == QLatin1String("currency"))
                    v.append({QStringLiteral("currency"), unit});
                batch.append(v);
            }
            Target t;
            t.country = country.code;
            t.indicator = indicator;
            t.unit = unit;
            t.baselineValue = 100;
            t.baselineYear = kFirstYear - 1;
            t.targetValue = 200;
            t.targetDate = QDate(kFirstYear + kYears, 12, 31);
            goals.append(t);
        }
    }
    if (!ws.records().createMany(IndicatorCatalog::kFormId, version, batch, true))
        qFatal("creating the reports failed");
    if (!targets.setAll(goals))
        qFatal("setting the targets failed");
    return int(batch.size());
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    test::TestWorkspace ws({}, Role::Coordinator);
    if (!ws.isValid())
        qFatal("workspace: %s", qPrintable(ws.error()));
    const int reports = fill(*ws);

    (void)openRecords(*ws);
    (void)openDashboard(*ws);
    QList<double> records;
    QList<double> dashboard;
    QList<double> region;
    for (int i = 0; i < kRuns; ++i) {
        records.append(openRecords(*ws));
        dashboard.append(openDashboard(*ws));
        region.append(showRegion(*ws));
    }
    bench::report(QStringLiteral("dashboard_open"), bench::median(dashboard),
                  bench::median(records), 1.5,
                  {{QStringLiteral("reports"), reports},
                   {QStringLiteral("countries"), 33},
                   {QStringLiteral("years"), kYears},
                   {QStringLiteral("runs"), kRuns},
                   {QStringLiteral("region_tab_seconds"), bench::median(region)}});
    return 0;
}
