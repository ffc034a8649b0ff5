#include "reference/ReferenceData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using namespace vigia;

namespace {

QStringList forbiddenTerms()
{
    return {QStringLiteral("child pornography"),     QStringLiteral("child prostitution"),
            QStringLiteral("child sex tourism"),     QStringLiteral("pornografía infantil"),
            QStringLiteral("pornografia infantil"),  QStringLiteral("prostitución infantil"),
            QStringLiteral("prostituição infantil"), QStringLiteral("turismo sexual")};
}

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt")};
}

QStringList ids(const QList<TaxonomyItem> &items)
{
    QStringList result;
    for (const TaxonomyItem &item : items)
        result.append(item.id);
    return result;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

bool writeJson(const QString &path, const QJsonObject &object)
{
    return writeBytes(path, QJsonDocument(object).toJson());
}

// Index of the entry of `array` whose `key` is `value`, or -1.
qsizetype indexOf(const QJsonArray &array, const QString &key, const QString &value)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (array.at(i).toObject().value(key).toString() == value)
            return i;
    }
    return -1;
}

} // namespace

class TestReferenceData : public QObject
{
    Q_OBJECT

private:
    ReferenceData m_data;
    std::unique_ptr<QTemporaryDir> m_copy;

    // A writable copy of the shipped files in m_copy.
    QString copyPath(const QString &name) const { return m_copy->filePath(name); }

    // Edits one file of the copy, loads the copy, expects a failure with `code`
    // whose message mentions every string in `mentions`.
    void expectBroken(const QString &name, const std::function<void(QJsonObject &)> &edit,
                      ErrorCode code, const QStringList &mentions)
    {
        QJsonObject root = readJson(copyPath(name));
        QVERIFY(!root.isEmpty());
        edit(root);
        QVERIFY(writeJson(copyPath(name), root));
        expectFailure(code, mentions);
    }

    void expectFailure(ErrorCode code, const QStringList &mentions)
    {
        const Result<ReferenceData> loaded = ReferenceData::loadFromDirectory(m_copy->path());
        QVERIFY2(!loaded.ok(), "broken reference data was accepted");
        QCOMPARE(int(loaded.error().code()), int(code));
        const QString message = loaded.error().message();
        for (const QString &mention : mentions) {
            QVERIFY2(message.contains(mention),
                     qPrintable(QStringLiteral("message \"%1\" does not mention \"%2\"")
                                    .arg(message, mention)));
        }
    }

    static QJsonArray editedEntry(QJsonArray array, qsizetype index,
                                  const std::function<void(QJsonObject &)> &edit)
    {
        QJsonObject entry = array.at(index).toObject();
        edit(entry);
        array.replace(index, entry);
        return array;
    }

private slots:
    void initTestCase()
    {
        Result<ReferenceData> loaded = ReferenceData::loadFromResources();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
        m_data = loaded.take();
    }

    void init()
    {
        m_copy = std::make_unique<QTemporaryDir>();
        QVERIFY(m_copy->isValid());
        for (const QString &name : ReferenceData::fileNames()) {
            QVERIFY(QFile::copy(QStringLiteral(":/reference/") + name, copyPath(name)));
            QVERIFY(QFile::setPermissions(copyPath(name), QFile::ReadOwner | QFile::WriteOwner));
        }
    }

    void cleanup() { m_copy.reset(); }

    // -- the shipped data ---------------------------------------------------

    void exactlyThe33Countries()
    {
        const QStringList expected{
            QStringLiteral("AG"), QStringLiteral("AR"), QStringLiteral("BS"), QStringLiteral("BB"),
            QStringLiteral("BZ"), QStringLiteral("BO"), QStringLiteral("BR"), QStringLiteral("CL"),
            QStringLiteral("CO"), QStringLiteral("CR"), QStringLiteral("CU"), QStringLiteral("DM"),
            QStringLiteral("DO"), QStringLiteral("EC"), QStringLiteral("SV"), QStringLiteral("GD"),
            QStringLiteral("GT"), QStringLiteral("GY"), QStringLiteral("HT"), QStringLiteral("HN"),
            QStringLiteral("JM"), QStringLiteral("MX"), QStringLiteral("NI"), QStringLiteral("PA"),
            QStringLiteral("PY"), QStringLiteral("PE"), QStringLiteral("KN"), QStringLiteral("LC"),
            QStringLiteral("VC"), QStringLiteral("SR"), QStringLiteral("TT"), QStringLiteral("UY"),
            QStringLiteral("VE")};
        QCOMPARE(expected.size(), 33);

        QCOMPARE(m_data.countries().size(), 33);
        QSet<QString> codes;
        for (const Country &c : m_data.countries()) {
            QVERIFY2(!codes.contains(c.code), qPrintable(c.code));
            codes.insert(c.code);
            for (const QString &lang : languages())
                QVERIFY2(!c.names.value(lang).trimmed().isEmpty(),
                         qPrintable(c.code + QLatin1Char('/') + lang));
        }
        QCOMPARE(codes, QSet<QString>(expected.cbegin(), expected.cend()));
    }

