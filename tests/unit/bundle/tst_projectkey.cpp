#include "crypto/DeviceKeys.h"
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

    void missingKeyIsUntrusted()
    {
        QTemporaryDir dir;
        DeviceKeys device = DeviceKeys::generate(QUuid::createUuid());
        QCOMPARE(ProjectKey::load(dir.path(), device).error().code(), ErrorCode::Untrusted);
    }
};

QTEST_GUILESS_MAIN(TestProjectKey)
#include "tst_projectkey.moc"
