// review_list: a coordinator opens the "needs review" list (the Records view
// filtered to review state "received") over 100 000 finalized records, 20 000
// comments and 30 000 review states, from constructing the view until it is
// idle again (first page painted, the count shown), as list_open measures.
// Baseline: the plain Records view over the same workspace, measured the
// same way in the same run, the two alternating; median of several.
#include "BenchReport.h"
#include "db/Transaction.h"
#include "PaintWatch.h"
#include "RecordsBenchData.h"
#include "store/CommentStore.h"
#include "store/ReviewStore.h"
#include "TestWorkspace.h"
#include "ui/records/RecordListModel.h"
#include "ui/records/RecordsPage.h"
#include "ui/records/ReviewBar.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QTableView>
#include <QTimer>

using namespace vigia;

namespace {
constexpr int kRecords = 100000;
constexpr int kComments = 20000;
constexpr int kReviewed = 30000;
constexpr int kRuns = 15;

// Seconds until idle; `needsReview` filters to the records nobody reviewed.
double openOnce(Workspace &ws, bool needsReview, int *rows = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    RecordsPage page(ws);
    auto *count = page.findChild<QLabel *>(QStringLiteral("recordCount"));
    if (!count)
        qFatal("the Records view has no recordCount label");
    if (needsReview) {
        QComboBox *filter = page.reviewBar()->filterBox();
        filter->setCurrentIndex(filter->findData(int(ReviewState::Received)));
    }
    bench::PaintWatch watch(timer, page.view()->viewport(), count);
    page.view()->viewport()->installEventFilter(&watch);
    count->installEventFilter(&watch);
    page.resize(1200, 800);
    page.show();
    while (watch.paintedAt < 0 || watch.idleAt < 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    if (rows)
        *rows = page.model()->rowCount();
    return double(watch.idleAt) / 1e9;
}

void addFeedback(Workspace &ws)
{
    RecordFilter all;
    all.limit = kRecords;
    auto ids = ws.records().summaries(all);
    if (!ids || ids.value().size() != kRecords)
        qFatal("listing the records failed");
    Transaction txn(ws.database());
    CommentStore comments(ws.database(), ws.oplog(), Role::Coordinator);
    for (int i = 0; i < kComments; ++i) {
        // Comments bunch up on the records under review: 4 each on 5 000.
        const QUuid record = ids.value().at((i / 4) * 7 % kRecords).id;
        if (!comments.add(record, {}, QStringLiteral("Comment %1: check the source.").arg(i)))
            qFatal("adding a comment failed");
    }
    QList<QUuid> approved;
    QList<QUuid> changes;
    for (int i = 0; i < kReviewed; ++i)
        (i % 3 == 0 ? changes : approved).append(ids.value().at(i * 3 % kRecords).id);
    ReviewStore reviews(ws.database(), ws.oplog(), Role::Coordinator);
    if (!reviews.setAll(approved, ReviewState::Approved) ||
        !reviews.setAll(changes, ReviewState::NeedsChanges) || !txn.commit())
        qFatal("writing the review states failed");
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    test::TestWorkspace ws({}, Role::Coordinator);
    if (!ws.isValid())
        qFatal("workspace: %s", qPrintable(ws.error()));
    bench::fillRecords(*ws, kRecords);
    addFeedback(*ws);

    int rows = 0;
    (void)openOnce(*ws, false);
    (void)openOnce(*ws, true, &rows);
    QList<double> plain;
    QList<double> review;
    for (int i = 0; i < kRuns; ++i) {
        plain.append(openOnce(*ws, false));
        review.append(openOnce(*ws, true));
    }
    bench::report(QStringLiteral("review_list"), bench::median(review), bench::median(plain), 1.5,
                  {{QStringLiteral("records"), kRecords},
                   {QStringLiteral("comments"), kComments},
                   {QStringLiteral("reviewed"), kReviewed},
                   {QStringLiteral("first_page_rows"), rows},
                   {QStringLiteral("runs"), kRuns}});
    return 0;
}