    void countryLookup()
    {
        const std::optional<Country> brazil = m_data.country(QStringLiteral("BR"));
        QVERIFY(brazil);
        QCOMPARE(brazil->name(QStringLiteral("en")), QStringLiteral("Brazil"));
        QCOMPARE(brazil->name(QStringLiteral("es")), QStringLiteral("Brasil"));
        QCOMPARE(brazil->name(QStringLiteral("pt_BR")), QStringLiteral("Brasil"));
        QCOMPARE(brazil->subregion, QStringLiteral("south_america"));
        QVERIFY(brazil->blocs.contains(QStringLiteral("mercosur")));

        const std::optional<Country> kn = m_data.country(QStringLiteral("kn"));
        QVERIFY(kn);
        QCOMPARE(kn->name(QStringLiteral("en")), QStringLiteral("Saint Kitts and Nevis"));
        QCOMPARE(kn->name(QStringLiteral("es_DO")), QStringLiteral("San Cristóbal y Nieves"));
        QCOMPARE(kn->name(QStringLiteral("pt_BR")), QStringLiteral("São Cristóvão e Névis"));

        QVERIFY(!m_data.country(QStringLiteral("US")));
        QVERIFY(!m_data.country(QString()));
    }

    void subregionsCoverEveryCountry()
    {
        QCOMPARE(ids(m_data.subregions()), QStringList({QStringLiteral("south_america"),
                                                        QStringLiteral("central_america_mexico"),
                                                        QStringLiteral("caribbean")}));
        const QStringList subregionIds = ids(m_data.subregions());
        for (const Country &c : m_data.countries())
            QVERIFY2(subregionIds.contains(c.subregion), qPrintable(c.code));
        for (const TaxonomyItem &s : m_data.subregions()) {
            for (const QString &lang : languages())
                QVERIFY(!s.labels.value(lang).isEmpty());
        }
        QCOMPARE(m_data.countriesIn(QStringLiteral("south_america")).size(), 12);
        QCOMPARE(m_data.countriesIn(QStringLiteral("central_america_mexico")).size(), 8);
        QCOMPARE(m_data.countriesIn(QStringLiteral("caribbean")).size(), 13);
        QCOMPARE(m_data.country(QStringLiteral("MX"))->subregion,
                 QStringLiteral("central_america_mexico"));
        QCOMPARE(m_data.country(QStringLiteral("GY"))->subregion, QStringLiteral("south_america"));
        QCOMPARE(m_data.country(QStringLiteral("DO"))->subregion, QStringLiteral("caribbean"));
    }

    void blocs()
    {
        const QStringList blocIds = ids(m_data.blocs());
        QVERIFY(blocIds.contains(QStringLiteral("mercosur")));
        for (const Country &c : m_data.countries()) {
            for (const QString &bloc : c.blocs)
                QVERIFY2(blocIds.contains(bloc), qPrintable(c.code + QLatin1Char(' ') + bloc));
        }
        for (const QString &member : {QStringLiteral("AR"), QStringLiteral("BR"),
                                      QStringLiteral("PY"), QStringLiteral("UY")})
            QVERIFY2(m_data.country(member)->blocs.contains(QStringLiteral("mercosur")),
                     qPrintable(member));
        QVERIFY(!m_data.country(QStringLiteral("MX"))->blocs.contains(QStringLiteral("mercosur")));
    }

