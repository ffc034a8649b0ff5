// The encrypted store when the disk fails under it: a shim VFS below
// CryptVfs (registered as the default before CryptVfs wraps it) fails writes
// on demand with EIO, a full disk, a short write or a failed fsync. The
// transaction that met the fault fails with a clear error, nothing of it is
// applied, and the store reopens intact with every acknowledged row.
#include "crypto/SecretBytes.h"
#include "db/CryptVfs.h"
#include "db/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>
#include <sqlite3.h>

#include <atomic>
#include <cstring>

using namespace vigia;

namespace {
enum class Fault
{
    None,
    Eio,
    Full,
    Short,
    Fsync,
};

std::atomic<Fault> g_fault{Fault::None};
sqlite3_vfs g_shim;
sqlite3_vfs *g_below = nullptr;
sqlite3_io_methods g_methods;
const sqlite3_io_methods *g_realMethods = nullptr;

struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<ShimFile *>(f)->real;
}

int shimWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    switch (g_fault.load()) {
    case Fault::Eio:
        return SQLITE_IOERR_WRITE;
    case Fault::Full:
        return SQLITE_FULL;
    case Fault::Short:
        // Half of it reaches the disk, as a write cut by a full disk does.
        (void)real(f)->pMethods->xWrite(real(f), buffer, amount / 2, offset);
        return SQLITE_FULL;
    default:
        return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
    }
}

int shimSync(sqlite3_file *f, int flags)
{
    if (g_fault.load() == Fault::Fsync)
        return SQLITE_IOERR_FSYNC;
    return real(f)->pMethods->xSync(real(f), flags);
}

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *out)
{
    auto *f = reinterpret_cast<ShimFile *>(file);
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    file->pMethods = nullptr;
    const int rc = g_below->xOpen(g_below, name, f->real, flags, out);
    if (rc != SQLITE_OK)
        return rc;
    if (!g_realMethods) {
        g_realMethods = f->real->pMethods;
        g_methods = *g_realMethods;
        g_methods.iVersion = std::min(g_methods.iVersion, 2);
        // Every other method takes the real file: forwarded by hand.
        g_methods.xClose = [](sqlite3_file *s) { return real(s)->pMethods->xClose(real(s)); };
        g_methods.xRead = [](sqlite3_file *s, void *b, int n, sqlite3_int64 o) {
            return real(s)->pMethods->xRead(real(s), b, n, o);
        };
        g_methods.xWrite = shimWrite;
        g_methods.xTruncate = [](sqlite3_file *s, sqlite3_int64 n) {
            return real(s)->pMethods->xTruncate(real(s), n);
        };
        g_methods.xSync = shimSync;
        g_methods.xFileSize = [](sqlite3_file *s, sqlite3_int64 *n) {
            return real(s)->pMethods->xFileSize(real(s), n);
        };
        g_methods.xLock = [](sqlite3_file *s, int l) {
            return real(s)->pMethods->xLock(real(s), l);
        };
        g_methods.xUnlock = [](sqlite3_file *s, int l) {
            return real(s)->pMethods->xUnlock(real(s), l);
        };
        g_methods.xCheckReservedLock = [](sqlite3_file *s, int *r) {
            return real(s)->pMethods->xCheckReservedLock(real(s), r);
        };
        g_methods.xFileControl = [](sqlite3_file *s, int op, void *a) {
            return real(s)->pMethods->xFileControl(real(s), op, a);
        };
        g_methods.xSectorSize = [](sqlite3_file *s) {
            return real(s)->pMethods->xSectorSize(real(s));
        };
        g_methods.xDeviceCharacteristics = [](sqlite3_file *s) {
            return real(s)->pMethods->xDeviceCharacteristics(real(s));
        };
        g_methods.xShmMap = [](sqlite3_file *s, int r, int n, int e, void volatile **p) {
            return real(s)->pMethods->xShmMap(real(s), r, n, e, p);
        };
        g_methods.xShmLock = [](sqlite3_file *s, int o, int n, int fl) {
            return real(s)->pMethods->xShmLock(real(s), o, n, fl);
        };
        g_methods.xShmBarrier = [](sqlite3_file *s) { real(s)->pMethods->xShmBarrier(real(s)); };
        g_methods.xShmUnmap = [](sqlite3_file *s, int d) {
            return real(s)->pMethods->xShmUnmap(real(s), d);
        };
    }
    file->pMethods = &g_methods;
    return SQLITE_OK;
}

// The shim becomes the default VFS, so CryptVfs (registered after it) sits
// on top of it, as it sits on the system's in the app.
bool installShim()
{
    g_below = sqlite3_vfs_find(nullptr);
    if (!g_below)
        return false;
    g_shim = *g_below;
    g_shim.zName = "fault-shim";
    g_shim.szOsFile = int(sizeof(ShimFile)) + g_below->szOsFile;
    g_shim.pNext = nullptr;
    g_shim.xOpen = shimOpen;
    return sqlite3_vfs_register(&g_shim, 1) == SQLITE_OK && CryptVfs::ensureRegistered().ok();
}

std::shared_ptr<const SecretBytes> randomKey()
{
    SecretBytes key(CryptVfs::kKeyBytes);
    randombytes_buf(key.data(), key.size());
    return std::make_shared<const SecretBytes>(std::move(key));
}

qint64 rows(Database &db)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db.handle(), "SELECT count(*) FROM t", -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    const qint64 n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    return n;
}

const char *const kInsert = "BEGIN; INSERT INTO t(body) SELECT hex(randomblob(900)) FROM "
                            "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n "
                            "WHERE i<200) SELECT i FROM n); COMMIT;";
} // namespace

class TestCryptVfsFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        QVERIFY(installShim());
    }

    void cleanup() { g_fault = Fault::None; }

    void aFailingDiskLosesNothingAcknowledged_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("EIO") << int(Fault::Eio);
        QTest::newRow("disk full") << int(Fault::Full);
        QTest::newRow("short write") << int(Fault::Short);
        QTest::newRow("fsync fails") << int(Fault::Fsync);
    }

    void aFailingDiskLosesNothingAcknowledged()
    {
        QFETCH(int, fault);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        const auto key = randomKey();
        {
            auto db = Database::open(path, key);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message()));
            QVERIFY(db.value()->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT)"));
            QVERIFY(db.value()->exec(kInsert));
            QCOMPARE(rows(*db.value()), qint64(200));

            g_fault = Fault(fault);
            const Status failed = db.value()->exec(kInsert);
            g_fault = Fault::None;
            QVERIFY(!failed);
            QCOMPARE(failed.error().code(), ErrorCode::Io);
            (void)db.value()->exec("ROLLBACK");
        }
        auto again = Database::open(path, key);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message()));
        Database &db = *again.value();
        QCOMPARE(rows(db), qint64(200));
        sqlite3_stmt *stmt = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db.handle(), "PRAGMA integrity_check", -1, &stmt, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))),
                 QByteArray("ok"));
        sqlite3_finalize(stmt);
        // And it takes writes again.
        QVERIFY(db.exec(kInsert));
        QCOMPARE(rows(db), qint64(400));
    }
};

QTEST_GUILESS_MAIN(TestCryptVfsFaults)
#include "tst_cryptvfsfaults.moc"
