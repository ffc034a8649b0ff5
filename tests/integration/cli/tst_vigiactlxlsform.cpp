#include "VigiactlRunner.h"
#include "XlsxTestWriter.h"

#include <algorithm>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using vigia::test::CliRun;
using vigia::test::VigiactlRunner;
using vigia::test::XlsxTestWriter;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray why(const QString &name, const CliRun &run)
{
    return name.toUtf8() + ": " + run.describe();
}

QJsonObject jsonOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

// XLSForm workbooks through the real `vigiactl forms import`: the importer,
// the validator and the store, as a person runs them.
class tst_VigiactlXlsForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sharedCorpusImports();
    void versionlessReimportIsUnchangedAndChangeIsNewVersion();
    void choicesFromAttachedFiles();
    void nameReusedInARepeatKeepsEachAnswer();
    void ambiguousReferenceAndSiblingsAreRefused();

private:
    QTemporaryDir m_tmp;
};

void tst_VigiactlXlsForm::initTestCase()
{
    QVERIFY(m_tmp.isValid());
}

void tst_VigiactlXlsForm::sharedCorpusImports()
{
    const QString folder = qEnvironmentVariable("VIGIA_XLSFORM_CORPUS");
    if (folder.isEmpty())
        QFAIL("no XLSForm corpus: set VIGIA_XLSFORM_CORPUS to the folder of "
              "../shared/xlsform-corpus");
    const QDir dir(folder);
    const QStringList files = dir.entryList({s("*.xlsx")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 14, qPrintable(dir.absolutePath()));
    const VigiactlRunner cli(m_tmp.filePath(s("corpus")));
    QCOMPARE(cli.run({s("init"), s("--name"), s("Corpus")}).exitCode, 0);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        const CliRun first = cli.run({s("forms"), s("import"), path, s("--json")});
        // Refused on purpose (docs/form-format.md): two label columns, which
        // pyxform refuses too.
        if (name == u"duplicate_columns.xlsx") {
            QVERIFY2(first.exitCode == 3, why(name, first).constData());
            continue;
        }
        QVERIFY2(first.exitCode == 0, why(name, first).constData());
        const QJsonObject added = jsonOf(first);
        QCOMPARE(added.value(s("result")).toString(), s("added"));
        const QString version = added.value(s("version")).toString();
        QVERIFY2(!version.isEmpty(), first.out);
        if (name == u"UCL_Biomass_Plot_Form.xlsx") {
            // Its phone-number pattern can backtrack: a warning, not a refusal.
            const QJsonArray warnings = added.value(s("warnings")).toArray();
            QVERIFY2(std::any_of(warnings.begin(), warnings.end(),
                                 [](const QJsonValue &w) {
                                     return w.toString().startsWith(
                                         s("survey row 10, column constraint: regex()"));
                                 }),
                     first.out);
        }
        // The same workbook again: the same version, nothing to add.
        const CliRun again = cli.run({s("forms"), s("import"), path});
        QVERIFY2(again.exitCode == 0, why(name, again).constData());
        QVERIFY2(again.outText().startsWith(s("unchanged\n")), again.describe());
        if (version.startsWith(s("auto-"))) {
            QVERIFY2(again.outText().contains(version), again.describe());
            QVERIFY2(again.errText().contains(s("add a version column to the settings sheet")),
                     again.describe());
        }
    }
}

void tst_VigiactlXlsForm::versionlessReimportIsUnchangedAndChangeIsNewVersion()
{
    const VigiactlRunner cli(m_tmp.filePath(s("versionless")));
    QCOMPARE(cli.run({s("init"), s("--name"), s("Versionless")}).exitCode, 0);
    const QString path = m_tmp.filePath(s("household.xlsx"));
    const XlsxTestWriter::Rows survey = {{s("type"), s("name"), s("label")},
                                         {s("text"), s("head"), s("Head of household")}};
    QVERIFY(XlsxTestWriter::write(path, {{s("survey"), survey}}));

    const CliRun first = cli.run({s("forms"), s("import"), path});
    QVERIFY2(first.exitCode == 0, first.describe());
    const QStringList lines = first.outText().trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), s("added"));
    QVERIFY2(lines.at(1).startsWith(s("version auto-")), first.out);
    const QString version = lines.at(1).section(u' ', 1, 1);
    QVERIFY2(first.errText().contains(s("the form has no version, so Vigia gave it the version ") +
                                      version),
             first.describe());

    const CliRun again = cli.run({s("forms"), s("import"), path, s("--json")});
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(jsonOf(again).value(s("result")).toString(), s("unchanged"));
    QCOMPARE(jsonOf(again).value(s("version")).toString(), version);

    // A changed workbook is a new version beside the first, never a clash.
    const XlsxTestWriter::Rows changed = {{s("type"), s("name"), s("label")},
                                          {s("text"), s("head"), s("Head of the household")}};
    QVERIFY(XlsxTestWriter::write(path, {{s("survey"), changed}}));
    const CliRun second = cli.run({s("forms"), s("import"), path, s("--json")});
    QVERIFY2(second.exitCode == 0, second.describe());
    QCOMPARE(jsonOf(second).value(s("result")).toString(), s("added"));
    QVERIFY(jsonOf(second).value(s("version")).toString() != version);
    const CliRun list = cli.run({s("forms"), s("list"), s("--json")});
    int versions = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array())
        versions += v.toObject().value(s("form_id")).toString() == u"household";
    QCOMPARE(versions, 2);
}

