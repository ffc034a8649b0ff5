// Changing the store's key: the store opens after it with every record and
// the same state, the old key opens nothing, and a change stopped where a
// crash could stop it still ends, at the next open, in one working store.
#include "crypto/DeviceKeys.h"
#include "crypto/KeyStore.h"
#include "crypto/SecretBytes.h"
#include "db/Database.h"
#include "oplog/OpLog.h"
#include "store/RecordFilter.h"
#include "store/RecordStore.h"
#include "store/StoreRekey.h"
#include "store/WorkspaceLock.h"
#include "TestWorkspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <QThread>

#include <chrono>
#include <future>

using namespace vigia;

namespace {
const QByteArray kCanary = QByteArrayLiteral("CanarioRotado7 de Foz do Iguaçu");
const QByteArray kPass = test::TestWorkspace::kPassphrase;
constexpr int kRecords = 20;

QString rekeyingCopy(const QString &dir)
{
    return Workspace::storePath(dir) + QStringLiteral(".rekeying");
}

std::shared_ptr<const SecretBytes> copyOf(const SecretBytes &key)
{
    return std::make_shared<const SecretBytes>(SecretBytes::fromBytes(key.constData(), key.size()));
}

std::shared_ptr<const SecretBytes> savedKey(const QString &dir)
{
    auto keys = KeyStore::unlock(Workspace::keystorePath(dir), kPass);
    return keys ? keys.value().storeKey : nullptr;
}

bool sameKey(const SecretBytes &a, const SecretBytes &b)
{
    return a.rawView() == b.rawView();
}

// Every file of the folder, by name: what "nothing changed" compares.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            files.insert(QFileInfo(f).fileName(), f.readAll());
    }
    return files;
}

QStringList holders(const QString &dir)
{
    QStringList found;
    const QMap<QString, QByteArray> files = snapshot(dir);
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (it.value().contains(kCanary))
            found << it.key();
    }
    return found;
}

int canaryRecords(Workspace &ws)
{
    auto list = ws.records().list(RecordFilter{});
    if (!list)
        return -1;
    int n = 0;
    for (const Record &listed : list.value()) {
        auto r = ws.records().get(listed.id);
        if (r && r.value().values.value(QStringLiteral("narrative")).toString() ==
                     QString::fromUtf8(kCanary))
            ++n;
    }
    return n;
}
} // namespace

class TestStoreRekey : public QObject
{
    Q_OBJECT

private:
    QByteArray m_stateHash;

    // A workspace with kRecords findings holding the canary, closed.
    bool filled(test::TestWorkspace &ws)
    {
        if (!ws.isValid())
            return false;
        for (int i = 0; i < kRecords; ++i) {
            auto id =
                ws->records().create(QStringLiteral("qualitative_finding"), QStringLiteral("3"),
                                     {{QStringLiteral("country"), QStringLiteral("BR")},
                                      {QStringLiteral("date"), QStringLiteral("2026-05-02")},
                                      {QStringLiteral("narrative"), QString::fromUtf8(kCanary)}});
            if (!id || (i % 2 == 0 && !ws->records().finalize(id.value())))
                return false;
        }
        auto hash = ws->oplog().stateHash();
        if (!hash)
            return false;
        m_stateHash = hash.value();
        ws.close();
        return true;
    }

