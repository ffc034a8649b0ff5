// search: a full-text query over 100 000 narratives through the app's
// search path (the Records list model: its first page, newest first, with
// summaries; the count of matches shown later is reported apart); baseline: the same FTS5 query
// through the raw SQLite C API on the same file, reading every match's record id and indexed text
// (prepared per run, as an ad hoc query is). Median of several runs, for a rare word and a word
// in every record.
#include "BenchReport.h"
#include "RecordsBenchData.h"
#include "TestWorkspace.h"
#include "ui/records/RecordListModel.h"
#include "ui/records/RecordsPage.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sqlite3.h>

using namespace vigia;

namespace {
constexpr int kRecords = 100000;
constexpr int kRuns = 31;

// What the Records view does before it shows results: its one model takes the
// filter and reads its first page. The view counts the matches afterwards;
// that is timed apart.
double appSearch(RecordListModel &model, const QString &words, int *matches, double *countSeconds)
{
    RecordFilter filter;
    filter.search = words;
    QElapsedTimer timer;
    timer.start();
    model.setFilter(filter);
    const double s = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    // The count as the Records view asks for it while a search is on.
    *matches = model.matchingCount(RecordsPage::kSearchCountCap);
    *countSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (model.rowCount() == 0)
        qFatal("the search found nothing");
    return s;
}

double rawSearch(sqlite3 *db, const QByteArray &query, int *matches)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT r.id, r.summary, r.other_text FROM record_text t JOIN "
                           "records r ON r.rowid = t.rowid WHERE record_text MATCH ?1",
                           -1, &st, nullptr) != SQLITE_OK)
        qFatal("prepare: %s", sqlite3_errmsg(db));
    sqlite3_bind_text(st, 1, query.constData(), int(query.size()), SQLITE_STATIC);
    int n = 0;
    qsizetype bytes = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        bytes +=
            sqlite3_column_bytes(st, 0) + sqlite3_column_bytes(st, 1) + sqlite3_column_bytes(st, 2);
        ++n;
    }
    sqlite3_finalize(st);
    *matches = n;
    const double s = double(timer.nsecsElapsed()) / 1e9;
    if (bytes == 0)
        qFatal("the raw search found nothing");
    return s;
}

void scenario(const QString &name, Workspace &ws, sqlite3 *db, const QString &word)
{
    RecordListModel model(ws); // the Records view keeps one model and refilters it
    const QByteArray query = "\"" + word.toUtf8() + "\"*"; // as RecordStore writes it
    int appMatches = 0;
    int rawMatches = 0;
    double count = 0;
    (void)appSearch(model, word, &appMatches, &count);
    (void)rawSearch(db, query, &rawMatches);
    QList<double> app;
    QList<double> raw;
    QList<double> counts;
    for (int i = 0; i < kRuns; ++i) {
        raw.append(rawSearch(db, query, &rawMatches));
        app.append(appSearch(model, word, &appMatches, &count));
        counts.append(count);
    }
    bench::report(name, bench::median(app), bench::median(raw), 1.5,
                  {{QStringLiteral("records"), kRecords},
                   {QStringLiteral("count_seconds"), bench::median(counts)},
                   {QStringLiteral("matches"), appMatches},
                   {QStringLiteral("raw_matches"), rawMatches},
                   {QStringLiteral("runs"), kRuns}});
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    test::TestWorkspace ws;
    if (!ws.isValid())
        qFatal("workspace: %s", qPrintable(ws.error()));
    bench::fillRecords(*ws, kRecords);

    sqlite3 *db = nullptr;
    const QByteArray path = Workspace::storePath(ws.path()).toUtf8();
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("open: %s", sqlite3_errmsg(db));
    scenario(QStringLiteral("search"), *ws, db, QStringLiteral("tunel"));
    scenario(QStringLiteral("search_common_word"), *ws, db, QStringLiteral("bridge"));
    sqlite3_close(db);
    return 0;
}
