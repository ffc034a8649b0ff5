// KdfLimits and KeyStore compiled as in the release build, without the
// VIGIA_INSECURE_TEST_KDF switch (see CMakeLists.txt next to this file).
#include "common/CanonicalCbor.h"
#include "crypto/Blake2b.h"
#include "crypto/DeviceKeys.h"
#include "crypto/KdfLimits.h"
#include "crypto/KeyStore.h"

#include <QCborMap>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace vigia;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery staple");

QByteArray bytesOf(const SecretBytes &secret)
{
    return QByteArray(reinterpret_cast<const char *>(secret.constData()), qsizetype(secret.size()));
}

// A genuine keystore with libsodium's minimum limits, written by hand from
// docs/keystore-format.md, as a test build's KeyStore::create writes it: this
// build's create() refuses such limits.
QByteArray testBuildKeystore(const QByteArray &passphrase)
{
    const DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
    QCborMap publicMap;
    publicMap.insert(QStringLiteral("name"), QStringLiteral("test device"));
    publicMap.insert(QStringLiteral("device_id"), keys.deviceId.toRfc4122());
    publicMap.insert(QStringLiteral("sign_pk"), keys.signPublicKey);
    publicMap.insert(QStringLiteral("box_pk"), keys.boxPublicKey);
    QCborMap secrets;
    secrets.insert(QStringLiteral("box_sk"), bytesOf(keys.boxSecretKey));
    secrets.insert(QStringLiteral("sign_sk"), bytesOf(keys.signSecretKey));
    secrets.insert(QStringLiteral("public_hash"),
                   Blake2b::hash256(CanonicalCbor::encode(publicMap)));
    const QByteArray plain = CanonicalCbor::encode(secrets);

    const KdfLimits limits = KdfLimits::insecureForTests();
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), std::size_t(salt.size()));
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), std::size_t(nonce.size()));
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (crypto_pwhash(key, sizeof key, passphrase.constData(),
                      static_cast<unsigned long long>(passphrase.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), limits.opsLimit,
                      limits.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    QByteArray ciphertext(plain.size() + crypto_secretbox_MACBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(ciphertext.data()),
                          reinterpret_cast<const unsigned char *>(plain.constData()),
                          static_cast<unsigned long long>(plain.size()),
                          reinterpret_cast<const unsigned char *>(nonce.constData()), key);

    QCborMap kdf;
    kdf.insert(QStringLiteral("alg"), QStringLiteral("argon2id13"));
    kdf.insert(QStringLiteral("ops"), qint64(limits.opsLimit));
    kdf.insert(QStringLiteral("mem"), qint64(limits.memLimit));
    kdf.insert(QStringLiteral("salt"), salt);
    QCborMap top;
    top.insert(QStringLiteral("format"), QStringLiteral("vigia-keystore"));
    top.insert(QStringLiteral("version"), 1);
    top.insert(QStringLiteral("kdf"), kdf);
    top.insert(QStringLiteral("public"), publicMap);
    top.insert(QStringLiteral("nonce"), nonce);
    top.insert(QStringLiteral("ciphertext"), ciphertext);
    return CanonicalCbor::encode(top);
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_KdfRelease : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void switchIsNotCompiledIn();
    void environmentVariableIsIgnored();
    void testKeystoreIsRefusedAtOpen();
    void testKeystoreIsNotReencrypted();
    void testLimitsAreRefusedAtCreate();
    void moderateKeystoreStillOpens();

private:
    QTemporaryDir m_dir;
};

void tst_KdfRelease::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
    QVERIFY(m_dir.isValid());
}

void tst_KdfRelease::cleanup()
{
    qunsetenv("VIGIA_INSECURE_TEST_KDF");
}

void tst_KdfRelease::switchIsNotCompiledIn()
{
    QVERIFY(!KdfLimits::testSwitchCompiledIn());
    QVERIFY(KdfLimits::moderate().allowedInThisBuild());
    QVERIFY(!KdfLimits::insecureForTests().allowedInThisBuild());
    // Either value below moderate is enough to refuse.
    QVERIFY(!(KdfLimits{KdfLimits::moderate().opsLimit, 8192}.allowedInThisBuild()));
    QVERIFY(!(KdfLimits{1, KdfLimits::moderate().memLimit}.allowedInThisBuild()));
}

void tst_KdfRelease::environmentVariableIsIgnored()
{
    qputenv("VIGIA_INSECURE_TEST_KDF", "1");
    const KdfLimits limits = KdfLimits::fromEnvironment();
    QCOMPARE(limits.opsLimit, KdfLimits::moderate().opsLimit);
    QCOMPARE(limits.memLimit, KdfLimits::moderate().memLimit);
}

void tst_KdfRelease::testKeystoreIsRefusedAtOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("test-build.cbor"));
    const QByteArray contents = testBuildKeystore(kPassphrase);
    QVERIFY(!contents.isEmpty());
    QVERIFY(writeFile(path, contents));

    const auto keys = KeyStore::unlock(path, kPassphrase);
    QVERIFY(!keys);
    QCOMPARE(keys.error().code(), ErrorCode::Failure);
    QVERIFY2(keys.error().message().contains(QStringLiteral("test build")),
             qPrintable(keys.error().message()));
    QVERIFY(keys.error().message().contains(QStringLiteral("new workspace")));
    // Refused as such, not mistaken for damage: the public part still reads.
    QVERIFY(KeyStore::readPublicInfo(path));
    QCOMPARE(readFile(path), contents);
}

void tst_KdfRelease::testKeystoreIsNotReencrypted()
{
    const QString path = m_dir.filePath(QStringLiteral("test-build-change.cbor"));
    const QByteArray contents = testBuildKeystore(kPassphrase);
    QVERIFY(writeFile(path, contents));
    const Status changed = KeyStore::changePassphrase(
        path, kPassphrase, QByteArrayLiteral("another long passphrase"), KdfLimits::moderate());
    QVERIFY(!changed);
    QCOMPARE(changed.error().code(), ErrorCode::Failure);
    QVERIFY(changed.error().message().contains(QStringLiteral("test build")));
    QCOMPARE(readFile(path), contents);
}

void tst_KdfRelease::testLimitsAreRefusedAtCreate()
{
    const QString path = m_dir.filePath(QStringLiteral("refused.cbor"));
    const DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
    const Status created =
        KeyStore::create(path, kPassphrase, keys, QCborMap(), KdfLimits::insecureForTests());
    QVERIFY(!created);
    QCOMPARE(created.error().code(), ErrorCode::Usage);
    QVERIFY(created.error().message().contains(QStringLiteral("tests only")));
    QVERIFY(!QFile::exists(path));
}

void tst_KdfRelease::moderateKeystoreStillOpens()
{
    // About a second per Argon2id step: the price of the real limits.
    const QString path = m_dir.filePath(QStringLiteral("moderate.cbor"));
    const DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
    QVERIFY(KeyStore::create(path, kPassphrase, keys, QCborMap(), KdfLimits::moderate()));
    const auto opened = KeyStore::unlock(path, kPassphrase);
    QVERIFY2(opened, qPrintable(opened.error().message()));
    QCOMPARE(opened.value().deviceId, keys.deviceId);
}

QTEST_GUILESS_MAIN(tst_KdfRelease)
#include "tst_kdfrelease.moc"