    // Opened again with the passphrase: every record, the same state, the
    // saved key and no previous one, no copy left, no plaintext anywhere.
    void opensWithEveryRecord(test::TestWorkspace &ws)
    {
        QVERIFY2(ws.reopen(), qPrintable(ws.error()));
        QCOMPARE(canaryRecords(*ws), kRecords);
        auto hash = ws->oplog().stateHash();
        QVERIFY(hash);
        QCOMPARE(hash.value(), m_stateHash);
        ws.close();
        auto keys = KeyStore::unlock(Workspace::keystorePath(ws.path()), kPass);
        QVERIFY(keys && keys.value().storeKey);
        QVERIFY(!keys.value().previousStoreKey);
        QVERIFY(StoreRekey::opensWith(Workspace::storePath(ws.path()), *keys.value().storeKey));
        QVERIFY(!QFile::exists(rekeyingCopy(ws.path())));
        QCOMPARE(holders(ws.path()), QStringList());
    }

private slots:
    void theNewKeyOpensTheStoreAndTheOldOneNothing()
    {
        test::TestWorkspace ws;
        QVERIFY(filled(ws));
        const auto oldKey = savedKey(ws.path());
        QVERIFY(oldKey);

        auto rekeyed = StoreRekey::rekey(ws.path(), kPass);
        QVERIFY2(rekeyed, qPrintable(rekeyed.error().message()));
        const auto newKey = savedKey(ws.path());
        QVERIFY(newKey && !sameKey(*newKey, *oldKey));
        QVERIFY(sameKey(*rekeyed.value().storeKey, *newKey));
        QVERIFY(!rekeyed.value().previousStoreKey);

        const QString store = Workspace::storePath(ws.path());
        QVERIFY(!StoreRekey::opensWith(store, *oldKey));
        QVERIFY(StoreRekey::opensWith(store, *newKey));
        auto withOld = Database::open(store, copyOf(*oldKey));
        QVERIFY(!withOld);
        QCOMPARE(withOld.error().code(), ErrorCode::Corrupt);
        // Only the store, the keystore and the settings: no copy, no old WAL.
        for (const QString &name : QDir(ws.path()).entryList(QDir::Files))
            QVERIFY2(!name.contains(QStringLiteral(".rekeying")) && !name.endsWith(u"-wal"),
                     qPrintable(name));
        opensWithEveryRecord(ws);
    }

