#include "reference/ReferenceData.h"

#include "common/LogCategories.h"
#include "reference/ReferenceLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <utility>

namespace vigia {

namespace {

const QString &countriesFile()
{
    static const QString name = QStringLiteral("countries.json");
    return name;
}

const QString &borderZonesFile()
{
    static const QString name = QStringLiteral("border_zones.json");
    return name;
}

const QString &taxonomyFile()
{
    static const QString name = QStringLiteral("taxonomy.json");
    return name;
}

Error corrupt(const QString &message)
{
    qCWarning(lcReference).noquote() << "reference data rejected:" << message;
    return Error(ErrorCode::Corrupt, message);
}

// snake_case: a lower-case letter, then lower-case letters, digits, underscores.
bool isIdentifier(const QString &id)
{
    if (id.isEmpty() || id.front() < QLatin1Char('a') || id.front() > QLatin1Char('z'))
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
    });
}

// ISO 3166-1 alpha-2 shape: two capital ASCII letters.
bool isCountryCode(const QString &code)
{
    return code.size() == 2 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
               return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
           });
}

QString languageName(const QString &key)
{
    if (key == QLatin1String("es"))
        return QCoreApplication::translate("vigia::ReferenceData", "Spanish");
    if (key == QLatin1String("pt"))
        return QCoreApplication::translate("vigia::ReferenceData", "Portuguese");
    return QCoreApplication::translate("vigia::ReferenceData", "English");
}

// Reads one file into its top-level object.
Result<QJsonObject> readRoot(const QString &path, const QString &file)
{
    QFile in(path);
    if (!in.exists()) {
        const QString message =
            QCoreApplication::translate(
                "vigia::ReferenceData",
                "The reference data file %1 is missing. Restore it, or stop using the folder "
                "of edited reference data so that Vigia uses its built-in copy.")
                .arg(file);
        qCWarning(lcReference).noquote() << message;
        return Error(ErrorCode::NotFound, message);
    }
    if (!in.open(QIODevice::ReadOnly)) {
        const QString message = QCoreApplication::translate(
                                    "vigia::ReferenceData",
                                    "Could not read the reference data file %1 (%2). Check that "
                                    "the file can be read by your user account.")
                                    .arg(file, in.errorString());
        qCWarning(lcReference).noquote() << message;
        return Error(ErrorCode::Io, message);
    }
    // QJsonDocument skips a UTF-8 byte-order mark, which some editors add.
    const QByteArray bytes = in.readAll();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, bytes.size());
        const qsizetype line = bytes.left(offset).count('\n') + 1;
        return corrupt(QCoreApplication::translate(
                           "vigia::ReferenceData",
                           "The reference data file %1 is not valid JSON: %2 at line %3 (byte "
                           "offset %4). Correct the file there, or restore the copy shipped "
                           "with Vigia.")
                           .arg(file, parseError.errorString())
                           .arg(line)
                           .arg(offset));
    }
    if (!document.isObject()) {
        return corrupt(QCoreApplication::translate(
                           "vigia::ReferenceData",
                           "The reference data file %1 does not hold a JSON object ({ … }) at "
                           "the top level. Restore the copy shipped with Vigia.")
                           .arg(file));
    }
    return document.object();
}

Result<int> readVersion(const QJsonObject &root, const QString &file)
{
    const QJsonValue value = root.value(QStringLiteral("version"));
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number > 1e9 || std::floor(number) != number) {
        return corrupt(QCoreApplication::translate(
                           "vigia::ReferenceData",
                           "The reference data file %1 has no valid \"version\" (a whole number "
                           "from 1). Add one, and raise it whenever the file is edited.")
                           .arg(file));
    }
    return static_cast<int>(number);
}

// The list under `key`; an absent optional list is empty.
Result<QJsonArray> readList(const QJsonObject &root, const QString &key, const QString &file,
                            bool required)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined() && !required)
        return QJsonArray();
    if (!value.isArray() || (required && value.toArray().isEmpty())) {
        return corrupt(QCoreApplication::translate(
                           "vigia::ReferenceData",
                           "The reference data file %1 has no \"%2\" list, or the list is empty. "
                           "Add it, or restore the copy shipped with Vigia.")
                           .arg(file, key));
    }
    return value.toArray();
}

