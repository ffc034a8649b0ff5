// SqliteCommitGroup: bundle completions that arrive while another commit is
// under way are committed together, each caller returning only once its own
// work is durable, and one failing work item takes no other down.
#include "db/Database.h"
#include "db/Statement.h"
#include "hub/SqliteCommitGroup.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <memory>
#include <vector>

using namespace vigia;

namespace {
Status insertRow(Database &db, int n)
{
    Statement st(db.handle(), "INSERT INTO t(n) VALUES (?1)");
    st.bind(1, qint64(n));
    if (st.run() != SQLITE_DONE)
        return Error(ErrorCode::Failure, QStringLiteral("insert failed"));
    return {};
}

qint64 countRows(const QString &path, const char *sql = "SELECT count(*) FROM t")
{
    auto db = Database::open(path);
    if (!db)
        return -1;
    Statement st(db.value()->handle(), sql);
    return st.step() == SQLITE_ROW ? st.columnInt64(0) : -1;
}
} // namespace

class TestSqliteCommitGroup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_files = 0;

private slots:
    void init()
    {
        // A file per test: the groups live as long as the process.
        m_path = m_dir.filePath(QStringLiteral("hub%1.sqlite").arg(++m_files));
        auto db = Database::open(m_path);
        QVERIFY(db);
        QVERIFY(db.value()->exec("CREATE TABLE t(n INTEGER NOT NULL)"));
    }

    void oneCallerCommitsAlone()
    {
        SqliteCommitGroup &group = SqliteCommitGroup::of(m_path);
        auto db = Database::open(m_path);
        QVERIFY(db);
        const quint64 before = group.commits();
        QVERIFY(group.run(*db.value(), [](Database &d) { return insertRow(d, 1); }));
        QCOMPARE(group.commits(), before + 1);
        // Committed when run() returns: another connection sees it.
        QCOMPARE(countRows(m_path), 1);
    }

    void sameFileSameGroup()
    {
        QCOMPARE(&SqliteCommitGroup::of(m_path),
                 &SqliteCommitGroup::of(m_dir.path() + QStringLiteral("/./") +
                                        QFileInfo(m_path).fileName()));
        QVERIFY(&SqliteCommitGroup::of(m_path) !=
                &SqliteCommitGroup::of(m_path + QLatin1Char('x')));
    }

    // Completions queued while the writer is busy go into one transaction.
    void waitingCallersShareOneCommit()
    {
        constexpr int kThreads = 8;
        SqliteCommitGroup &group = SqliteCommitGroup::of(m_path);
        const quint64 before = group.commits();
        std::atomic<int> ok{0};
        std::vector<std::unique_ptr<QThread>> threads;
        group.writer()->lock(); // another write of the hub, under way
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                auto db = Database::open(m_path);
                if (db && group.run(*db.value(), [i](Database &d) { return insertRow(d, i); }))
                    ++ok;
            }));
            threads.back()->start();
        }
        QElapsedTimer waited;
        waited.start();
        while (group.waiting() < kThreads && waited.elapsed() < 10000)
            QThread::msleep(5);
        QCOMPARE(group.waiting(), kThreads);
        QCOMPARE(countRows(m_path), 0); // nobody got past the busy writer
        group.writer()->unlock();
        for (auto &t : threads)
            QVERIFY(t->wait(10000));
        QCOMPARE(ok.load(), kThreads);
        QCOMPARE(group.commits(), before + 1);
        QCOMPARE(countRows(m_path), kThreads);
        QCOMPARE(countRows(m_path, "SELECT count(DISTINCT n) FROM t"), kThreads);
    }

    // A failing completion is undone alone and reported to its own caller.
    void aFailureTakesNoOtherDown()
    {
        constexpr int kThreads = 6;
        constexpr int kFailing = 3;
        SqliteCommitGroup &group = SqliteCommitGroup::of(m_path);
        std::vector<Status> results(kThreads);
        std::vector<std::unique_ptr<QThread>> threads;
        group.writer()->lock();
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                auto db = Database::open(m_path);
                if (!db) {
                    results[size_t(i)] = db.error();
                    return;
                }
                results[size_t(i)] = group.run(*db.value(), [i](Database &d) -> Status {
                    if (Status s = insertRow(d, i); !s)
                        return s;
                    // Wrote, then failed: the write must not survive.
                    return i == kFailing
                               ? Status(Error(ErrorCode::Validation, QStringLiteral("no")))
                               : Status();
                });
            }));
            threads.back()->start();
        }
        QElapsedTimer waited;
        waited.start();
        while (group.waiting() < kThreads && waited.elapsed() < 10000)
            QThread::msleep(5);
        group.writer()->unlock();
        for (auto &t : threads)
            QVERIFY(t->wait(10000));
        for (int i = 0; i < kThreads; ++i) {
            if (i == kFailing)
                QCOMPARE(results[size_t(i)].error().code(), ErrorCode::Validation);
            else
                QVERIFY2(results[size_t(i)].ok(), qPrintable(results[size_t(i)].error().message()));
        }
        QCOMPARE(countRows(m_path), kThreads - 1);
        QCOMPARE(countRows(m_path, "SELECT count(*) FROM t WHERE n = 3"), 0);
    }
};

QTEST_GUILESS_MAIN(TestSqliteCommitGroup)
#include "tst_sqlitecommitgroup.moc"
