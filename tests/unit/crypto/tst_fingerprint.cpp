#include "crypto/Blake2b.h"
#include "crypto/Fingerprint.h"

#include <QTest>

using vigia::Fingerprint;

class tst_Fingerprint : public QObject
{
    Q_OBJECT

private slots:
    void ofKnownKey();
    void ofRejectsWrongSize_data();
    void ofRejectsWrongSize();
    void format_data();
    void format();
    void ofKey();

private:
    static QByteArray sampleKey();
};

QByteArray tst_Fingerprint::sampleKey()
{
    QByteArray key(32, Qt::Uninitialized);
    for (int i = 0; i < 32; ++i)
        key[i] = static_cast<char>(i);
    return key;
}

void tst_Fingerprint::ofKnownKey()
{
    // Expected value from Python: blake2b(bytes(range(32)), digest_size=32)[:16].
    const QByteArray fp = Fingerprint::of(sampleKey());
    QCOMPARE(fp.size(), 16);
    QCOMPARE(fp.toHex(), QByteArray("cb2f5160fc1f7e05a55ef49d340b48da"));
    // A 16-byte BLAKE2b output is a different function; docs/design.md §6 asks for the
    // truncated 32-byte digest.
    QVERIFY(fp != vigia::Blake2b::hash(sampleKey(), 16));
}

void tst_Fingerprint::ofRejectsWrongSize_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("empty") << 0;
    QTest::newRow("31") << 31;
    QTest::newRow("33") << 33;
    QTest::newRow("64 (a secret key)") << 64;
}

void tst_Fingerprint::ofRejectsWrongSize()
{
    QFETCH(int, size);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("fingerprint requested")));
    QVERIFY(Fingerprint::of(QByteArray(size, 'k')).isEmpty());
}

void tst_Fingerprint::format_data()
{
    QTest::addColumn<QByteArray>("bytesHex");
    QTest::addColumn<QString>("expected");

    QTest::newRow("16 bytes") << QByteArray("a1b2c3d4e5f60718293a4b5c6d7e8f90")
                              << QStringLiteral("a1b2 c3d4 e5f6 0718 293a 4b5c 6d7e 8f90");
    QTest::newRow("lowercase") << QByteArray("ABCDEF01") << QStringLiteral("abcd ef01");
    QTest::newRow("odd tail") << QByteArray("0102030405") << QStringLiteral("0102 0304 05");
    QTest::newRow("one byte") << QByteArray("ff") << QStringLiteral("ff");
    QTest::newRow("empty") << QByteArray() << QString();
}

void tst_Fingerprint::format()
{
    QFETCH(QByteArray, bytesHex);
    QFETCH(QString, expected);
    QCOMPARE(Fingerprint::format(QByteArray::fromHex(bytesHex)), expected);
}

void tst_Fingerprint::ofKey()
{
    QCOMPARE(Fingerprint::ofKey(sampleKey()),
             QStringLiteral("cb2f 5160 fc1f 7e05 a55e f49d 340b 48da"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("fingerprint requested")));
    QVERIFY(Fingerprint::ofKey(QByteArray("short")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Fingerprint)
#include "tst_fingerprint.moc"
