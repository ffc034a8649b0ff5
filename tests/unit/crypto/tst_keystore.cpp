#include "crypto/DeviceKeys.h"
#include "crypto/KdfLimits.h"
#include "crypto/KeyStore.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace vigia;

namespace {

const QByteArray Passphrase("correct horse battery staple");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

bool sameSecret(const SecretBytes &a, const SecretBytes &b)
{
    return a.size() == b.size() && a.size() > 0 &&
           std::memcmp(a.constData(), b.constData(), a.size()) == 0;
}

QCborMap samplePublicInfo()
{
    QCborMap info;
    info.insert(QStringLiteral("name"), QStringLiteral("Ana"));
    info.insert(QStringLiteral("role"), QStringLiteral("researcher"));
    return info;
}

} // namespace

class tst_KeyStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void roundTrip();
    void roundTripModerateLimits();
    void fileLayout();
    void filePermissions();
    void wrongPassphrase();
    void missingFile();
    void truncatedFile();
    void garbage_data();
    void garbage();
    void everyBitFlipDetected();
    void tooNew();
    void absurdKdfLimits();
    void refusesToOverwrite();
    void refusesToOverwriteOtherFile();
    void publicInfoWithoutPassphrase();
    void swappedPublicKeyDetected_data();
    void swappedPublicKeyDetected();
    void editedPublicInfoDetected();
    void changePassphrase();
    void changePassphraseWrongOld();
    void rejectsBadArguments();
    void storeKeyChangeKeepsThePreviousKeyUntilFinished();
    void passphraseChangeKeepsBothStoreKeys();
    void storeKeyChangeRefusalsChangeNothing();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("keystore.cbor")); }
    DeviceKeys createSample(KdfLimits limits = KdfLimits::insecureForTests());

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_KeyStore::initTestCase()
{
#ifdef Q_OS_UNIX
    // With a 077 umask every file would be 0600 anyway; 022 makes the
    // permission test prove that KeyStore sets the mode itself.
    ::umask(022);
#endif
}

void tst_KeyStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

DeviceKeys tst_KeyStore::createSample(KdfLimits limits)
{
    DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
    const Status status = KeyStore::create(path(), Passphrase, keys, samplePublicInfo(), limits);
    if (!status)
        qWarning() << "create failed:" << status.error().message();
    return keys;
}

void tst_KeyStore::roundTrip()
{
    const DeviceKeys keys = createSample();
    QVERIFY(QFileInfo::exists(path()));

    Result<DeviceKeys> unlocked = KeyStore::unlock(path(), Passphrase);
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().message()));
    const DeviceKeys &got = unlocked.value();
    QCOMPARE(got.deviceId, keys.deviceId);
    QCOMPARE(got.signPublicKey, keys.signPublicKey);
    QCOMPARE(got.boxPublicKey, keys.boxPublicKey);
    QVERIFY(sameSecret(got.signSecretKey, keys.signSecretKey));
    QVERIFY(sameSecret(got.boxSecretKey, keys.boxSecretKey));
    QVERIFY(DeviceKeys::verify("m", got.sign("m"), keys.signPublicKey));
}

void tst_KeyStore::roundTripModerateLimits()
{
    // The production setting, once: proves the real limits work end to end
    // and are what the file records.
    const DeviceKeys keys = createSample(KdfLimits::moderate());
    const QCborMap kdf =
        QCborValue::fromCbor(readAll(path())).toMap().value(QStringLiteral("kdf")).toMap();
    QCOMPARE(kdf.value(QStringLiteral("ops")).toInteger(), qint64(3));
    QCOMPARE(kdf.value(QStringLiteral("mem")).toInteger(), qint64(256) * 1024 * 1024);
    Result<DeviceKeys> unlocked = KeyStore::unlock(path(), Passphrase);
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().message()));
    QCOMPARE(unlocked.value().signPublicKey, keys.signPublicKey);
}

