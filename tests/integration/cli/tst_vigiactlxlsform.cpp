#include "VigiactlRunner.h"
#include "XlsxTestWriter.h"

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
        // Refused on purpose (docs/form-format.md): two label columns, and a
        // regex() that can take hours on some answers.
        if (name == u"duplicate_columns.xlsx" || name == u"UCL_Biomass_Plot_Form.xlsx") {
            QVERIFY2(first.exitCode == 3, why(name, first).constData());
            continue;
        }
        QVERIFY2(first.exitCode == 0, why(name, first).constData());
        const QJsonObject added = jsonOf(first);
        QCOMPARE(added.value(s("result")).toString(), s("added"));
        const QString version = added.value(s("version")).toString();
        QVERIFY2(!version.isEmpty(), first.out);
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

QTEST_GUILESS_MAIN(tst_VigiactlXlsForm)
#include "tst_vigiactlxlsform.moc"