    void aChangeStoppedAnywhereEndsInOneWorkingStore_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("then");
        QTest::newRow("after the copy") << int(StoreRekey::Step::Copied) << QString();
        QTest::newRow("after the keystore") << int(StoreRekey::Step::KeySaved) << QString();
        QTest::newRow("after the keystore, the copy lost")
            << int(StoreRekey::Step::KeySaved) << QStringLiteral("remove copy");
        QTest::newRow("after the keystore, the copy cut short")
            << int(StoreRekey::Step::KeySaved) << QStringLiteral("truncate copy");
        QTest::newRow("after the swap") << int(StoreRekey::Step::Swapped) << QString();
    }

    void aChangeStoppedAnywhereEndsInOneWorkingStore()
    {
        QFETCH(int, step);
        QFETCH(QString, then);
        test::TestWorkspace ws;
        QVERIFY(filled(ws));
        auto stopped = StoreRekey::rekey(ws.path(), kPass, StoreRekey::Step(step));
        QVERIFY2(stopped, qPrintable(stopped.error().message()));
        QFile copy(rekeyingCopy(ws.path()));
        if (then == QLatin1String("remove copy"))
            QVERIFY(copy.remove());
        if (then == QLatin1String("truncate copy"))
            QVERIFY(copy.resize(copy.size() / 2));
        opensWithEveryRecord(ws);
    }

    void aChangeFinishesAnInterruptedOneFirst()
    {
        test::TestWorkspace ws;
        QVERIFY(filled(ws));
        auto stopped = StoreRekey::rekey(ws.path(), kPass, StoreRekey::Step::KeySaved);
        QVERIFY(stopped);
        const auto first = copyOf(*stopped.value().storeKey);
        const auto original = copyOf(*stopped.value().previousStoreKey);
        auto rekeyed = StoreRekey::rekey(ws.path(), kPass);
        QVERIFY2(rekeyed, qPrintable(rekeyed.error().message()));
        const auto now = savedKey(ws.path());
        QVERIFY(!sameKey(*now, *first) && !sameKey(*now, *original));
        opensWithEveryRecord(ws);
    }

    // The lock screen reopens with StoreRekey::unlockSettled, which settles
    // a change that vigiactl left unfinished while the window was locked.
    void aChangeLeftWhileLockedIsSettledAtTheUnlock()
    {
        test::TestWorkspace ws;
        QVERIFY(filled(ws));
        QVERIFY(ws.reopen());
        ws->lock();
        QVERIFY(StoreRekey::rekey(ws.path(), kPass, StoreRekey::Step::KeySaved));
        auto keys = StoreRekey::unlockSettled(ws.path(), kPass);
        QVERIFY2(keys, qPrintable(keys.error().message()));
        QVERIFY(!keys.value().previousStoreKey);
        const Status unlocked = ws->unlock(keys.take());
        QVERIFY2(unlocked, qPrintable(unlocked.error().message()));
        QCOMPARE(canaryRecords(*ws), kRecords);
        ws.close();
        opensWithEveryRecord(ws);
    }

    // An older Vigia refuses a keystore of version 2; one that rewrote it
    // anyway without the previous key leaves the checked copy as the only
    // store a saved key opens, and it takes the store's place.
    void theCopyIsTheStoreWhenThePreviousKeyIsGone()
    {
        test::TestWorkspace ws;
        QVERIFY(filled(ws));
        auto stopped = StoreRekey::rekey(ws.path(), kPass, StoreRekey::Step::KeySaved);
        QVERIFY(stopped);
        QVERIFY(KeyStore::finishStoreKeyChange(Workspace::keystorePath(ws.path()), kPass,
                                               *stopped.value().storeKey));
        opensWithEveryRecord(ws);
    }

    void aWrongPassphraseChangesNothing()
    {
        test::TestWorkspace ws;
        QVERIFY(filled(ws));
        const auto before = snapshot(ws.path());
        auto rekeyed = StoreRekey::rekey(ws.path(), QByteArrayLiteral("not the passphrase"));
        QVERIFY(!rekeyed);
        QCOMPARE(rekeyed.error().code(), ErrorCode::WrongPassphrase);
        QCOMPARE(snapshot(ws.path()), before);
    }

    // Any program with the workspace open (here a second Workspace, as the
    // app's sync agent has) keeps the key from changing under it.
    void anOpenWorkspaceKeepsItsKey()
    {
        test::TestWorkspace ws;
        QVERIFY(filled(ws));
        QVERIFY(ws.reopen());
        auto sibling = ws->openSibling();
        QVERIFY(sibling);
        ws.close();
        const auto before = snapshot(ws.path());
        auto busy = StoreRekey::rekey(ws.path(), kPass, {}, std::chrono::milliseconds(200));
        QVERIFY(!busy);
        QCOMPARE(busy.error().code(), ErrorCode::Busy);
        QVERIFY2(busy.error().message().contains(QStringLiteral("Close it")),
                 qPrintable(busy.error().message()));
        QCOMPARE(snapshot(ws.path()), before);
        QCOMPARE(canaryRecords(*sibling.value()), kRecords);

        sibling.value().reset();
        QVERIFY(StoreRekey::rekey(ws.path(), kPass));
        opensWithEveryRecord(ws);
    }

    // Opening waits while a change of the key holds the workspace: it would
    // otherwise read keys the change is about to replace.
    void anOpenWaitsForAChangeOfTheKeyToEnd()
    {
        test::TestWorkspace ws;
        QVERIFY(filled(ws));
        auto alone = WorkspaceLock::acquire(ws.path(), WorkspaceLock::Mode::Exclusive,
                                            std::chrono::milliseconds(0));
        QVERIFY(alone);
        const QString dir = ws.path();
        auto opened = std::async(std::launch::async, [dir] {
            auto w = Workspace::open(dir, kPass);
            return w ? QString() : w.error().message();
        });
        QThread::msleep(300);
        QVERIFY(opened.wait_for(std::chrono::seconds(0)) == std::future_status::timeout);
        alone.value().reset();
        QCOMPARE(opened.get(), QString());
        // While it is open, the change waits in turn.
        QVERIFY(ws.reopen());
        auto refused = StoreRekey::settle(dir, kPass, std::chrono::milliseconds(0));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Busy);
    }
};

QTEST_GUILESS_MAIN(TestStoreRekey)
#include "tst_storerekey.moc"