void tst_KeyStore::fileLayout()
{
    const DeviceKeys keys = createSample();
    const QByteArray bytes = readAll(path());

    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(bytes, &error);
    QCOMPARE(error.error, QCborError::NoError);
    const QCborMap map = root.toMap();
    QCOMPARE(map.value(QStringLiteral("format")).toString(), QStringLiteral("vigia-keystore"));
    QCOMPARE(map.value(QStringLiteral("version")).toInteger(), qint64(1));
    const QCborMap kdf = map.value(QStringLiteral("kdf")).toMap();
    QCOMPARE(kdf.value(QStringLiteral("alg")).toString(), QStringLiteral("argon2id13"));
    QCOMPARE(kdf.value(QStringLiteral("ops")).toInteger(), qint64(1));
    QCOMPARE(kdf.value(QStringLiteral("mem")).toInteger(), qint64(8192));
    QCOMPARE(kdf.value(QStringLiteral("salt")).toByteArray().size(), 16);
    QCOMPARE(map.value(QStringLiteral("nonce")).toByteArray().size(), 24);
    // 16 MAC + CBOR map of 32 + 64 + 32 bytes with keys.
    QVERIFY(map.value(QStringLiteral("ciphertext")).toByteArray().size() > 16 + 128);

    // Secrets never appear in the clear.
    QVERIFY(!bytes.contains(QByteArray::fromRawData(
        reinterpret_cast<const char *>(keys.signSecretKey.constData()), 32)));
    QVERIFY(!bytes.contains(QByteArray::fromRawData(
        reinterpret_cast<const char *>(keys.boxSecretKey.constData()), 32)));

    // Deterministic encoding: top-level keys sorted by encoded bytes, so
    // shorter keys first.
    QCborStreamReader reader(bytes);
    QVERIFY(reader.isMap() && reader.isLengthKnown());
    QCOMPARE(reader.length(), quint64(6));
    QVERIFY(reader.enterContainer());
    QStringList keysInOrder;
    while (reader.hasNext()) {
        keysInOrder << reader.readString().data;
        QVERIFY(reader.readString().status == QCborStreamReader::EndOfString);
        QVERIFY(reader.next());
    }
    QCOMPARE(keysInOrder, (QStringList{QStringLiteral("kdf"), QStringLiteral("nonce"),
                                       QStringLiteral("format"), QStringLiteral("public"),
                                       QStringLiteral("version"), QStringLiteral("ciphertext")}));
    // Two keystores of the same keys differ (fresh salt and nonce).
    const QString second = m_dir->filePath(QStringLiteral("second.cbor"));
    QVERIFY(KeyStore::create(second, Passphrase, keys, samplePublicInfo(),
                             KdfLimits::insecureForTests())
                .ok());
    const QCborMap secondMap = QCborValue::fromCbor(readAll(second)).toMap();
    QVERIFY(secondMap.value(QStringLiteral("nonce")) != map.value(QStringLiteral("nonce")));
    QVERIFY(secondMap.value(QStringLiteral("kdf")).toMap().value(QStringLiteral("salt")) !=
            kdf.value(QStringLiteral("salt")));
}

