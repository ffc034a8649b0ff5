#include "crypto/DeviceKeys.h"
#include "crypto/Fingerprint.h"

#include <QTest>

#include <cstring>

using vigia::DeviceKeys;

class tst_DeviceKeys : public QObject
{
    Q_OBJECT

private slots:
    void generate();
    void generateIsRandom();
    void signAndVerify();
    void tamperedMessageFails();
    void tamperedSignatureFails();
    void otherKeyFails();
    void malformedInputsFail();
    void fingerprint();
    void moveKeepsKeys();
};

void tst_DeviceKeys::generate()
{
    const QUuid id = QUuid::createUuid();
    const DeviceKeys keys = DeviceKeys::generate(id);
    QVERIFY(keys.isValid());
    QCOMPARE(keys.deviceId, id);
    QCOMPARE(keys.signPublicKey.size(), 32);
    QCOMPARE(keys.signSecretKey.size(), std::size_t(64));
    QCOMPARE(keys.boxPublicKey.size(), 32);
    QCOMPARE(keys.boxSecretKey.size(), std::size_t(32));
    // libsodium's Ed25519 secret key ends with the public key.
    QCOMPARE(std::memcmp(keys.signSecretKey.constData() + 32, keys.signPublicKey.constData(), 32),
             0);
    QVERIFY(keys.signPublicKey != keys.boxPublicKey);
}

void tst_DeviceKeys::generateIsRandom()
{
    const DeviceKeys a = DeviceKeys::generate(QUuid::createUuid());
    const DeviceKeys b = DeviceKeys::generate(QUuid::createUuid());
    QVERIFY(a.signPublicKey != b.signPublicKey);
    QVERIFY(a.boxPublicKey != b.boxPublicKey);
    QVERIFY(std::memcmp(a.boxSecretKey.constData(), b.boxSecretKey.constData(), 32) != 0);
}

void tst_DeviceKeys::signAndVerify()
{
    const DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
    const QByteArray message("op: create record 42");
    const QByteArray signature = keys.sign(message);
    QCOMPARE(signature.size(), 64);
    QVERIFY(DeviceKeys::verify(message, signature, keys.signPublicKey));
    // Ed25519 is deterministic.
    QCOMPARE(keys.sign(message), signature);
    QVERIFY(DeviceKeys::verify(QByteArray(), keys.sign(QByteArray()), keys.signPublicKey));
}

void tst_DeviceKeys::tamperedMessageFails()
{
    const DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
    const QByteArray message("op: create record 42");
    const QByteArray signature = keys.sign(message);

    QByteArray tampered = message;
    tampered[tampered.size() - 1] = '3';
    QVERIFY(!DeviceKeys::verify(tampered, signature, keys.signPublicKey));
    QVERIFY(!DeviceKeys::verify(message + '\0', signature, keys.signPublicKey));
    QVERIFY(!DeviceKeys::verify(message.chopped(1), signature, keys.signPublicKey));
}

void tst_DeviceKeys::tamperedSignatureFails()
{
    const DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
    const QByteArray message("payload");
    const QByteArray signature = keys.sign(message);
    for (qsizetype i : {qsizetype(0), qsizetype(31), qsizetype(63)}) {
        QByteArray bad = signature;
        bad[i] = static_cast<char>(bad[i] ^ 0x01);
        QVERIFY2(!DeviceKeys::verify(message, bad, keys.signPublicKey),
                 qPrintable(QStringLiteral("flipped byte %1").arg(i)));
    }
}

void tst_DeviceKeys::otherKeyFails()
{
    const DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
    const DeviceKeys other = DeviceKeys::generate(QUuid::createUuid());
    const QByteArray message("payload");
    QVERIFY(!DeviceKeys::verify(message, keys.sign(message), other.signPublicKey));
    // The X25519 key is not a signing key.
    QVERIFY(!DeviceKeys::verify(message, keys.sign(message), keys.boxPublicKey));
}

void tst_DeviceKeys::malformedInputsFail()
{
    const DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
    const QByteArray message("payload");
    const QByteArray signature = keys.sign(message);
    QVERIFY(!DeviceKeys::verify(message, signature.left(63), keys.signPublicKey));
    QVERIFY(!DeviceKeys::verify(message, signature + 'x', keys.signPublicKey));
    QVERIFY(!DeviceKeys::verify(message, signature, keys.signPublicKey.left(31)));
    QVERIFY(!DeviceKeys::verify(message, QByteArray(), QByteArray()));

    const DeviceKeys empty;
    QVERIFY(!empty.isValid());
    QTest::ignoreMessage(QtWarningMsg, "sign() called without a signing key");
    QVERIFY(empty.sign(message).isEmpty());
}

void tst_DeviceKeys::fingerprint()
{
    const DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
    const QString fp = keys.fingerprint();
    QCOMPARE(fp, vigia::Fingerprint::ofKey(keys.signPublicKey));
    QCOMPARE(fp.size(), 39); // 8 groups of 4 hex digits, 7 spaces
}

void tst_DeviceKeys::moveKeepsKeys()
{
    DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
    const QByteArray publicKey = keys.signPublicKey;
    DeviceKeys moved = std::move(keys);
    QVERIFY(moved.isValid());
    QVERIFY(!keys.isValid()); // NOLINT(bugprone-use-after-move): secret halves are gone
    QVERIFY(DeviceKeys::verify("m", moved.sign("m"), publicKey));
}

QTEST_GUILESS_MAIN(tst_DeviceKeys)
#include "tst_devicekeys.moc"
