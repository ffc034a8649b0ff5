#include "forms/FormJson.h"
#include "forms/FormValidator.h"
#include "forms/XlsFormImporter.h"

#include "XlsxTestWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using Rows = test::XlsxTestWriter::Rows;
using Sheets = test::XlsxTestWriter::Sheets;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const Rows kChoices = {{s("list_name"), s("name"), s("label")},
                       {s("yn"), s("yes"), s("Yes")},
                       {s("yn"), s("no"), s("No")}};

} // namespace

// pyxform's aliases (types, columns, settings) and what Vigia ignores with
// a warning: every spelling imports as its canonical form.
class tst_XlsFormAliases : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Result<XlsFormImport> importSheets(const Sheets &sheets, const QString &name = s("form.xlsx"))
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!test::XlsxTestWriter::write(path, sheets))
            return Error(ErrorCode::Io, s("could not write the test workbook"));
        return XlsFormImporter::importFile(path);
    }

    // The survey with one row of type `type` named `q`, and the yn list.
    Result<XlsFormImport> importType(const QString &type)
    {
        return importSheets({{s("survey"), Rows{{s("type"), s("name")}, {type, s("q")}}},
                             {s("choices"), kChoices}});
    }

private slots:
    void typeAliases_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("list");
        QTest::addColumn<bool>("orOther");
        QTest::addColumn<QString>("constraint");
        const auto add = [](const char *cell, const char *type, const char *list = "",
                            bool orOther = false, const char *constraint = "") {
            QTest::newRow(cell) << s(cell) << s(type) << s(list) << orOther << s(constraint);
        };
        // Plain types, in pyxform's long and short spellings.
        for (const char *cell : {"text", "string", "q string", "add text prompt", "Text"})
            add(cell, "text");
        for (const char *cell : {"integer", "int", "q int", "add integer prompt"})
            add(cell, "integer");
        for (const char *cell : {"decimal", "q decimal", "add decimal prompt"})
            add(cell, "decimal");
        for (const char *cell : {"date", "q date", "add date prompt"})
            add(cell, "date");
        for (const char *cell : {"datetime", "dateTime", "date time", "q date time", "q dateTime",
                                 "add date time prompt", "add dateTime prompt"})
            add(cell, "datetime");
        for (const char *cell : {"geopoint", "gps", "location", "q location", "q geopoint",
                                 "add location prompt", "geo point"})
            add(cell, "geopoint");
        add("q geotrace", "geotrace");
        add("q geoshape", "geoshape");
        for (const char *cell :
             {"image", "photo", "q picture", "q image", "add image prompt", "add photo prompt"})
            add(cell, "image");
        for (const char *cell : {"q audio", "add audio prompt"})
            add(cell, "audio");
        for (const char *cell : {"q video", "add video prompt"})
            add(cell, "video");
        add("add file prompt", "file");
        for (const char *cell : {"barcode", "q barcode", "add barcode prompt"})
            add(cell, "barcode");
        for (const char *cell : {"note", "q note", "add note prompt"})
            add(cell, "note");
        for (const char *cell : {"calculate", "q calculate", "add calculate prompt"})
            add(cell, "calculate");
        for (const char *cell :
             {"acknowledge", "trigger", "q acknowledge", "add acknowledge prompt"})
            add(cell, "acknowledge");
        for (const char *cell : {"start", "start time", "get start time"})
            add(cell, "start");
        for (const char *cell : {"end", "end time", "get end time"})
            add(cell, "end");
        for (const char *cell : {"today", "get today"})
            add(cell, "today");
        for (const char *cell : {"deviceid", "imei", "device id", "get device id"})
            add(cell, "deviceid");
        for (const char *cell : {"simserial", "sim id", "get sim id"})
            add(cell, "simserial");
        for (const char *cell : {"subscriberid", "subscriber id", "get subscriber id"})
            add(cell, "subscriberid");
        for (const char *cell : {"phonenumber", "get phone number"})
            add(cell, "phonenumber");
        // Long forms that imply a check.
        add("phone number", "text", "", false, "regex(., '^\\d*$')");
        add("percentage", "integer", "", false, "0 <= . and . <= 100");
        add("number of days in last month", "integer", "", false, "0 <= . and . <= 31");
        add("number of days in last six months", "integer", "", false, "0 <= . and . <= 183");
        add("number of days in last year", "integer", "", false, "0 <= . and . <= 365");
        // Selects, with the list and "or other" in each spelling.
        for (const char *cell :
             {"select_one yn", "select one yn", "select1 yn", "q select1 yn", "select one from yn",
              "select one using yn", "add select one prompt using yn", "Select One  yn"})
            add(cell, "select_one", "yn");
        for (const char *cell :
             {"select_multiple yn", "select multiple yn", "q select yn", "select all that apply yn",
              "select all that apply from yn", "select multiple from yn",
              "select multiple using yn", "add select multiple prompt using yn"})
            add(cell, "select_multiple", "yn");
        for (const char *cell : {"select_one yn or_other", "select one yn or_other",
                                 "select one from yn or specify other", "select_one yn or other"})
            add(cell, "select_one", "yn", true);
        add("select multiple from yn or_other", "select_multiple", "yn", true);
        add("select_one_from_file places.csv", "select_one_from_file", "places.csv");
        add("select one from file places.csv", "select_one_from_file", "places.csv");
        add("select_multiple_from_file places.xml", "select_multiple_from_file", "places.xml");
        add("select multiple from file places.xml", "select_multiple_from_file", "places.xml");
        add("select_one_external yn", "select_one_external", "yn");
        add("select one external yn", "select_one_external", "yn");
        add("rank yn", "rank", "yn");
        add("osm tags", "osm", "tags");
    }

    void typeAliases()
    {
        QFETCH(QString, cell);
        QFETCH(QString, type);
        QFETCH(QString, list);
        QFETCH(bool, orOther);
        QFETCH(QString, constraint);
        auto result = importType(cell);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const FormRow &row = result.value().definition().rows().first();
        QCOMPARE(row.type().name(), type);
        QVERIFY(row.type().isKnown());
        QCOMPARE(row.listName(), list);
        QCOMPARE(row.orOther(), orOther);
        QCOMPARE(row.constraint(), constraint);
    }

    void boundaryAliases_data()
    {
        QTest::addColumn<QString>("begin");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("type");
        QTest::newRow("group") << s("begin group") << s("end group") << s("group");
        QTest::newRow("underscore") << s("begin_group") << s("end_group") << s("group");
        QTest::newRow("no space") << s("beginGroup") << s("endgroup") << s("group");
        QTest::newRow("repeat") << s("Begin Repeat") << s("END REPEAT") << s("repeat");
        QTest::newRow("lgroup") << s("begin lgroup") << s("end lgroup") << s("repeat");
        QTest::newRow("looped group")
            << s("begin looped group") << s("end looped group") << s("repeat");
    }

    void boundaryAliases()
    {
        QFETCH(QString, begin);
        QFETCH(QString, end);
        QFETCH(QString, type);
        // The end row has no name, as most workbooks write it.
        auto result = importSheets(
            {{s("survey"),
              Rows{{s("type"), s("name")}, {begin, s("g")}, {s("text"), s("t")}, {end}}}});
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const FormRow &group = result.value().definition().rows().first();
        QCOMPARE(group.type().name(), type);
        QCOMPARE(group.children().size(), 1);
        QVERIFY(FormValidator::problems(result.value().definition()).isEmpty());
    }

    // Every column alias gives the same definition (and so the same derived
    // version) as the canonical names.
    void columnAliases()
    {
        const Rows canonical = {
            {s("type"), s("name"), s("label::English (en)"), s("hint::en"), s("relevant"),
             s("required"), s("constraint"), s("constraint_message::en"), s("required_message::en"),
             s("read_only"), s("calculation"), s("appearance"), s("repeat_count"),
             s("guidance_hint"), s("image::en")},
            {s("begin repeat"), s("r"), s("R"), {}, {}, {}, {}, {}, {}, {}, {}, {}, s("2")},
            {s("integer"),
             s("a"),
             s("A"),
             s("H"),
             s("1 = 1"),
             s("yes"),
             s(". > 0"),
             s("Too small"),
             s("Needed"),
             s("no"),
             {},
             s("minimal"),
             {},
             s("G"),
             s("a.png")},
            {s("calculate"), s("c"), {}, {}, {}, {}, {}, {}, {}, {}, s("${a} * 2")},
            {s("end repeat")},
        };
        const Rows aliased = {
            {s("command"), s("value"), s("caption::English (en)"), s("hint::en"),
             s("bind::relevant"), s("bind::required"), s("bind::constraint"),
             s("bind::jr:constraintMsg::en"), s("jr:requiredMsg::en"), s("bind::readonly"),
             s("bind::calculate"), s("control::appearance"), s("control::jr:count"),
             s("guidance hint"), s("media::image::en")},
            canonical.at(1),
            canonical.at(2),
            canonical.at(3),
            canonical.at(4),
        };
        const Rows spaced = {
            {s("type"), s("tag"), s("label::English (en)"), s("hint::en"), s("relevance"),
             s("required"), s("constraint"), s("constraint message::en"), s("required message::en"),
             s("readonly"), s("calculate"), s("appearance"), s("count"), s("guidance_hint"),
             s("media::image::en")},
            canonical.at(1),
            canonical.at(2),
            canonical.at(3),
            canonical.at(4),
        };
        auto expected = importSheets({{s("survey"), canonical}});
        QVERIFY2(expected.ok(), qPrintable(expected.error().message()));
        const QByteArray json = FormJson::write(expected.value().definition());
        QVERIFY(FormValidator::problems(expected.value().definition()).isEmpty());
        for (const Rows &survey : {aliased, spaced}) {
            auto result = importSheets({{s("survey"), survey}});
            QVERIFY2(result.ok(), qPrintable(result.error().message()));
            QCOMPARE(FormJson::write(result.value().definition()), json);
        }
    }

    void choiceColumnAliases()
    {
        const Rows survey = {{s("type"), s("name")}, {s("select_one yn"), s("q")}};
        auto expected = importSheets({{s("survey"), survey}, {s("choices"), kChoices}});
        QVERIFY2(expected.ok(), qPrintable(expected.error().message()));
        const Rows aliased = {
            {s("list name"), s("value"), s("caption")}, kChoices.at(1), kChoices.at(2)};
        auto result = importSheets({{s("survey"), survey}, {s("choices"), aliased}});
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(FormJson::write(result.value().definition()),
                 FormJson::write(expected.value().definition()));

        // Beside a name column, "value" and "count" stay data for filters.
        const Rows withData = {{s("list_name"), s("name"), s("value"), s("count")},
                               {s("yn"), s("yes"), s("1"), s("3")}};
        auto data = importSheets({{s("survey"), survey}, {s("choices"), withData}});
        QVERIFY2(data.ok(), qPrintable(data.error().message()));
        const FormChoice &choice = data.value().definition().choices().first();
        QCOMPARE(choice.name(), s("yes"));
        QCOMPARE(choice.attributes().value(s("value")), s("1"));
        QCOMPARE(choice.attributes().value(s("count")), s("3"));
    }

    void settingsColumns()
    {
        const Rows survey = {{s("type"), s("name")}, {s("select_one yn"), s("q")}};
        const Rows choices = {{s("list_name"), s("name")}, {s("yn"), s("a")}, {s("yn"), s("a")}};
        const Rows settings = {{s("set form title"), s("set form id"), s("version"),
                                s("default_language"), s("instance_name"), s("style"),
                                s("allow_choice_duplicates"), s("public_key"), s("submission_url")},
                               {s("Household"), s("hh"), s("7"), s("English (en)"),
                                s("concat('h-', ${q})"), s("pages"), s("TRUE"), s("MIIBIjAN"),
                                s("https://example.org/submission")}};
        auto result = importSheets(
            {{s("survey"), survey}, {s("choices"), choices}, {s("settings"), settings}});
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const FormDefinition &d = result.value().definition();
        QCOMPARE(d.formId(), s("hh"));
        QCOMPARE(d.version(), s("7"));
        QCOMPARE(d.defaultLanguage(), s("en"));
        QCOMPARE(d.title().value(s("en")), s("Household"));
        QCOMPARE(d.attributes().value(s("instance_name")), s("concat('h-', ${q})"));
        QCOMPARE(d.attributes().value(s("style")), s("pages"));
        QCOMPARE(d.attributes().value(s("allow_choice_duplicates")), s("yes"));
        // Duplicate choices are allowed by the setting, written TRUE.
        QVERIFY(FormValidator::problems(d).isEmpty());
        QCOMPARE(result.value().warnings(),
                 QStringList({s("settings, column public_key: Vigia does not send submissions to "
                                "a server, so this setting has no effect; it is kept with the "
                                "form."),
                              s("settings, column submission_url: Vigia does not send "
                                "submissions to a server, so this setting has no effect; it is "
                                "kept with the form.")}));
    }

    void ignoredWithWarnings()
    {
        const Rows survey = {
            {s("type"), s("name"), s("appearance"), s("parameters"), s("trigger"), s("save_to")},
            {s("select_one yn"), s("q"), s("minimal"), s("randomize=true seed=3")},
            {s("range"), s("r"), s("no-ticks"), s("start=0 end=5 step=1")},
            {s("text"), s("t"), s("minimal"), {}, s("${q}"), s("label")},
        };
        const Rows settings = {{s("version")}, {s("1")}};
        auto result = importSheets({{s("survey"), survey},
                                    {s("choices"), kChoices},
                                    {s("settings"), settings},
                                    {s("entities"), Rows{{s("list_name")}, {s("people")}}}});
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QVERIFY(FormValidator::problems(result.value().definition()).isEmpty());
        QCOMPARE(result.value().warnings(),
                 QStringList({
                     s("survey row 2, column parameters: Vigia ignores randomize, seed; the "
                       "question works without it."),
                     s("survey row 4, column trigger: Vigia ignores trigger; a calculation is "
                       "worked out again whenever a field it reads changes."),
                     s("survey row 4, column save_to: Vigia has no entities; the answer is kept "
                       "in the record only."),
                     s("survey rows 2, 4: the appearance 'minimal' is ignored; Vigia shows the "
                       "questions its own way."),
                     s("survey row 3: the appearance 'no-ticks' is ignored; Vigia shows the "
                       "question its own way."),
                     s("entities sheet: Vigia has no entities, so the sheet is ignored; the form "
                       "works without it."),
                 }));
    }

    // select_one_external's choices come from the external_choices sheet and
    // are choices like any other; without the sheet the row is kept only.
    void externalChoicesSheet()
    {
        const Rows survey = {{s("type"), s("name"), s("choice_filter")},
                             {s("select_one yn"), s("region")},
                             {s("select_one_external places"), s("place"), s("region = ${region}")},
                             {s("select one external other"), s("other")}};
        const Rows external = {{s("list_name"), s("name"), s("label"), s("region")},
                               {s("places"), s("a"), s("Alpha"), s("yes")},
                               {s("places"), s("b"), s("Beta"), s("no")}};
        auto result = importSheets(
            {{s("survey"), survey}, {s("choices"), kChoices}, {s("external_choices"), external}});
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const FormDefinition &d = result.value().definition();
        QVERIFY(FormValidator::problems(d).isEmpty());
        const FormRow &place = d.rows().at(1);
        QCOMPARE(place.type().name(), s("select_one"));
        QCOMPARE(place.listName(), s("places"));
        QCOMPARE(d.choicesOf(s("places")).size(), 2);
        QCOMPARE(d.choicesOf(s("places")).at(1).attributes().value(s("region")), s("no"));
        QCOMPARE(d.rows().at(2).type().name(), s("select_one_external"));
        QVERIFY(result.value().warnings().first().startsWith(
            s("survey row 4: 'other' (select_one_external) cannot be collected")));

        const Rows broken = {{s("list_name"), s("label")}, {s("places"), s("Alpha")}};
        auto refused = importSheets({{s("survey"), survey}, {s("external_choices"), broken}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message(),
                 s("form.xlsx: external_choices row 1: the sheet needs a list_name and a name "
                   "column; add them to its first row."));
    }

    // One workbook with many aliases, against its expected canonical JSON.
    void aliasesGoldenJson()
    {
        const Rows survey = {
            {s("command"), s("name"), s("caption"), s("bind::relevant"), s("control::appearance")},
            {s("add text prompt"), s("who"), s("Who?")},
            {s("select one from yn or specify other"), s("ok"), s("OK?"), s("${who} != ''")},
            {s("begin looped group"), s("kids"), s("Kids")},
            {s("q int"), s("age"), s("Age")},
            {s("percentage"), s("share"), s("Share")},
            {s("end looped group")},
            {s("gps"), s("where"), s("Where?")},
            {s("imei"), s("device")},
        };
        const Rows settings = {{s("set form id"), s("set form title")},
                               {s("aliases"), s("Aliases")}};
        auto result = importSheets(
            {{s("survey"), survey}, {s("choices"), kChoices}, {s("settings"), settings}});
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QVERIFY(FormValidator::problems(result.value().definition()).isEmpty());
        const QByteArray written = FormJson::write(result.value().definition());
        QFile file(qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR") +
                   s("/tests/data/forms/xlsform_aliases.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray expected = file.readAll();
        if (written != expected) {
            QFile out(QDir::temp().filePath(s("xlsform_aliases.actual.json")));
            if (out.open(QIODevice::WriteOnly))
                out.write(written);
        }
        QCOMPARE(written, expected);
    }
};

QTEST_GUILESS_MAIN(tst_XlsFormAliases)
#include "tst_xlsformaliases.moc"
