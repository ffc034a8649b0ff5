#include "crypto/PassphraseStrength.h"

#include "crypto/CommonWords.h"

#include <zxcvbn.h>

namespace vigia {

namespace {

// zxcvbn's entropy (log2 of the guesses an attacker needs, smart guessing
// first). 45 bits is beyond an online or a quick offline attack given the
// Argon2id cost; KeePassXC calls under 40 "poor".
constexpr double kFairBits = 45.0;
constexpr double kStrongBits = 65.0;
// A single match of one of these kinds covering at least this share of the
// passphrase is the reason to name.
constexpr double kDominantShare = 0.6;

// The kinds of character a passphrase mixes.
int characterKinds(const QString &passphrase)
{
    bool lower = false, upper = false, digit = false, space = false, symbol = false, other = false;
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
    return int(lower) + int(upper) + int(digit) + int(space) + int(symbol) + int(other);
}

// One zxcvbn run: the entropy and the parts it found.
struct Estimate
{
    double bits = 0;
    bool common = false;     // one dictionary word (built-in or ours) makes most of it
    bool repetitive = false; // a repeat, sequence or keyboard walk makes most of it
};

Estimate estimate(const QString &passphrase)
{
    Estimate out;
    if (passphrase.isEmpty())
        return out;
    const QByteArray utf8 = passphrase.toUtf8();
    ZxcMatch_t *info = nullptr;
    out.bits = ZxcvbnMatch(utf8.constData(), const_cast<const char **>(CommonWords::list()), &info);
    const double size = double(utf8.size());
    for (const ZxcMatch_t *m = info; m != nullptr; m = m->Next) {
        if (double(m->Length) < kDominantShare * size)
            continue;
        // MULTIPLE_MATCH marks a part repeated ("abcabc", "aaaa"): a repeat,
        // whatever the part.
        const int type = int(m->Type);
        const bool repeated = (type & int(MULTIPLE_MATCH)) != 0;
        switch (ZxcTypeMatch_t(type & ~int(MULTIPLE_MATCH))) {
        case DICTIONARY_MATCH:
        case DICT_LEET_MATCH:
        case USER_MATCH:
        case USER_LEET_MATCH:
            (repeated ? out.repetitive : out.common) = true;
            break;
        case REPEATS_MATCH:
        case SEQUENCE_MATCH:
        case SPATIAL_MATCH:
            out.repetitive = true;
            break;
        default:
            out.repetitive |= repeated;
            break;
        }
    }
    ZxcvbnFreeInfo(info);
    return out;
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
    const Estimate e = estimate(passphrase);
    if (e.repetitive)
        return Weakness::Repetitive;
    if (e.common)
        return Weakness::Common;
    if (characterKinds(passphrase) < 2)
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
    return estimate(passphrase).bits;
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
