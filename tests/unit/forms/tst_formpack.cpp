// The Observatory form pack in resources/forms/ (issue 3, item 8): every
// definition reads and validates, speaks English, Spanish and Portuguese,
// draws its lists from the reference data and docs/domain.md, and keeps to the
// 2016 Terminology Guidelines and the data-protection rules.

#include "forms/FormJson.h"
#include "forms/FormSession.h"
#include "forms/FormValidator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace vigia;

namespace {

QString sourcePath(const QString &relative)
{
    return QDir(qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR")).filePath(relative);
}

QStringList formFiles()
{
    const QDir dir(sourcePath(QStringLiteral("resources/forms")));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

const QStringList &languages()
{
    static const QStringList codes{QStringLiteral("en"), QStringLiteral("es"),
                                   QStringLiteral("pt")};
    return codes;
}

// "label of field x" → the languages it lacks, or nothing.
QStringList missingLanguages(const FormText &text, const QString &what)
{
    QStringList problems;
    for (const QString &lang : languages()) {
        if (text.value(lang).trimmed().isEmpty())
            problems << QStringLiteral("%1: no %2 text").arg(what, lang);
    }
    return problems;
}

// The 14 quantitative indicators of docs/domain.md §4.
const QSet<QString> &domainIndicators()
{
    static const QSet<QString> ids{
        QStringLiteral("victims_identified"),    QStringLiteral("cases_investigated"),
        QStringLiteral("prosecutions"),          QStringLiteral("convictions"),
        QStringLiteral("months_to_sentence"),    QStringLiteral("victims_assisted"),
        QStringLiteral("repatriations"),         QStringLiteral("shelter_places"),
        QStringLiteral("professionals_trained"), QStringLiteral("hotline_reports"),
        QStringLiteral("tourism_codes"),         QStringLiteral("campaigns"),
        QStringLiteral("youth_spaces"),          QStringLiteral("npa_budget"),
    };
    return ids;
}

QJsonObject readReference(const QString &name)
{
    QFile f(sourcePath(QStringLiteral("resources/reference/%1.json").arg(name)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList names(const QList<FormChoice> &choices)
{
    QStringList out;
    for (const FormChoice &c : choices)
        out << c.name();
    return out;
}

} // namespace

class tst_FormPack : public QObject
{
    Q_OBJECT

    QMap<QString, FormDefinition> m_forms; // form id → definition

    [[nodiscard]] const FormDefinition *form(const QString &id) const
    {
        auto it = m_forms.constFind(id);
        return it == m_forms.cend() ? nullptr : &it.value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("VIGIA_TEST_SOURCE_DIR"),
                 "VIGIA_TEST_SOURCE_DIR is not set");
        for (const QString &file : formFiles()) {
            auto read = FormJson::readFile(file);
            if (read)
                m_forms.insert(read.value().formId(), read.value());
        }
    }

    void everyFileReadsAndValidates_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = formFiles();
        QVERIFY2(!files.isEmpty(), "resources/forms holds no *.json");
        for (const QString &file : files)
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void everyFileReadsAndValidates()
    {
        QFETCH(QString, file);
        auto read = FormJson::readFile(file);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
        const QStringList problems = FormValidator::problems(read.value());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Versions are immutable: a pack change bumps the version, so only check one is set.
        QVERIFY(!read.value().version().isEmpty());
        QCOMPARE(read.value().defaultLanguage(), QStringLiteral("en"));
        // Each file is named after its form and written in canonical layout,
        // so re-importing the built-in pack is recognised as a no-op.
        QCOMPARE(QFileInfo(file).completeBaseName(), read.value().formId());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(FormJson::write(read.value())), QString::fromUtf8(f.readAll()));
    }

    void exactlyTheThreeForms()
    {
        QCOMPARE(formFiles().size(), 3);
        QCOMPARE(m_forms.keys(),
                 (QStringList{QStringLiteral("indicator_report"), QStringLiteral("npa_assessment"),
                              QStringLiteral("qualitative_finding")}));
    }

    void everyFormFillsInWithoutEvaluationErrors()
    {
        QVERIFY(!m_forms.isEmpty());
        for (const FormDefinition &d : std::as_const(m_forms)) {
            auto started = FormSession::start(d);
            QVERIFY2(started, qPrintable(started ? QString() : started.error().message()));
            for (const QString &language : languages()) {
                started.value().setLanguage(language);
                for (const FieldIssue &issue : started.value().validateAll()) {
                    // An empty record only lacks answers.
                    QVERIFY2(
                        issue.kind() == FieldIssue::Kind::Required,
                        qPrintable(d.formId() + u' ' + issue.field() + u' ' + issue.message()));
                    QVERIFY(!issue.message().isEmpty());
                }
            }
        }
    }

    void everyTextIsTrilingual()
    {
        QVERIFY(!m_forms.isEmpty());
        QStringList problems;
        int checked = 0;
        for (const FormDefinition &d : std::as_const(m_forms)) {
            problems += missingLanguages(d.title(), d.formId() + QStringLiteral(": title"));
            ++checked;
            d.forEachRow([&](const FormRow &row) {
                // Every question, note and group shows a label.
                if (row.type().name() != u"calculate" && row.type().name() != u"hidden" &&
                    row.label().isEmpty())
                    problems
                        << QStringLiteral("%1: field %2 has no label").arg(d.formId(), row.name());
                for (auto it = row.texts().cbegin(); it != row.texts().cend(); ++it) {
                    ++checked;
                    problems += missingLanguages(
                        it.value(),
                        QStringLiteral("%1: %2 of field %3").arg(d.formId(), it.key(), row.name()));
                }
            });
            for (const FormChoice &c : d.choices()) {
                ++checked;
                problems += missingLanguages(
                    c.label(),
                    QStringLiteral("%1: choice %2/%3").arg(d.formId(), c.listName(), c.name()));
            }
        }
        QVERIFY(checked > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void everySelectListExists()
    {
        QVERIFY(!m_forms.isEmpty());
        QStringList problems;
        for (const FormDefinition &d : std::as_const(m_forms)) {
            QSet<QString> used;
            d.forEachRow([&](const FormRow &row) {
                if (!row.type().isSelect())
                    return;
                used.insert(row.listName());
                if (row.listName().isEmpty() || d.choicesOf(row.listName()).isEmpty())
                    problems << QStringLiteral("%1: field %2 uses the missing list '%3'")
                                    .arg(d.formId(), row.name(), row.listName());
            });
            // And no list is left over unused.
            for (const FormChoice &c : d.choices()) {
                if (!used.contains(c.listName()))
                    problems << QStringLiteral("%1: list '%2' is never used")
                                    .arg(d.formId(), c.listName());
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void indicatorsAreThoseOfTheDomain()
    {
        const FormDefinition *report = form(QStringLiteral("indicator_report"));
        QVERIFY(report);
        const FormRow *indicator = report->findRow(QStringLiteral("indicator"));
        QVERIFY(indicator);
        QCOMPARE(indicator->listName(), QStringLiteral("indicators"));
        const QStringList ids = names(report->choicesOf(QStringLiteral("indicators")));
        QCOMPARE(ids.size(), 14);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), domainIndicators());

        // Each indicator has exactly one value row that says which indicator
        // it reports and is asked only for that indicator; counts are whole
        // and never negative.
        QMap<QString, int> valueRows;
        report->forEachRow([&](const FormRow &row) {
            if (row.indicator().isEmpty())
                return;
            ++valueRows[row.indicator()];
            QCOMPARE(row.type().name(), QStringLiteral("decimal"));
            QVERIFY(row.relevant().contains(QStringLiteral("'%1'").arg(row.indicator())));
            QVERIFY(row.constraint().contains(QStringLiteral(". >= 0")));
            QVERIFY(!row.text(QStringLiteral("constraint_message")).isEmpty());
        });
        QCOMPARE(QSet<QString>(valueRows.keyBegin(), valueRows.keyEnd()), domainIndicators());
        for (auto it = valueRows.cbegin(); it != valueRows.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        const FormRow *victims = report->findRow(QStringLiteral("value_victims_identified"));
        QVERIFY(victims);
        QVERIFY(victims->constraint().contains(QStringLiteral("int(.) = .")));

        const FormRow *end = report->findRow(QStringLiteral("period_end"));
        QVERIFY(end);
        QVERIFY(end->constraint().contains(QStringLiteral("${period_start}")));
        QVERIFY(!end->text(QStringLiteral("constraint_message")).isEmpty());
    }

    void countriesAreThoseOfTheReference()
    {
        const QJsonArray reference =
            readReference(QStringLiteral("countries")).value(QStringLiteral("countries")).toArray();
        QCOMPARE(reference.size(), 33);
        QMap<QString, QJsonObject> byCode;
        for (const QJsonValue &v : reference) {
            const QJsonObject c = v.toObject();
            byCode.insert(c.value(QStringLiteral("code")).toString(),
                          c.value(QStringLiteral("names")).toObject());
        }
        QCOMPARE(m_forms.size(), 3);
        for (const FormDefinition &d : std::as_const(m_forms)) {
            const FormRow *country = d.findRow(QStringLiteral("country"));
            QVERIFY2(country, qPrintable(d.formId()));
            QCOMPARE(country->listName(), QStringLiteral("countries"));
            QVERIFY(FormRow::isConstantFlag(country->required()) && !country->required().isEmpty());
            const QList<FormChoice> choices = d.choicesOf(QStringLiteral("countries"));
            QStringList codes = names(choices);
            codes.sort();
            QCOMPARE(codes, byCode.keys());
            for (const FormChoice &c : choices) {
                for (const QString &lang : languages())
                    QCOMPARE(c.label().value(lang), byCode.value(c.name()).value(lang).toString());
            }
        }
    }

    void borderZonesAreThoseOfTheReference()
    {
        const FormDefinition *finding = form(QStringLiteral("qualitative_finding"));
        QVERIFY(finding);
        const FormRow *zone = finding->findRow(QStringLiteral("border_zone"));
        QVERIFY(zone);
        QVERIFY(zone->relevant().contains(QStringLiteral("${country}")));
        // Only the chosen country's zones are offered (ODK choice filter on the
        // zones' `countries` column).
        QCOMPARE(zone->choiceFilter(), QStringLiteral("selected(countries, ${country})"));
        const QList<FormChoice> choices = finding->choicesOf(zone->listName());
        const QJsonArray reference =
            readReference(QStringLiteral("border_zones")).value(QStringLiteral("zones")).toArray();
        QVERIFY(!reference.isEmpty());
        QCOMPARE(choices.size(), reference.size());
        for (qsizetype i = 0; i < reference.size(); ++i) {
            const QJsonObject z = reference.at(i).toObject();
            const FormChoice &c = choices.at(i);
            QCOMPARE(c.name(), z.value(QStringLiteral("id")).toString());
            QStringList countries;
            for (const QJsonValue &code : z.value(QStringLiteral("countries")).toArray()) {
                countries << code.toString();
            }
            QCOMPARE(c.attributes().value(QStringLiteral("countries")), countries.join(u' '));
            for (const QString &lang : languages())
                QCOMPARE(c.label().value(lang),
                         z.value(QStringLiteral("names")).toObject().value(lang).toString());
        }
    }

    void statusIndicatorsAreYesPartialNoWithEvidence()
    {
        const FormDefinition *npa = form(QStringLiteral("npa_assessment"));
        QVERIFY(npa);
        QVERIFY(npa->findRow(QStringLiteral("year")));
        QVERIFY(!npa->findRow(QStringLiteral("year"))->constraint().isEmpty());
        QCOMPARE(
            names(npa->choicesOf(QStringLiteral("yes_partial_no"))),
            (QStringList{QStringLiteral("yes"), QStringLiteral("partial"), QStringLiteral("no")}));
        int statuses = 0;
        npa->forEachRow([&](const FormRow &row) {
            if (row.listName() != u"yes_partial_no")
                return;
            ++statuses;
            const FormRow *evidence = npa->findRow(row.name() + QStringLiteral("_evidence"));
            QVERIFY2(evidence, qPrintable(row.name()));
            QVERIFY(evidence->relevant().contains(QStringLiteral("${%1}").arg(row.name())));
        });
        QCOMPARE(statuses, 18);
        // Grouped: no status indicator sits at the top level.
        for (const FormRow &row : npa->rows())
            QVERIFY(row.listName() != u"yes_partial_no");
    }

    void noForbiddenTerms()
    {
        // Terms the 2016 Terminology Guidelines retire because they conceal
        // or distort the issue (docs/domain.md §3; translations/glossary.csv).
        static const QStringList forbidden{
            QStringLiteral("child pornography"),     QStringLiteral("child prostitution"),
            QStringLiteral("child sex tourism"),     QStringLiteral("pornografía infantil"),
            QStringLiteral("pornografia infantil"),  QStringLiteral("prostitución infantil"),
            QStringLiteral("prostituição infantil"), QStringLiteral("turismo sexual"),
        };
        static const QRegularExpression clients(QStringLiteral("\\bclient(e)?s?\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
        const QStringList files = formFiles();
        QVERIFY(!files.isEmpty());
        QStringList problems;
        for (const QString &file : files) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            for (const QString &term : forbidden) {
                if (text.contains(term, Qt::CaseInsensitive))
                    problems << QStringLiteral("%1: \"%2\"").arg(file, term);
            }
            if (auto m = clients.match(text); m.hasMatch())
                problems << QStringLiteral("%1: \"%2\"").arg(file, m.captured());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void narrativesAreCodableAndProtected()
    {
        const FormDefinition *finding = form(QStringLiteral("qualitative_finding"));
        QVERIFY(finding);
        const FormRow *narrative = finding->findRow(QStringLiteral("narrative"));
        QVERIFY(narrative);
        QCOMPARE(narrative->type().name(), QStringLiteral("narrative"));
        QVERIFY(narrative->isCoding());
        QVERIFY(narrative->isSensitive());
        // The hint reminds the researcher what never to record.
        const QString hint = narrative->hint().value(QStringLiteral("en"));
        for (const char *word : {"names", "addresses", "schools", "photos", "birth dates"})
            QVERIFY2(hint.contains(QLatin1String(word)), word);

        // Free text that could identify someone is marked sensitive.
        for (const char *name : {"key_quotes", "follow_up_notes"}) {
            const FormRow *row = finding->findRow(QString::fromLatin1(name));
            QVERIFY2(row && row->isSensitive(), name);
        }
        // Consent is required exactly for interviews.
        const FormRow *consent = finding->findRow(QStringLiteral("consent_recorded"));
        QVERIFY(consent);
        QVERIFY(consent->required().contains(QStringLiteral("${source_type}")));
        QVERIFY(!FormRow::isConstantFlag(consent->required()));
        const FormRow *confidentiality = finding->findRow(QStringLiteral("confidentiality"));
        QVERIFY(confidentiality);
        QCOMPARE(names(finding->choicesOf(confidentiality->listName())),
                 (QStringList{QStringLiteral("public"), QStringLiteral("restricted"),
                              QStringLiteral("confidential")}));
        const FormRow *date = finding->findRow(QStringLiteral("date"));
        QVERIFY(date);
        QCOMPARE(date->constraint(), QStringLiteral(". <= today()"));
        QCOMPARE(finding->choicesOf(QStringLiteral("themes")).size(), 5);
    }
};

QTEST_GUILESS_MAIN(tst_FormPack)
#include "tst_formpack.moc"
