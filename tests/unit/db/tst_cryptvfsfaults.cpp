// A store, encrypted or plain, when the disk fails under it: a shim VFS
// below Vigia's (ShimVfs) fails writes on demand with EIO, a full disk, a
// short write or a failed fsync. The WAL's writes reach the shim gathered
// (WalBatchVfs), so a failure surfaces at the commit's sync. The transaction
// that met the fault fails with a clear error, nothing of it is applied, and
// the store reopens intact with every acknowledged row.
#include "crypto/SecretBytes.h"
#include "db/CryptVfs.h"
#include "db/Database.h"
#include "ShimVfs.h"

#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>
#include <sqlite3.h>

using namespace vigia;

namespace {
using Fault = test::ShimVfs::Fault;

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
        QVERIFY(test::ShimVfs::install());
    }

    void cleanup() { test::ShimVfs::setFault(Fault::None); }

    void aFailingDiskLosesNothingAcknowledged_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("encrypted");
        for (const bool encrypted : {true, false}) {
            const char *store = encrypted ? "encrypted" : "plain";
            QTest::addRow("EIO, %s", store) << int(Fault::Eio) << encrypted;
            QTest::addRow("disk full, %s", store) << int(Fault::Full) << encrypted;
            QTest::addRow("short write, %s", store) << int(Fault::Short) << encrypted;
            QTest::addRow("fsync fails, %s", store) << int(Fault::Fsync) << encrypted;
        }
    }

    void aFailingDiskLosesNothingAcknowledged()
    {
        QFETCH(int, fault);
        QFETCH(bool, encrypted);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        const auto key = encrypted ? randomKey() : nullptr;
        {
            auto db = Database::open(path, key);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message()));
            QVERIFY(db.value()->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT)"));
            QVERIFY(db.value()->exec(kInsert));
            QCOMPARE(rows(*db.value()), qint64(200));

            test::ShimVfs::setFault(Fault(fault));
            const Status failed = db.value()->exec(kInsert);
            test::ShimVfs::setFault(Fault::None);
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
