#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace vigia {

// A sovereign state of Latin America and the Caribbean, as read from
// countries.json. A plain value: copy it freely.
struct Country
{
    QString code;                  // ISO 3166-1 alpha-2, upper case ("AR")
    QString subregion;             // "south_america", "central_america_mexico", "caribbean"
    QStringList blocs;             // cooperation blocs of which it is a full member ("mercosur")
    QHash<QString, QString> names; // short name by label key: "en", "es", "pt"

    // The short name in `lang` ("pt_BR", "pt", "es_MX", "en", ...), falling back
    // to English; never empty for a country loaded by ReferenceData.
    [[nodiscard]] QString name(const QString &lang) const;

    friend bool operator==(const Country &, const Country &) = default;
};

} // namespace vigia
