// store_encrypted: what encrypting the store on disk (CryptVfs) costs, the
// encrypted store against a plain one in the same run, both opened the way
// a workspace opens its store (Migrations::open: Database's pragmas, WAL,
// synchronous=FULL, cache_size=-65536) and written and read through the
// same records API. The only difference is the key: the encrypted side gets
// the random store key DeviceKeys::generate makes for every new workspace,
// the plain side none (Database::open without a key is plain SQLite).
//
// store_encrypted_write: store_write's workload (records of 10 fields
// created and finalized through RecordStore::create, one transaction per
// record) into each store, in alternating chunks so that other work on the
// machine shifts both sides alike.
//
// store_encrypted_read: a cold open of a store of 100 000 findings, "cold"
// meaning a fresh connection (an empty SQLite page cache: every page is read
// through the VFS again; the OS's file cache cannot be dropped without root
// and is warm on both sides): open and migrate-check the store, what the
// Records view then runs (the form titles, the list's first page, newest
// first, and the exact record count), then a search for a rare word (its
// first page and the count capped as the view caps it). The clock stops
// when the results are in hand. Median of several openings, alternating.
//
//   bench_store_encrypted [WRITE_RECORDS [READ_RECORDS [READ_RUNS]]]
#include "../ui/RecordsBenchData.h"
#include "BenchReport.h"
#include "crypto/DeviceKeys.h"
#include "crypto/SecretBytes.h"
#include "db/Database.h"
#include "forms/BuiltinForms.h"
#include "oplog/OpLog.h"
#include "store/FormStore.h"
#include "store/Migrations.h"
#include "store/RecordStore.h"
#include "StoreWriteRecords.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

using namespace vigia;

namespace {
constexpr int kFields = bench::StoreWriteRecords::kFields;
constexpr int kWriteChunk = 1000;
// What the Records view asks for (RecordListModel::kPageSize,
// RecordsPage::kSearchCountCap); the benchmark stays in core, without the UI.
constexpr int kPageSize = 100;
constexpr int kSearchCountCap = 10000;
const QString kRareWord = QStringLiteral("tunel");

using Key = std::shared_ptr<const SecretBytes>;

// One side's store, opened as Workspace::assemble opens it.
struct Store
{
    std::unique_ptr<Database> db;
    std::unique_ptr<OpLog> log;
    std::unique_ptr<RecordStore> records;
    std::unique_ptr<FormStore> forms;

