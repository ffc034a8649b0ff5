#include "forms/FormJson.h"
#include "forms/FormValidator.h"
#include "forms/XlsFormImporter.h"
#include "XlsxTestWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

namespace {

using Rows = test::XlsxTestWriter::Rows;
using Sheets = test::XlsxTestWriter::Sheets;

bool writeWorkbook(const QString &path, const Sheets &sheets)
{
    return test::XlsxTestWriter::write(path, sheets);
}

QString fixture(const QString &name)
{
    return qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR") + QStringLiteral("/tests/data/forms/") +
           name;
}

// A form using most of what XLSForm authors write, with the quirks of real
// workbooks: headers in mixed case with spaces, language columns in both
// styles, a blank row, an underscore spelling of begin group.
Sheets fullForm()
{
    const Rows survey = {
        {QStringLiteral("Type"), QStringLiteral(" NAME "), QStringLiteral("label::English (en)"),
         QStringLiteral("label::Español (es)"), QStringLiteral("Hint::es"),
         QStringLiteral("required"), QStringLiteral("constraint"),
         QStringLiteral("constraint_message::Português (pt)"), QStringLiteral("relevant"),
         QStringLiteral("calculation"), QStringLiteral("choice_filter"),
         QStringLiteral("sensitive"), QStringLiteral("coding"), QStringLiteral("indicator"),
         QStringLiteral("repeat_count"), QStringLiteral("bind::odk:length"),
         QStringLiteral("image")},
        {QStringLiteral("text"),
         QStringLiteral("reporter"),
         QStringLiteral("Reporter"),
         QStringLiteral("Informante"),
         QStringLiteral("Nombre"),
         QStringLiteral("TRUE"),
         {},
         {},
         {},
         {},
         {},
         QStringLiteral("yes"),
         {},
         {},
         {},
         QStringLiteral("40")},
        {QStringLiteral("begin_group"), QStringLiteral("place"), QStringLiteral("Place")},
        {QStringLiteral("select_one countries or_other"),
         QStringLiteral("country"),
         QStringLiteral("Country"),
         QStringLiteral("País"),
         {},
         QStringLiteral("yes")},
        {QStringLiteral("select_multiple zones"),
         QStringLiteral("zone"),
         QStringLiteral("Zone"),
         {},
         {},
         {},
         {},
         {},
         QStringLiteral("${country} != ''"),
         {},
         QStringLiteral("country = ${country}")},
        {QStringLiteral("end_group")},
        {},
        {QStringLiteral("begin repeat"),
         QStringLiteral("people"),
         QStringLiteral("People"),
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         QStringLiteral("2")},
        {QStringLiteral("integer"),
         QStringLiteral("age"),
         QStringLiteral("Age"),
         QStringLiteral("Edad"),
         {},
         QStringLiteral("no"),
         QStringLiteral(". >= 0"),
         QStringLiteral("Idade inválida")},
        {QStringLiteral("end repeat")},
        {QStringLiteral("narrative"),
         QStringLiteral("story"),
         QStringLiteral("Story"),
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         QStringLiteral("yes")},
        {QStringLiteral("calculate"),
         QStringLiteral("total"),
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         QStringLiteral("sum(${age})"),
         {},
         {},
         {},
         QStringLiteral("IND-7")},
        {QStringLiteral("image"),
         QStringLiteral("photo"),
         QStringLiteral("Photo"),
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         QStringLiteral("camera.png")},
        {QStringLiteral("start"), QStringLiteral("started")},
    };
    const Rows choices = {
        {QStringLiteral("LIST_NAME"), QStringLiteral("name"), QStringLiteral("label::English (en)"),
         QStringLiteral("label::es"), QStringLiteral("country")},
        {QStringLiteral("countries"), QStringLiteral("co"), QStringLiteral("Colombia"),
         QStringLiteral("Colombia")},
        {QStringLiteral("countries"), QStringLiteral("br"), QStringLiteral("Brazil"),
         QStringLiteral("Brasil")},
        {QStringLiteral("zones"),
         QStringLiteral("leticia"),
         QStringLiteral("Leticia"),
         {},
         QStringLiteral("co")},
    };
    const Rows settings = {
        {QStringLiteral("form_id"), QStringLiteral("version"),
         QStringLiteral("form_title::English (en)"), QStringLiteral("form_title::es"),
         QStringLiteral("default_language"), QStringLiteral("instance_name")},
        {QStringLiteral("finding"), QStringLiteral("3"), QStringLiteral("Finding"),
         QStringLiteral("Hallazgo"), QStringLiteral("English (en)"),
         QStringLiteral("concat(${reporter})")},
    };
    return {{QStringLiteral("survey"), survey},
            {QStringLiteral("Choices"), choices},
            {QStringLiteral("SETTINGS"), settings}};
}

} // namespace

