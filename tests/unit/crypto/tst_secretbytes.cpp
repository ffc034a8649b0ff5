#include "crypto/SecretBytes.h"

#include <QTest>

#include <cstring>
#include <utility>

using vigia::SecretBytes;

class tst_SecretBytes : public QObject
{
    Q_OBJECT

private slots:
    void allocatesZeroed();
    void emptyByDefault();
    void fromBytesCopies();
    void moveTransfersOwnership();
    void rawViewReadsTheSecretWithoutACopy();
};

void tst_SecretBytes::allocatesZeroed()
{
    SecretBytes secret(48);
    QCOMPARE(secret.size(), std::size_t(48));
    QVERIFY(!secret.isEmpty());
    QVERIFY(secret.data() != nullptr);
    for (std::size_t i = 0; i < secret.size(); ++i)
        QCOMPARE(secret.constData()[i], 0);
    // The whole range must be writable.
    std::memset(secret.data(), 0x5a, secret.size());
    QCOMPARE(secret.constData()[47], 0x5a);
}

void tst_SecretBytes::emptyByDefault()
{
    const SecretBytes none;
    QVERIFY(none.isEmpty());
    QCOMPARE(none.size(), std::size_t(0));
    QVERIFY(none.constData() == nullptr);

    const SecretBytes zero(0);
    QVERIFY(zero.isEmpty());
    QVERIFY(SecretBytes::fromBytes(nullptr, 8).isEmpty());
}

void tst_SecretBytes::fromBytesCopies()
{
    unsigned char source[] = {1, 2, 3, 4, 5};
    const SecretBytes secret = SecretBytes::fromBytes(source, sizeof source);
    QCOMPARE(secret.size(), sizeof source);
    QVERIFY(secret.constData() != source);
    source[0] = 9;
    QCOMPARE(secret.constData()[0], 1);
    QCOMPARE(std::memcmp(secret.constData() + 1, source + 1, 4), 0);
}

void tst_SecretBytes::moveTransfersOwnership()
{
    SecretBytes a(16);
    a.data()[0] = 42;
    const unsigned char *pointer = a.constData();

    SecretBytes b(std::move(a));
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): documented moved-from state
    QVERIFY(a.constData() == nullptr);
    QCOMPARE(b.constData(), pointer);
    QCOMPARE(b.constData()[0], 42);

    SecretBytes c(8);
    c = std::move(b);
    QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(c.size(), std::size_t(16));
    QCOMPARE(c.constData()[0], 42);
}

void tst_SecretBytes::rawViewReadsTheSecretWithoutACopy()
{
    const unsigned char source[] = {'p', 'a', 's', 's'};
    const SecretBytes secret = SecretBytes::fromBytes(source, sizeof source);
    const QByteArray view = secret.rawView();
    QCOMPARE(view, QByteArray("pass"));
    // The same memory, not a heap copy that nobody wipes.
    QCOMPARE(reinterpret_cast<const unsigned char *>(view.constData()), secret.constData());
    QVERIFY(SecretBytes().rawView().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SecretBytes)
#include "tst_secretbytes.moc"
