#include "db/Database.h"
#include "db/Statement.h"
#include "db/StatementCache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace vigia;

namespace {
// A bare connection with one table: the cache belongs to the db layer, and a
// migrated store would already hold the statements the migrations used.
std::unique_ptr<Database> openStore(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("open: %s", qPrintable(db.error().message()));
    if (!db.value()->exec("CREATE TABLE IF NOT EXISTS settings(key TEXT PRIMARY KEY, value BLOB)"))
        qFatal("cannot create the test table");
    return std::move(db.value());
}

qint64 countRows(StatementCache &cache)
{
    Statement st(cache, "SELECT count(*) FROM settings");
    return st.step() == SQLITE_ROW ? st.columnInt64(0) : -1;
}
} // namespace

class TestStatementCache : public QObject
{
    Q_OBJECT

private slots:
    void reusesAPreparedStatement()
    {
        QTemporaryDir dir;
        auto db = openStore(dir.filePath(QStringLiteral("store.sqlite")));
        StatementCache &cache = db->statements();
        QCOMPARE(countRows(cache), 0);
        QCOMPARE(countRows(cache), 0);
        QCOMPARE(countRows(cache), 0);
        QCOMPARE(cache.preparedCount(), 1);
        QCOMPARE(cache.idleCount(), 1);
    }

    void comesBackWithoutItsBindings()
    {
        QTemporaryDir dir;
        auto db = openStore(dir.filePath(QStringLiteral("store.sqlite")));
        const QByteArray sql = "SELECT ?1";
        {
            Statement st(db->statements(), sql);
            st.bindText(1, QStringLiteral("secret"));
            QCOMPARE(st.step(), SQLITE_ROW);
            QCOMPARE(st.columnText(0), QStringLiteral("secret"));
        }
        Statement again(db->statements(), sql);
        QCOMPARE(again.step(), SQLITE_ROW);
        QVERIFY(again.columnIsNull(0));
        QCOMPARE(db->statements().preparedCount(), 1);
    }

    void aStatementInUseIsNotHandedOutTwice()
    {
        QTemporaryDir dir;
        auto db = openStore(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(db->exec("INSERT INTO settings(key, value) VALUES ('a', x'01'), ('b', x'02')"));
        const QByteArray sql = "SELECT key FROM settings ORDER BY key";
        Statement outer(db->statements(), sql);
        QCOMPARE(outer.step(), SQLITE_ROW);
        QCOMPARE(outer.columnText(0), QStringLiteral("a"));
        {
            Statement inner(db->statements(), sql);
            QCOMPARE(inner.step(), SQLITE_ROW);
            QCOMPARE(inner.columnText(0), QStringLiteral("a"));
        }
        // The nested use did not disturb the outer cursor.
        QCOMPARE(outer.step(), SQLITE_ROW);
        QCOMPARE(outer.columnText(0), QStringLiteral("b"));
        QCOMPARE(db->statements().preparedCount(), 2);
    }

    void comesBackReset()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        auto reader = openStore(path);
        auto writer = openStore(path);
        QVERIFY(writer->exec("INSERT INTO settings(key, value) VALUES ('a', x'01'), ('b', x'02')"));
        const QByteArray sql = "SELECT key FROM settings ORDER BY key";
        {
            // Left after one row, as a caller reading only the first does.
            Statement st(reader->statements(), sql);
            QCOMPARE(st.step(), SQLITE_ROW);
        }
        QVERIFY(writer->exec("INSERT INTO settings(key, value) VALUES ('c', x'03')"));
        // Not reset, it would go on with the old cursor and the old snapshot.
        Statement st(reader->statements(), sql);
        QStringList keys;
        while (st.step() == SQLITE_ROW)
            keys.append(st.columnText(0));
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(reader->statements().preparedCount(), 1);
    }

    void staysWithinItsCapacity()
    {
        QTemporaryDir dir;
        auto db = openStore(dir.filePath(QStringLiteral("store.sqlite")));
        StatementCache &cache = db->statements();
        for (int i = 0; i < StatementCache::kCapacity + 10; ++i) {
            Statement st(cache, "SELECT " + QByteArray::number(i));
            QCOMPARE(st.step(), SQLITE_ROW);
        }
        QCOMPARE(cache.idleCount(), StatementCache::kCapacity);
        // The most recent ones stay; the oldest went first.
        const int before = cache.preparedCount();
        {
            Statement st(cache, "SELECT " + QByteArray::number(StatementCache::kCapacity + 9));
        }
        QCOMPARE(cache.preparedCount(), before);
        {
            Statement st(cache, "SELECT 0");
        }
        QCOMPARE(cache.preparedCount(), before + 1);
    }

    void aBoundValueOutlivesTheBytesItCameFrom()
    {
        QTemporaryDir dir;
        auto db = openStore(dir.filePath(QStringLiteral("store.sqlite")));
        char buffer[] = "first";
        Statement st(db->statements(), "SELECT ?1, ?2, ?3");
        // Borrowed bytes are copied: the owner may change them before the step.
        st.bind(1, QByteArray::fromRawData(buffer, 5));
        // Owned bytes are kept by the statement, past the temporary's end.
        st.bind(2, QByteArray("sec") + QByteArray("ond"));
        st.bindText(3, QStringLiteral("thi") + QStringLiteral("rd"));
        buffer[0] = 'F';
        QCOMPARE(st.step(), SQLITE_ROW);
        QCOMPARE(st.columnBlob(0), QByteArray("first"));
        QCOMPARE(st.columnBlob(1), QByteArray("second"));
        QCOMPARE(st.columnText(2), QStringLiteral("third"));
    }

    void aBorrowedStatementOutlastsEviction()
    {
        QTemporaryDir dir;
        auto db = openStore(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(db->exec("INSERT INTO settings(key, value) VALUES ('a', x'01'), ('b', x'02')"));
        StatementCache &cache = db->statements();
        const QByteArray sql = "SELECT key FROM settings ORDER BY key";
        {
            Statement outer(cache, sql);
            QCOMPARE(outer.step(), SQLITE_ROW);
            // Enough others to evict everything that is not in use.
            for (int i = 0; i < StatementCache::kCapacity + 10; ++i) {
                Statement st(cache, "SELECT " + QByteArray::number(i));
                QCOMPARE(st.step(), SQLITE_ROW);
            }
            QCOMPARE(outer.step(), SQLITE_ROW);
            QCOMPARE(outer.columnText(0), QStringLiteral("b"));
        }
        QVERIFY(cache.idleCount() <= StatementCache::kCapacity + 1);
        const int before = cache.preparedCount();
        {
            Statement again(cache, sql);
            QCOMPARE(again.step(), SQLITE_ROW);
        }
        QCOMPARE(cache.preparedCount(), before);
    }

    void aBadStatementReportsItsError()
    {
        QTemporaryDir dir;
        auto db = openStore(dir.filePath(QStringLiteral("store.sqlite")));
        Statement st(db->statements(), "SELECT * FROM no_such_table");
        QVERIFY(!st.isValid());
        QCOMPARE(st.prepareResult(), SQLITE_ERROR);
        QCOMPARE(st.step(), SQLITE_ERROR);
        QCOMPARE(db->statements().idleCount(), 0);
    }

    void theConnectionClosesWithCachedStatements()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto db = openStore(path);
            QVERIFY(db->exec("INSERT INTO settings(key, value) VALUES ('a', x'01')"));
            QCOMPARE(countRows(db->statements()), 1);
            QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        }
        // SQLite removes the log when the last connection closes cleanly; a
        // statement left prepared would have kept the connection open.
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