    Store(const QString &path, const Key &key, const QByteArray &deviceId)
    {
        auto opened = Migrations::open(path, key);
        if (!opened)
            qFatal("open %s: %s", qPrintable(path), qPrintable(opened.error().message()));
        db = std::move(opened).value();
        if (db->isEncrypted() != bool(key))
            qFatal("%s: not the kind of store asked for", qPrintable(path));
        log = std::make_unique<OpLog>(*db, deviceId);
        records = std::make_unique<RecordStore>(*db, *log);
        forms = std::make_unique<FormStore>(*db, *log);
    }
};

qint64 pragmaInt(Database &db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    qint64 v = 0;
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

// Whether the file on disk starts with SQLite's header (anyone can read it).
bool plainOnDisk(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3", 16);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// ---- store_encrypted_write -------------------------------------------------

qint64 writeChunk(Store &s, int from, int to)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = from; i < to; ++i) {
        auto id = s.records->create(QStringLiteral("finding"), QStringLiteral("1"),
                                    bench::StoreWriteRecords::valuesFor(i), true);
        if (!id)
            qFatal("%s", qPrintable(id.error().message()));
    }
    return timer.nsecsElapsed();
}

void writeScenario(const QTemporaryDir &dir, const Key &key, const QByteArray &deviceId, int n)
{
    const QString encPath = dir.filePath(QStringLiteral("write-encrypted.sqlite"));
    const QString plainPath = dir.filePath(QStringLiteral("write-plain.sqlite"));
    Store enc(encPath, key, deviceId);
    Store plain(plainPath, nullptr, deviceId);
    qint64 encNanos = 0;
    qint64 plainNanos = 0;
    // The same records into both, chunk by chunk, the side going first
    // changing every chunk.
    for (int from = 0, round = 0; from < n; from += kWriteChunk, ++round) {
        const int to = std::min(n, from + kWriteChunk);
        if (round % 2 == 0) {
            encNanos += writeChunk(enc, from, to);
            plainNanos += writeChunk(plain, from, to);
        } else {
            plainNanos += writeChunk(plain, from, to);
            encNanos += writeChunk(enc, from, to);
        }
    }
    const double encSeconds = double(encNanos) / 1e9;
    const double plainSeconds = double(plainNanos) / 1e9;
    const auto countOf = [](Store &s) {
        auto c = s.records->count(RecordFilter{});
        return c ? c.value() : -1;
    };
    const int encCount = countOf(enc);
    const int plainCount = countOf(plain);
    const qint64 encCache = pragmaInt(*enc.db, "PRAGMA cache_size");
    const qint64 plainCache = pragmaInt(*plain.db, "PRAGMA cache_size");
    bench::report(
        QStringLiteral("store_encrypted_write"), encSeconds, plainSeconds, 1.3,
        {{QStringLiteral("records"), n},
         {QStringLiteral("fields"), kFields},
         {QStringLiteral("chunk"), kWriteChunk},
         {QStringLiteral("records_per_second"), n / encSeconds},
         {QStringLiteral("baseline_records_per_second"), n / plainSeconds},
         {QStringLiteral("cache_size"), encCache},
         {QStringLiteral("baseline_cache_size"), plainCache},
         {QStringLiteral("file_bytes"), QFile(encPath).size()},
         {QStringLiteral("baseline_file_bytes"), QFile(plainPath).size()},
         {QStringLiteral("baseline"), QStringLiteral("the same store opened without a key")}},
        // Same work on both sides, and really one encrypted and one plain.
        {{QStringLiteral("record_count_difference"), double(qAbs(encCount - plainCount)), 0},
         {QStringLiteral("records_written"), double(std::min(encCount, plainCount)), double(n),
          false},
         {QStringLiteral("cache_size_difference"), double(qAbs(encCache - plainCache)), 0},
         {QStringLiteral("encrypted_file_readable_as_sqlite"), plainOnDisk(encPath) ? 1.0 : 0.0, 0},
         {QStringLiteral("plain_file_readable_as_sqlite"), plainOnDisk(plainPath) ? 1.0 : 0.0, 1,
          false}});
}

// ---- store_encrypted_read --------------------------------------------------

// bench_search's findings (tests/bench/ui/RecordsBenchData.h): narratives of
// field-note length, one in 1000 mentions a "túnel"; the built-in form pack
// imported first, as every workspace has it. Many records per transaction
// (RecordStore::createMany) to build the store quickly.
void fillRecords(Store &s, int count)
{
    for (const FormDefinition &form : bench::benchPack())
        (void)s.forms->importDefinition(form);
    auto def = s.forms->get(bench::kFindingForm);
    if (!def)
        qFatal("no %s form", qPrintable(bench::kFindingForm));
    const QString version = def.value().version();
    constexpr int kBatch = 10000;
    for (int start = 0; start < count; start += kBatch) {
        QList<RecordStore::Values> batch;
        for (int i = start; i < std::min(count, start + kBatch); ++i)
            batch.append(bench::findingValues(i));
        if (!s.records->createMany(bench::kFindingForm, version, batch, true))
            qFatal("creating records failed");
    }
}

struct Opening
{
    double total = 0;
    double open = 0;   // Migrations::open, OpLog, RecordStore, FormStore
    double list = 0;   // form titles + the list's first page
    double count = 0;  // the exact record count
    double search = 0; // the search's first page + its capped count
    int records = 0;
    int pageRows = 0;
    int matches = 0;
    int matchRows = 0;
};

Opening openCold(const QString &path, const Key &key, const QByteArray &deviceId)
{
    Opening o;
    QElapsedTimer timer;
    timer.start();
    Store s(path, key, deviceId);
    const qint64 opened = timer.nsecsElapsed();
    // The Records view: its model reads the form titles, then the first page.
    auto forms = s.forms->list();
    if (!forms || forms.value().isEmpty())
        qFatal("no forms");
    RecordFilter filter;
    filter.limit = kPageSize;
    auto page = s.records->summaries(filter);
    if (!page)
        qFatal("list: %s", qPrintable(page.error().message()));
    const qint64 listed = timer.nsecsElapsed();
    auto counted = s.records->summaryCount(filter, 0);
    if (!counted)
        qFatal("count: %s", qPrintable(counted.error().message()));
    const qint64 countedAt = timer.nsecsElapsed();
    filter.search = kRareWord;
    auto found = s.records->summaries(filter);
    if (!found)
        qFatal("search: %s", qPrintable(found.error().message()));
    auto matching = s.records->summaryCount(filter, kSearchCountCap);
    if (!matching)
        qFatal("search count: %s", qPrintable(matching.error().message()));
    const qint64 all = timer.nsecsElapsed();
    o.total = double(all) / 1e9;
    o.open = double(opened) / 1e9;
    o.list = double(listed - opened) / 1e9;
    o.count = double(countedAt - listed) / 1e9;
    o.search = double(all - countedAt) / 1e9;
    o.records = counted.value();
    o.pageRows = int(page.value().size());
    o.matches = matching.value();
    o.matchRows = int(found.value().size());
    if (o.pageRows == 0 || o.matchRows == 0)
        qFatal("the store answered nothing");
    return o; // the connection closes here, untimed
}

void readScenario(const QTemporaryDir &dir, const Key &key, const QByteArray &deviceId, int records,
                  int runs)
{
    const QString encPath = dir.filePath(QStringLiteral("read-encrypted.sqlite"));
    const QString plainPath = dir.filePath(QStringLiteral("read-plain.sqlite"));
    QElapsedTimer fillTimer;
    fillTimer.start();
    {
        Store enc(encPath, key, deviceId);
        fillRecords(enc, records);
    }
    const double encFill = double(fillTimer.restart()) / 1e3;
    {
        Store plain(plainPath, nullptr, deviceId);
        fillRecords(plain, records);
    }
    const double plainFill = double(fillTimer.elapsed()) / 1e3;

    // One untimed opening each warms the OS's file cache and one-time loads.
    (void)openCold(encPath, key, deviceId);
    (void)openCold(plainPath, nullptr, deviceId);
    QList<Opening> enc;
    QList<Opening> plain;
    for (int i = 0; i < runs; ++i) {
        if (i % 2 == 0) {
            enc.append(openCold(encPath, key, deviceId));
            plain.append(openCold(plainPath, nullptr, deviceId));
        } else {
            plain.append(openCold(plainPath, nullptr, deviceId));
            enc.append(openCold(encPath, key, deviceId));
        }
    }
    const auto med = [](const QList<Opening> &v, double Opening::*part) {
        QList<double> xs;
        for (const Opening &o : v)
            xs.append(o.*part);
        return median(xs);
    };
    const Opening &e = enc.last();
    const Opening &p = plain.last();
    bench::report(
        QStringLiteral("store_encrypted_read"), med(enc, &Opening::total),
        med(plain, &Opening::total), 1.3,
        {{QStringLiteral("records"), records},
         {QStringLiteral("runs"), runs},
         {QStringLiteral("word"), kRareWord},
         {QStringLiteral("open_seconds"), med(enc, &Opening::open)},
         {QStringLiteral("baseline_open_seconds"), med(plain, &Opening::open)},
         {QStringLiteral("list_seconds"), med(enc, &Opening::list)},
         {QStringLiteral("baseline_list_seconds"), med(plain, &Opening::list)},
         {QStringLiteral("count_seconds"), med(enc, &Opening::count)},
         {QStringLiteral("baseline_count_seconds"), med(plain, &Opening::count)},
         {QStringLiteral("search_seconds"), med(enc, &Opening::search)},
         {QStringLiteral("baseline_search_seconds"), med(plain, &Opening::search)},
         {QStringLiteral("matches"), e.matches},
         {QStringLiteral("fill_seconds"), encFill},
         {QStringLiteral("baseline_fill_seconds"), plainFill},
         {QStringLiteral("file_bytes"), QFile(encPath).size()},
         {QStringLiteral("baseline_file_bytes"), QFile(plainPath).size()},
         {QStringLiteral("cold"), QStringLiteral("fresh connection; OS file cache warm")},
         {QStringLiteral("baseline"), QStringLiteral("the same store opened without a key")}},
        {{QStringLiteral("count_difference"), double(qAbs(e.records - p.records)), 0},
         {QStringLiteral("records_counted"), double(e.records), double(records), false},
         {QStringLiteral("match_difference"), double(qAbs(e.matches - p.matches)), 0},
         {QStringLiteral("page_difference"),
          double(qAbs(e.pageRows - p.pageRows) + qAbs(e.matchRows - p.matchRows)), 0},
         {QStringLiteral("encrypted_file_readable_as_sqlite"), plainOnDisk(encPath) ? 1.0 : 0.0,
          0}});
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int writes = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int reads = argc > 2 ? QByteArray(argv[2]).toInt() : 100000;
    const int runs = argc > 3 ? QByteArray(argv[3]).toInt() : 11;
    if (writes <= 0 || reads <= 0 || runs <= 0)
        qFatal("usage: bench_store_encrypted [WRITE_RECORDS [READ_RECORDS [READ_RUNS]]]");
    // The key every new workspace gets (Workspace::create keeps it in the
    // keystore; here it lives only in this process).
    DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
    if (!keys.isValid() || !keys.storeKey || keys.storeKey->size() != 32)
        qFatal("no store key");
    const QByteArray deviceId = keys.deviceId.toRfc4122();
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary folder");
    writeScenario(dir, keys.storeKey, deviceId, writes);
    readScenario(dir, keys.storeKey, deviceId, reads, runs);
    return 0;
}
