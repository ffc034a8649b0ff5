#include "crypto/Blake2b.h"
#include "crypto/DeviceKeys.h"
#include "crypto/DeviceMac.h"

#include <QTest>
#include <QUuid>

using vigia::Blake2b;
using vigia::DeviceKeys;
using vigia::DeviceMac;

class tst_DeviceMac : public QObject
{
    Q_OBJECT

private slots:
    void macIsDeterministicPerDevice()
    {
        const DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
        const DeviceMac a = DeviceMac::derive(keys, DeviceMac::Purpose::WorkspaceSettings);
        const DeviceMac b = DeviceMac::derive(keys, DeviceMac::Purpose::WorkspaceSettings);
        QVERIFY(a.isValid() && b.isValid());
        const QByteArray message("lock/auto_lock_minutes=5");
        const QByteArray mac = a.mac(message);
        QCOMPARE(mac.size(), DeviceMac::kMacBytes);
        // Derived again after the next unlock, the key gives the same MAC.
        QCOMPARE(b.mac(message), mac);
        QVERIFY(b.verify(message, mac));
    }

    void anotherMessageOrDeviceDoesNotVerify()
    {
        const DeviceKeys keys = DeviceKeys::generate(QUuid::createUuid());
        const DeviceKeys other = DeviceKeys::generate(QUuid::createUuid());
        const DeviceMac mine = DeviceMac::derive(keys, DeviceMac::Purpose::WorkspaceSettings);
        const DeviceMac theirs = DeviceMac::derive(other, DeviceMac::Purpose::WorkspaceSettings);
        const QByteArray mac = mine.mac("lock/auto_lock_minutes=5");
        QVERIFY(!mine.verify("lock/auto_lock_minutes=0", mac));
        QVERIFY(!theirs.verify("lock/auto_lock_minutes=5", mac));
        QVERIFY(!mine.verify("lock/auto_lock_minutes=5", mac.left(16)));
        QVERIFY(!mine.verify("lock/auto_lock_minutes=5", QByteArray()));
        // Keyed: not the plain hash anyone could compute.
        QVERIFY(mac != Blake2b::hash256("lock/auto_lock_minutes=5"));
    }

    void invalidKeysGiveNoMac()
    {
        const DeviceMac none =
            DeviceMac::derive(DeviceKeys(), DeviceMac::Purpose::WorkspaceSettings);
        QVERIFY(!none.isValid());
        QVERIFY(none.mac("x").isEmpty());
        QVERIFY(!none.verify("x", QByteArray(DeviceMac::kMacBytes, '\0')));
    }
};

QTEST_GUILESS_MAIN(tst_DeviceMac)
#include "tst_devicemac.moc"
