#include "VigiactlRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using vigia::test::CliRun;
using vigia::test::VigiactlRunner;

namespace {

QStringList args(std::initializer_list<QString> list)
{
    return QStringList(list);
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString packFile(const char *name)
{
    return QDir(qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR"))
        .filePath(QStringLiteral("resources/forms/") + QLatin1String(name));
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<missing>");
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Every failure is exactly one line on stderr: "vigiactl: …\n".
bool isOneErrorLine(const CliRun &r)
{
    const QString err = r.errText();
    return err.startsWith(QLatin1String("vigiactl: ")) && err.endsWith(QLatin1Char('\n')) &&
           err.count(QLatin1Char('\n')) == 1 && err.size() > 12;
}

// A valid form whose survey row has two broken expressions.
const QByteArray kTwoProblems = R"json({"format_version": 1,
    "settings": {"form_id": "broken", "version": "1", "title": {"en": "Broken"}},
    "survey": [{"type": "integer", "name": "age", "label": {"en": "Age"},
                "relevant": "${missing} = 1", "constraint": ". > )"}]})json";

} // namespace

class tst_VigiactlForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsFormCommands();
    void importListShow();
    void reimportIsUnchangedAndNewDefinitionIsRefused();
    void showJsonRoundTrips();
    void showUnknownFormIsNotFound();
    void validateReportsEveryProblem();
    void validateValidFile();
    void brokenJsonIsValidationError();
    void fileErrors();
    void publishNeedsACoordinator();

private:
    QTemporaryDir m_tmp;
    VigiactlRunner m_cli;
};

void tst_VigiactlForms::initTestCase()
{
    QVERIFY(QFile::exists(VigiactlRunner::program()));
    QVERIFY(m_tmp.isValid());
    QVERIFY(QFile::exists(packFile("qualitative_finding.json")));
    m_cli = VigiactlRunner(m_tmp.filePath(QStringLiteral("main")));
    const CliRun r = m_cli.run(args({s("init"), s("--name"), s("Test device")}));
    QVERIFY2(r.exitCode == 0, r.describe());
}

void tst_VigiactlForms::helpListsFormCommands()
{
    const CliRun help = VigiactlRunner().run(args({s("--help")}));
    QCOMPARE(help.exitCode, 0);
    for (const char *command :
         {"forms list", "forms show", "forms import", "forms validate", "forms publish"})
        QVERIFY2(help.outText().contains(QLatin1String(command)), command);
    const CliRun show = VigiactlRunner().run(args({s("forms"), s("show"), s("--help")}));
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.outText().startsWith(QLatin1String("Usage: vigiactl forms show ID")),
             show.describe());
    QVERIFY(show.outText().contains(QLatin1String("--form-version")));
}

