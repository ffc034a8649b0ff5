// list_open: from constructing the Records view over 100 000 records until
// the window is idle again: the list's first paint, then the record count
// the view runs synchronously right after it (the window cannot be used
// while it counts), up to the paint of the count label. Both moments are
// reported: `seconds` is the idle one (when a person can act again),
// `first_paint_seconds` the first paint. Baseline: the same view over a
// workspace with no records, measured the same way in the same run. Median
// of several openings each, the two kinds alternating.
#include "BenchReport.h"
#include "PaintWatch.h"
#include "RecordsBenchData.h"
#include "TestWorkspace.h"
#include "ui/records/RecordsPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QTableView>
#include <QTimer>

using namespace vigia;

namespace {
constexpr int kRecords = 100000;
constexpr int kRuns = 21;

struct Opening
{
    double firstPaint = 0;
    double idle = 0;
};

Opening openOnce(Workspace &ws)
{
    QElapsedTimer timer;
    timer.start();
    RecordsPage page(ws);
    auto *count = page.findChild<QLabel *>(QStringLiteral("recordCount"));
    if (!count)
        qFatal("the Records view has no recordCount label");
    bench::PaintWatch watch(timer, page.view()->viewport(), count);
    // Installed last, so it sees the paints before the view's own filters.
    page.view()->viewport()->installEventFilter(&watch);
    count->installEventFilter(&watch);
    page.resize(1200, 800);
    page.show();
    while (watch.paintedAt < 0 || watch.idleAt < 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return {double(watch.paintedAt) / 1e9, double(watch.idleAt) / 1e9};
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    test::TestWorkspace full;
    test::TestWorkspace empty;
    if (!full.isValid() || !empty.isValid())
        qFatal("workspace: %s", qPrintable(full.error() + empty.error()));
    bench::ensurePack(*empty);
    bench::fillRecords(*full, kRecords);

    // Warm caches and one-time loads, then alternate the two openings so that
    // both see the same machine: other work on it shifts them alike.
    (void)openOnce(*empty);
    (void)openOnce(*full);
    QList<double> emptyPaint;
    QList<double> fullPaint;
    QList<double> emptyIdle;
    QList<double> fullIdle;
    for (int i = 0; i < kRuns; ++i) {
        const Opening e = openOnce(*empty);
        const Opening f = openOnce(*full);
        emptyPaint.append(e.firstPaint);
        emptyIdle.append(e.idle);
        fullPaint.append(f.firstPaint);
        fullIdle.append(f.idle);
    }
    const double paint = bench::median(fullPaint);
    const double paintBase = bench::median(emptyPaint);
    bench::report(QStringLiteral("list_open"), bench::median(fullIdle), bench::median(emptyIdle),
                  1.5,
                  {{QStringLiteral("records"), kRecords},
                   {QStringLiteral("runs"), kRuns},
                   {QStringLiteral("first_paint_seconds"), paint},
                   {QStringLiteral("baseline_first_paint_seconds"), paintBase},
                   {QStringLiteral("first_paint_ratio"), paintBase > 0 ? paint / paintBase : 0}});
    return 0;
}