void tst_KeyStore::filePermissions()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions only");
#else
    createSample();
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(path()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));

    QVERIFY(KeyStore::changePassphrase(path(), Passphrase, "another passphrase",
                                       KdfLimits::insecureForTests())
                .ok());
    QCOMPARE(::stat(QFile::encodeName(path()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
#endif
}

void tst_KeyStore::wrongPassphrase()
{
    createSample();
    const QByteArray before = readAll(path());
    const QDateTime modified = QFileInfo(path()).lastModified();

    for (const QByteArray &wrong : {QByteArray("correct horse battery stapl"),
                                    QByteArray("CORRECT HORSE BATTERY STAPLE"), QByteArray()}) {
        Result<DeviceKeys> result = KeyStore::unlock(path(), wrong);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::WrongPassphrase);
        QVERIFY(result.error().message().contains(QStringLiteral("Caps Lock")));
    }
    QCOMPARE(readAll(path()), before);
    QCOMPARE(QFileInfo(path()).lastModified(), modified);
    QVERIFY(KeyStore::unlock(path(), Passphrase).ok());
}

void tst_KeyStore::missingFile()
{
    Result<DeviceKeys> unlocked = KeyStore::unlock(path(), Passphrase);
    QVERIFY(!unlocked.ok());
    QCOMPARE(unlocked.error().code(), ErrorCode::NotFound);
    QVERIFY(!unlocked.error().message().isEmpty());

    Result<QCborMap> info = KeyStore::readPublicInfo(path());
    QCOMPARE(info.error().code(), ErrorCode::NotFound);

    QCOMPARE(KeyStore::changePassphrase(path(), Passphrase, "new", KdfLimits::insecureForTests())
                 .error()
                 .code(),
             ErrorCode::NotFound);
    QVERIFY(!QFileInfo::exists(path()));
}

void tst_KeyStore::truncatedFile()
{
    createSample();
    const QByteArray full = readAll(path());
    QVERIFY(full.size() > 200);

    // Every possible truncation, including the empty file.
    for (qsizetype length = 0; length < full.size(); ++length) {
        QVERIFY(writeAll(path(), full.left(length)));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".")));
        Result<DeviceKeys> result = KeyStore::unlock(path(), Passphrase);
        QVERIFY2(!result.ok(), qPrintable(QStringLiteral("length %1").arg(length)));
        QVERIFY2(
            result.error().code() == ErrorCode::Corrupt,
            qPrintable(QStringLiteral("length %1: %2").arg(length).arg(result.error().message())));
        QVERIFY(result.error().message().contains(QStringLiteral("Restore it from a backup")));
        QVERIFY(result.error().message().contains(QFileInfo(path()).fileName()));
    }
    // Trailing bytes after the map are damage too.
    QVERIFY(writeAll(path(), full + '\0'));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("trailing")));
    QCOMPARE(KeyStore::unlock(path(), Passphrase).error().code(), ErrorCode::Corrupt);
}

void tst_KeyStore::garbage_data()
{
    QTest::addColumn<QByteArray>("contents");

    QRandomGenerator random(20240611);
    for (int size : {1, 7, 64, 300, 4096}) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = static_cast<char>(random.bounded(256));
        QTest::addRow("random %d", size) << bytes;
    }
    // Structurally valid CBOR that is not a keystore.
    QCborMap other;
    other.insert(QStringLiteral("format"), QStringLiteral("something-else"));
    other.insert(QStringLiteral("version"), 1);
    QTest::newRow("other format") << QCborValue(other).toCbor();
    QTest::newRow("cbor array") << QCborValue(QCborArray{1, 2, 3}).toCbor();
    QTest::newRow("json") << QByteArray(R"({"format": "vigia-keystore", "version": 1})");
    QTest::newRow("huge length claim") << QByteArray::fromHex("a1656e6f6e63655bffffffffffffffff");
    QTest::newRow("deep nesting") << QByteArray::fromHex("a1667075626c6963") +
                                         QByteArray(100000, '\x81');
}

void tst_KeyStore::garbage()
{
    QFETCH(QByteArray, contents);
    QVERIFY(writeAll(path(), contents));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".")));
    Result<DeviceKeys> result = KeyStore::unlock(path(), Passphrase);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::Corrupt);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".")));
    QCOMPARE(KeyStore::readPublicInfo(path()).error().code(), ErrorCode::Corrupt);
    QCOMPARE(readAll(path()), contents);
}