    void borderZones()
    {
        QCOMPARE(m_data.borderZones().size(), 15);
        QSet<QString> zoneIds;
        for (const BorderZone &zone : m_data.borderZones()) {
            QVERIFY2(!zoneIds.contains(zone.id), qPrintable(zone.id));
            zoneIds.insert(zone.id);
            QVERIFY2(!zone.countries.isEmpty(), qPrintable(zone.id));
            for (const QString &code : zone.countries)
                QVERIFY2(m_data.country(code), qPrintable(zone.id + QLatin1Char(' ') + code));
            for (const QString &code : zone.externalCountries)
                QVERIFY2(!m_data.country(code), qPrintable(zone.id + QLatin1Char(' ') + code));
            for (const QString &lang : languages())
                QVERIFY2(!zone.names.value(lang).isEmpty(),
                         qPrintable(zone.id + QLatin1Char('/') + lang));
        }

        const std::optional<BorderZone> triple =
            m_data.borderZone(QStringLiteral("tri_border_ar_br_py"));
        QVERIFY(triple);
        QCOMPARE(triple->countries,
                 QStringList({QStringLiteral("AR"), QStringLiteral("BR"), QStringLiteral("PY")}));
        QVERIFY(triple->towns.contains(QStringLiteral("Foz do Iguaçu")));
        QCOMPARE(triple->name(QStringLiteral("pt_BR")),
                 QStringLiteral("Tríplice Fronteira Argentina–Brasil–Paraguai"));
        QCOMPARE(triple->name(QStringLiteral("es_PY")),
                 QStringLiteral("Triple Frontera Argentina–Brasil–Paraguay"));

        const std::optional<BorderZone> us = m_data.borderZone(QStringLiteral("border_mx_us"));
        QVERIFY(us);
        QCOMPARE(us->countries, QStringList{QStringLiteral("MX")});
        QCOMPARE(us->externalCountries, QStringList{QStringLiteral("US")});
        QCOMPARE(us->towns,
                 QStringList({QStringLiteral("Tijuana"), QStringLiteral("Ciudad Juárez")}));
    }

    void borderZonesOfCountry()
    {
        QStringList brazil;
        for (const BorderZone &zone : m_data.borderZonesOf(QStringLiteral("br")))
            brazil.append(zone.id);
        brazil.sort();
        QCOMPARE(brazil,
                 QStringList({QStringLiteral("border_br_bo"), QStringLiteral("border_br_uy"),
                              QStringLiteral("tri_border_ar_br_py"),
                              QStringLiteral("tri_border_br_co_pe")}));
        QCOMPARE(m_data.borderZonesOf(QStringLiteral("US")).size(), 1);
        QCOMPARE(m_data.borderZonesOf(QStringLiteral("US")).first().id,
                 QStringLiteral("border_mx_us"));
        QVERIFY(m_data.borderZonesOf(QStringLiteral("CU")).isEmpty());
    }

    void itemAndZoneFallBackToEnglish()
    {
        const TaxonomyItem item{QStringLiteral("port"),
                                {{QStringLiteral("en"), QStringLiteral("port")}}};
        QCOMPARE(item.label(QStringLiteral("pt_BR")), QStringLiteral("port"));
        QCOMPARE(item.label(QStringLiteral("es")), QStringLiteral("port"));
        const BorderZone zone{
            QStringLiteral("z"),
            {QStringLiteral("AR")},
            {},
            {},
            {{QStringLiteral("en"), QStringLiteral("Zone")}, {QStringLiteral("pt"), QString()}}};
        QCOMPARE(zone.name(QStringLiteral("pt_BR")), QStringLiteral("Zone"));
        const TaxonomyItem bare{QStringLiteral("bare"), {}};
        QCOMPARE(bare.label(QStringLiteral("es")), QStringLiteral("bare"));
    }

