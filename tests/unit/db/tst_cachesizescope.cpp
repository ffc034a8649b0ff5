// CacheSizeScope: the page cache raised for a scope and set back after it,
// as the pragma stood (KiB or pages); never shrunk.

#include "db/CacheSizeScope.h"
#include "db/Database.h"
#include "db/Statement.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

using namespace vigia;

namespace {

qint64 pragma(Database &db)
{
    Statement st(db.handle(), "PRAGMA cache_size");
    return st.step() == SQLITE_ROW ? st.columnInt64(0) : 0;
}

} // namespace

class TestCacheSizeScope : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_n)));
        QVERIFY(db);
        m_db = std::move(db.value());
    }
    void cleanup() { m_db.reset(); }

    void raisedThenSetBack()
    {
        const qint64 before = pragma(*m_db);
        const int kib = CacheSizeScope::kibibytes(*m_db);
        QVERIFY(kib > 0);
        {
            const CacheSizeScope scope(*m_db, kib * 2);
            QCOMPARE(CacheSizeScope::kibibytes(*m_db), kib * 2);
            QCOMPARE(pragma(*m_db), -qint64(kib) * 2);
        }
        QCOMPARE(pragma(*m_db), before);
    }

    void pagesAreSetBackAsPages()
    {
        QVERIFY(m_db->exec("PRAGMA page_size=4096; PRAGMA cache_size=100"));
        QCOMPARE(CacheSizeScope::kibibytes(*m_db), 400);
        {
            const CacheSizeScope scope(*m_db, 1000);
            QCOMPARE(CacheSizeScope::kibibytes(*m_db), 1000);
        }
        QCOMPARE(pragma(*m_db), 100);
    }

    void neverShrunk()
    {
        QVERIFY(m_db->exec("PRAGMA cache_size=-5000"));
        {
            const CacheSizeScope scope(*m_db, 1000);
            QCOMPARE(pragma(*m_db), -5000);
        }
        QCOMPARE(pragma(*m_db), -5000);
    }

    void nestedScopesUnwind()
    {
        QVERIFY(m_db->exec("PRAGMA cache_size=-1000"));
        {
            const CacheSizeScope outer(*m_db, 2000);
            {
                const CacheSizeScope inner(*m_db, 3000);
                QCOMPARE(pragma(*m_db), -3000);
            }
            QCOMPARE(pragma(*m_db), -2000);
        }
        QCOMPARE(pragma(*m_db), -1000);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestCacheSizeScope)
#include "tst_cachesizescope.moc"