void tst_KeyStore::everyBitFlipDetected()
{
    const DeviceKeys keys = createSample();
    const QByteArray original = readAll(path());
    // The ciphertext is the last entry. Under its MAC every flipped bit is
    // alike, so one bit per byte there keeps the test fast; everything before
    // it (the KDF settings, the public part, the structure) gets all eight.
    const qsizetype ciphertextStart = original.size() - QCborValue::fromCbor(original)
                                                            .toMap()
                                                            .value(QStringLiteral("ciphertext"))
                                                            .toByteArray()
                                                            .size();
    QVERIFY(ciphertextStart > 100 && ciphertextStart < original.size());

    // Thousands of expected warnings; silence them instead of listing each.
    QLoggingCategory::setFilterRules(QStringLiteral("vigia.crypto.warning=false"));
    const auto restore = qScopeGuard([] { QLoggingCategory::setFilterRules(QStringLiteral("")); });

    for (qsizetype byte = 0; byte < original.size(); ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            if (byte >= ciphertextStart && bit != byte % 8)
                continue;
            QByteArray flipped = original;
            flipped[byte] = static_cast<char>(flipped[byte] ^ (1 << bit));
            QVERIFY(writeAll(path(), flipped));
            Result<DeviceKeys> result = KeyStore::unlock(path(), Passphrase);
            const QString where = QStringLiteral("byte %1 bit %2").arg(byte).arg(bit);
            QVERIFY2(!result.ok(), qPrintable(where));
            const ErrorCode code = result.error().code();
            QVERIFY2(code == ErrorCode::Corrupt || code == ErrorCode::WrongPassphrase ||
                         code == ErrorCode::TooNew,
                     qPrintable(where));
        }
    }
    QVERIFY(writeAll(path(), original));
    QCOMPARE(KeyStore::unlock(path(), Passphrase).value().signPublicKey, keys.signPublicKey);
}

void tst_KeyStore::tooNew()
{
    createSample();
    QCborMap map = QCborValue::fromCbor(readAll(path())).toMap();
    // 2 is the version of a keystore in the middle of a change of the
    // store's key, which this reader knows.
    map.insert(QStringLiteral("version"), 3);
    QVERIFY(writeAll(path(), QCborValue(map).toCbor()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("format version 3")));
    Result<DeviceKeys> result = KeyStore::unlock(path(), Passphrase);
    QCOMPARE(result.error().code(), ErrorCode::TooNew);
    QVERIFY(result.error().message().contains(QStringLiteral("Update Vigia")));
}

void tst_KeyStore::absurdKdfLimits()
{
    // A damaged "mem" must be rejected up front, not handed to Argon2id.
    createSample();
    QCborMap map = QCborValue::fromCbor(readAll(path())).toMap();
    QCborMap kdf = map.value(QStringLiteral("kdf")).toMap();
    kdf.insert(QStringLiteral("mem"), qint64(1) << 50);
    map.insert(QStringLiteral("kdf"), kdf);
    QVERIFY(writeAll(path(), QCborValue(map).toCbor()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("out-of-range KDF")));
    QCOMPARE(KeyStore::unlock(path(), Passphrase).error().code(), ErrorCode::Corrupt);
}

void tst_KeyStore::refusesToOverwrite()
{
    const DeviceKeys first = createSample();
    const QByteArray before = readAll(path());

    const DeviceKeys second = DeviceKeys::generate(QUuid::createUuid());
    const Status status = KeyStore::create(path(), "other passphrase", second, QCborMap(),
                                           KdfLimits::insecureForTests());
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code(), ErrorCode::Failure);
    QVERIFY(status.error().message().contains(QStringLiteral("already exists")));
    QCOMPARE(readAll(path()), before);

    Result<DeviceKeys> unlocked = KeyStore::unlock(path(), Passphrase);
    QVERIFY(unlocked.ok());
    QCOMPARE(unlocked.value().signPublicKey, first.signPublicKey);
}

void tst_KeyStore::refusesToOverwriteOtherFile()
{
    QVERIFY(writeAll(path(), "not a keystore, but someone's file"));
    const DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
    QCOMPARE(KeyStore::create(path(), Passphrase, keys, QCborMap(), KdfLimits::insecureForTests())
                 .error()
                 .code(),
             ErrorCode::Failure);
    QCOMPARE(readAll(path()), QByteArray("not a keystore, but someone's file"));

#ifdef Q_OS_UNIX
    // A dangling symlink counts as taken as well.
    const QString link = m_dir->filePath(QStringLiteral("link.cbor"));
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("nowhere")), link));
    QCOMPARE(KeyStore::create(link, Passphrase, keys, QCborMap(), KdfLimits::insecureForTests())
                 .error()
                 .code(),
             ErrorCode::Failure);
    QVERIFY(QFileInfo(link).isSymLink());
#endif
}

