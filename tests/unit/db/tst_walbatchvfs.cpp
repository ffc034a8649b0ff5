// WalBatchVfs: a commit reaches the disk's WAL in a few writes instead of two
// per page, another connection sees every commit as soon as it returns, a
// connection that does not sync its commits writes straight through, a
// rolled-back transaction's gathered frames are never written over another
// connection's, and a gathered write that fails fails the commit.
#include "crypto/SecretBytes.h"
#include "db/CryptVfs.h"
#include "db/Database.h"
#include "db/WalBatchVfs.h"
#include "ShimVfs.h"

#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>
#include <sqlite3.h>

using namespace vigia;

namespace {
std::shared_ptr<const SecretBytes> keyFor(bool encrypted)
{
    if (!encrypted)
        return nullptr;
    SecretBytes key(CryptVfs::kKeyBytes);
    randombytes_buf(key.data(), key.size());
    return std::make_shared<const SecretBytes>(std::move(key));
}

qint64 scalar(Database &db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    const qint64 n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    return n;
}

// The lines `PRAGMA integrity_check` reports beyond "ok".
qint64 damage(Database &db)
{
    return scalar(db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'");
}

void storeKinds()
{
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("plain") << false;
    QTest::newRow("encrypted") << true;
}

// About 50 pages of new rows in one transaction.
const char *const kInsert = "BEGIN; INSERT INTO t(body) SELECT hex(randomblob(900)) FROM "
                            "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n "
                            "WHERE i<100) SELECT i FROM n); COMMIT;";
} // namespace

class TestWalBatchVfs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        QVERIFY(test::ShimVfs::install());
    }

    void aCommitReachesTheWalInAFewWrites_data() { storeKinds(); }
    void aCommitReachesTheWalInAFewWrites()
    {
        QFETCH(bool, encrypted);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")), keyFor(encrypted));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message()));
        QVERIFY(db.value()->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT)"));
        test::ShimVfs::resetCounts();
        QVERIFY(db.value()->exec(kInsert));
        const qint64 pages = scalar(*db.value(), "SELECT count(*) FROM dbstat WHERE name = 't'");
        QVERIFY(pages >= 40);
        // Written page by page, these are two writes per page; gathered, one
        // write per 31 pages (what the unix VFS takes in one call).
        QVERIFY2(test::ShimVfs::walWrites() <= int(pages / 31) + 3,
                 qPrintable(QStringLiteral("%1 writes for %2 pages")
                                .arg(test::ShimVfs::walWrites())
                                .arg(pages)));
        QCOMPARE(test::ShimVfs::walSyncs(), 1);
    }

    void anotherConnectionSeesEveryCommit_data() { storeKinds(); }
    void anotherConnectionSeesEveryCommit()
    {
        QFETCH(bool, encrypted);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        const auto key = keyFor(encrypted);
        auto writer = Database::open(path, key);
        QVERIFY(writer);
        QVERIFY(writer.value()->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT)"));
        auto reader = Database::open(path, key);
        QVERIFY(reader);
        for (int i = 1; i <= 20; ++i) {
            QVERIFY(writer.value()->exec(kInsert));
            QCOMPARE(scalar(*reader.value(), "SELECT count(*) FROM t"), qint64(100) * i);
        }
        // Both connections checkpoint through the gathered WAL and agree.
        QVERIFY(reader.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(writer.value()->exec(kInsert));
        QCOMPARE(scalar(*reader.value(), "SELECT count(*) FROM t"), qint64(2100));
        QCOMPARE(damage(*reader.value()), qint64(0));
    }

    // Without a sync at each commit nothing would write gathered bytes out
    // before SQLite publishes them, and a crash of the program would lose a
    // commit that synchronous=NORMAL keeps: such a connection is not gathered.
    void aConnectionThatDoesNotSyncWritesThrough()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        auto writer = Database::open(path);
        QVERIFY(writer);
        QVERIFY(writer.value()->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT)"));
        QVERIFY(writer.value()->exec("PRAGMA synchronous=NORMAL"));
        auto reader = Database::open(path);
        QVERIFY(reader);
        test::ShimVfs::resetCounts();
        QVERIFY(writer.value()->exec(kInsert));
        QCOMPARE(test::ShimVfs::walSyncs(), 0);
        QVERIFY(test::ShimVfs::walWrites() >= 80);
        QCOMPARE(scalar(*reader.value(), "SELECT count(*) FROM t"), qint64(100));

        QVERIFY(writer.value()->exec("PRAGMA synchronous=FULL"));
        QVERIFY(WalBatchVfs::gatherCommits(writer.value()->handle()));
        test::ShimVfs::resetCounts();
        QVERIFY(writer.value()->exec(kInsert));
        QVERIFY(test::ShimVfs::walWrites() <= 8);
        QCOMPARE(scalar(*reader.value(), "SELECT count(*) FROM t"), qint64(200));
    }

    // Even a `PRAGMA synchronous` SQLite refuses stops the gathering: the VFS
    // sees the pragma before SQLite decides, and cannot tell.
    void aRefusedSyncPragmaDoesNotStartGathering()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(db);
        Database &d = *db.value();
        QVERIFY(d.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT)"));
        QVERIFY(d.exec("PRAGMA synchronous=NORMAL"));
        QVERIFY(d.exec("BEGIN"));
        QVERIFY(!d.exec("PRAGMA synchronous=FULL")); // not inside a transaction
        QVERIFY(d.exec("ROLLBACK"));
        QCOMPARE(scalar(d, "PRAGMA synchronous"), qint64(1));
        test::ShimVfs::resetCounts();
        QVERIFY(d.exec(kInsert));
        QCOMPARE(test::ShimVfs::walSyncs(), 0);
        QVERIFY(test::ShimVfs::walWrites() >= 80);
    }

    // A transaction too large for its page cache writes pages to the WAL
    // before it commits; rolled back, those frames must not reach the file
    // after another connection has written its own commit there. In
    // exclusive locking mode SQLite releases the write lock without telling
    // the VFS: a `locking_mode` pragma stops the gathering there.
    void aRolledBackSpillIsNeverWrittenOverAnotherCommit_data()
    {
        QTest::addColumn<bool>("exclusive");
        QTest::newRow("normal locking") << false;
        QTest::newRow("exclusive locking") << true;
    }
    void aRolledBackSpillIsNeverWrittenOverAnotherCommit()
    {
        QFETCH(bool, exclusive);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        auto a = Database::open(path);
        QVERIFY(a);
        Database &d = *a.value();
        QVERIFY(d.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT)"));
        QVERIFY(d.exec(kInsert));
        QVERIFY(d.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(d.exec("PRAGMA cache_size=8"));
        if (exclusive)
            QVERIFY(d.exec("PRAGMA locking_mode=EXCLUSIVE"));
        QVERIFY(d.exec("BEGIN"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(d.exec("INSERT INTO t(body) SELECT hex(randomblob(900)) FROM t LIMIT 100"));
        if (exclusive)
            QVERIFY(d.exec("PRAGMA locking_mode=NORMAL"));
        QVERIFY(d.exec("ROLLBACK"));

        auto b = Database::open(path);
        QVERIFY(b);
        for (int i = 0; i < 3; ++i)
            QVERIFY(b.value()->exec(kInsert));
        // A's next read would have written what it still held.
        QCOMPARE(scalar(d, "SELECT count(*) FROM t"), qint64(400));
        a = Error(ErrorCode::Failure, QString());
        b = Error(ErrorCode::Failure, QString());

        auto again = Database::open(path);
        QVERIFY(again);
        QCOMPARE(scalar(*again.value(), "SELECT count(*) FROM t"), qint64(400));
        QCOMPARE(damage(*again.value()), qint64(0));
    }

    // Gathered frames that fail to reach the disk when a read needs them
    // leave the transaction unable to commit: SQLite believes them written.
    void aFailedGatheredWriteFailsTheCommit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            Database &d = *db.value();
            QVERIFY(d.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT)"));
            QVERIFY(d.exec(kInsert));
            QVERIFY(d.exec("PRAGMA cache_size=8"));
            QVERIFY(d.exec("BEGIN"));
            QVERIFY(d.exec("INSERT INTO t(body) SELECT hex(randomblob(900)) FROM t"));
            // The next statement reads the spilled pages back (flushing) and
            // fails; SQLite undoes that statement only and goes on.
            test::ShimVfs::setFault(test::ShimVfs::Fault::Full);
            QVERIFY(!d.exec("INSERT INTO t(body) SELECT hex(randomblob(900)) FROM t"));
            test::ShimVfs::setFault(test::ShimVfs::Fault::None);
            QVERIFY(!d.exec("COMMIT"));
            (void)d.exec("ROLLBACK");
            QCOMPARE(scalar(d, "SELECT count(*) FROM t"), qint64(100));
        }
        auto again = Database::open(path);
        QVERIFY(again);
        QCOMPARE(scalar(*again.value(), "SELECT count(*) FROM t"), qint64(100));
        QCOMPARE(damage(*again.value()), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestWalBatchVfs)
#include "tst_walbatchvfs.moc"
