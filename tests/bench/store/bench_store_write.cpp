// store_write: create and finalize 10 000 records of 10 fields, one
// transaction per record, through the records API; baseline: the same record
// rows inserted with the raw SQLite C API and the same pragmas.
#include "BenchReport.h"
#include "common/TimeOrderedUuid.h"
#include "db/Database.h"
#include "oplog/OpLog.h"
#include "store/Migrations.h"
#include "store/RecordStore.h"
#include "StoreWriteRecords.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

using namespace vigia;

namespace {
constexpr int kFields = bench::StoreWriteRecords::kFields;

void check(int rc, sqlite3 *db)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        qFatal("sqlite: %s", sqlite3_errmsg(db));
}

double baseline(const QString &path, int n)
{
    sqlite3 *db = nullptr;
    check(sqlite3_open(path.toUtf8().constData(), &db), db);
    check(sqlite3_exec(db,
                       "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                       "PRAGMA temp_store=MEMORY; PRAGMA mmap_size=0; PRAGMA cache_size=-65536;"
                       "PRAGMA secure_delete=ON; PRAGMA wal_autocheckpoint=10000;"
                       "PRAGMA journal_size_limit=67108864;"
                       "CREATE TABLE records (id BLOB PRIMARY KEY, form_id TEXT, form_version "
                       "TEXT, status TEXT, country TEXT, event_date TEXT);"
                       "CREATE TABLE record_values (record_id BLOB, field TEXT, value BLOB, "
                       "PRIMARY KEY (record_id, field)) WITHOUT ROWID;",
                       nullptr, nullptr, nullptr),
          db);
    sqlite3_stmt *rec = nullptr;
    sqlite3_stmt *val = nullptr;
    check(sqlite3_prepare_v2(db,
                             "INSERT INTO records VALUES (?1, 'finding', '1', 'finalized', ?2, ?3)",
                             -1, &rec, nullptr),
          db);
    check(
        sqlite3_prepare_v2(db, "INSERT INTO record_values VALUES (?1, ?2, ?3)", -1, &val, nullptr),
        db);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i) {
        const RecordStore::Values values = bench::StoreWriteRecords::valuesFor(i);
        // The ids RecordStore::create gives: the same record rows.
        const QByteArray id = TimeOrderedUuid::next().toRfc4122();
        check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db);
        const QByteArray country = values[0].second.toString().toUtf8();
        const QByteArray date = values[1].second.toString().toUtf8();
        sqlite3_bind_blob(rec, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(rec, 2, country.constData(), int(country.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(rec, 3, date.constData(), int(date.size()), SQLITE_TRANSIENT);
        check(sqlite3_step(rec), db);
        sqlite3_reset(rec);
        for (const auto &[field, value] : values) {
            const QByteArray f = field.toUtf8();
            const QByteArray v = value.toCbor();
            sqlite3_bind_blob(val, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(val, 2, f.constData(), int(f.size()), SQLITE_TRANSIENT);
            sqlite3_bind_blob(val, 3, v.constData(), int(v.size()), SQLITE_TRANSIENT);
            check(sqlite3_step(val), db);
            sqlite3_reset(val);
        }
        check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
    }
    const double s = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(rec);
    sqlite3_finalize(val);
    sqlite3_close(db);
    return s;
}

double throughApi(const QString &path, int n)
{
    auto db = Migrations::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().message()));
    OpLog log(*db.value(), QUuid::createUuid().toRfc4122());
    RecordStore records(*db.value(), log);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i) {
        auto id = records.create(QStringLiteral("finding"), QStringLiteral("1"),
                                 bench::StoreWriteRecords::valuesFor(i), true);
        if (!id)
            qFatal("%s", qPrintable(id.error().message()));
    }
    return double(timer.nsecsElapsed()) / 1e9;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const double base = baseline(dir.filePath(QStringLiteral("raw.sqlite")), n);
    const double api = throughApi(dir.filePath(QStringLiteral("api.sqlite")), n);
    bench::report(QStringLiteral("store_write"), api, base, 2.0,
                  {{QStringLiteral("records"), n},
                   {QStringLiteral("fields"), kFields},
                   {QStringLiteral("records_per_second"), n / api}});
    return 0;
}
