#pragma once

#include "common/Result.h"
#include "reference/BorderZone.h"
#include "reference/Country.h"
#include "reference/TaxonomyItem.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

namespace vigia {

// The reference data every part of Vigia shares: the 33 countries of Latin
// America and the Caribbean with their subregions and blocs, the border zones,
// and the controlled vocabularies (manifestations, areas of intervention, World
// Congress III themes, key challenges, kinds of place, source types,
// confidentiality levels).
//
// Three UTF-8 JSON files hold it: countries.json, border_zones.json and
// taxonomy.json. Vigia ships them under :/reference; an observatory may keep an
// edited copy of all three in a folder. Loading validates everything (labels in
// en, es and pt, unique ids, known country codes) and fails with
// ErrorCode::Corrupt and a message naming the file and the entry, rather than
// handing half-checked data to forms and reports. A plain value: copy it freely.
class ReferenceData
{
public:
    // Empty reference data (no countries, zones or vocabularies).
    ReferenceData() = default;

    // The copy built into Vigia (:/reference/*.json).
    [[nodiscard]] static Result<ReferenceData> loadFromResources();

    // countries.json, border_zones.json and taxonomy.json from `dir` (all three
    // are required). NotFound when the folder or a file is missing, Io when a
    // file cannot be read, Corrupt when one is malformed or breaks a rule.
    [[nodiscard]] static Result<ReferenceData> loadFromDirectory(const QString &dir);

    // The file names, in loading order.
    [[nodiscard]] static QStringList fileNames();

    // The taxonomy kinds every taxonomy.json must have, in display order:
    // "manifestations", "areas", "themes", "challenges", "place_kinds",
    // "source_types", "confidentiality".
    [[nodiscard]] static QStringList requiredTaxonomyKinds();

    // Countries in file order (alphabetical by English name in the shipped file).
    [[nodiscard]] const QList<Country> &countries() const { return m_countries; }
    // The country with this ISO 3166-1 alpha-2 code (case-insensitive).
    [[nodiscard]] std::optional<Country> country(const QString &code) const;
    // The countries of one subregion, in file order.
    [[nodiscard]] QList<Country> countriesIn(const QString &subregion) const;

    // "south_america", "central_america_mexico", "caribbean", with labels.
    [[nodiscard]] const QList<TaxonomyItem> &subregions() const { return m_subregions; }
    // Cooperation blocs ("mercosur", ...), with labels.
    [[nodiscard]] const QList<TaxonomyItem> &blocs() const { return m_blocs; }

    [[nodiscard]] const QList<BorderZone> &borderZones() const { return m_borderZones; }
    [[nodiscard]] std::optional<BorderZone> borderZone(const QString &id) const;
    // The zones that involve this country, whether listed in `countries` or in
    // `externalCountries` (so "US" finds the Mexico–United States border).
    [[nodiscard]] QList<BorderZone> borderZonesOf(const QString &countryCode) const;

    // The items of one vocabulary, in file order; empty for an unknown kind.
    [[nodiscard]] QList<TaxonomyItem> taxonomy(const QString &kind) const;
    [[nodiscard]] std::optional<TaxonomyItem> taxonomyItem(const QString &kind,
                                                           const QString &id) const;
    // The kinds present: requiredTaxonomyKinds() first, then any extra kind an
    // edited file adds, alphabetically.
    [[nodiscard]] QStringList taxonomyKinds() const { return m_taxonomyKinds; }

    // The "version" of a loaded file ("countries.json", ...); 0 if not loaded.
    [[nodiscard]] int version(const QString &fileName) const;

private:
    static Result<ReferenceData> load(const QString &dir, bool builtIn);

    Status readCountries(const QJsonObject &root, const QString &file);
    Status readBorderZones(const QJsonObject &root, const QString &file);
    Status readTaxonomy(const QJsonObject &root, const QString &file);

    QList<Country> m_countries;
    QList<TaxonomyItem> m_subregions;
    QList<TaxonomyItem> m_blocs;
    QList<BorderZone> m_borderZones;
    QStringList m_taxonomyKinds;
    QHash<QString, QList<TaxonomyItem>> m_taxonomy;
    QHash<QString, int> m_versions;
};

} // namespace vigia
