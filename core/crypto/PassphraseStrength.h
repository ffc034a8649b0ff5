#pragma once

#include <QCoreApplication>
#include <QString>

namespace vigia {

// An offline estimate of how hard a passphrase is to guess, for the strength
// indication when a workspace is created or its passphrase changed: zxcvbn
// (libzxcvbn, the estimator KeePassXC uses), which knows dictionaries,
// leaked passwords, keyboard walks, dates, runs and sequences, plus the
// common words of the observatory's languages (CommonWords). It is a hint for
// people, not a security guarantee: the Argon2id cost does the real work.
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(vigia::PassphraseStrength)

public:
    enum class Level
    {
        Empty,
        TooShort, // under kMinimumBytes: Workspace::create refuses it
        Weak,
        Fair,
        Strong
    };

    // Why a passphrase is below Fair, so the advice can name the fix instead
    // of only saying "weak". The first reason that applies, in this order.
    enum class Weakness
    {
        None,       // Empty, Fair or Strong
        TooShort,   // under kMinimumBytes
        Repetitive, // mostly a run, sequence or keyboard walk ("aaaa", "1234", "qwerty")
        Common,     // mostly one common word or password, however decorated
        OneKind,    // only one kind of character (all lower case, all digits)
        Short       // varied enough, just not long enough
    };

    // The same minimum Workspace::create enforces, in UTF-8 bytes.
    static constexpr int kMinimumBytes = 8;

    [[nodiscard]] static Level assess(const QString &passphrase);
    // The rule for a new workspace's passphrase, the same in the app and in
    // vigiactl: fair or strong.
    [[nodiscard]] static bool isAcceptable(Level level)
    {
        return level == Level::Fair || level == Level::Strong;
    }
    // zxcvbn's estimate behind assess(), in bits; 0 for an empty passphrase.
    [[nodiscard]] static double estimatedBits(const QString &passphrase);
    // A short word for the level ("Weak") and one sentence of advice.
    [[nodiscard]] static QString label(Level level);
    [[nodiscard]] static QString advice(Level level);
    [[nodiscard]] static Weakness weakness(const QString &passphrase);
    // For a TooShort or Weak passphrase: the level, why and what to do, in one
    // or two sentences ("Too short: use at least 8 characters. …"). Empty
    // for Weakness::None.
    [[nodiscard]] static QString explanation(Weakness weakness);
};

} // namespace vigia
