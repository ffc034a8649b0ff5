// list_open: from constructing the Records view to the first paint of its
// list, over 100 000 records; baseline: the same view over a workspace with
// no records, in the same run. Median of several openings each, the two
// kinds alternating.
#include "BenchReport.h"
#include "RecordsBenchData.h"
#include "RecordsPage.h"
#include "TestWorkspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>

using namespace vigia;

namespace {
constexpr int kRecords = 100000;
constexpr int kRuns = 9;

class PaintWatch : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

double openOnce(Workspace &ws)
{
    QElapsedTimer timer;
    timer.start();
    RecordsPage page(ws);
    PaintWatch watch;
    page.view()->viewport()->installEventFilter(&watch);
    page.resize(1200, 800);
    page.show();
    while (!watch.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return double(timer.nsecsElapsed()) / 1e9;
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
    QList<double> emptyRuns;
    QList<double> fullRuns;
    for (int i = 0; i < kRuns; ++i) {
        emptyRuns.append(openOnce(*empty));
        fullRuns.append(openOnce(*full));
    }
    const double baseline = bench::median(emptyRuns);
    const double seconds = bench::median(fullRuns);
    bench::report(QStringLiteral("list_open"), seconds, baseline, 1.5,
                  {{QStringLiteral("records"), kRecords}, {QStringLiteral("runs"), kRuns}});
    return 0;
}