Result<QJsonObject> readEntry(const QJsonValue &value, qsizetype index, const QString &list,
                              const QString &file)
{
    if (!value.isObject()) {
        return corrupt(QCoreApplication::translate(
                           "vigia::ReferenceData",
                           "In %1, entry %2 of the \"%3\" list is not an object ({ … }). Correct "
                           "it, or restore the copy shipped with Vigia.")
                           .arg(file)
                           .arg(index + 1)
                           .arg(list));
    }
    return value.toObject();
}

enum class IdKind
{
    Identifier,
    CountryCode
};

// The entry's id (under `key`), checked for shape and uniqueness within `seen`.
Result<QString> readId(const QJsonObject &entry, const QString &key, IdKind kind, qsizetype index,
                       const QString &list, const QString &file, QSet<QString> &seen)
{
    const QJsonValue value = entry.value(key);
    const QString id = value.toString().trimmed();
    if (!value.isString() || id.isEmpty()) {
        return corrupt(QCoreApplication::translate(
                           "vigia::ReferenceData",
                           "In %1, entry %2 of the \"%3\" list has no \"%4\". Give every entry "
                           "a unique \"%4\".")
                           .arg(file)
                           .arg(index + 1)
                           .arg(list, key));
    }
    if (kind == IdKind::CountryCode && !isCountryCode(id)) {
        return corrupt(QCoreApplication::translate(
                           "vigia::ReferenceData",
                           "In %1, \"%2\" in the \"%3\" list is not an ISO 3166-1 alpha-2 country "
                           "code. Use two capital letters, such as \"AR\".")
                           .arg(file, id, list));
    }
    if (kind == IdKind::Identifier && !isIdentifier(id)) {
        return corrupt(QCoreApplication::translate(
                           "vigia::ReferenceData",
                           "In %1, the id \"%2\" in the \"%3\" list is not valid. Use lower-case "
                           "letters, digits and underscores, starting with a letter.")
                           .arg(file, id, list));
    }
    if (seen.contains(id)) {
        return corrupt(QCoreApplication::translate(
                           "vigia::ReferenceData",
                           "In %1, the \"%2\" list contains \"%3\" more than once. Remove the "
                           "duplicate entry or give it another id.")
                           .arg(file, list, id));
    }
    seen.insert(id);
    return id;
}

// The object of texts under `field` ("names" or "labels"): en, es and pt are
// required and must not be blank; other languages are kept as they are.
Result<QHash<QString, QString>> readTexts(const QJsonObject &entry, const QString &field,
                                          const QString &id, const QString &list,
                                          const QString &file)
{
    const QJsonObject texts = entry.value(field).toObject();
    QHash<QString, QString> result;
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        if (it.value().isString())
            result.insert(it.key(), it.value().toString().trimmed());
    }
    for (const QString &lang : ReferenceLanguage::required()) {
        if (result.value(lang).isEmpty()) {
            return corrupt(QCoreApplication::translate(
                               "vigia::ReferenceData",
                               "In %1, \"%2\" in the \"%3\" list has no %4 text (\"%5\" under "
                               "\"%6\"). Add it: every entry needs English (en), Spanish (es) "
                               "and Portuguese (pt) text.")
                               .arg(file, id, list, languageName(lang), lang, field));
        }
    }
    return result;
}

// A list of non-blank strings under `field`; absent means empty.
Result<QStringList> readStrings(const QJsonObject &entry, const QString &field, const QString &id,
                                const QString &list, const QString &file)
{
    const QJsonValue value = entry.value(field);
    if (value.isUndefined())
        return QStringList();
    QStringList result;
    bool valid = value.isArray();
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QString text = item.toString().trimmed();
        if (!item.isString() || text.isEmpty()) {
            valid = false;
            break;
        }
        result.append(text);
    }
    if (!valid) {
        return corrupt(QCoreApplication::translate(
                           "vigia::ReferenceData",
                           "In %1, the \"%2\" field of \"%3\" in the \"%4\" list must be a list "
                           "of non-empty texts, such as [\"a\", \"b\"].")
                           .arg(file, field, id, list));
    }
    result.removeDuplicates();
    return result;
}

