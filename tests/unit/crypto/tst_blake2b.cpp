#include "crypto/Blake2b.h"

#include <QTest>

using vigia::Blake2b;

class tst_Blake2b : public QObject
{
    Q_OBJECT

private slots:
    void hash256_data();
    void hash256();
    void incremental_data();
    void incremental();
    void otherLengths();
    void invalidLengths();
    void resultIsStable();
    void moveKeepsState();
};

// Vectors from the BLAKE2 reference (RFC 7693 family) and Python's hashlib,
// an implementation independent of libsodium.
void tst_Blake2b::hash256_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digestHex");

    QTest::newRow("empty")
        << QByteArray()
        << QByteArray("0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray(
                                "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319");
    QTest::newRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog")
                         << QByteArray(
                                "01718cec35cd3d796dd00020e0bfecb473ad23457d063b75eff29c0ffa2e58a9");
    QByteArray all(256, Qt::Uninitialized);
    for (int i = 0; i < 256; ++i)
        all[i] = static_cast<char>(i);
    QTest::newRow("bytes 0..255")
        << all << QByteArray("39a7eb9fedc19aabc83425c6755dd90e6f9d0c804964a1f4aaeea3b9fb599835");
}

void tst_Blake2b::hash256()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digestHex);

    const QByteArray digest = Blake2b::hash256(input);
    QCOMPARE(digest.size(), 32);
    QCOMPARE(digest.toHex(), digestHex);
    QCOMPARE(Blake2b::hash(input, 32), digest);
}

void tst_Blake2b::incremental_data()
{
    hash256_data();
}

void tst_Blake2b::incremental()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digestHex);

    // Every split point must give the one-shot digest.
    for (qsizetype split = 0; split <= input.size(); ++split) {
        Blake2b hasher;
        hasher.addData(QByteArrayView(input).first(split));
        hasher.addData(QByteArrayView(input).sliced(split));
        QCOMPARE(hasher.result().toHex(), digestHex);
    }
}

void tst_Blake2b::otherLengths()
{
    QCOMPARE(Blake2b::hash("abc", 64).toHex(),
             QByteArray("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                        "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"));
    QCOMPARE(Blake2b::hash("abc", 16).toHex(), QByteArray("cf4ab791c62b8d2b2109c90275287816"));

    Blake2b hasher(16);
    hasher.addData("ab");
    hasher.addData("c");
    QCOMPARE(hasher.result().toHex(), QByteArray("cf4ab791c62b8d2b2109c90275287816"));
}

void tst_Blake2b::invalidLengths()
{
    for (int length : {-1, 0, 15, 65, 1000}) {
        QTest::ignoreMessage(
            QtWarningMsg,
            qPrintable(QStringLiteral("BLAKE2b output length out of range: %1").arg(length)));
        QVERIFY(Blake2b::hash("abc", length).isEmpty());
    }
    QTest::ignoreMessage(QtWarningMsg, "BLAKE2b output length out of range: 8");
    Blake2b hasher(8);
    hasher.addData("abc");
    QVERIFY(hasher.result().isEmpty());
}

void tst_Blake2b::resultIsStable()
{
    Blake2b hasher;
    hasher.addData("abc");
    const QByteArray first = hasher.result();
    QCOMPARE(hasher.result(), first);

    QTest::ignoreMessage(QtWarningMsg, "Blake2b::addData() after result(); data ignored");
    hasher.addData("more");
    QCOMPARE(hasher.result(), first);
    QCOMPARE(first, Blake2b::hash256("abc"));
}

void tst_Blake2b::moveKeepsState()
{
    Blake2b hasher;
    hasher.addData("a");
    Blake2b moved(std::move(hasher));
    moved.addData("bc");
    QCOMPARE(moved.result(), Blake2b::hash256("abc"));

    Blake2b assigned(64);
    assigned.addData("unrelated");
    Blake2b source;
    source.addData("abc");
    assigned = std::move(source);
    QCOMPARE(assigned.result(), Blake2b::hash256("abc"));
}

QTEST_GUILESS_MAIN(tst_Blake2b)
#include "tst_blake2b.moc"
