#include "crypto/KdfLimits.h"

#include <QTest>

using vigia::KdfLimits;

class tst_KdfLimits : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void presets();
    void environmentSwitch_data();
    void environmentSwitch();
    void validity();
    void moderateFloor();
};

void tst_KdfLimits::cleanup()
{
    qunsetenv("VIGIA_INSECURE_TEST_KDF");
}

void tst_KdfLimits::presets()
{
    // libsodium's documented MODERATE and MIN values for Argon2id.
    QCOMPARE(KdfLimits::moderate().opsLimit, quint64(3));
    QCOMPARE(KdfLimits::moderate().memLimit, std::size_t(256) * 1024 * 1024);
    QCOMPARE(KdfLimits::insecureForTests().opsLimit, quint64(1));
    QCOMPARE(KdfLimits::insecureForTests().memLimit, std::size_t(8192));
}

void tst_KdfLimits::environmentSwitch_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("insecure");
    QTest::newRow("unset") << QByteArray() << false;
    QTest::newRow("1") << QByteArray("1") << true;
    QTest::newRow("0") << QByteArray("0") << false;
    QTest::newRow("true") << QByteArray("true") << false;
    QTest::newRow("yes") << QByteArray("yes") << false;
    QTest::newRow("11") << QByteArray("11") << false;
}

void tst_KdfLimits::environmentSwitch()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, insecure);
    if (!value.isNull())
        qputenv("VIGIA_INSECURE_TEST_KDF", value);
    const KdfLimits expected = insecure ? KdfLimits::insecureForTests() : KdfLimits::moderate();
    const KdfLimits actual = KdfLimits::fromEnvironment();
    QCOMPARE(actual.opsLimit, expected.opsLimit);
    QCOMPARE(actual.memLimit, expected.memLimit);
}

void tst_KdfLimits::validity()
{
    QVERIFY(KdfLimits::moderate().isValid());
    QVERIFY(KdfLimits::insecureForTests().isValid());
    QVERIFY(!KdfLimits().isValid());
    QVERIFY(!(KdfLimits{0, 8192}.isValid()));
    QVERIFY(!(KdfLimits{1, 8191}.isValid()));
    QVERIFY(!(KdfLimits{1000, 8192}.isValid()));
    QVERIFY(!(KdfLimits{1, 8192 + 256}.isValid()));
    QVERIFY((KdfLimits{1, 8192 + 1024}.isValid()));
    QVERIFY(!(KdfLimits{3, std::size_t(64) * 1024 * 1024 * 1024}.isValid()));
}

void tst_KdfLimits::moderateFloor()
{
    const KdfLimits moderate = KdfLimits::moderate();
    QVERIFY(moderate.meetsModerate());
    QVERIFY((KdfLimits{moderate.opsLimit + 1, moderate.memLimit * 2}.meetsModerate()));
    QVERIFY(!KdfLimits::insecureForTests().meetsModerate());
    QVERIFY(!(KdfLimits{moderate.opsLimit - 1, moderate.memLimit}.meetsModerate()));
    QVERIFY(!(KdfLimits{moderate.opsLimit, moderate.memLimit - 1024}.meetsModerate()));
    // This suite is built with the switch, so test keystores keep working;
    // tst_kdfrelease covers the build without it.
    QVERIFY(KdfLimits::testSwitchCompiledIn());
    QVERIFY(KdfLimits::insecureForTests().allowedInThisBuild());
}

QTEST_GUILESS_MAIN(tst_KdfLimits)
#include "tst_kdflimits.moc"
