#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace vigia {

// How reference data picks the text for an interface language. Reference files
// carry every label in "en", "es" and "pt" (Brazilian Portuguese); a request such
// as "pt_BR", "pt-BR" or "es_AR" maps to one of those keys, anything else to "en".
class ReferenceLanguage
{
public:
    // The label keys every reference item must carry: "en", "es", "pt".
    [[nodiscard]] static QStringList required();

    // "pt", "pt_BR", "pt-BR" -> "pt"; "es", "es_AR", "es-419" -> "es"; anything
    // else (including "" and "C") -> "en".
    [[nodiscard]] static QString key(const QString &lang);

    // The text for `lang`; when that is missing or blank, the English text; then
    // any other non-blank text; and only when `texts` holds nothing usable,
    // `last` (the item's id or code). Never an empty string unless `last` is.
    [[nodiscard]] static QString pick(const QHash<QString, QString> &texts, const QString &lang,
                                      const QString &last);
};

} // namespace vigia