class tst_XlsFormImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Result<XlsFormImport> importSheets(const Sheets &sheets,
                                       const QString &name = QStringLiteral("form.xlsx"))
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!writeWorkbook(path, sheets))
            return Error(ErrorCode::Io, QStringLiteral("could not write the test workbook"));
        return XlsFormImporter::importFile(path);
    }

private slots:
    void fullForm_()
    {
        auto result = importSheets(fullForm());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const FormDefinition &d = result.value().definition();

        QCOMPARE(d.formId(), QStringLiteral("finding"));
        QCOMPARE(d.version(), QStringLiteral("3"));
        QCOMPARE(d.defaultLanguage(), QStringLiteral("en"));
        QCOMPARE(d.title().value(QStringLiteral("es")), QStringLiteral("Hallazgo"));
        QCOMPARE(d.attributes().value(QStringLiteral("instance_name")),
                 QStringLiteral("concat(${reporter})"));

        // The tree: groups and repeats hold their rows; the blank row is gone.
        QCOMPARE(d.rows().size(), 7);
        const FormRow &reporter = d.rows().at(0);
        QCOMPARE(reporter.required(), QStringLiteral("yes"));
        QVERIFY(reporter.isSensitive());
        QCOMPARE(reporter.label().value(QStringLiteral("es")), QStringLiteral("Informante"));
        QCOMPARE(reporter.hint().value(QStringLiteral("es")), QStringLiteral("Nombre"));
        QCOMPARE(reporter.attributes().value(QStringLiteral("bind::odk:length")),
                 QStringLiteral("40"));
        QCOMPARE(reporter.sourceRow(), 2);

        const FormRow &place = d.rows().at(1);
        QCOMPARE(place.type().kind(), FormType::Kind::Group);
        QCOMPARE(place.children().size(), 2);
        const FormRow &country = place.children().at(0);
        QCOMPARE(country.type().kind(), FormType::Kind::SelectOne);
        QCOMPARE(country.listName(), QStringLiteral("countries"));
        QVERIFY(country.orOther());
        QCOMPARE(place.children().at(1).choiceFilter(), QStringLiteral("country = ${country}"));

        const FormRow &people = d.rows().at(2);
        QCOMPARE(people.type().kind(), FormType::Kind::Repeat);
        QCOMPARE(people.repeatCount(), QStringLiteral("2"));
        QCOMPARE(people.children().size(), 1);
        const FormRow &age = people.children().at(0);
        QCOMPARE(age.sourceRow(), 9);
        QCOMPARE(age.required(), QString());
        QCOMPARE(age.text(QStringLiteral("constraint_message")).value(QStringLiteral("pt")),
                 QStringLiteral("Idade inválida"));

        QVERIFY(d.rows().at(3).isCoding());
        QCOMPARE(d.rows().at(4).indicator(), QStringLiteral("IND-7"));
        const FormRow &photo = d.rows().at(5);
        QCOMPARE(photo.type().kind(), FormType::Kind::NotCollected);
        QCOMPARE(photo.media().value(QStringLiteral("image")).value(QStringLiteral("en")),
                 QStringLiteral("camera.png"));
        QCOMPARE(result.value().warnings(),
                 QStringList{QStringLiteral("survey row 13: 'photo' (image) cannot be collected "
                                            "on the desktop; the row is kept but not collected.")});

        QCOMPARE(d.choices().size(), 3);
        QCOMPARE(d.choices().at(1).label().value(QStringLiteral("es")), QStringLiteral("Brasil"));
        QCOMPARE(d.choices().at(2).attributes().value(QStringLiteral("country")),
                 QStringLiteral("co"));
        QCOMPARE(d.choices().at(2).sourceRow(), 4);

        QVERIFY(d.findRow(QStringLiteral("started")));
    }

    void fullFormGoldenJson()
    {
        auto result = importSheets(fullForm());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const QByteArray written = FormJson::write(result.value().definition());
        QFile file(fixture(QStringLiteral("xlsform_full.json")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray expected = file.readAll();
        if (written != expected) {
            QFile out(QDir::temp().filePath(QStringLiteral("xlsform_full.actual.json")));
            if (out.open(QIODevice::WriteOnly))
                out.write(written);
        }
        QCOMPARE(written, expected);
    }

    void bareLabelsAndOldSpellings()
    {
        const Rows survey = {
            {QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("label"),
             QStringLiteral("label:Français (fr)")},
            {QStringLiteral("select one from yn or specify other"), QStringLiteral("ok"),
             QStringLiteral("OK?"), QStringLiteral("D'accord ?")},
            {QStringLiteral("select all that apply from yn"), QStringLiteral("many"),
             QStringLiteral("Many")},
            {QStringLiteral("begin loop over yn"), QStringLiteral("each")},
            {QStringLiteral("integer"), QStringLiteral("n")},
            {QStringLiteral("end loop")},
        };
        const Rows choices = {
            {QStringLiteral("list name"), QStringLiteral("name"), QStringLiteral("label")},
            {QStringLiteral("yn"), QStringLiteral("yes"), QStringLiteral("Yes")},
        };
        auto result =
            importSheets({{QStringLiteral("survey"), survey}, {QStringLiteral("choices"), choices}},
                         QStringLiteral("old_style.xlsx"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const FormDefinition &d = result.value().definition();
        QCOMPARE(d.formId(), QStringLiteral("old_style"));
        QCOMPARE(d.defaultLanguage(), QStringLiteral("default"));
        QCOMPARE(d.rows().at(0).type().kind(), FormType::Kind::SelectOne);
        QVERIFY(d.rows().at(0).orOther());
        QCOMPARE(d.rows().at(0).label().value(QStringLiteral("default")), QStringLiteral("OK?"));
        QCOMPARE(d.rows().at(0).label().value(QStringLiteral("fr")), QStringLiteral("D'accord ?"));
        QCOMPARE(d.rows().at(1).type().kind(), FormType::Kind::SelectMultiple);
        QCOMPARE(d.rows().at(2).type().kind(), FormType::Kind::Group);
        QCOMPARE(d.rows().at(2).children().size(), 1);
        QCOMPARE(d.choices().at(0).label().value(QStringLiteral("default")), QStringLiteral("Yes"));
        // The workbook has no version: the second warning says which it got.
        QCOMPARE(result.value().warnings().size(), 2);
        QCOMPARE(result.value().warnings().first(),
                 QStringLiteral("survey row 4: the loop 'each' was imported as a group; Vigia "
                                "has no loops, so use a repeat instead."));
    }

    void expressionErrorsNameRowAndColumn()
    {
        Rows survey = {
            {QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("constraint")},
            {QStringLiteral("integer"), QStringLiteral("a")},
        };
        for (int i = 0; i < 11; ++i)
            survey.append({QStringLiteral("note"), QStringLiteral("n%1").arg(i)});
        survey.append(
            {QStringLiteral("integer"), QStringLiteral("age"), QStringLiteral(". >= 0 and )")});
        const Rows settings = {{QStringLiteral("form_id"), QStringLiteral("version")},
                               {QStringLiteral("f"), QStringLiteral("1")}};
        auto result = importSheets(
            {{QStringLiteral("survey"), survey}, {QStringLiteral("settings"), settings}});
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(FormValidator::problems(result.value().definition()),
                 QStringList{QStringLiteral(
                     "survey row 14, column constraint: unexpected ')' at position 12")});
    }

    void errors_data()
    {
        QTest::addColumn<Rows>("survey");
        QTest::addColumn<QString>("message");
        const QStringList header = {QStringLiteral("type"), QStringLiteral("name"),
                                    QStringLiteral("label")};

        QTest::newRow("duplicate columns")
            << Rows{{QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("Label"),
                     QStringLiteral("hint"), QStringLiteral("label ")}}
            << QStringLiteral("survey sheet: the column 'label' appears twice (columns C and E); "
                              "delete or rename one of them.");
        QTest::newRow("duplicate language columns")
            << Rows{{QStringLiteral("type"), QStringLiteral("name"),
                     QStringLiteral("label::English (en)"), QStringLiteral("label::en")}}
            << QStringLiteral("survey sheet: the column 'label::en' appears twice (columns C "
                              "and D); delete or rename one of them.");
        QTest::newRow("unknown type")
            << Rows{header, {}, {QStringLiteral("photograph"), QStringLiteral("p")}}
            << QStringLiteral("form.xlsx: survey row 3, column type: unknown type 'photograph'; "
                              "see docs/form-format.md for the types Vigia knows.");
        QTest::newRow("end without begin")
            << Rows{header, {QStringLiteral("end group")}}
            << QStringLiteral("form.xlsx: survey row 2, column type: 'end group' has no "
                              "matching begin row; delete it or add the begin row.");
        QTest::newRow("mismatched end")
            << Rows{header,
                    {QStringLiteral("begin repeat"), QStringLiteral("r")},
                    {QStringLiteral("text"), QStringLiteral("t")},
                    {QStringLiteral("end group")}}
            << QStringLiteral("form.xlsx: survey row 4, column type: 'end group' closes 'r', "
                              "begun at row 2; make them match.");
        QTest::newRow("never closed")
            << Rows{header,
                    {QStringLiteral("begin group"), QStringLiteral("outer")},
                    {QStringLiteral("begin_group"), QStringLiteral("inner")},
                    {QStringLiteral("end_group")}}
            << QStringLiteral("form.xlsx: survey row 2, column type: 'outer' is never closed; "
                              "add an 'end group' row after its last question.");
        QTest::newRow("select without list")
            << Rows{header, {QStringLiteral("select_one"), QStringLiteral("s")}}
            << QStringLiteral("form.xlsx: survey row 2, column type: select_one needs a choice "
                              "list, as in 'select_one yes_no'.");
        QTest::newRow("list after a non-select")
            << Rows{header, {QStringLiteral("integer yn"), QStringLiteral("i")}}
            << QStringLiteral("form.xlsx: survey row 2, column type: 'integer yn' is not a type; "
                              "only selects name a choice list after the type.");
        QTest::newRow("sensitive not yes or no")
            << Rows{{QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("sensitive")},
                    {QStringLiteral("text"), QStringLiteral("t"), QStringLiteral("maybe")}}
            << QStringLiteral("form.xlsx: survey row 2, column sensitive: 'maybe' is not yes or "
                              "no; write yes or no.");
        QTest::newRow("no name column")
            << Rows{{QStringLiteral("type"), QStringLiteral("label")}}
            << QStringLiteral("form.xlsx: survey row 1: the survey sheet needs a type and a name "
                              "column; add them to its first row.");
    }

    void errors()
    {
        QFETCH(Rows, survey);
        QFETCH(QString, message);
        auto result = importSheets({{QStringLiteral("survey"), survey}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message(), message);
    }

    void sheetErrors()
    {
        auto noSurvey =
            importSheets({{QStringLiteral("questions"), Rows{{QStringLiteral("type")}}}});
        QVERIFY(!noSurvey.ok());
        QCOMPARE(noSurvey.error().message(),
                 QStringLiteral("form.xlsx has no survey sheet, so it is not an XLSForm. Add a "
                                "sheet called survey with the questions."));

        const Rows survey = {{QStringLiteral("type"), QStringLiteral("name")}};
        const Rows choices = {{QStringLiteral("list_name"), QStringLiteral("name")},
                              {QStringLiteral("yn"), QString()},
                              {QStringLiteral("yn"), QStringLiteral("yes")}};
        auto noName = importSheets(
            {{QStringLiteral("survey"), survey}, {QStringLiteral("CHOICES"), choices}});
        QVERIFY(!noName.ok());
        QCOMPARE(noName.error().message(),
                 QStringLiteral("form.xlsx: CHOICES row 2, column name: the choice has no name; "
                                "fill it in or delete the row."));
    }

    void xlsIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.XLS"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xD0\xCF\x11\xE0");
        file.close();
        auto result = XlsFormImporter::importFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message(),
                 QStringLiteral("old.XLS is an old .xls workbook, which Vigia cannot read. Open "
                                "it in a spreadsheet program, save it as .xlsx and import that "
                                "file."));
    }

    void corpus()
    {
        QString folder = qEnvironmentVariable("VIGIA_XLSFORM_CORPUS");
        if (folder.isEmpty())
            QFAIL("no XLSForm corpus: set VIGIA_XLSFORM_CORPUS to the folder of "
                  "../shared/xlsform-corpus");
        const QDir dir(folder);
        const QStringList files =
            dir.entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
        QVERIFY2(files.contains(QStringLiteral("duplicate_columns.xlsx")),
                 qPrintable(dir.absolutePath()));
        for (const QString &name : files) {
            auto result = XlsFormImporter::importFile(dir.filePath(name));
            if (name == u"duplicate_columns.xlsx") {
                QVERIFY2(!result.ok(), qPrintable(name));
                QVERIFY2(result.error().message().contains(
                             QStringLiteral("the column 'label' appears twice")),
                         qPrintable(result.error().message()));
                continue;
            }
            QVERIFY2(result.ok(),
                     qPrintable(name + QStringLiteral(": ") + result.error().message()));
            const FormDefinition &definition = result.value().definition();
            QVERIFY2(!definition.rows().isEmpty(), qPrintable(name));
            // What `forms import` checks before storing: the whole validator.
            const QStringList problems = FormValidator::problems(definition);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(name + QStringLiteral(": ") + problems.join(u'\n')));
            QVERIFY2(!definition.version().isEmpty(), qPrintable(name));
            // A phone-number pattern with nested unbounded repetition, which
            // pyxform converts: imported, with a warning naming its row.
            if (name == u"UCL_Biomass_Plot_Form.xlsx") {
                const QStringList slow =
                    result.value().warnings().filter(QStringLiteral("regex()"));
                QCOMPARE(slow.size(), 1);
                QVERIFY2(slow.first().startsWith(QStringLiteral(
                             "survey row 10, column constraint: regex() at position 1: in "
                             "'(([0-9]{1})*[- .(]*([0-9]{3})[- .)]*[0-9]{3}[- .]*[0-9]{4})+'")),
                         qPrintable(slow.first()));
            }
            // What was imported survives the JSON format unchanged.
            const QByteArray json = FormJson::write(definition);
            auto back = FormJson::read(json, name);
            QVERIFY2(back.ok(), qPrintable(back.error().message()));
            QCOMPARE(FormJson::write(back.value()), json);
        }
    }

    void versionFromContent()
    {
        const Rows survey = {{QStringLiteral("type"), QStringLiteral("name")},
                             {QStringLiteral("text"), QStringLiteral("a")}};
        auto first = importSheets({{QStringLiteral("survey"), survey}});
        auto again = importSheets({{QStringLiteral("survey"), survey}});
        QVERIFY2(first.ok(), qPrintable(first.error().message()));
        QVERIFY2(again.ok(), qPrintable(again.error().message()));
        const QString version = first.value().definition().version();
        QVERIFY(first.value().versionDerived());
        QVERIFY2(version.startsWith(QStringLiteral("auto-")) && version.size() == 17,
                 qPrintable(version));
        QCOMPARE(again.value().definition().version(), version);
        QVERIFY(FormValidator::problems(first.value().definition()).isEmpty());
        QCOMPARE(first.value().warnings(),
                 QStringList{QStringLiteral(
                                 "settings: the form has no version, so Vigia gave it the version "
                                 "%1, taken from its content: importing the same form again "
                                 "changes nothing and a changed form gets a new version. To "
                                 "number versions yourself, add a version column to the "
                                 "settings sheet, with a value such as 1.")
                                 .arg(version)});

        // Any change, even a label, is a new version.
        const Rows labelled = {
            {QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("label")},
            {QStringLiteral("text"), QStringLiteral("a"), QStringLiteral("A")}};
        auto changed = importSheets({{QStringLiteral("survey"), labelled}});
        QVERIFY2(changed.ok(), qPrintable(changed.error().message()));
        QVERIFY(changed.value().definition().version() != version);

        // A version in the settings is kept as written, with no warning.
        const Rows settings = {{QStringLiteral("version")}, {QStringLiteral("2024.1")}};
        auto versioned = importSheets(
            {{QStringLiteral("survey"), survey}, {QStringLiteral("settings"), settings}});
        QVERIFY2(versioned.ok(), qPrintable(versioned.error().message()));
        QCOMPARE(versioned.value().definition().version(), QStringLiteral("2024.1"));
        QVERIFY(!versioned.value().versionDerived());
        QVERIFY(versioned.value().warnings().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_XlsFormImporter)
#include "tst_xlsformimporter.moc"