    void taxonomyCounts_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("count");
        QTest::newRow("manifestations") << QStringLiteral("manifestations") << 5;
        QTest::newRow("areas") << QStringLiteral("areas") << 4;
        QTest::newRow("themes") << QStringLiteral("themes") << 5;
        QTest::newRow("challenges") << QStringLiteral("challenges") << 12;
        QTest::newRow("place_kinds") << QStringLiteral("place_kinds") << 7;
        QTest::newRow("source_types") << QStringLiteral("source_types") << 7;
        QTest::newRow("confidentiality") << QStringLiteral("confidentiality") << 3;
    }

    void taxonomyCounts()
    {
        QFETCH(QString, kind);
        QFETCH(int, count);
        const QList<TaxonomyItem> items = m_data.taxonomy(kind);
        QCOMPARE(items.size(), count);
        QSet<QString> seen;
        for (const TaxonomyItem &item : items) {
            QVERIFY2(!seen.contains(item.id), qPrintable(item.id));
            seen.insert(item.id);
            for (const QString &lang : languages())
                QVERIFY2(!item.labels.value(lang).trimmed().isEmpty(),
                         qPrintable(kind + QLatin1Char(' ') + item.id + QLatin1Char('/') + lang));
        }
    }

    void taxonomyKinds()
    {
        QCOMPARE(m_data.taxonomyKinds(), ReferenceData::requiredTaxonomyKinds());
        QCOMPARE(m_data.taxonomyKinds().size(), 7);
        QVERIFY(m_data.taxonomy(QStringLiteral("no_such_kind")).isEmpty());
        QCOMPARE(ids(m_data.taxonomy(QStringLiteral("manifestations"))),
                 QStringList({QStringLiteral("trafficking"), QStringLiteral("prostitution"),
                              QStringLiteral("travel_tourism"), QStringLiteral("csam"),
                              QStringLiteral("online")}));
        QCOMPARE(ids(m_data.taxonomy(QStringLiteral("confidentiality"))),
                 QStringList({QStringLiteral("public"), QStringLiteral("restricted"),
                              QStringLiteral("confidential")}));
    }

    void manifestationTermsFollowTheGuidelines()
    {
        const auto label = [this](const QString &id, const QString &lang) {
            const std::optional<TaxonomyItem> item =
                m_data.taxonomyItem(QStringLiteral("manifestations"), id);
            return item ? item->label(lang) : QString();
        };
        QCOMPARE(label(QStringLiteral("csam"), QStringLiteral("en")),
                 QStringLiteral("child sexual abuse material"));
        QCOMPARE(label(QStringLiteral("csam"), QStringLiteral("es")),
                 QStringLiteral("material de abuso sexual infantil"));
        QCOMPARE(label(QStringLiteral("csam"), QStringLiteral("pt_BR")),
                 QStringLiteral("material de abuso sexual infantil"));
        QCOMPARE(label(QStringLiteral("travel_tourism"), QStringLiteral("en")),
                 QStringLiteral("sexual exploitation of children in travel and tourism"));
        QCOMPARE(label(QStringLiteral("travel_tourism"), QStringLiteral("es_AR")),
                 QStringLiteral(
                     "explotación sexual de niñas, niños y adolescentes en viajes y turismo"));
        QCOMPARE(
            label(QStringLiteral("travel_tourism"), QStringLiteral("pt")),
            QStringLiteral("exploração sexual de crianças e adolescentes em viagens e turismo"));
        QCOMPARE(label(QStringLiteral("prostitution"), QStringLiteral("en")),
                 QStringLiteral("sexual exploitation of children in prostitution"));
        QCOMPARE(label(QStringLiteral("trafficking"), QStringLiteral("en")),
                 QStringLiteral("trafficking of children for sexual purposes"));
        QCOMPARE(label(QStringLiteral("online"), QStringLiteral("en")),
                 QStringLiteral("online sexual exploitation of children (emerging)"));
        QVERIFY(!m_data.taxonomyItem(QStringLiteral("manifestations"), QStringLiteral("nope")));
        QVERIFY(!m_data.taxonomyItem(QStringLiteral("nope"), QStringLiteral("csam")));
    }

    void noForbiddenTerms()
    {
        QStringList texts;
        for (const Country &c : m_data.countries())
            texts += c.names.values();
        for (const BorderZone &zone : m_data.borderZones())
            texts += zone.names.values() + zone.towns;
        for (const TaxonomyItem &item : m_data.subregions() + m_data.blocs())
            texts += item.labels.values();
        for (const QString &kind : m_data.taxonomyKinds()) {
            for (const TaxonomyItem &item : m_data.taxonomy(kind))
                texts += item.labels.values();
        }
        QVERIFY(texts.size() > 300);
        // Notes in the files are not labels, but must not carry the terms either.
        for (const QString &name : ReferenceData::fileNames()) {
            QFile file(QStringLiteral(":/reference/") + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            texts.append(QString::fromUtf8(file.readAll()));
        }
        for (const QString &text : std::as_const(texts)) {
            for (const QString &term : forbiddenTerms())
                QVERIFY2(!text.contains(term, Qt::CaseInsensitive),
                         qPrintable(QStringLiteral("\"%1\" contains \"%2\"").arg(text, term)));
        }
    }

    void versions()
    {
        for (const QString &name : ReferenceData::fileNames())
            QVERIFY2(m_data.version(name) >= 1, qPrintable(name));
        QCOMPARE(m_data.version(QStringLiteral("other.json")), 0);
        QCOMPARE(ReferenceData().version(QStringLiteral("countries.json")), 0);
    }

    // -- loading from a folder ---------------------------------------------

    void pristineCopyLoads()
    {
        // The broken-copy tests below start from this copy; it must load.
        const Result<ReferenceData> loaded = ReferenceData::loadFromDirectory(m_copy->path());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
        QCOMPARE(loaded.value().countries(), m_data.countries());
        QCOMPARE(loaded.value().borderZones(), m_data.borderZones());
        QCOMPARE(loaded.value().taxonomy(QStringLiteral("challenges")),
                 m_data.taxonomy(QStringLiteral("challenges")));
    }

    void editedCopyIsUsed()
    {
        QJsonObject root = readJson(copyPath(QStringLiteral("border_zones.json")));
        QJsonArray zones = root.value(QStringLiteral("zones")).toArray();
        QJsonObject zone = zones.at(0).toObject();
        zone.insert(QStringLiteral("id"), QStringLiteral("new_zone"));
        zone.insert(QStringLiteral("countries"), QJsonArray{QStringLiteral("CU")});
        zones.append(zone);
        root.insert(QStringLiteral("zones"), zones);
        root.insert(QStringLiteral("version"), 7);
        QVERIFY(writeJson(copyPath(QStringLiteral("border_zones.json")), root));

        const Result<ReferenceData> loaded = ReferenceData::loadFromDirectory(m_copy->path());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
        QCOMPARE(loaded.value().borderZones().size(), 16);
        QCOMPARE(loaded.value().borderZonesOf(QStringLiteral("CU")).size(), 1);
        QCOMPARE(loaded.value().version(QStringLiteral("border_zones.json")), 7);
    }

    void byteOrderMarkIsAccepted()
    {
        // Some editors save UTF-8 with a byte-order mark; an edited copy must still load.
        const QString path = copyPath(QStringLiteral("taxonomy.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + file.readAll();
        file.close();
        QVERIFY(writeBytes(path, bytes));
        const Result<ReferenceData> loaded = ReferenceData::loadFromDirectory(m_copy->path());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
        QCOMPARE(loaded.value().taxonomy(QStringLiteral("areas")).size(), 4);
    }

    void malformedJsonNamesFileAndOffset()
    {
        const QString path = copyPath(QStringLiteral("countries.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        const qsizetype at = bytes.indexOf("\"code\": \"AR\"");
        QVERIFY(at > 0);
        bytes.insert(at, "}}");
        QVERIFY(writeBytes(path, bytes));

        QJsonParseError expected;
        QJsonDocument::fromJson(bytes, &expected);
        QVERIFY(expected.error != QJsonParseError::NoError);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("countries\\.json")));
        const qsizetype line = bytes.left(expected.offset).count('\n') + 1;
        expectFailure(ErrorCode::Corrupt,
                      {QDir::toNativeSeparators(path), QStringLiteral("line %1 ").arg(line),
                       QStringLiteral("offset %1)").arg(expected.offset)});
    }

    void notAnObject()
    {
        QVERIFY(writeBytes(copyPath(QStringLiteral("taxonomy.json")), "[1, 2, 3]"));
        expectFailure(ErrorCode::Corrupt, {QStringLiteral("taxonomy.json")});
    }

    void missingSpanishCountryName()
    {
        expectBroken(
            QStringLiteral("countries.json"),
            [](QJsonObject &root) {
                QJsonArray countries = root.value(QStringLiteral("countries")).toArray();
                const qsizetype i =
                    indexOf(countries, QStringLiteral("code"), QStringLiteral("AR"));
                root.insert(QStringLiteral("countries"),
                            editedEntry(countries, i, [](QJsonObject &c) {
                                QJsonObject names = c.value(QStringLiteral("names")).toObject();
                                names.remove(QStringLiteral("es"));
                                c.insert(QStringLiteral("names"), names);
                            }));
            },
            ErrorCode::Corrupt,
            {QStringLiteral("countries.json"), QStringLiteral("\"AR\""), QStringLiteral("\"es\"")});
    }

    void blankPortugueseTaxonomyLabel()
    {
        expectBroken(QStringLiteral("taxonomy.json"),
                     [](QJsonObject &root) {
                         QJsonArray items = root.value(QStringLiteral("challenges")).toArray();
                         const qsizetype i =
                             indexOf(items, QStringLiteral("id"), QStringLiteral("demand"));
                         root.insert(QStringLiteral("challenges"),
                                     editedEntry(items, i, [](QJsonObject &item) {
                                         QJsonObject labels =
                                             item.value(QStringLiteral("labels")).toObject();
                                         labels.insert(QStringLiteral("pt"), QStringLiteral("   "));
                                         item.insert(QStringLiteral("labels"), labels);
                                     }));
                     },
                     ErrorCode::Corrupt,
                     {QStringLiteral("taxonomy.json"), QStringLiteral("\"demand\""),
                      QStringLiteral("\"challenges\""), QStringLiteral("\"pt\"")});
    }

    void missingZoneName()
    {
        expectBroken(QStringLiteral("border_zones.json"),
                     [](QJsonObject &root) {
                         QJsonArray zones = root.value(QStringLiteral("zones")).toArray();
                         root.insert(QStringLiteral("zones"),
                                     editedEntry(zones, 0, [](QJsonObject &zone) {
                                         zone.remove(QStringLiteral("names"));
                                     }));
                     },
                     ErrorCode::Corrupt,
                     {QStringLiteral("border_zones.json"), QStringLiteral("tri_border_ar_br_py")});
    }

    void duplicateTaxonomyId()
    {
        expectBroken(QStringLiteral("taxonomy.json"),
                     [](QJsonObject &root) {
                         QJsonArray items = root.value(QStringLiteral("manifestations")).toArray();
                         items.append(items.at(
                             indexOf(items, QStringLiteral("id"), QStringLiteral("csam"))));
                         root.insert(QStringLiteral("manifestations"), items);
                     },
                     ErrorCode::Corrupt,
                     {QStringLiteral("taxonomy.json"), QStringLiteral("\"manifestations\""),
                      QStringLiteral("\"csam\"")});
    }

    void duplicateCountryCode()
    {
        expectBroken(QStringLiteral("countries.json"),
                     [](QJsonObject &root) {
                         QJsonArray countries = root.value(QStringLiteral("countries")).toArray();
                         countries.append(countries.at(0));
                         root.insert(QStringLiteral("countries"), countries);
                     },
                     ErrorCode::Corrupt,
                     {QStringLiteral("countries.json"), QStringLiteral("\"AG\"")});
    }

    void duplicateZoneId()
    {
        expectBroken(QStringLiteral("border_zones.json"),
                     [](QJsonObject &root) {
                         QJsonArray zones = root.value(QStringLiteral("zones")).toArray();
                         zones.append(zones.at(1));
                         root.insert(QStringLiteral("zones"), zones);
                     },
                     ErrorCode::Corrupt,
                     {QStringLiteral("border_zones.json"), QStringLiteral("\"border_mx_gt\"")});
    }

    void zoneNamesUnknownCountry()
    {
        expectBroken(QStringLiteral("border_zones.json"),
                     [](QJsonObject &root) {
                         QJsonArray zones = root.value(QStringLiteral("zones")).toArray();
                         root.insert(
                             QStringLiteral("zones"), editedEntry(zones, 0, [](QJsonObject &zone) {
                                 zone.insert(QStringLiteral("countries"),
                                             QJsonArray{QStringLiteral("AR"), QStringLiteral("BR"),
                                                        QStringLiteral("XX")});
                             }));
                     },
                     ErrorCode::Corrupt,
                     {QStringLiteral("border_zones.json"), QStringLiteral("tri_border_ar_br_py"),
                      QStringLiteral("\"XX\"")});
    }

    void zoneListsRegionalCountryAsExternal()
    {
        expectBroken(QStringLiteral("border_zones.json"),
                     [](QJsonObject &root) {
                         QJsonArray zones = root.value(QStringLiteral("zones")).toArray();
                         const qsizetype i =
                             indexOf(zones, QStringLiteral("id"), QStringLiteral("border_mx_us"));
                         root.insert(QStringLiteral("zones"),
                                     editedEntry(zones, i, [](QJsonObject &zone) {
                                         zone.insert(QStringLiteral("external_countries"),
                                                     QJsonArray{QStringLiteral("GT")});
                                     }));
                     },
                     ErrorCode::Corrupt,
                     {QStringLiteral("border_zones.json"), QStringLiteral("border_mx_us"),
                      QStringLiteral("\"GT\"")});
    }

    void countryInUnknownSubregion()
    {
        expectBroken(QStringLiteral("countries.json"),
                     [](QJsonObject &root) {
                         QJsonArray countries = root.value(QStringLiteral("countries")).toArray();
                         const qsizetype i =
                             indexOf(countries, QStringLiteral("code"), QStringLiteral("CU"));
                         root.insert(QStringLiteral("countries"),
                                     editedEntry(countries, i, [](QJsonObject &c) {
                                         c.insert(QStringLiteral("subregion"),
                                                  QStringLiteral("antilles"));
                                     }));
                     },
                     ErrorCode::Corrupt,
                     {QStringLiteral("countries.json"), QStringLiteral("\"CU\""),
                      QStringLiteral("\"antilles\"")});
    }

    void countryInUnknownBloc()
    {
        expectBroken(QStringLiteral("countries.json"),
                     [](QJsonObject &root) {
                         QJsonArray countries = root.value(QStringLiteral("countries")).toArray();
                         const qsizetype i =
                             indexOf(countries, QStringLiteral("code"), QStringLiteral("CL"));
                         root.insert(QStringLiteral("countries"),
                                     editedEntry(countries, i, [](QJsonObject &c) {
                                         c.insert(QStringLiteral("blocs"),
                                                  QJsonArray{QStringLiteral("pacific_alliance")});
                                     }));
                     },
                     ErrorCode::Corrupt,
                     {QStringLiteral("countries.json"), QStringLiteral("\"CL\""),
                      QStringLiteral("\"pacific_alliance\"")});
    }

    void invalidCountryCode()
    {
        expectBroken(QStringLiteral("countries.json"),
                     [](QJsonObject &root) {
                         QJsonArray countries = root.value(QStringLiteral("countries")).toArray();
                         root.insert(QStringLiteral("countries"),
                                     editedEntry(countries, 0, [](QJsonObject &c) {
                                         c.insert(QStringLiteral("code"), QStringLiteral("ATG"));
                                     }));
                     },
                     ErrorCode::Corrupt,
                     {QStringLiteral("countries.json"), QStringLiteral("\"ATG\"")});
    }

    void missingTaxonomyKind()
    {
        expectBroken(QStringLiteral("taxonomy.json"),
                     [](QJsonObject &root) { root.remove(QStringLiteral("themes")); },
                     ErrorCode::Corrupt,
                     {QStringLiteral("taxonomy.json"), QStringLiteral("\"themes\"")});
    }

    void missingVersion()
    {
        expectBroken(QStringLiteral("border_zones.json"),
                     [](QJsonObject &root) {
                         root.insert(QStringLiteral("version"), QStringLiteral("new"));
                     },
                     ErrorCode::Corrupt,
                     {QStringLiteral("border_zones.json"), QStringLiteral("\"version\"")});
    }

    void missingFile()
    {
        QVERIFY(QFile::remove(copyPath(QStringLiteral("taxonomy.json"))));
        expectFailure(ErrorCode::NotFound, {QStringLiteral("taxonomy.json")});
    }

    void missingDirectory()
    {
        const QString gone = m_copy->filePath(QStringLiteral("no_such_folder"));
        const Result<ReferenceData> loaded = ReferenceData::loadFromDirectory(gone);
        QVERIFY(!loaded.ok());
        QCOMPARE(int(loaded.error().code()), int(ErrorCode::NotFound));
        QVERIFY(loaded.error().message().contains(QDir::toNativeSeparators(gone)));
    }
};

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
