#include "forms/FormJson.h"
#include "forms/FormValidator.h"
#include "forms/XlsFormImporter.h"
#include "xlsx/XlsxSheet.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// vigia_xlsx links QuaZip privately, so its include folder does not reach
// the tests; the versioned folder under /usr/include does.
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace vigia;

namespace {

// A sheet as its rows of cell texts; an empty row leaves a blank line, so
// row numbers in messages match what an author would see.
using Rows = QList<QStringList>;
using Sheets = QList<QPair<QString, Rows>>;

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray sheetXml(const Rows &rows)
{
    QByteArray data;
    for (int r = 0; r < rows.size(); ++r) {
        if (rows.at(r).isEmpty())
            continue;
        const QByteArray number = QByteArray::number(r + 1);
        data += "<row r=\"" + number + "\">";
        for (int c = 0; c < rows.at(r).size(); ++c) {
            if (rows.at(r).at(c).isEmpty())
                continue;
            data += "<c r=\"" + XlsxSheet::columnName(c).toLatin1() + number +
                    "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" +
                    escaped(rows.at(r).at(c)) + "</t></is></c>";
        }
        data += "</row>";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<sheetData>" +
           data + "</sheetData></worksheet>";
}

// The least a spreadsheet program writes: content types, the package and
// workbook relationships, the workbook and its sheets.
bool writeWorkbook(const QString &path, const Sheets &sheets)
{
    QList<QPair<QString, QByteArray>> parts;
    QByteArray overrides, entries, rels;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        overrides += "<Override PartName=\"/xl/worksheets/sheet" + n +
                     ".xml\" ContentType=\"application/"
                     "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        entries += "<sheet name=\"" + escaped(sheets.at(i).first) + "\" sheetId=\"" + n +
                   "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "worksheet\" Target=\"worksheets/sheet" +
                n + ".xml\"/>";
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                      sheetXml(sheets.at(i).second)});
    }
    parts.append({QStringLiteral("[Content_Types].xml"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  "<Default Extension=\"rels\" "
                  "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                  "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                      overrides + "</Types>"});
    parts.append({QStringLiteral("_rels/.rels"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                  "<Relationships "
                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                  "officeDocument/2006/relationships/officeDocument\" "
                  "Target=\"xl/workbook.xml\"/></Relationships>"});
    parts.append({QStringLiteral("xl/workbook.xml"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                  "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                  "relationships\"><sheets>" +
                      entries + "</sheets></workbook>"});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                  "<Relationships "
                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                      rels + "</Relationships>"});

    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &part : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.first)))
            return false;
        if (file.write(part.second) != part.second.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
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
        QCOMPARE(result.value().warnings(),
                 QStringList{QStringLiteral("survey row 4: the loop 'each' was imported as a "
                                            "group; Vigia has no loops, so use a repeat "
                                            "instead.")});
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
        if (folder.isEmpty()) {
            folder = qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR") +
                     QStringLiteral("/../shared/xlsform-corpus");
        }
        const QDir dir(folder);
        const QStringList files =
            dir.entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            QSKIP(qPrintable(QStringLiteral("no XLSForm corpus at %1; set VIGIA_XLSFORM_CORPUS "
                                            "to run this test")
                                 .arg(dir.absolutePath())));
        }
        QVERIFY(files.contains(QStringLiteral("duplicate_columns.xlsx")));
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
            QVERIFY2(!result.value().definition().rows().isEmpty(), qPrintable(name));
            // What was imported survives the JSON format unchanged.
            const QByteArray json = FormJson::write(result.value().definition());
            auto back = FormJson::read(json, name);
            QVERIFY2(back.ok(), qPrintable(back.error().message()));
            QCOMPARE(FormJson::write(back.value()), json);
        }
    }
};

QTEST_GUILESS_MAIN(tst_XlsFormImporter)
#include "tst_xlsformimporter.moc"
