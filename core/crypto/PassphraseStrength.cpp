#include "crypto/PassphraseStrength.h"

#include <QStringList>

#include <cmath>

namespace vigia {

namespace {

constexpr double kFairBits = 45.0;
constexpr double kStrongBits = 70.0;
// A guess from this list costs an attacker a handful of tries.
constexpr double kCommonBits = 10.0;
// A character that repeats or continues the previous one ("aaaa", "abcd",
// "4321") adds almost nothing to the search space.
constexpr double kPredictableWeight = 0.25;
// Under this share of "new" characters, the runs and sequences are what make
// a passphrase weak, not its length.
constexpr double kRepetitiveShare = 0.6;

// Passwords and keyboard walks at the top of every leaked-password list, in
// the observatory's three languages. Compared after lowercasing and stripping
// trailing digits and punctuation ("Password123!" is "password").
const QStringList &commonPasswords()
{
    static const QStringList list{
        QStringLiteral("password"),     QStringLiteral("passw0rd"),      QStringLiteral("qwerty"),
        QStringLiteral("qwertyuiop"),   QStringLiteral("asdfghjkl"),     QStringLiteral("azerty"),
        QStringLiteral("letmein"),      QStringLiteral("welcome"),       QStringLiteral("iloveyou"),
        QStringLiteral("admin"),        QStringLiteral("administrator"), QStringLiteral("monkey"),
        QStringLiteral("dragon"),       QStringLiteral("football"),      QStringLiteral("baseball"),
        QStringLiteral("sunshine"),     QStringLiteral("princess"),      QStringLiteral("trustno1"),
        QStringLiteral("contraseña"),   QStringLiteral("contrasena"),    QStringLiteral("teamo"),
        QStringLiteral("senha"),        QStringLiteral("minhasenha"),    QStringLiteral("vigia"),
        QStringLiteral("observatorio"), QStringLiteral("changeme"),      QStringLiteral("secret"),
        QStringLiteral("superman"),     QStringLiteral("master"),        QStringLiteral("hello"),
        QStringLiteral("abc"),          QStringLiteral("test"),          QStringLiteral("guest")};
    return list;
}

bool isCommon(const QString &passphrase)
{
    QString core = passphrase.toLower();
    while (!core.isEmpty() && !core.back().isLetter())
        core.chop(1);
    return commonPasswords().contains(core);
}

// The kinds of character a passphrase mixes.
struct Kinds
{
    bool lower = false, upper = false, digit = false, space = false, symbol = false, other = false;

    explicit Kinds(const QString &passphrase)
    {
        for (const QChar c : passphrase) {
            if (c.unicode() < 128) {
                lower |= c.isLower();
                upper |= c.isUpper();
                digit |= c.isDigit();
                space |= c.isSpace();
                symbol |= c.isPunct() || c.isSymbol();
            } else {
                other = true;
            }
        }
    }

    [[nodiscard]] int count() const
    {
        return int(lower) + int(upper) + int(digit) + int(space) + int(symbol) + int(other);
    }

    // The size of the alphabet the passphrase seems to be drawn from.
    [[nodiscard]] int poolSize() const
    {
        return (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (space ? 1 : 0) +
               (symbol ? 33 : 0) + (other ? 40 : 0);
    }
};

double effectiveLength(const QString &passphrase)
{
    double length = 0;
    int previous = -1;
    for (const QChar c : passphrase.toLower()) {
        const int code = c.unicode();
        const bool predictable =
            previous >= 0 && (code == previous || code == previous + 1 || code == previous - 1);
        length += predictable ? kPredictableWeight : 1.0;
        previous = code;
    }
    return length;
}

} // namespace

PassphraseStrength::Weakness PassphraseStrength::weakness(const QString &passphrase)
{
    switch (assess(passphrase)) {
    case Level::Empty:
    case Level::Fair:
    case Level::Strong:
        return Weakness::None;
    case Level::TooShort:
        return Weakness::TooShort;
    case Level::Weak:
        break;
    }
    if (isCommon(passphrase))
        return Weakness::Common;
    if (effectiveLength(passphrase) < kRepetitiveShare * double(passphrase.size()))
        return Weakness::Repetitive;
    if (Kinds(passphrase).count() < 2)
        return Weakness::OneKind;
    return Weakness::Short;
}

QString PassphraseStrength::explanation(Weakness weakness)
{
    switch (weakness) {
    case Weakness::None:
        return {};
    case Weakness::TooShort:
        return tr("Too short: use at least %1 characters. Several unrelated words work well.")
            .arg(kMinimumBytes);
    case Weakness::Common:
        return tr("Weak: this is one of the first passwords anyone would try. Several unrelated "
                  "words work well.");
    case Weakness::Repetitive:
        return tr("Weak: repeated characters and sequences such as \"aaaa\" or \"1234\" are "
                  "easy to guess. Several unrelated words work well.");
    case Weakness::OneKind:
        return tr("Weak: only one kind of character, and not long enough for that. Add more "
                  "words, or mix in capitals, digits or symbols.");
    case Weakness::Short:
        return tr("Weak: not long enough to be hard to guess. Add a few unrelated words.");
    }
    return {};
}

double PassphraseStrength::estimatedBits(const QString &passphrase)
{
    if (passphrase.isEmpty())
        return 0;
    if (isCommon(passphrase))
        return kCommonBits;
    const int pool = Kinds(passphrase).poolSize();
    if (pool < 2)
        return 1;
    return effectiveLength(passphrase) * std::log2(double(pool));
}

PassphraseStrength::Level PassphraseStrength::assess(const QString &passphrase)
{
    if (passphrase.isEmpty())
        return Level::Empty;
    if (passphrase.toUtf8().size() < kMinimumBytes)
        return Level::TooShort;
    const double bits = estimatedBits(passphrase);
    if (bits < kFairBits)
        return Level::Weak;
    if (bits < kStrongBits)
        return Level::Fair;
    return Level::Strong;
}

QString PassphraseStrength::label(Level level)
{
    switch (level) {
    case Level::Empty:
        return {};
    case Level::TooShort:
        return tr("Too short");
    case Level::Weak:
        return tr("Weak");
    case Level::Fair:
        return tr("Fair");
    case Level::Strong:
        return tr("Strong");
    }
    return {};
}

QString PassphraseStrength::advice(Level level)
{
    switch (level) {
    case Level::Empty:
        return tr("Choose a passphrase: four or more unrelated words are easy to remember "
                  "and hard to guess.");
    case Level::TooShort:
        return tr("Use at least 8 characters.");
    case Level::Weak:
        return tr("Easy to guess. Add a few unrelated words.");
    case Level::Fair:
        return tr("Acceptable. One or two more words would make it strong.");
    case Level::Strong:
        return tr("Hard to guess. Keep it somewhere safe.");
    }
    return {};
}

} // namespace vigia