void tst_VigiactlForms::importListShow()
{
    // A new workspace holds the built-in pack, and nothing else.
    const CliRun builtin = m_cli.run(args({s("forms"), s("list"), s("--json")}));
    QVERIFY2(builtin.exitCode == 0, builtin.describe());
    QCOMPARE(QJsonDocument::fromJson(builtin.out).array().size(), 3);

    // The pack's files are what the workspace already holds.
    for (const char *name :
         {"qualitative_finding.json", "indicator_report.json", "npa_assessment.json"}) {
        const CliRun r = m_cli.run(args({s("forms"), s("import"), packFile(name)}));
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.outLine(), s("unchanged"));
        QVERIFY2(r.err.isEmpty(), r.describe());
    }
    // Another form is added to them.
    const QByteArray visits = VigiactlRunner::textForm(s("visit_log"), {s("place"), s("visitor")});
    CliRun added = m_cli.importForm(visits);
    QVERIFY2(added.exitCode == 0, added.describe());
    QCOMPARE(added.outLine(), s("added"));
    added = m_cli.importForm(visits);
    QCOMPARE(added.outLine(), s("unchanged"));

    const CliRun list = m_cli.run(args({s("forms"), s("list"), s("--json")}));
    QVERIFY2(list.exitCode == 0, list.describe());
    const QJsonArray forms = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(forms.size(), 4);
    QCOMPARE(forms.at(3).toObject().value(QStringLiteral("form_id")).toString(), s("visit_log"));
    const QJsonObject first = forms.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("form_id")).toString(), s("indicator_report"));
    // The version the pack file gives: a pack change bumps it.
    const QJsonObject pack =
        QJsonDocument::fromJson(fileBytes(packFile("indicator_report.json"))).object();
    QCOMPARE(first.value(QStringLiteral("version")).toString(),
             pack.value(s("settings")).toObject().value(s("version")).toString());
    QVERIFY(!first.value(QStringLiteral("title")).toObject().value(s("es")).toString().isEmpty());

    // The text table, titles in the interface language.
    const CliRun text = m_cli.run(args({s("forms"), s("list")}));
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY2(text.outText().contains(QLatin1String("qualitative_finding")), text.out);
    QVERIFY2(text.outText().contains(QLatin1String("Qualitative finding")), text.out);
    const CliRun spanish = m_cli.run(args({s("forms"), s("list"), s("--lang"), s("es")}));
    QVERIFY2(spanish.outText().contains(QLatin1String("Hallazgo cualitativo")), spanish.out);
    const CliRun portuguese = m_cli.run(args({s("forms"), s("list"), s("--lang"), s("pt_BR")}));
    QVERIFY2(portuguese.outText().contains(QLatin1String("Achado qualitativo")), portuguese.out);

    const CliRun show = m_cli.run(args({s("forms"), s("show"), s("qualitative_finding")}));
    QVERIFY2(show.exitCode == 0, show.describe());
    QVERIFY2(show.outText().contains(QLatin1String("Qualitative finding")), show.out);
    // Every field is listed by name with its type.
    QVERIFY2(show.outText().contains(QLatin1String("narrative")), show.out);
    QVERIFY2(show.outText().contains(QLatin1String("select_one")), show.out);
}

void tst_VigiactlForms::reimportIsUnchangedAndNewDefinitionIsRefused()
{
    const VigiactlRunner cli(m_tmp.filePath(QStringLiteral("reimport")));
    QCOMPARE(cli.run(args({s("init"), s("--name"), s("Other")})).exitCode, 0);
    const QString pack = packFile("indicator_report.json");
    // Built in, so already there.
    QCOMPARE(cli.run(args({s("forms"), s("import"), pack})).outLine(), s("unchanged"));
    const CliRun again = cli.run(args({s("forms"), s("import"), pack, s("--json")}));
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value(s("result")).toString(),
             s("unchanged"));

    // The same id and version with another title: refused, nothing changes.
    QJsonObject changed = QJsonDocument::fromJson(fileBytes(pack)).object();
    QJsonObject settings = changed.value(s("settings")).toObject();
    settings.insert(s("title"), QJsonObject{{s("en"), s("Changed title")}});
    changed.insert(s("settings"), settings);
    const QString changedPath = m_tmp.filePath(QStringLiteral("changed.json"));
    QVERIFY(writeFile(changedPath, QJsonDocument(changed).toJson()));
    const CliRun refused = cli.run(args({s("forms"), s("import"), changedPath}));
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(isOneErrorLine(refused), refused.describe());
    QVERIFY2(refused.errText().contains(QLatin1String("already exists with a different")),
             refused.describe());

    // Under a new version it is added, and `forms show` picks the latest.
    const QString packVersion = settings.value(s("version")).toString();
    settings.insert(s("version"), QString::number(packVersion.toInt() + 1));
    changed.insert(s("settings"), settings);
    QVERIFY(writeFile(changedPath, QJsonDocument(changed).toJson()));
    QCOMPARE(cli.run(args({s("forms"), s("import"), changedPath})).outLine(), s("added"));
    const CliRun latest = cli.run(args({s("forms"), s("show"), s("indicator_report")}));
    QVERIFY2(latest.outText().contains(QLatin1String("Changed title")), latest.out);
    const CliRun older = cli.run(
        args({s("forms"), s("show"), s("indicator_report"), s("--form-version"), packVersion}));
    QVERIFY2(older.exitCode == 0, older.describe());
    QVERIFY2(!older.outText().contains(QLatin1String("Changed title")), older.out);
}