// A list of { "id": ..., "labels": { ... } } entries under `key`.
Result<QList<TaxonomyItem>> readItems(const QJsonObject &root, const QString &key,
                                      const QString &file, bool required)
{
    Result<QJsonArray> array = readList(root, key, file, required);
    if (!array)
        return array.error();
    QList<TaxonomyItem> items;
    QSet<QString> seen;
    const QJsonArray &values = array.value();
    for (qsizetype i = 0; i < values.size(); ++i) {
        Result<QJsonObject> entry = readEntry(values.at(i), i, key, file);
        if (!entry)
            return entry.error();
        Result<QString> id =
            readId(entry.value(), QStringLiteral("id"), IdKind::Identifier, i, key, file, seen);
        if (!id)
            return id.error();
        Result<QHash<QString, QString>> labels =
            readTexts(entry.value(), QStringLiteral("labels"), id.value(), key, file);
        if (!labels)
            return labels.error();
        items.append(TaxonomyItem{id.take(), labels.take()});
    }
    return items;
}

bool hasItem(const QList<TaxonomyItem> &items, const QString &id)
{
    return std::any_of(items.cbegin(), items.cend(),
                       [&id](const TaxonomyItem &item) { return item.id == id; });
}

QString idList(const QList<TaxonomyItem> &items)
{
    QStringList ids;
    for (const TaxonomyItem &item : items)
        ids.append(item.id);
    return ids.join(QStringLiteral(", "));
}

} // namespace

QStringList ReferenceData::fileNames()
{
    return {countriesFile(), borderZonesFile(), taxonomyFile()};
}

QStringList ReferenceData::requiredTaxonomyKinds()
{
    return {QStringLiteral("manifestations"), QStringLiteral("areas"),
            QStringLiteral("themes"),         QStringLiteral("challenges"),
            QStringLiteral("place_kinds"),    QStringLiteral("source_types"),
            QStringLiteral("confidentiality")};
}

Result<ReferenceData> ReferenceData::loadFromResources()
{
    return load(QStringLiteral(":/reference"), true);
}

Result<ReferenceData> ReferenceData::loadFromDirectory(const QString &dir)
{
    if (!QFileInfo(dir).isDir()) {
        const QString message =
            QCoreApplication::translate("vigia::ReferenceData",
                                        "The reference data folder %1 does not exist. Choose the "
                                        "folder that holds countries.json, border_zones.json and "
                                        "taxonomy.json.")
                .arg(QDir::toNativeSeparators(dir));
        qCWarning(lcReference).noquote() << message;
        return Error(ErrorCode::NotFound, message);
    }
    return load(dir, false);
}

Result<ReferenceData> ReferenceData::load(const QString &dir, bool builtIn)
{
    using Reader = Status (ReferenceData::*)(const QJsonObject &, const QString &);
    const QList<std::pair<QString, Reader>> steps{
        {countriesFile(), &ReferenceData::readCountries},
        {borderZonesFile(), &ReferenceData::readBorderZones},
        {taxonomyFile(), &ReferenceData::readTaxonomy},
    };

    ReferenceData data;
    for (const auto &[name, reader] : steps) {
        const QString path = QDir(dir).filePath(name);
        const QString file =
            builtIn ? QCoreApplication::translate("vigia::ReferenceData", "%1 (built into Vigia)")
                          .arg(name)
                    : QDir::toNativeSeparators(path);
        Result<QJsonObject> root = readRoot(path, file);
        if (!root)
            return root.error();
        Result<int> version = readVersion(root.value(), file);
        if (!version)
            return version.error();
        const Status read = (data.*reader)(root.value(), file);
        if (!read)
            return read.error();
        data.m_versions.insert(name, version.value());
    }
    qCDebug(lcReference) << "loaded reference data from" << dir << ":" << data.m_countries.size()
                         << "countries," << data.m_borderZones.size() << "border zones,"
                         << data.m_taxonomyKinds.size() << "vocabularies";
    return data;
}

