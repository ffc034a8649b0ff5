#include "HubStoreSuite.h"

#include "db/Database.h"
#include "hub/SqliteHubStore.h"

#include <QTemporaryDir>

// The HubStore suite on the SQLite backend, and what only SQLite has.
class TestSqliteHubStore : public HubStoreSuite
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

protected:
    std::unique_ptr<HubStore> openStore() override
    {
        auto store = SqliteHubStore::open(m_dir->filePath(QStringLiteral("hub.sqlite")));
        if (!store) {
            qWarning().noquote() << "opening the store failed:" << store.error().message();
            return nullptr;
        }
        return store.take();
    }

    bool freshStorage() override
    {
        m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->isValid();
    }

private slots:
    // SQLite only: a file that is not a hub database is never written into.
    void refusesAForeignFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("workspace.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(db.value()->exec("CREATE TABLE records(id BLOB); PRAGMA user_version=6"));
        }
        auto refused = SqliteHubStore::open(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Validation);
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(db.value()->userVersion().value(), 6);
    }
};

QTEST_GUILESS_MAIN(TestSqliteHubStore)
#include "tst_sqlitehubstore.moc"