void tst_KeyStore::publicInfoWithoutPassphrase()
{
    const DeviceKeys keys = createSample();
    Result<QCborMap> info = KeyStore::readPublicInfo(path());
    QVERIFY2(info.ok(), qPrintable(info.error().message()));
    const QCborMap &map = info.value();
    QCOMPARE(map.value(QStringLiteral("name")).toString(), QStringLiteral("Ana"));
    QCOMPARE(map.value(QStringLiteral("role")).toString(), QStringLiteral("researcher"));
    QCOMPARE(map.value(QStringLiteral("device_id")).toByteArray(), keys.deviceId.toRfc4122());
    QCOMPARE(map.value(QStringLiteral("sign_pk")).toByteArray(), keys.signPublicKey);
    QCOMPARE(map.value(QStringLiteral("box_pk")).toByteArray(), keys.boxPublicKey);
    QCOMPARE(map.size(), 5);
}

void tst_KeyStore::swappedPublicKeyDetected_data()
{
    QTest::addColumn<bool>("signKey");
    QTest::newRow("sign_pk") << true;
    QTest::newRow("box_pk") << false;
}

void tst_KeyStore::swappedPublicKeyDetected()
{
    QFETCH(bool, signKey);
    const DeviceKeys keys = createSample();
    const DeviceKeys attacker = DeviceKeys::generate(QUuid::createUuid());
    const QByteArray original = signKey ? keys.signPublicKey : keys.boxPublicKey;
    const QByteArray replacement = signKey ? attacker.signPublicKey : attacker.boxPublicKey;

    QByteArray bytes = readAll(path());
    QCOMPARE(bytes.count(original), 1);
    bytes.replace(original, replacement);
    QVERIFY(writeAll(path(), bytes));
    // Still a well-formed keystore that advertises the attacker's key...
    QCOMPARE(KeyStore::readPublicInfo(path())
                 .value()
                 .value(signKey ? QStringLiteral("sign_pk") : QStringLiteral("box_pk"))
                 .toByteArray(),
             replacement);
    // ...but unlocking notices.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("does not match")));
    Result<DeviceKeys> result = KeyStore::unlock(path(), Passphrase);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::Corrupt);
}

void tst_KeyStore::editedPublicInfoDetected()
{
    // Only public_hash can catch this: the keys themselves still match.
    createSample();
    QByteArray bytes = readAll(path());
    QCOMPARE(bytes.count("researcher"), 1);
    bytes.replace("researcher", "supervisor");
    QVERIFY(writeAll(path(), bytes));
    QCOMPARE(KeyStore::readPublicInfo(path()).value().value(QStringLiteral("role")).toString(),
             QStringLiteral("supervisor"));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("does not match")));
    Result<DeviceKeys> result = KeyStore::unlock(path(), Passphrase);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::Corrupt);
}

void tst_KeyStore::changePassphrase()
{
    const DeviceKeys keys = createSample();
    const QByteArray publicBefore =
        QCborValue::fromCbor(readAll(path())).toMap().value(QStringLiteral("public")).toCbor();
    const QByteArray newPassphrase("a brand new passphrase");
    const KdfLimits newLimits{2, 16384};

    const Status status = KeyStore::changePassphrase(path(), Passphrase, newPassphrase, newLimits);
    QVERIFY2(status.ok(), qPrintable(status.error().message()));

    QCOMPARE(KeyStore::unlock(path(), Passphrase).error().code(), ErrorCode::WrongPassphrase);

    Result<DeviceKeys> unlocked = KeyStore::unlock(path(), newPassphrase);
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().message()));
    QCOMPARE(unlocked.value().deviceId, keys.deviceId);
    QCOMPARE(unlocked.value().signPublicKey, keys.signPublicKey);
    QVERIFY(sameSecret(unlocked.value().signSecretKey, keys.signSecretKey));
    QVERIFY(sameSecret(unlocked.value().boxSecretKey, keys.boxSecretKey));

    const QCborMap map = QCborValue::fromCbor(readAll(path())).toMap();
    QCOMPARE(map.value(QStringLiteral("public")).toCbor(), publicBefore);
    const QCborMap kdf = map.value(QStringLiteral("kdf")).toMap();
    QCOMPARE(kdf.value(QStringLiteral("ops")).toInteger(), qint64(2));
    QCOMPARE(kdf.value(QStringLiteral("mem")).toInteger(), qint64(16384));
}

