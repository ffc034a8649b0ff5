// Transaction: BEGIN IMMEDIATE at the outermost level, a SAVEPOINT inside
// another one, so that an inner part can be undone alone and nothing is
// durable before the outermost commit.

#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

using namespace vigia;

namespace {

qint64 rows(Database &db)
{
    Statement st(db.handle(), "SELECT count(*) FROM t");
    return st.step() == SQLITE_ROW ? st.columnInt64(0) : -1;
}

void insert(Database &db, int v)
{
    Statement st(db.handle(), "INSERT INTO t(v) VALUES (?1)");
    st.bind(1, qint64(v));
    QCOMPARE(st.run(), SQLITE_DONE);
}

} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_n)));
        QVERIFY(db);
        m_db = std::move(db.value());
        QVERIFY(m_db->exec("CREATE TABLE t(v INTEGER)"));
    }
    void cleanup() { m_db.reset(); }

    void outermostIsAWriteTransaction()
    {
        Transaction txn(*m_db);
        QVERIFY(txn.begun());
        QVERIFY(!txn.isNested());
        // IMMEDIATE: the write lock is held from the start.
        QCOMPARE(sqlite3_txn_state(m_db->handle(), "main"), SQLITE_TXN_WRITE);
        insert(*m_db, 1);
        QVERIFY(txn.commit());
        QCOMPARE(sqlite3_get_autocommit(m_db->handle()), 1);
        QCOMPARE(rows(*m_db), 1);
    }

    void anInnerRollbackKeepsTheOuterWork()
    {
        Transaction outer(*m_db);
        insert(*m_db, 1);
        {
            Transaction inner(*m_db);
            QVERIFY(inner.begun());
            QVERIFY(inner.isNested());
            insert(*m_db, 2);
        } // not committed: only the inner insert goes
        QCOMPARE(rows(*m_db), 1);
        QVERIFY(outer.commit());
        QCOMPARE(rows(*m_db), 1);
    }

    void anInnerCommitIsUndoneWithTheOuter()
    {
        {
            Transaction outer(*m_db);
            Transaction inner(*m_db);
            insert(*m_db, 1);
            QVERIFY(inner.commit());
            QCOMPARE(sqlite3_get_autocommit(m_db->handle()), 0); // still inside the outer
        }                                                        // the outer rolls back
        QCOMPARE(sqlite3_get_autocommit(m_db->handle()), 1);
        QCOMPARE(rows(*m_db), 0);
    }

    void threeLevels()
    {
        Transaction a(*m_db);
        insert(*m_db, 1);
        {
            Transaction b(*m_db);
            insert(*m_db, 2);
            {
                Transaction c(*m_db);
                insert(*m_db, 3);
            }
            QVERIFY(b.commit());
        }
        QVERIFY(a.commit());
        QCOMPARE(rows(*m_db), 2);
    }

    void aJoinedInnerCommitsWithTheOuter()
    {
        Transaction outer(*m_db);
        insert(*m_db, 1);
        {
            Transaction inner(*m_db, Transaction::Nesting::Join);
            QVERIFY(inner.begun());
            QVERIFY(inner.isNested());
            insert(*m_db, 2);
            QVERIFY(inner.commit());
        }
        // A savepoint would leave a SAVEPOINT open until released; a joined
        // inner takes none, so the outer's ROLLBACK TO has nothing to find.
        QVERIFY(!m_db->exec("ROLLBACK TO vigia_nested"));
        QVERIFY(outer.commit());
        QCOMPARE(rows(*m_db), 2);
    }

    // Nothing of an outer transaction survives a joined inner's failure:
    // the outer cannot commit, even after more work of its own.
    void aJoinedInnerFailureUndoesTheOuter()
    {
        {
            Transaction outer(*m_db);
            insert(*m_db, 1);
            {
                Transaction inner(*m_db, Transaction::Nesting::Join);
                insert(*m_db, 2);
            } // not committed
            QCOMPARE(sqlite3_get_autocommit(m_db->handle()), 1);
            QCOMPARE(rows(*m_db), 0);
            QVERIFY(!outer.commit());
        }
        QCOMPARE(rows(*m_db), 0);
    }

    void aJoinedTransactionAloneIsAnOrdinaryOne()
    {
        {
            Transaction txn(*m_db, Transaction::Nesting::Join);
            QVERIFY(!txn.isNested());
            QCOMPARE(sqlite3_txn_state(m_db->handle(), "main"), SQLITE_TXN_WRITE);
            insert(*m_db, 1);
        }
        QCOMPARE(rows(*m_db), 0);
        Transaction txn(*m_db, Transaction::Nesting::Join);
        insert(*m_db, 1);
        QVERIFY(txn.commit());
        QCOMPARE(rows(*m_db), 1);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
