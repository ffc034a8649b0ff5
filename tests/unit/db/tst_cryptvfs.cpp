// The encrypting VFS under a real store: no plaintext in any file while the
// store is open (WAL present) or after it closed, and every kind of damage
// (wrong key, a flipped bit, swapped pages, a truncated file, a WAL from
// another store) ends in a clear error or is ignored, never in wrong data.
#include "crypto/SecretBytes.h"
#include "db/CryptVfs.h"
#include "db/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>
#include <sqlite3.h>

using namespace vigia;

namespace {
const QByteArray kCanary = QByteArrayLiteral("canary-7Q2XK-nombre-de-la-niña");

std::shared_ptr<const SecretBytes> randomKey()
{
    SecretBytes key(CryptVfs::kKeyBytes);
    randombytes_buf(key.data(), key.size());
    return std::make_shared<const SecretBytes>(std::move(key));
}

// Every form the canary could take on the disk: UTF-8, UTF-16 either way,
// and the lower-case tokens a full-text index would keep.
QList<QByteArray> canaryForms()
{
    const QString text = QString::fromUtf8(kCanary);
    QList<QByteArray> forms{kCanary, text.toLower().toUtf8()};
    QByteArray le;
    QByteArray be;
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    forms << le << be << QByteArrayLiteral("7q2xk") << QByteArrayLiteral("nombre-de-la");
    return forms;
}

QStringList filesHolding(const QString &dir, const QList<QByteArray> &needles)
{
    QStringList hits;
    const auto names = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray &n : needles)
            if (bytes.contains(n))
                hits << name + QStringLiteral(": ") + QString::fromUtf8(n);
    }
    return hits;
}

Status fill(Database &db, int rows)
{
    if (Status s = db.exec("CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, body TEXT);"
                           "CREATE INDEX IF NOT EXISTS t_body ON t(body);"
                           "CREATE VIRTUAL TABLE IF NOT EXISTS f USING fts5(body);");
        !s)
        return s;
    const QByteArray sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<" +
                           QByteArray::number(rows) +
                           ") INSERT INTO t(body) SELECT printf('%s %d %s', '" + kCanary +
                           "', i, hex(randomblob(64))) FROM n;"
                           "INSERT INTO f(body) SELECT body FROM t;";
    return db.exec(sql.constData());
}

Result<qint64> count(Database &db)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db.handle(), "SELECT count(*), sum(length(body)) FROM t", -1, &stmt,
                           nullptr) != SQLITE_OK)
        return db.errorFor(sqlite3_errcode(db.handle()), QStringLiteral("preparing"));
    const int rc = sqlite3_step(stmt);
    const qint64 n = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW)
        return db.errorFor(rc, QStringLiteral("reading"));
    return n;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}
} // namespace

