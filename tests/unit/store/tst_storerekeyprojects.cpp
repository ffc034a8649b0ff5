// Changing the store key of a workspace with several projects: every
// project's store is rewritten under the key derived from the new one, and a
// change stopped where a crash could stop it settles for every store.
#include "crypto/DeviceKeys.h"
#include "crypto/KeyStore.h"
#include "crypto/ProjectStoreKey.h"
#include "crypto/SecretBytes.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "store/ProjectStores.h"
#include "store/RecordFilter.h"
#include "store/RecordStore.h"
#include "store/StoreCopy.h"
#include "store/StoreRekey.h"
#include "TestWorkspace.h"

#include <QFile>
#include <QTest>

#include <sqlite3.h>

using namespace vigia;

namespace {
const QByteArray kPass = test::TestWorkspace::kPassphrase;
const QByteArray kOther(16, '\x42');

std::shared_ptr<const SecretBytes> savedKey(const QString &dir)
{
    auto keys = KeyStore::unlock(Workspace::keystorePath(dir), kPass);
    return keys ? keys.value().storeKey : nullptr;
}

// A further store as a join leaves it: its project pinned (a store that
// joined nothing is not reopened as the last project).
bool pinned(Workspace &ws)
{
    Statement st(ws.database().handle(),
                 "INSERT INTO project(id, project_id, key_fingerprint) VALUES (1, ?1, ?2)");
    st.bind(1, kOther).bind(2, QByteArray(32, 'k'));
    return st.run() == SQLITE_DONE;
}

// A record in the root store and one in a further project's, closed.
bool filled(test::TestWorkspace &ws)
{
    if (!ws.isValid() ||
        !ws->records().create(QStringLiteral("f"), {},
                              {{QStringLiteral("a"), QStringLiteral("root")}}, true) ||
        !ws->addProjectStore(kOther) || !pinned(*ws) ||
        !ws->records().create(QStringLiteral("f"), {},
                              {{QStringLiteral("a"), QStringLiteral("other")}}, true))
        return false;
    ws.close();
    return true;
}

// Each store opens with the key derived from `key` and not with `old`'s.
void eachStoreOpensWith(const QString &dir, const SecretBytes &key, const SecretBytes &old)
{
    const QString root = ProjectStores::storePath(dir, {});
    QVERIFY(StoreRekey::opensWith(root, key));
    QVERIFY(!StoreRekey::opensWith(root, old));
    const QString other = ProjectStores::storePath(dir, kOther);
    QVERIFY(StoreRekey::opensWith(other, *ProjectStoreKey::derive(key, kOther)));
    QVERIFY(!StoreRekey::opensWith(other, *ProjectStoreKey::derive(old, kOther)));
    QVERIFY(!QFile::exists(root + QStringLiteral(".rekeying")));
    QVERIFY(!QFile::exists(other + QStringLiteral(".rekeying")));
}

// Opened again: both projects with their records, each in its own store.
void opensWithBothProjects(test::TestWorkspace &ws)
{
    QVERIFY2(ws.reopen(), qPrintable(ws.error()));
    QCOMPARE(ws->projectStore(), kOther);
    QCOMPARE(test::answersOf(*ws, QStringLiteral("a")), QStringList{QStringLiteral("other")});
    QVERIFY(ws->switchProjectStore({}));
    QCOMPARE(test::answersOf(*ws, QStringLiteral("a")), QStringList{QStringLiteral("root")});
    ws.close();
}
} // namespace

class TestStoreRekeyProjects : public QObject
{
    Q_OBJECT

private slots:
    void everyProjectStoreTakesTheNewKey()
    {
        test::TestWorkspace ws;
        QVERIFY(filled(ws));
        const auto oldKey = savedKey(ws.path());
        QVERIFY(oldKey);
        auto rekeyed = StoreRekey::rekey(ws.path(), kPass);
        QVERIFY2(rekeyed, qPrintable(rekeyed.error().message()));
        QVERIFY(!rekeyed.value().previousStoreKey);
        const auto newKey = savedKey(ws.path());
        QVERIFY(newKey && newKey->rawView() != oldKey->rawView());
        eachStoreOpensWith(ws.path(), *newKey, *oldKey);
        opensWithBothProjects(ws);
    }

    void aStoppedChangeSettlesForEveryStore_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("oneSwapped");
        QTest::newRow("after the copies") << int(StoreRekey::Step::Copied) << false;
        QTest::newRow("after the keystore") << int(StoreRekey::Step::KeySaved) << false;
        QTest::newRow("between two swaps") << int(StoreRekey::Step::KeySaved) << true;
        QTest::newRow("after the swaps") << int(StoreRekey::Step::Swapped) << false;
    }

    void aStoppedChangeSettlesForEveryStore()
    {
        QFETCH(int, step);
        QFETCH(bool, oneSwapped);
        test::TestWorkspace ws;
        QVERIFY(filled(ws));
        const auto oldKey = savedKey(ws.path());
        QVERIFY(oldKey);
        auto stopped = StoreRekey::rekey(ws.path(), kPass, StoreRekey::Step(step));
        QVERIFY2(stopped, qPrintable(stopped.error().message()));
        if (oneSwapped) {
            // The further project's store swapped in, the root's not yet.
            const QString other = ProjectStores::storePath(ws.path(), kOther);
            QVERIFY(StoreCopy::replace(other + QStringLiteral(".rekeying"), other));
        }
        auto keys = KeyStore::unlock(Workspace::keystorePath(ws.path()), kPass);
        QVERIFY(keys);
        QCOMPARE(StoreRekey::pending(ws.path(), keys.value()),
                 step == int(StoreRekey::Step::Copied) || step == int(StoreRekey::Step::Swapped)
                     ? StoreRekey::Pending::Finish
                     : StoreRekey::Pending::Swap);
        opensWithBothProjects(ws);
        const auto saved = savedKey(ws.path());
        QVERIFY(saved);
        auto after = KeyStore::unlock(Workspace::keystorePath(ws.path()), kPass);
        QVERIFY(after && !after.value().previousStoreKey);
        if (step == int(StoreRekey::Step::Copied)) {
            // The key was never saved: the old one still opens everything.
            QCOMPARE(saved->rawView(), oldKey->rawView());
            QVERIFY(StoreRekey::opensWith(ProjectStores::storePath(ws.path(), kOther),
                                          *ProjectStoreKey::derive(*oldKey, kOther)));
            return;
        }
        eachStoreOpensWith(ws.path(), *saved, *oldKey);
    }

    void theLockScreensUnlockSettlesEveryStore()
    {
        test::TestWorkspace ws;
        QVERIFY(filled(ws));
        const auto oldKey = savedKey(ws.path());
        QVERIFY(StoreRekey::rekey(ws.path(), kPass, StoreRekey::Step::KeySaved));
        auto keys = StoreRekey::unlockSettled(ws.path(), kPass);
        QVERIFY2(keys, qPrintable(keys.error().message()));
        QVERIFY(!keys.value().previousStoreKey);
        eachStoreOpensWith(ws.path(), *keys.value().storeKey, *oldKey);
    }
};

QTEST_GUILESS_MAIN(TestStoreRekeyProjects)
#include "tst_storerekeyprojects.moc"
