#include "db/Database.h"
#include "db/Statement.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

namespace {
QString pragma(Database &db, const char *sql)
{
    Statement st(db.handle(), sql);
    return st.step() == 100 ? st.columnText(0) : QString();
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void opensWithTheRequiredPragmas()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a/b/store.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        Database &d = *db.value();
        QCOMPARE(pragma(d, "PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(d, "PRAGMA synchronous"), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(d, "PRAGMA foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma(d, "PRAGMA temp_store"), QStringLiteral("2")); // MEMORY
        QCOMPARE(pragma(d, "PRAGMA mmap_size"), QStringLiteral("0"));
        QCOMPARE(pragma(d, "PRAGMA secure_delete"), QStringLiteral("1"));
        QCOMPARE(pragma(d, "PRAGMA wal_autocheckpoint"), QStringLiteral("10000"));
        QCOMPARE(pragma(d, "PRAGMA journal_size_limit"), QStringLiteral("67108864"));
        QCOMPARE(d.userVersion().value(), 0); // the schema is the store's (Migrations)
    }

    void garbageFileIsAClearErrorNotACrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code(), ErrorCode::Corrupt);
        QVERIFY(db.error().message().contains(QStringLiteral("damaged")));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(8192, 'x')); // nothing touched
    }

    void damagedPagesAreReportedAsCorrupt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(db.value()
                        ->exec("CREATE TABLE t(x BLOB);"
                               "INSERT INTO t VALUES (randomblob(20000));"
                               "PRAGMA wal_checkpoint(TRUNCATE)")
                        .ok());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 8192);
        // Overwrite everything after the header page: the schema is unreadable.
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = char(0xA5);
        f.seek(0);
        f.write(bytes);
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code(), ErrorCode::Corrupt);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
