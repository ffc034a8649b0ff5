// search: a full-text query over 100 000 narratives as the Records view runs
// it: its list model takes the filter and reads its first page (newest
// first, with summaries), then the view counts the matches (up to
// RecordsPage::kSearchCountCap) before the window can be used again. The
// clock covers both. Baseline: the same work through the raw SQLite C API on
// the same file: the first page of matches in the list's order (a
// hand-written ORDER BY ... LIMIT query, the faster of two plans for the
// word) and the capped count, statements prepared once, as the app's
// statement cache keeps its own.
// Median of several runs, for a rare word and a word in every record.
#include "BenchReport.h"
#include "db/Database.h"
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

// What the Records view does before a person can act again: its one model
// takes the filter and reads its first page; the view then counts.
double appSearch(RecordListModel &model, const QString &words, int *matches, double *countSeconds)
{
    RecordFilter filter;
    filter.search = words;
    QElapsedTimer timer;
    timer.start();
    model.setFilter(filter);
    const qint64 page = timer.nsecsElapsed();
    const Result<int> counted = model.matchingCount(RecordsPage::kSearchCountCap);
    const qint64 all = timer.nsecsElapsed();
    if (!counted)
        qFatal("count: %s", qPrintable(counted.error().message()));
    *matches = counted.value();
    *countSeconds = double(all - page) / 1e9;
    if (model.rowCount() == 0)
        qFatal("the search found nothing");
    return double(all) / 1e9;
}

// Two hand-written plans for the page: driven by the full-text matches
// (read them all, keep the newest page), or walking the records newest first
// and probing the matches. The baseline keeps whichever is faster for the
// word, as someone writing the query by hand for it would.
struct RawSearch
{
    sqlite3_stmt *byMatches = nullptr;
    sqlite3_stmt *byWalk = nullptr;
    sqlite3_stmt *page = nullptr; // the faster of the two
    sqlite3_stmt *count = nullptr;

    explicit RawSearch(sqlite3 *db)
    {
        const QByteArray countSql =
            "SELECT count(*) FROM (SELECT 1 FROM record_text t CROSS JOIN records r ON r.rowid = "
            "t.rowid WHERE record_text MATCH ?1 AND r.form_id IS NOT NULL AND r.deleted = 0 "
            "LIMIT " +
            QByteArray::number(RecordsPage::kSearchCountCap + 1) + ")";
        if (sqlite3_prepare_v2(db,
                               "SELECT r.id, r.form_id, r.status, r.deleted, r.country, "
                               "r.event_date, r.updated_hlc, r.summary, r.rowid FROM record_text "
                               "t CROSS JOIN records r ON r.rowid = t.rowid WHERE record_text "
                               "MATCH ?1 AND r.form_id IS NOT NULL AND r.deleted = 0 "
                               "ORDER BY r.updated_hlc DESC, r.rowid LIMIT ?2",
                               -1, &byMatches, nullptr) != SQLITE_OK ||
            sqlite3_prepare_v2(db,
                               "SELECT r.id, r.form_id, r.status, r.deleted, r.country, "
                               "r.event_date, r.updated_hlc, r.summary, r.rowid FROM records r "
                               "WHERE r.form_id IS NOT NULL AND r.deleted = 0 AND +r.rowid IN "
                               "(SELECT rowid FROM record_text WHERE record_text MATCH ?1) "
                               "ORDER BY r.updated_hlc DESC, r.rowid LIMIT ?2",
                               -1, &byWalk, nullptr) != SQLITE_OK ||
            sqlite3_prepare_v2(db, countSql.constData(), -1, &count, nullptr) != SQLITE_OK)
            qFatal("prepare: %s", sqlite3_errmsg(db));
        page = byMatches;
    }
    ~RawSearch()
    {
        sqlite3_finalize(byMatches);
        sqlite3_finalize(byWalk);
        sqlite3_finalize(count);
    }
};

double rawSearch(RawSearch &raw, const QByteArray &query, int *matches, int *rows)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3_bind_text(raw.page, 1, query.constData(), int(query.size()), SQLITE_STATIC);
    sqlite3_bind_int(raw.page, 2, RecordListModel::kPageSize);
    int n = 0;
    qsizetype bytes = 0;
    while (sqlite3_step(raw.page) == SQLITE_ROW) {
        for (int c = 0; c < 9; ++c)
            bytes += sqlite3_column_bytes(raw.page, c);
        ++n;
    }
    sqlite3_reset(raw.page);
    sqlite3_bind_text(raw.count, 1, query.constData(), int(query.size()), SQLITE_STATIC);
    if (sqlite3_step(raw.count) != SQLITE_ROW)
        qFatal("the raw count failed");
    *matches = sqlite3_column_int(raw.count, 0);
    sqlite3_reset(raw.count);
    const double s = double(timer.nsecsElapsed()) / 1e9;
    *rows = n;
    if (bytes == 0)
        qFatal("the raw search found nothing");
    return s;
}

void scenario(const QString &name, Workspace &ws, sqlite3 *db, const QString &word)
{
    RecordListModel model(ws); // the Records view keeps one model and refilters it
    RawSearch raw(db);
    const QByteArray query = "\"" + word.toUtf8() + "\"*"; // as RecordStore writes it
    int appMatches = 0;
    int rawMatches = 0;
    int rawRows = 0;
    double count = 0;
    (void)appSearch(model, word, &appMatches, &count);
    raw.page = raw.byWalk;
    const double walk = rawSearch(raw, query, &rawMatches, &rawRows);
    raw.page = raw.byMatches;
    const double matchesFirst = rawSearch(raw, query, &rawMatches, &rawRows);
    raw.page = walk < matchesFirst ? raw.byWalk : raw.byMatches;
    (void)rawSearch(raw, query, &rawMatches, &rawRows);
    QList<double> app;
    QList<double> base;
    QList<double> counts;
    for (int i = 0; i < kRuns; ++i) {
        base.append(rawSearch(raw, query, &rawMatches, &rawRows));
        app.append(appSearch(model, word, &appMatches, &count));
        counts.append(count);
    }
    const int appRows = int(model.rowCount());
    bench::report(name, bench::median(app), bench::median(base), 1.5,
                  {{QStringLiteral("records"), kRecords},
                   {QStringLiteral("count_seconds"), bench::median(counts)},
                   {QStringLiteral("matches"), appMatches},
                   {QStringLiteral("raw_matches"), rawMatches},
                   {QStringLiteral("page_rows"), appRows},
                   {QStringLiteral("raw_page_rows"), rawRows},
                   {QStringLiteral("runs"), kRuns},
                   {QStringLiteral("baseline_plan"), raw.page == raw.byWalk
                                                         ? QStringLiteral("walk records")
                                                         : QStringLiteral("matches first")}},
                  // Same work: the same count and the same page size.
                  {{QStringLiteral("count_difference"), double(qAbs(appMatches - rawMatches)), 0},
                   {QStringLiteral("page_difference"), double(qAbs(appRows - rawRows)), 0}});
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    test::TestWorkspace ws;
    if (!ws.isValid())
        qFatal("workspace: %s", qPrintable(ws.error()));
    bench::fillRecords(*ws, kRecords);

    // The workspace's store is encrypted (CryptVfs): the raw statements run
    // on the workspace's own connection, so both sides read the same pages
    // through the same VFS and page cache.
    sqlite3 *db = ws->database().handle();
    scenario(QStringLiteral("search"), *ws, db, QStringLiteral("tunel"));
    scenario(QStringLiteral("search_common_word"), *ws, db, QStringLiteral("bridge"));
    return 0;
}