void tst_KeyStore::changePassphraseWrongOld()
{
    createSample();
    const QByteArray before = readAll(path());
    const Status status = KeyStore::changePassphrase(path(), "not it", "new passphrase",
                                                     KdfLimits::insecureForTests());
    QCOMPARE(status.error().code(), ErrorCode::WrongPassphrase);
    QCOMPARE(readAll(path()), before);
    QVERIFY(KeyStore::unlock(path(), Passphrase).ok());

    // A rejected new passphrase leaves the file alone too.
    QCOMPARE(KeyStore::changePassphrase(path(), Passphrase, "", KdfLimits::insecureForTests())
                 .error()
                 .code(),
             ErrorCode::Usage);
    QCOMPARE(readAll(path()), before);
}

void tst_KeyStore::rejectsBadArguments()
{
    const DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
    const KdfLimits fast = KdfLimits::insecureForTests();

    QCOMPARE(KeyStore::create(path(), "", keys, QCborMap(), fast).error().code(), ErrorCode::Usage);
    QCOMPARE(KeyStore::create(path(), Passphrase, keys, QCborMap(), KdfLimits{0, 0}).error().code(),
             ErrorCode::Usage);

    QCborMap reserved;
    reserved.insert(QStringLiteral("sign_pk"), QByteArray(32, 'x'));
    QCOMPARE(KeyStore::create(path(), Passphrase, keys, reserved, fast).error().code(),
             ErrorCode::Usage);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("mismatched keys")));
    QCOMPARE(KeyStore::create(path(), Passphrase, DeviceKeys(), QCborMap(), fast).error().code(),
             ErrorCode::Usage);

    // Public and secret halves from different identities.
    DeviceKeys mixed = DeviceKeys::generate(QUuid::createUuid());
    mixed.signPublicKey = keys.signPublicKey;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("mismatched keys")));
    QCOMPARE(KeyStore::create(path(), Passphrase, mixed, QCborMap(), fast).error().code(),
             ErrorCode::Usage);

    QVERIFY(!QFileInfo::exists(path()));

    const QString noFolder = m_dir->filePath(QStringLiteral("missing/keystore.cbor"));
    const Status io = KeyStore::create(noFolder, Passphrase, keys, QCborMap(), fast);
    QCOMPARE(io.error().code(), ErrorCode::Io);
}

namespace {
SecretBytes randomKey()
{
    SecretBytes key(32);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    return key;
}

qint64 versionOf(const QByteArray &file)
{
    return QCborValue::fromCbor(file).toMap().value(QStringLiteral("version")).toInteger();
}
} // namespace

void tst_KeyStore::storeKeyChangeKeepsThePreviousKeyUntilFinished()
{
    const DeviceKeys keys = createSample();
    QVERIFY(keys.storeKey);
    const QCborMap publicBefore = KeyStore::readPublicInfo(path()).value();
    const SecretBytes newKey = randomKey();

    Result<DeviceKeys> begun = KeyStore::beginStoreKeyChange(path(), Passphrase, newKey);
    QVERIFY2(begun.ok(), qPrintable(begun.error().message()));
    QVERIFY(sameSecret(*begun.value().storeKey, newKey));
    QVERIFY(sameSecret(*begun.value().previousStoreKey, *keys.storeKey));
    // Whichever store is in place, the keystore as saved opens it; a reader
    // of version 1 only refuses it.
    Result<DeviceKeys> pending = KeyStore::unlock(path(), Passphrase);
    QVERIFY2(pending.ok(), qPrintable(pending.error().message()));
    QVERIFY(sameSecret(*pending.value().storeKey, newKey));
    QVERIFY(pending.value().previousStoreKey);
    QVERIFY(sameSecret(*pending.value().previousStoreKey, *keys.storeKey));
    QVERIFY(sameSecret(pending.value().signSecretKey, keys.signSecretKey));
    QCOMPARE(versionOf(readAll(path())), qint64(2));
    QCOMPARE(KeyStore::readPublicInfo(path()).value(), publicBefore);

    Result<DeviceKeys> finished = KeyStore::finishStoreKeyChange(path(), Passphrase, newKey);
    QVERIFY2(finished.ok(), qPrintable(finished.error().message()));
    QVERIFY(!finished.value().previousStoreKey);
    Result<DeviceKeys> done = KeyStore::unlock(path(), Passphrase);
    QVERIFY(done.ok());
    QVERIFY(sameSecret(*done.value().storeKey, newKey));
    QVERIFY(!done.value().previousStoreKey);
    QCOMPARE(versionOf(readAll(path())), qint64(1));

    // Finished twice: nothing left to forget, nothing written.
    const QByteArray before = readAll(path());
    QVERIFY(KeyStore::finishStoreKeyChange(path(), Passphrase, newKey).ok());
    QCOMPARE(readAll(path()), before);
}

