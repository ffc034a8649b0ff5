#pragma once

#include <QHash>
#include <QString>

namespace vigia {

// One entry of a controlled vocabulary (a manifestation, an area of
// intervention, a kind of place, ...), or a subregion or bloc. A plain value.
struct TaxonomyItem
{
    QString id; // stable snake_case id ("csam"); never reused for another meaning
    QHash<QString, QString> labels; // label by key: "en", "es", "pt"

    // The label in `lang` ("pt_BR", "pt", "es", "en", ...), falling back to
    // English; never empty for an item loaded by ReferenceData.
    [[nodiscard]] QString label(const QString &lang) const;

    friend bool operator==(const TaxonomyItem &, const TaxonomyItem &) = default;
};

} // namespace vigia
