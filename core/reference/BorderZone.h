#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace vigia {

// A border zone or trafficking-route crossing, as read from border_zones.json.
// A plain value: copy it freely.
struct BorderZone
{
    QString id;                    // stable snake_case id ("tri_border_ar_br_py")
    QStringList countries;         // codes of the region's countries involved ("AR", "BR", "PY")
    QStringList externalCountries; // codes of countries outside the region ("US"), often empty
    QStringList towns;             // towns on either side; may be empty for a wide area
    QHash<QString, QString> names; // name by label key: "en", "es", "pt"

    // The name in `lang` ("pt_BR", "pt", "es", "en", ...), falling back to
    // English; never empty for a zone loaded by ReferenceData.
    [[nodiscard]] QString name(const QString &lang) const;

    friend bool operator==(const BorderZone &, const BorderZone &) = default;
};

} // namespace vigia
