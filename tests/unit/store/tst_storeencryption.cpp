// A workspace from before the store was encrypted (a plain store, a keystore
// without a store key) is encrypted at its first unlock, and a migration
// stopped where a crash could stop it still ends in one working, encrypted
// store holding every record.
#include "crypto/KdfLimits.h"
#include "crypto/KeyStore.h"
#include "db/Database.h"
#include "store/RecordFilter.h"
#include "store/RecordStore.h"
#include "store/StoreEncryption.h"
#include "TestWorkspace.h"

#include <QCborMap>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace vigia;

namespace {
const QByteArray kCanary = QByteArrayLiteral("CanarioLegado9 de Ciudad del Este");
constexpr int kRecords = 25;

QString fail(const Error &e)
{
    return e.message();
}

// Turns an encrypted test workspace into one as the previous version left
// it: the same records in a plain store, no store key in the keystore.
QString makeLegacy(const QString &dir)
{
    const QByteArray pass = test::TestWorkspace::kPassphrase;
    const QString keystore = Workspace::keystorePath(dir);
    const QString store = Workspace::storePath(dir);
    auto keys = KeyStore::unlock(keystore, pass);
    if (!keys)
        return fail(keys.error());
    {
        auto db = Database::open(store, keys.value().storeKey);
        if (!db)
            return fail(db.error());
        // The copy through SQLite's own VFS: in the clear.
        const QByteArray sql =
            "VACUUM INTO 'file:" + QFile::encodeName(store + QStringLiteral(".plain")) +
            "?vfs=unix'";
        if (Status s = db.value()->exec(sql.constData()); !s)
            return fail(s.error());
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(store + QLatin1String(suffix));
    if (!QFile::rename(store + QStringLiteral(".plain"), store))
        return QStringLiteral("rename");
    auto info = KeyStore::readPublicInfo(keystore);
    if (!info)
        return fail(info.error());
    QCborMap publicInfo = info.value();
    for (const char *reserved : {"device_id", "sign_pk", "box_pk"})
        publicInfo.remove(QLatin1String(reserved));
    DeviceKeys legacy = std::move(keys.value());
    legacy.storeKey.reset();
    QFile::remove(keystore);
    if (Status s =
            KeyStore::create(keystore, pass, legacy, publicInfo, KdfLimits::insecureForTests());
        !s)
        return fail(s.error());
    return StoreEncryption::isPlainSqlite(store) ? QString() : QStringLiteral("not plain");
}

QStringList holders(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(kCanary))
            found << f.fileName();
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

class TestStoreEncryption : public QObject
{
    Q_OBJECT

private:
    // A legacy workspace with kRecords findings holding the canary.
    static bool legacyWorkspace(test::TestWorkspace &ws)
    {
        if (!ws.isValid())
            return false;
        for (int i = 0; i < kRecords; ++i) {
            auto id =
                ws->records().create(QStringLiteral("qualitative_finding"), QStringLiteral("3"),
                                     {{QStringLiteral("country"), QStringLiteral("PY")},
                                      {QStringLiteral("date"), QStringLiteral("2026-05-01")},
                                      {QStringLiteral("narrative"), QString::fromUtf8(kCanary)}});
            if (!id || !ws->records().finalize(id.value()))
                return false;
        }
        ws.close();
        const QString e = makeLegacy(ws.path());
        if (!e.isEmpty())
            qWarning() << e;
        return e.isEmpty() && !holders(ws.path()).isEmpty();
    }

    static void opensEncryptedWithEveryRecord(test::TestWorkspace &ws)
    {
        QVERIFY2(ws.reopen(), qPrintable(ws.error()));
        QVERIFY(ws->database().isEncrypted());
        QCOMPARE(canaryRecords(*ws), kRecords);
        QVERIFY(!StoreEncryption::isPlainSqlite(Workspace::storePath(ws.path())));
        ws.close();
        QCOMPARE(holders(ws.path()), QStringList());
        auto keys =
            KeyStore::unlock(Workspace::keystorePath(ws.path()), test::TestWorkspace::kPassphrase);
        QVERIFY(keys && keys.value().storeKey);
        QVERIFY2(ws.reopen(), qPrintable(ws.error()));
        QCOMPARE(canaryRecords(*ws), kRecords);
    }

private slots:
    void aPlainStoreIsEncryptedAtTheFirstUnlock()
    {
        test::TestWorkspace ws;
        QVERIFY(legacyWorkspace(ws));
        opensEncryptedWithEveryRecord(ws);
    }

    void aMigrationStoppedAnywhereEndsInOneEncryptedStore_data()
    {
        QTest::addColumn<int>("step");
        QTest::newRow("after the copy") << int(StoreEncryption::Step::Copied);
        QTest::newRow("after the key was saved") << int(StoreEncryption::Step::KeySaved);
    }

    void aMigrationStoppedAnywhereEndsInOneEncryptedStore()
    {
        QFETCH(int, step);
        test::TestWorkspace ws;
        QVERIFY(legacyWorkspace(ws));
        auto keys =
            KeyStore::unlock(Workspace::keystorePath(ws.path()), test::TestWorkspace::kPassphrase);
        QVERIFY(keys);
        QVERIFY(StoreEncryption::ensureEncrypted(ws.path(), keys.value(),
                                                 test::TestWorkspace::kPassphrase,
                                                 StoreEncryption::Step(step)));
        // Still one store that opens, whichever half is done.
        opensEncryptedWithEveryRecord(ws);
    }

    void aKeySavedWithoutItsCopyCopiesAgain()
    {
        test::TestWorkspace ws;
        QVERIFY(legacyWorkspace(ws));
        auto keys =
            KeyStore::unlock(Workspace::keystorePath(ws.path()), test::TestWorkspace::kPassphrase);
        QVERIFY(keys);
        QVERIFY(StoreEncryption::ensureEncrypted(ws.path(), keys.value(),
                                                 test::TestWorkspace::kPassphrase,
                                                 StoreEncryption::Step::KeySaved));
        // The copy lost (a crash while writing it, a cleaner): the saved
        // key and the plain store are enough.
        QVERIFY(QFile::remove(Workspace::storePath(ws.path()) + QStringLiteral(".encrypting")));
        opensEncryptedWithEveryRecord(ws);
    }
};

QTEST_GUILESS_MAIN(TestStoreEncryption)
#include "tst_storeencryption.moc"
