#include "crypto/DeviceKeys.h"
#include "crypto/SecretBytes.h"
#include "project/ProjectKey.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace vigia;

class TestProjectKey : public QObject
{
    Q_OBJECT

private slots:
    void saveAndLoad()
    {
        QTemporaryDir dir;
        DeviceKeys device = DeviceKeys::generate(QUuid::createUuid());
        auto key = ProjectKey::generate(QUuid::createUuid().toRfc4122());
        QVERIFY(key);
        QVERIFY(ProjectKey::save(dir.path(), key.value(), device));
        auto loaded = ProjectKey::load(dir.path(), device);
        QVERIFY2(loaded, qPrintable(loaded.error().message()));
        QCOMPARE(loaded.value().signPublicKey, key.value().signPublicKey);
        const QByteArray msg("manifest");
        QVERIFY(DeviceKeys::verify(msg, loaded.value().sign(msg), key.value().signPublicKey));
        // The secret is not in the file in the clear.
        QFile f(ProjectKey::path(dir.path()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray file = f.readAll();
        QByteArray seed(reinterpret_cast<const char *>(key.value().signSecretKey.constData()), 32);
        QVERIFY(!file.contains(seed));
    }

    void otherDeviceCannotOpen()
    {
        QTemporaryDir dir;
        DeviceKeys device = DeviceKeys::generate(QUuid::createUuid());
        DeviceKeys other = DeviceKeys::generate(QUuid::createUuid());
        auto key = ProjectKey::generate(QUuid::createUuid().toRfc4122());
        QVERIFY(ProjectKey::save(dir.path(), key.value(), device));
        QCOMPARE(ProjectKey::load(dir.path(), other).error().code(), ErrorCode::Untrusted);
    }

    void neverOverwrites()
    {
        QTemporaryDir dir;
        DeviceKeys device = DeviceKeys::generate(QUuid::createUuid());
        auto a = ProjectKey::generate(QUuid::createUuid().toRfc4122());
        auto b = ProjectKey::generate(QUuid::createUuid().toRfc4122());
        QVERIFY(ProjectKey::save(dir.path(), a.value(), device));
        QVERIFY(!ProjectKey::save(dir.path(), b.value(), device));
        QCOMPARE(ProjectKey::load(dir.path(), device).value().signPublicKey,
                 a.value().signPublicKey);
    }

    void keysThatDoNotBelongTogetherAreRefused()
    {
        // A file whose sealed secrets do not derive its public keys: a box key
        // of another pair, or a signing key whose embedded public half was
        // made to agree while its seed is another's.
        DeviceKeys device = DeviceKeys::generate(QUuid::createUuid());
        const QByteArray projectId = QUuid::createUuid().toRfc4122();
        auto key = ProjectKey::generate(projectId);
        auto other = ProjectKey::generate(projectId);
        QVERIFY(key && other);
        QVERIFY(key.value().pairsMatch());

        DeviceKeys wrongBox;
        wrongBox.deviceId = key.value().deviceId;
        wrongBox.signPublicKey = key.value().signPublicKey;
        wrongBox.signSecretKey = SecretBytes::fromBytes(key.value().signSecretKey.constData(), 64);
        wrongBox.boxPublicKey = other.value().boxPublicKey;
        wrongBox.boxSecretKey = SecretBytes::fromBytes(key.value().boxSecretKey.constData(), 32);

        QByteArray mixed(reinterpret_cast<const char *>(other.value().signSecretKey.constData()),
                         32);
        mixed += key.value().signPublicKey; // the half a simple check compares
        DeviceKeys wrongSeed;
        wrongSeed.deviceId = key.value().deviceId;
        wrongSeed.signPublicKey = key.value().signPublicKey;
        wrongSeed.signSecretKey =
            SecretBytes::fromBytes(reinterpret_cast<const unsigned char *>(mixed.constData()), 64);
        wrongSeed.boxPublicKey = key.value().boxPublicKey;
        wrongSeed.boxSecretKey = SecretBytes::fromBytes(key.value().boxSecretKey.constData(), 32);

        for (const DeviceKeys *bad : {&wrongBox, &wrongSeed}) {
            QVERIFY(bad->isValid());
            QVERIFY(!bad->pairsMatch());
            QTemporaryDir dir;
            QVERIFY(ProjectKey::save(dir.path(), *bad, device));
            auto loaded = ProjectKey::load(dir.path(), device);
            QVERIFY(!loaded);
            QCOMPARE(loaded.error().code(), ErrorCode::Corrupt);
        }
    }

    void missingKeyIsUntrusted()
    {
        QTemporaryDir dir;
        DeviceKeys device = DeviceKeys::generate(QUuid::createUuid());
        QCOMPARE(ProjectKey::load(dir.path(), device).error().code(), ErrorCode::Untrusted);
    }
};

QTEST_GUILESS_MAIN(TestProjectKey)
#include "tst_projectkey.moc"
