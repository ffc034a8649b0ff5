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
    // The languages Vigia ships, as catalogue suffixes ("en", "es", "pt_BR").
    [[nodiscard]] static QStringList available();

    // Maps a user request ("es", "es_AR", "pt", "pt-BR", "") to a shipped
    // language; an empty request means the system locale. Unknown: "en".
    [[nodiscard]] static QString resolve(const QString &requested);

    // Replaces any previously installed Vigia translators. Returns the language
    // actually installed.
    static QString install(const QString &requested);
};

} // namespace vigia