void tst_VigiactlForms::showJsonRoundTrips()
{
    const VigiactlRunner cli(m_tmp.filePath(QStringLiteral("roundtrip")));
    QCOMPARE(cli.run(args({s("init"), s("--name"), s("Other")})).exitCode, 0);
    QCOMPARE(cli.run(args({s("forms"), s("import"), packFile("npa_assessment.json")})).exitCode, 0);
    const CliRun show = cli.run(args({s("forms"), s("show"), s("npa_assessment"), s("--json")}));
    QVERIFY2(show.exitCode == 0, show.describe());
    const QJsonObject form = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(form.value(s("settings")).toObject().value(s("form_id")).toString(),
             s("npa_assessment"));
    // Importing what `show --json` printed changes nothing.
    const QString copy = m_tmp.filePath(QStringLiteral("npa_copy.json"));
    QVERIFY(writeFile(copy, show.out));
    QCOMPARE(cli.run(args({s("forms"), s("import"), copy})).outLine(), s("unchanged"));
}

void tst_VigiactlForms::showUnknownFormIsNotFound()
{
    const CliRun r = m_cli.run(args({s("forms"), s("show"), s("no_such_form")}));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(isOneErrorLine(r), r.describe());
    const CliRun v = m_cli.run(
        args({s("forms"), s("show"), s("qualitative_finding"), s("--form-version"), s("99")}));
    QCOMPARE(v.exitCode, 4);
    QVERIFY2(isOneErrorLine(v), v.describe());
    const CliRun missing = m_cli.run(args({s("forms"), s("show")}));
    QCOMPARE(missing.exitCode, 2);
}

void tst_VigiactlForms::validateReportsEveryProblem()
{
    const QString path = m_tmp.filePath(QStringLiteral("two_problems.json"));
    QVERIFY(writeFile(path, kTwoProblems));
    // No workspace is needed, and none is touched.
    const CliRun r = VigiactlRunner(m_tmp.filePath(QStringLiteral("nowhere")))
                         .run(args({s("forms"), s("validate"), path}));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(isOneErrorLine(r), r.describe());
    const QStringList lines = r.outText().trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines.size() >= 2, r.out);
    QVERIFY2(r.outText().contains(QLatin1String("missing")), r.out);
    QVERIFY2(r.outText().contains(QLatin1String("constraint")), r.out);
    QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("nowhere"))));

    const CliRun json = VigiactlRunner().run(args({s("forms"), s("validate"), path, s("--json")}));
    QCOMPARE(json.exitCode, 3);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(s("valid")).toBool(true), false);
    QCOMPARE(o.value(s("problems")).toArray().size(), lines.size());

    // Importing the same file is refused with the same problems, and imports nothing.
    const CliRun import = m_cli.run(args({s("forms"), s("import"), path}));
    QCOMPARE(import.exitCode, 3);
    QVERIFY2(isOneErrorLine(import), import.describe());
    const CliRun list = m_cli.run(args({s("forms"), s("list"), s("--json")}));
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array())
        QVERIFY(v.toObject().value(s("form_id")).toString() != s("broken"));
}

void tst_VigiactlForms::validateValidFile()
{
    for (const char *name :
         {"qualitative_finding.json", "indicator_report.json", "npa_assessment.json"}) {
        const CliRun r = VigiactlRunner().run(args({s("forms"), s("validate"), packFile(name)}));
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.err.isEmpty(), r.describe());
        QCOMPARE(r.outText().count(QLatin1Char('\n')), 1);
    }
}

void tst_VigiactlForms::brokenJsonIsValidationError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(path, QByteArrayLiteral("{\"format_version\": 1, \"settings\": {")));
    const CliRun validate = VigiactlRunner().run(args({s("forms"), s("validate"), path}));
    QCOMPARE(validate.exitCode, 3);
    QVERIFY2(validate.outText().contains(QLatin1String("not valid JSON")), validate.describe());
    QVERIFY2(isOneErrorLine(validate), validate.describe());

    const CliRun import = m_cli.run(args({s("forms"), s("import"), path}));
    QCOMPARE(import.exitCode, 3);
    QVERIFY2(isOneErrorLine(import), import.describe());
    QVERIFY2(import.errText().contains(QLatin1String("not valid JSON")), import.describe());
}

