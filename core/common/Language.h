#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace vigia {

// Picks and installs the interface language: Vigia's own catalogue plus Qt's
// qtbase catalogue, so standard dialogs follow. English is the source language.
class Language
{
public:
    // The pseudo-locale for testing (see PseudoTranslator); not a shipped language.
    static inline const QString kPseudo = QStringLiteral("pseudo");

    // The languages Vigia ships, as catalogue suffixes ("en", "es", "pt_BR").
    [[nodiscard]] static QStringList available();

    // True if `requested` names a shipped language (any regional variant,
    // "es_AR", "pt-PT") or the pseudo-locale; empty means "the system's".
    [[nodiscard]] static bool isSupported(const QString &requested);

    // Maps a user request ("es", "es_AR", "pt", "pt-BR", "") to a shipped
    // language or the pseudo-locale; an empty request means the system
    // locale. Unknown: "en".
    [[nodiscard]] static QString resolve(const QString &requested);

    // Replaces any previously installed Vigia translators. Returns the language
    // actually installed.
    static QString install(const QString &requested);
};

} // namespace vigia