void tst_KeyStore::passphraseChangeKeepsBothStoreKeys()
{
    const DeviceKeys keys = createSample();
    const SecretBytes newKey = randomKey();
    QVERIFY(KeyStore::beginStoreKeyChange(path(), Passphrase, newKey).ok());
    const QByteArray newPassphrase("another good passphrase");
    QVERIFY(
        KeyStore::changePassphrase(path(), Passphrase, newPassphrase, KdfLimits::insecureForTests())
            .ok());
    Result<DeviceKeys> unlocked = KeyStore::unlock(path(), newPassphrase);
    QVERIFY(unlocked.ok());
    QVERIFY(sameSecret(*unlocked.value().storeKey, newKey));
    QVERIFY(unlocked.value().previousStoreKey);
    QVERIFY(sameSecret(*unlocked.value().previousStoreKey, *keys.storeKey));
    QCOMPARE(versionOf(readAll(path())), qint64(2));
}

void tst_KeyStore::storeKeyChangeRefusalsChangeNothing()
{
    const DeviceKeys keys = createSample();
    const SecretBytes newKey = randomKey();
    QByteArray before = readAll(path());
    QCOMPARE(KeyStore::beginStoreKeyChange(path(), "not it", newKey).error().code(),
             ErrorCode::WrongPassphrase);
    QCOMPARE(KeyStore::beginStoreKeyChange(path(), Passphrase, SecretBytes(16)).error().code(),
             ErrorCode::Usage);
    QCOMPARE(readAll(path()), before);

    QVERIFY(KeyStore::beginStoreKeyChange(path(), Passphrase, newKey).ok());
    before = readAll(path());
    // A second change before the first is finished would lose the key of
    // one of the stores.
    QCOMPARE(KeyStore::beginStoreKeyChange(path(), Passphrase, randomKey()).error().code(),
             ErrorCode::Failure);
    // Finishing another change than the saved one forgets nothing.
    QCOMPARE(KeyStore::finishStoreKeyChange(path(), Passphrase, *keys.storeKey).error().code(),
             ErrorCode::Failure);
    QCOMPARE(KeyStore::finishStoreKeyChange(path(), "not it", newKey).error().code(),
             ErrorCode::WrongPassphrase);
    QCOMPARE(readAll(path()), before);

    // A keystore from before the store was encrypted has no key to change.
    QVERIFY(QFile::remove(path()));
    DeviceKeys legacy = DeviceKeys::generate(QUuid::createUuid());
    legacy.storeKey.reset();
    QVERIFY(KeyStore::create(path(), Passphrase, legacy, samplePublicInfo(),
                             KdfLimits::insecureForTests())
                .ok());
    before = readAll(path());
    QCOMPARE(KeyStore::beginStoreKeyChange(path(), Passphrase, newKey).error().code(),
             ErrorCode::Failure);
    QCOMPARE(readAll(path()), before);
}

QTEST_GUILESS_MAIN(tst_KeyStore)
#include "tst_keystore.moc"
