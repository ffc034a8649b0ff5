// list_open: from constructing the Records view to the first paint of its
// list, over 100 000 records; baseline: the same view over a workspace with
// no records, in the same run. Median of several openings each, the two
// kinds alternating.
#include "BenchReport.h"
#include "RecordsBenchData.h"
#include "TestWorkspace.h"
#include "ui/records/RecordsPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTimer>

using namespace vigia;

namespace {
constexpr int kRecords = 100000;
constexpr int kRuns = 21;

// Stops the clock when the list's first paint has finished: a call queued
// as the paint begins runs right after it, before anything the view itself
// queues then (the Records view counts its records after its first paint).
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(const QElapsedTimer &timer)
        : m_timer(timer)
    {}
    qint64 paintedAt = -1;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_queued) {
            m_queued = true;
            QTimer::singleShot(0, this, [this] { paintedAt = m_timer.nsecsElapsed(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_timer;
    bool m_queued = false;
};

double openOnce(Workspace &ws)
{
    QElapsedTimer timer;
    timer.start();
    RecordsPage page(ws);
    PaintWatch watch(timer);
    // Installed last, so it sees the paint before the view's own filters.
    page.view()->viewport()->installEventFilter(&watch);
    page.resize(1200, 800);
    page.show();
    while (watch.paintedAt < 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return double(watch.paintedAt) / 1e9;
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