Status ReferenceData::readCountries(const QJsonObject &root, const QString &file)
{
    Result<QList<TaxonomyItem>> subregions =
        readItems(root, QStringLiteral("subregions"), file, true);
    if (!subregions)
        return subregions.error();
    Result<QList<TaxonomyItem>> blocs = readItems(root, QStringLiteral("blocs"), file, false);
    if (!blocs)
        return blocs.error();

    const QString list = QStringLiteral("countries");
    Result<QJsonArray> array = readList(root, list, file, true);
    if (!array)
        return array.error();

    QList<Country> countries;
    QSet<QString> seen;
    const QJsonArray &values = array.value();
    for (qsizetype i = 0; i < values.size(); ++i) {
        Result<QJsonObject> entry = readEntry(values.at(i), i, list, file);
        if (!entry)
            return entry.error();
        const QJsonObject &object = entry.value();
        Result<QString> code =
            readId(object, QStringLiteral("code"), IdKind::CountryCode, i, list, file, seen);
        if (!code)
            return code.error();

        const QString subregion = object.value(QStringLiteral("subregion")).toString();
        if (!hasItem(subregions.value(), subregion)) {
            return corrupt(QCoreApplication::translate(
                               "vigia::ReferenceData",
                               "In %1, the country \"%2\" has the subregion \"%3\", which is not "
                               "in the \"subregions\" list. Use one of: %4.")
                               .arg(file, code.value(), subregion, idList(subregions.value())));
        }
        Result<QStringList> memberships =
            readStrings(object, QStringLiteral("blocs"), code.value(), list, file);
        if (!memberships)
            return memberships.error();
        for (const QString &bloc : memberships.value()) {
            if (!hasItem(blocs.value(), bloc)) {
                return corrupt(QCoreApplication::translate(
                                   "vigia::ReferenceData",
                                   "In %1, the country \"%2\" belongs to the bloc \"%3\", which is "
                                   "not in the \"blocs\" list. Add the bloc there, or remove it "
                                   "from the country.")
                                   .arg(file, code.value(), bloc));
            }
        }
        Result<QHash<QString, QString>> names =
            readTexts(object, QStringLiteral("names"), code.value(), list, file);
        if (!names)
            return names.error();
        countries.append(Country{code.take(), subregion, memberships.take(), names.take()});
    }

    m_subregions = subregions.take();
    m_blocs = blocs.take();
    m_countries = std::move(countries);
    return {};
}