void tst_VigiactlForms::fileErrors()
{
    QTemporaryDir dir;
    const CliRun missing = m_cli.run(
        args({s("forms"), s("import"), dir.filePath(QStringLiteral("no_such_file.json"))}));
    QCOMPARE(missing.exitCode, 4);
    QVERIFY2(isOneErrorLine(missing), missing.describe());

    const QString text = dir.filePath(QStringLiteral("form.txt"));
    QVERIFY(writeFile(text, QByteArrayLiteral("hello")));
    const CliRun unknown = m_cli.run(args({s("forms"), s("import"), text}));
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(isOneErrorLine(unknown), unknown.describe());

    // The old binary Excel format gets a "save as .xlsx" message.
    const QString xls = dir.filePath(QStringLiteral("old.xls"));
    QVERIFY(writeFile(xls, QByteArrayLiteral("\xd0\xcf\x11\xe0 not really")));
    const CliRun old = VigiactlRunner().run(args({s("forms"), s("validate"), xls}));
    QVERIFY2(old.exitCode != 0, old.describe());
    QVERIFY2(old.outText().contains(QLatin1String(".xlsx")) ||
                 old.errText().contains(QLatin1String(".xlsx")),
             old.describe());
}

namespace {
// "form_id version" of every version `forms list --json` marks published.
QStringList publishedForms(const VigiactlRunner &cli)
{
    const CliRun r =
        cli.run({QStringLiteral("forms"), QStringLiteral("list"), QStringLiteral("--json")});
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        const QJsonObject form = v.toObject();
        if (!form.contains(QStringLiteral("published")))
            out << QStringLiteral("(no published key)");
        else if (form.value(QStringLiteral("published")).toBool())
            out << form.value(QStringLiteral("form_id")).toString() + u' ' +
                       form.value(QStringLiteral("version")).toString();
    }
    return out;
}
} // namespace

void tst_VigiactlForms::publishNeedsACoordinator()
{
    const VigiactlRunner coordinator(m_tmp.filePath(QStringLiteral("publisher")));
    QCOMPARE(
        coordinator.run(args({s("init"), s("--name"), s("Coord"), s("--role"), s("coordinator")}))
            .exitCode,
        0);
    const QByteArray visits = VigiactlRunner::textForm(s("visit_log"), {s("place")});
    QCOMPARE(coordinator.importForm(visits).exitCode, 0);
    QCOMPARE(publishedForms(coordinator), QStringList());
    CliRun r = coordinator.run(args({s("forms"), s("publish"), s("visit_log")}));
    QVERIFY2(r.exitCode == 0, r.describe());
    // Scripts read the first line.
    QVERIFY2(r.outText().startsWith(s("published\n")), r.describe());
    // The list says which versions went to the project, in JSON and as text.
    QCOMPARE(publishedForms(coordinator), QStringList{s("visit_log 1")});
    r = coordinator.run(args({s("forms"), s("list")}));
    QVERIFY2(r.exitCode == 0, r.describe());
    const QStringList lines = r.outText().split(u'\n');
    QVERIFY2(lines.first().contains(s("PUBLISHED")), r.describe());
    for (const QString &line : lines) {
        if (line.startsWith(s("visit_log ")))
            QVERIFY2(line.contains(s("  yes  ")), r.describe());
        else if (line.startsWith(s("qualitative_finding ")))
            QVERIFY2(line.contains(s("  no  ")), r.describe());
    }
    r = coordinator.run(
        args({s("forms"), s("publish"), s("visit_log"), s("--form-version"), s("1"), s("--json")}));
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject again = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(again.value(s("result")).toString(), s("unchanged"));
    QCOMPARE(again.value(s("version")).toString(), s("1"));
    r = coordinator.run(args({s("forms"), s("publish"), s("no_such_form")}));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(isOneErrorLine(r), r.describe());

    // A researcher's workspace refuses, with a sentence saying who can.
    r = m_cli.run(args({s("forms"), s("publish"), s("qualitative_finding")}));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(isOneErrorLine(r), r.describe());
    QVERIFY2(r.errText().contains(s("Only a coordinator")), r.describe());
}

QTEST_GUILESS_MAIN(tst_VigiactlForms)
#include "tst_vigiactlforms.moc"