class TestCryptVfs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void noPlaintextOnTheDiskOpenOrClosed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        const auto key = randomKey();
        {
            auto db = Database::open(path, key);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message()));
            QVERIFY(db.value()->isEncrypted());
            QVERIFY(db.value()->exec("PRAGMA wal_autocheckpoint=0"));
            QVERIFY(fill(*db.value(), 500));
            QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
            QCOMPARE(filesHolding(dir.path(), canaryForms()), QStringList());
            QVERIFY(db.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
            QCOMPARE(filesHolding(dir.path(), canaryForms()), QStringList());
        }
        QCOMPARE(filesHolding(dir.path(), canaryForms()), QStringList());
        // The file is no SQLite file to anyone without the key.
        QVERIFY(!readAll(path).startsWith("SQLite format 3"));

        auto again = Database::open(path, key);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message()));
        QCOMPARE(count(*again.value()).value(), qint64(500));
    }

    void theSameWorkloadInPlainSqliteShowsTheCanary()
    {
        // The check above would pass on a broken grep: plain SQLite shows it.
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("plain.sqlite")));
        QVERIFY(db);
        QVERIFY(fill(*db.value(), 10));
        QVERIFY(!filesHolding(dir.path(), canaryForms()).isEmpty());
    }

    void aWrongKeyIsADamagedStoreNotAnIoError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto db = Database::open(path, randomKey());
            QVERIFY(db && fill(*db.value(), 10));
        }
        auto wrong = Database::open(path, randomKey());
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code(), ErrorCode::Corrupt);
        QVERIFY(wrong.error().message().contains(QStringLiteral("key")));
        // Nor does it open as plain SQLite.
        auto plain = Database::open(path);
        QVERIFY(!plain || !count(*plain.value()));
    }

    void damagedPagesAreRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("flipped bit") << QStringLiteral("flip");
        QTest::newRow("swapped pages") << QStringLiteral("swap");
        QTest::newRow("page from an older write") << QStringLiteral("replay");
        QTest::newRow("truncated file") << QStringLiteral("truncate");
    }

    void damagedPagesAreRefused()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        const auto key = randomKey();
        QByteArray before;
        {
            auto db = Database::open(path, key);
            QVERIFY(db && fill(*db.value(), 400));
            QVERIFY(db.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
            before = readAll(path);
            QVERIFY(fill(*db.value(), 50));
        }
        QByteArray bytes = readAll(path);
        const int page = CryptVfs::kPageSize;
        QVERIFY(bytes.size() >= 8 * page);
        if (damage == QLatin1String("flip")) {
            bytes[3 * page + 100] = char(bytes[3 * page + 100] ^ 0x04);
        } else if (damage == QLatin1String("swap")) {
            const QByteArray second = bytes.mid(2 * page, page);
            bytes.replace(2 * page, page, bytes.mid(4 * page, page));
            bytes.replace(4 * page, page, second);
        } else if (damage == QLatin1String("replay")) {
            // The same page as it was before the last writes: a valid seal for
            // this place, so it opens; SQLite's own structure then has to
            // hold, and at worst the store is older, never foreign data.
            bytes.replace(0, page, before.left(page));
        } else {
            // Cut in the middle of a page, well inside the tables: the last
            // pages of a file may be free ones that no query reads.
            bytes.truncate(qsizetype(bytes.size() / page * 6 / 10) * page + page / 2);
        }
        writeAll(path, bytes);

        auto db = Database::open(path, key);
        if (!db) {
            QCOMPARE(db.error().code(), ErrorCode::Corrupt);
            return;
        }
        const Status check = db.value()->exec("PRAGMA quick_check; SELECT count(*) FROM t;"
                                              "SELECT count(*) FROM f WHERE f MATCH 'canary';");
        auto rows = count(*db.value());
        if (damage == QLatin1String("replay"))
            return; // an older page 1 may still describe a working store
        QVERIFY(!check || !rows);
        const Error e = !check ? check.error() : rows.error();
        QCOMPARE(e.code(), ErrorCode::Corrupt);
    }

    void aWalFromAnotherStoreIsNotApplied()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        QTemporaryDir mixed;
        const auto keyA = randomKey();
        const QString pathA = a.filePath(QStringLiteral("store.sqlite"));
        const QString pathB = b.filePath(QStringLiteral("store.sqlite"));
        auto dbA = Database::open(pathA, keyA);
        auto dbB = Database::open(pathB, randomKey());
        QVERIFY(dbA && dbB);
        QVERIFY(fill(*dbA.value(), 20));
        QVERIFY(dbA.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(dbB.value()->exec("PRAGMA wal_autocheckpoint=0"));
        QVERIFY(fill(*dbB.value(), 300));
        // A's store with B's WAL beside it, as a careless copy would leave.
        QVERIFY(QFile::copy(pathA, mixed.filePath(QStringLiteral("store.sqlite"))));
        QVERIFY(QFile::copy(pathB + QStringLiteral("-wal"),
                            mixed.filePath(QStringLiteral("store.sqlite-wal"))));
        dbB.value().reset();

        auto opened = Database::open(mixed.filePath(QStringLiteral("store.sqlite")), keyA);
        if (!opened) {
            QCOMPARE(opened.error().code(), ErrorCode::Corrupt);
            return;
        }
        QCOMPARE(count(*opened.value()).value(), qint64(20));
        QVERIFY(opened.value()->exec("PRAGMA integrity_check"));
    }
};

QTEST_GUILESS_MAIN(TestCryptVfs)
#include "tst_cryptvfs.moc"
