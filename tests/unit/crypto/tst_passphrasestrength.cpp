#include "crypto/PassphraseStrength.h"

#include <QTest>

using vigia::PassphraseStrength;
using Level = PassphraseStrength::Level;

class tst_PassphraseStrength : public QObject
{
    Q_OBJECT

private slots:
    void levels_data();
    void levels();
    void longerIsNeverWeaker();
    void minimumCountsBytes();
    void everyLevelHasAdvice();
    void weaknessSaysWhy_data();
    void weaknessSaysWhy();
};

void tst_PassphraseStrength::levels_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<Level>("expected");
    QTest::newRow("empty") << QString() << Level::Empty;
    QTest::newRow("seven chars") << QStringLiteral("x7#Kp2q") << Level::TooShort;
    QTest::newRow("common") << QStringLiteral("password") << Level::Weak;
    QTest::newRow("common with digits") << QStringLiteral("Password123!") << Level::Weak;
    QTest::newRow("common in Spanish") << QStringLiteral("contraseña2024") << Level::Weak;
    QTest::newRow("one repeated char") << QStringLiteral("aaaaaaaaaaaa") << Level::Weak;
    QTest::newRow("sequence") << QStringLiteral("abcdefghijkl") << Level::Weak;
    QTest::newRow("digit run") << QStringLiteral("1234567890") << Level::Weak;
    QTest::newRow("short word and year") << QStringLiteral("summer24") << Level::Weak;
    QTest::newRow("keyboard walk") << QStringLiteral("qwertyuiop") << Level::Weak;
    // zxcvbn knows only English words: the user dictionary (CommonWords)
    // makes everyday Spanish and Portuguese as guessable.
    QTest::newRow("common Spanish words") << QStringLiteral("casa vida amor") << Level::Weak;
    QTest::newRow("common Portuguese words") << QStringLiteral("minha casa azul") << Level::Weak;
    QTest::newRow("two words and digit") << QStringLiteral("gatoazul7x") << Level::Weak;
    QTest::newRow("decorated words") << QStringLiteral("Gato-azul-7") << Level::Weak;
    QTest::newRow("three words") << QStringLiteral("correct horse battery") << Level::Fair;
    QTest::newRow("eight random") << QStringLiteral("Zt9#kq2m") << Level::Fair;
    QTest::newRow("four words") << QStringLiteral("correct horse battery staple") << Level::Strong;
    QTest::newRow("random symbols") << QStringLiteral("q7$Lm!2vR#9x") << Level::Strong;
    QTest::newRow("accented words") << QStringLiteral("ñandú corre lejos") << Level::Strong;
}

void tst_PassphraseStrength::levels()
{
    QFETCH(QString, passphrase);
    QFETCH(Level, expected);
    QCOMPARE(PassphraseStrength::assess(passphrase), expected);
}

void tst_PassphraseStrength::longerIsNeverWeaker()
{
    QString passphrase = QStringLiteral("river");
    double previous = 0;
    for (const char *word : {" stone", " lamp", " seven", " cloud"}) {
        passphrase += QLatin1String(word);
        const double bits = PassphraseStrength::estimatedBits(passphrase);
        QVERIFY2(bits > previous, qPrintable(passphrase));
        previous = bits;
    }
}

void tst_PassphraseStrength::minimumCountsBytes()
{
    // Workspace::create counts UTF-8 bytes: 4 characters of 2 bytes are enough.
    QCOMPARE(PassphraseStrength::assess(QStringLiteral("ñéçá")) == Level::TooShort, false);
    QCOMPARE(PassphraseStrength::assess(QStringLiteral("abc")), Level::TooShort);
}

void tst_PassphraseStrength::everyLevelHasAdvice()
{
    for (Level level : {Level::Empty, Level::TooShort, Level::Weak, Level::Fair, Level::Strong})
        QVERIFY(!PassphraseStrength::advice(level).isEmpty());
    QVERIFY(PassphraseStrength::label(Level::Empty).isEmpty());
    QCOMPARE(PassphraseStrength::label(Level::Strong), QStringLiteral("Strong"));
}

void tst_PassphraseStrength::weaknessSaysWhy_data()
{
    using Weakness = PassphraseStrength::Weakness;
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<Weakness>("expected");
    QTest::newRow("empty") << QString() << Weakness::None;
    QTest::newRow("seven chars") << QStringLiteral("x7#Kp2q") << Weakness::TooShort;
    QTest::newRow("common with digits") << QStringLiteral("Password123!") << Weakness::Common;
    QTest::newRow("one repeated char") << QStringLiteral("aaaaaaaaaaaa") << Weakness::Repetitive;
    QTest::newRow("sequence") << QStringLiteral("abcdefghijkl") << Weakness::Repetitive;
    QTest::newRow("digit run") << QStringLiteral("1234567890") << Weakness::Repetitive;
    QTest::newRow("lower case only") << QStringLiteral("gatoazul") << Weakness::OneKind;
    QTest::newRow("keyboard walk") << QStringLiteral("asdfghjkl;'") << Weakness::Repetitive;
    QTest::newRow("word and year") << QStringLiteral("summer24") << Weakness::Common;
    QTest::newRow("short words and digits") << QStringLiteral("gatoazul7x") << Weakness::Short;
    QTest::newRow("fair") << QStringLiteral("Zt9#kq2m") << Weakness::None;
    QTest::newRow("strong") << QStringLiteral("correct horse battery staple") << Weakness::None;
}

void tst_PassphraseStrength::weaknessSaysWhy()
{
    using Weakness = PassphraseStrength::Weakness;
    QFETCH(QString, passphrase);
    QFETCH(Weakness, expected);
    QCOMPARE(PassphraseStrength::weakness(passphrase), expected);
    // A reason exactly when the passphrase is refused, and a sentence for it.
    const Level level = PassphraseStrength::assess(passphrase);
    QCOMPARE(expected != Weakness::None,
             level != Level::Empty && !PassphraseStrength::isAcceptable(level));
    QCOMPARE(PassphraseStrength::explanation(expected).isEmpty(), expected == Weakness::None);
}

QTEST_GUILESS_MAIN(tst_PassphraseStrength)
#include "tst_passphrasestrength.moc"