Status ReferenceData::readBorderZones(const QJsonObject &root, const QString &file)
{
    const QString list = QStringLiteral("zones");
    Result<QJsonArray> array = readList(root, list, file, false);
    if (!array)
        return array.error();

    QList<BorderZone> zones;
    QSet<QString> seen;
    const QJsonArray &values = array.value();
    for (qsizetype i = 0; i < values.size(); ++i) {
        Result<QJsonObject> entry = readEntry(values.at(i), i, list, file);
        if (!entry)
            return entry.error();
        const QJsonObject &object = entry.value();
        Result<QString> id =
            readId(object, QStringLiteral("id"), IdKind::Identifier, i, list, file, seen);
        if (!id)
            return id.error();

        Result<QStringList> countries =
            readStrings(object, QStringLiteral("countries"), id.value(), list, file);
        if (!countries)
            return countries.error();
        if (countries.value().isEmpty()) {
            return corrupt(QCoreApplication::translate(
                               "vigia::ReferenceData",
                               "In %1, the border zone \"%2\" lists no countries. Add the codes of "
                               "the Latin American and Caribbean countries it spans.")
                               .arg(file, id.value()));
        }
        for (const QString &code : countries.value()) {
            if (!isCountryCode(code) || !country(code)) {
                return corrupt(QCoreApplication::translate(
                                   "vigia::ReferenceData",
                                   "In %1, the border zone \"%2\" names the country \"%3\", which "
                                   "is not in %4. Use the code of a Latin American or Caribbean "
                                   "country, or list a country outside the region under "
                                   "\"external_countries\".")
                                   .arg(file, id.value(), code, countriesFile()));
            }
        }

        Result<QStringList> external =
            readStrings(object, QStringLiteral("external_countries"), id.value(), list, file);
        if (!external)
            return external.error();
        for (const QString &code : external.value()) {
            if (!isCountryCode(code)) {
                return corrupt(QCoreApplication::translate(
                                   "vigia::ReferenceData",
                                   "In %1, the border zone \"%2\" lists \"%3\" under "
                                   "\"external_countries\", which is not an ISO 3166-1 alpha-2 "
                                   "code. Use two capital letters, such as \"US\".")
                                   .arg(file, id.value(), code));
            }
            if (country(code)) {
                return corrupt(QCoreApplication::translate(
                                   "vigia::ReferenceData",
                                   "In %1, the border zone \"%2\" lists \"%3\" under "
                                   "\"external_countries\", but it is a country of the region. "
                                   "Move it to \"countries\".")
                                   .arg(file, id.value(), code));
            }
        }

        Result<QStringList> towns =
            readStrings(object, QStringLiteral("towns"), id.value(), list, file);
        if (!towns)
            return towns.error();
        Result<QHash<QString, QString>> names =
            readTexts(object, QStringLiteral("names"), id.value(), list, file);
        if (!names)
            return names.error();
        zones.append(
            BorderZone{id.take(), countries.take(), external.take(), towns.take(), names.take()});
    }

    m_borderZones = std::move(zones);
    return {};
}

Status ReferenceData::readTaxonomy(const QJsonObject &root, const QString &file)
{
    QStringList kinds = requiredTaxonomyKinds();
    QStringList extra;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.value().isArray() && !kinds.contains(it.key()))
            extra.append(it.key());
    }
    std::sort(extra.begin(), extra.end());
    kinds += extra;

    QHash<QString, QList<TaxonomyItem>> taxonomy;
    for (const QString &kind : std::as_const(kinds)) {
        Result<QList<TaxonomyItem>> items = readItems(root, kind, file, true);
        if (!items)
            return items.error();
        taxonomy.insert(kind, items.take());
    }

    m_taxonomyKinds = std::move(kinds);
    m_taxonomy = std::move(taxonomy);
    return {};
}

std::optional<Country> ReferenceData::country(const QString &code) const
{
    const QString wanted = code.trimmed().toUpper();
    for (const Country &c : m_countries) {
        if (c.code == wanted)
            return c;
    }
    return std::nullopt;
}

QList<Country> ReferenceData::countriesIn(const QString &subregion) const
{
    QList<Country> result;
    std::copy_if(m_countries.cbegin(), m_countries.cend(), std::back_inserter(result),
                 [&subregion](const Country &c) { return c.subregion == subregion; });
    return result;
}

std::optional<BorderZone> ReferenceData::borderZone(const QString &id) const
{
    for (const BorderZone &zone : m_borderZones) {
        if (zone.id == id)
            return zone;
    }
    return std::nullopt;
}

QList<BorderZone> ReferenceData::borderZonesOf(const QString &countryCode) const
{
    const QString wanted = countryCode.trimmed().toUpper();
    QList<BorderZone> result;
    std::copy_if(m_borderZones.cbegin(), m_borderZones.cend(), std::back_inserter(result),
                 [&wanted](const BorderZone &zone) {
                     return zone.countries.contains(wanted) ||
                            zone.externalCountries.contains(wanted);
                 });
    return result;
}

QList<TaxonomyItem> ReferenceData::taxonomy(const QString &kind) const
{
    return m_taxonomy.value(kind);
}

std::optional<TaxonomyItem> ReferenceData::taxonomyItem(const QString &kind,
                                                        const QString &id) const
{
    const auto it = m_taxonomy.constFind(kind);
    if (it == m_taxonomy.constEnd())
        return std::nullopt;
    for (const TaxonomyItem &item : it.value()) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

int ReferenceData::version(const QString &fileName) const
{
    return m_versions.value(fileName, 0);
}

} // namespace vigia