void tst_VigiactlXlsForm::choicesFromAttachedFiles()
{
    const VigiactlRunner cli(m_tmp.filePath(s("attach")));
    QCOMPARE(cli.run({s("init"), s("--name"), s("Attach")}).exitCode, 0);
    QDir(m_tmp.path()).mkpath(s("files"));
    const QString files = m_tmp.filePath(s("files"));
    QFile csv(files + s("/villages.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("name,label,district\nv1,Uno,d1\nv2,Dos,d2\nv3,Tres,d1\n");
    csv.close();
    const QString path = m_tmp.filePath(s("villages_form.xlsx"));
    const XlsxTestWriter::Rows survey = {
        {s("type"), s("name"), s("choice_filter")},
        {s("text"), s("district")},
        {s("select_one_from_file villages.csv"), s("village"), s("district = ${district}")}};
    QVERIFY(XlsxTestWriter::write(path, {{s("survey"), survey}}));

    // Without --attach the row is kept, not collected.
    const CliRun bare = cli.run({s("forms"), s("validate"), path});
    QVERIFY2(bare.exitCode == 0, bare.describe());
    QVERIFY2(bare.errText().contains(s("(select_one_from_file) cannot be collected")),
             bare.describe());

    const CliRun imported =
        cli.run({s("forms"), s("import"), path, s("--attach"), files, s("--json")});
    QVERIFY2(imported.exitCode == 0, imported.describe());
    QVERIFY2(!imported.errText().contains(s("cannot be collected")), imported.describe());
    const QString version = jsonOf(imported).value(s("version")).toString();
    const CliRun show = cli.run(
        {s("forms"), s("show"), s("villages_form"), s("--form-version"), version, s("--json")});
    QVERIFY2(show.exitCode == 0, show.describe());
    const QJsonObject form = jsonOf(show);
    const QJsonObject village = form.value(s("survey")).toArray().at(1).toObject();
    QCOMPARE(village.value(s("type")).toString(), s("select_one"));
    QCOMPARE(village.value(s("list_name")).toString(), s("villages.csv"));
    // The file's choices, with the column the filter reads, are the form's.
    const QJsonArray choices = form.value(s("choices")).toArray();
    QCOMPARE(choices.size(), 3);
    QVERIFY2(QJsonDocument(choices).toJson().contains("\"district\": \"d2\""), show.out);

    // A changed file is a new version of the form.
    QVERIFY(csv.open(QIODevice::Append));
    csv.write("v4,Cuatro,d2\n");
    csv.close();
    const CliRun again =
        cli.run({s("forms"), s("import"), path, s("--attach"), files, s("--json")});
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(jsonOf(again).value(s("result")).toString(), s("added"));
    QVERIFY(jsonOf(again).value(s("version")).toString() != version);

    // A file missing from the folder is refused with the row and column.
    QVERIFY(QFile::remove(csv.fileName()));
    const CliRun missing = cli.run({s("forms"), s("import"), path, s("--attach"), files});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.errText().contains(
                 s("villages_form.xlsx: survey row 3, column type: the file villages.csv is not "
                   "in ")),
             missing.describe());
}

// pyxform's rule: a name may be used again in another repeat level; each
// answer is stored at its own address and checked by its own row.
void tst_VigiactlXlsForm::nameReusedInARepeatKeepsEachAnswer()
{
    const VigiactlRunner cli(m_tmp.filePath(s("roster")));
    QCOMPARE(cli.run({s("init"), s("--name"), s("Roster")}).exitCode, 0);
    const QString path = m_tmp.filePath(s("roster.xlsx"));
    const XlsxTestWriter::Rows survey = {
        {s("type"), s("name"), s("label"), s("constraint"), s("relevant")},
        {s("text"), s("name"), s("Your name")},
        {s("integer"), s("age"), s("Your age")},
        {s("begin group"), s("household"), s("Household")},
        {s("integer"), s("age"), s("Age of the house")},
        {s("end group")},
        {s("begin repeat"), s("members"), s("Members")},
        {s("text"), s("name"), s("Member's name")},
        {s("integer"), s("age"), s("Member's age"), s(". < 150")},
        {s("text"), s("school"), s("School"), {}, s("${members_count} > 0")},
        {s("begin group"), s("job"), s("Job")},
        {s("integer"), s("age"), s("Age at the first job")},
        {s("end group")},
        {s("end repeat")},
        {s("integer"), s("members_count"), s("How many?")}};
    QVERIFY(XlsxTestWriter::write(
        path, {{s("survey"), survey}, {s("settings"), {{s("version")}, {s("1")}}}}));
    const CliRun imported = cli.run({s("forms"), s("import"), path});
    QVERIFY2(imported.exitCode == 0, imported.describe());

    // The repeat's row checks the repeat's answers: only it has a constraint.
    CliRun r = cli.run({s("record"), s("new"), s("--form"), s("roster"), s("--set"), s("age=200"),
                        s("--set"), s("members[1]/age=200")});
    QCOMPARE(r.exitCode, 3);
    QStringList fields; // the "field: message" lines
    for (const QString &line : r.errText().split(u'\n', Qt::SkipEmptyParts))
        fields << line.section(s(": "), 0, 0);
    QCOMPARE(fields, QStringList{s("members[1]/age")});

    r = cli.run({s("record"), s("new"), s("--form"), s("roster"), s("--set"), s("name=Ana"),
                 s("--set"), s("age=200"), s("--set"), s("members[1]/name=Bo"), s("--set"),
                 s("members[1]/age=12"), s("--set"), s("members[2]/name=Cy")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QString id = r.outLine();
    r = cli.run({s("record"), s("set"), id, s("members[2]/age=15"), s("members_count=2"),
                 s("members[2]/school=North"), s("household/age=30"), s("members[2]/job/age=14")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = cli.run({s("record"), s("finalize"), id});
    QVERIFY2(r.exitCode == 0, r.describe());
    const CliRun shown = cli.run({s("record"), s("show"), s("--json"), id});
    QVERIFY2(shown.exitCode == 0, shown.describe());
    const QJsonObject values = jsonOf(shown).value(s("values")).toObject();
    QCOMPARE(values.value(s("name")), QJsonValue(s("Ana")));
    QCOMPARE(values.value(s("age")), QJsonValue(s("200")));
    QCOMPARE(values.value(s("members[1]/name")), QJsonValue(s("Bo")));
    QCOMPARE(values.value(s("members[1]/age")), QJsonValue(s("12")));
    QCOMPARE(values.value(s("members[2]/name")), QJsonValue(s("Cy")));
    QCOMPARE(values.value(s("members[2]/age")), QJsonValue(s("15")));
    QCOMPARE(values.value(s("members[2]/school")), QJsonValue(s("North")));
    QCOMPARE(values.value(s("members")), QJsonValue(s("2")));
    // Used twice in one level (pyxform allows it in another group): the
    // group path is part of the address.
    QCOMPARE(values.value(s("household/age")), QJsonValue(s("30")));
    QCOMPARE(values.value(s("members[2]/job/age")), QJsonValue(s("14")));
}

void tst_VigiactlXlsForm::ambiguousReferenceAndSiblingsAreRefused()
{
    const VigiactlRunner cli(m_tmp.filePath(s("refused")));
    QCOMPARE(cli.run({s("init"), s("--name"), s("Refused")}).exitCode, 0);
    const QString ambiguous = m_tmp.filePath(s("ambiguous.xlsx"));
    const XlsxTestWriter::Rows survey = {
        {s("type"), s("name"), s("label"), s("calculation")},
        {s("text"), s("name"), s("Your name")},
        {s("begin repeat"), s("members"), s("Members")},
        {s("text"), s("name"), s("Member's name")},
        {s("end repeat")},
        {s("calculate"), s("greeting"), {}, s("concat('Hello ', ${name})")}};
    QVERIFY(XlsxTestWriter::write(ambiguous, {{s("survey"), survey}}));
    CliRun r = cli.run({s("forms"), s("import"), ambiguous});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.errText().contains(s("survey row 6, column calculation: ${name} is ambiguous: the "
                                    "name name is used by survey row 2, survey row 4.")),
             r.describe());

    const QString siblings = m_tmp.filePath(s("siblings.xlsx"));
    const XlsxTestWriter::Rows twice = {{s("type"), s("name"), s("label")},
                                        {s("begin group"), s("visit"), s("Visit")},
                                        {s("text"), s("place"), s("Place")},
                                        {s("integer"), s("place"), s("Place number")},
                                        {s("end group")}};
    QVERIFY(XlsxTestWriter::write(siblings, {{s("survey"), twice}}));
    r = cli.run({s("forms"), s("import"), siblings});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.errText().contains(s("survey row 4, column name: the name place is already used "
                                    "in row 3 of the same group or repeat; rename one of them.")),
             r.describe());
}

QTEST_GUILESS_MAIN(tst_VigiactlXlsForm)
#include "tst_vigiactlxlsform.moc"
