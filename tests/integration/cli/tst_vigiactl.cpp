#include "VigiactlRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QXmlStreamReader>

using vigia::test::CliRun;
using vigia::test::VigiactlRunner;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

QJsonDocument parseJson(const CliRun &r)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << r.out << error.errorString();
    return doc;
}

bool isUuid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

// Every failure must be reported as exactly one line on stderr: "vigiactl: …\n".
bool isOneErrorLine(const CliRun &r)
{
    const QString err = r.errText();
    return err.startsWith(QLatin1String("vigiactl: ")) && err.endsWith(QLatin1Char('\n')) &&
           err.count(QLatin1Char('\n')) == 1 && err.size() > 12;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<missing>");
    return f.readAll();
}

QStringList idsOf(const QJsonArray &array)
{
    QStringList ids;
    for (const QJsonValue &v : array)
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
    ids.sort();
    return ids;
}

// True if the Spanish catalogue translates at least one vigiactl message.
bool spanishCliTranslationsExist()
{
    QFile ts(qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR") +
             QStringLiteral("/translations/vigia_es.ts"));
    if (!ts.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&ts);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") &&
                   context.startsWith(QLatin1String("vigia::Cli"))) {
            const bool unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!unfinished && !xml.readElementText().trimmed().isEmpty())
                return true;
        }
    }
    return false;
}

} // namespace

class tst_Vigiactl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void helpAndVersion();
    void initPrintsIdentity();
    void initOnExistingWorkspaceFails();
    void identityShowJson();
    void recordNewWithSetAndFinalize();
    void recordNewJsonPrintsId();
    void editingFinalizedRecordIsValidationError();
    void reopenSetFinalize();
    void deleteAndRestore();
    void showJsonHasEveryField();
    void listFilters();
    void listTextTable();
    void unknownRecordIsNotFound();
    void malformedIdIsUsageError();
    void unknownCommandOrOptionIsUsageError();
    void unknownCommandIsUsageErrorEvenWithHelp_data();
    void unknownCommandIsUsageErrorEvenWithHelp();
    void helpForKnownTopicsStillSucceeds();
    void everyListedCommandHasItsOwnHelp();
    void wrongPassphraseChangesNothing();
    void missingPassphrase();
    void passphraseFile();
    void missingWorkspaceIsNotFound();
    void oplogVerifyDetectsTampering();
    void stateHashIsStable();
    void spanish();
    void errorsAreOneLine_data();
    void errorsAreOneLine();

private:
    // A new workspace in its own folder under m_tmp.
    [[nodiscard]] VigiactlRunner freshWorkspace(const QString &name);
    [[nodiscard]] QString newRecord(const VigiactlRunner &cli, const QStringList &extra);

    QTemporaryDir m_tmp;
    VigiactlRunner m_cli;
};

VigiactlRunner tst_Vigiactl::freshWorkspace(const QString &name)
{
    VigiactlRunner cli(m_tmp.filePath(name));
    const CliRun r = cli.run(args({"init", "--name", "Test device"}));
    if (r.exitCode != 0)
        qWarning() << "init failed:" << r.describe();
    // Records need a form; these take any of the fields the tests set, as text.
    const QStringList fields{QStringLiteral("a"),       QStringLiteral("b"),
                             QStringLiteral("country"), QStringLiteral("date"),
                             QStringLiteral("note"),    QStringLiteral("notes"),
                             QStringLiteral("formula")};
    const QList<QByteArray> forms{
        VigiactlRunner::textForm(QStringLiteral("interview"), fields, QStringLiteral("3")),
        VigiactlRunner::textForm(QStringLiteral("f"), fields),
        VigiactlRunner::textForm(QStringLiteral("deletable"), fields),
        VigiactlRunner::textForm(QStringLiteral("street"), fields),
        VigiactlRunner::textForm(QStringLiteral("online"), fields)};
    for (const QByteArray &form : forms) {
        const CliRun imported = cli.importForm(form);
        if (imported.exitCode != 0)
            qWarning() << "forms import failed:" << imported.describe();
    }
    return cli;
}

QString tst_Vigiactl::newRecord(const VigiactlRunner &cli, const QStringList &extra)
{
    const CliRun r = cli.run(args({"record", "new"}) + extra);
    if (r.exitCode != 0 || !isUuid(r.outLine())) {
        qWarning() << "record new failed:" << r.describe();
        return {};
    }
    return r.outLine();
}

void tst_Vigiactl::initTestCase()
{
    QVERIFY(QFile::exists(VigiactlRunner::program()));
    QVERIFY(m_tmp.isValid());
    m_cli = freshWorkspace(QStringLiteral("main"));
    QVERIFY(QFile::exists(m_tmp.filePath(QStringLiteral("main/keystore.cbor"))));
}

void tst_Vigiactl::helpAndVersion()
{
    const CliRun help = VigiactlRunner().run(args({"--help"}));
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.err.isEmpty());
    const QString text = help.outText();
    for (const char *command : {"init", "identity show", "record new", "record list",
                                "oplog verify", "state-hash", "--workspace", "--passphrase-file",
                                "--json", "--lang", "--version", "VIGIA_PASSPHRASE"}) {
        QVERIFY2(text.contains(QLatin1String(command)), command);
    }
    // The exit codes are documented.
    QVERIFY(text.contains(QLatin1String("Exit codes")));
    for (int code = 0; code <= 5; ++code)
        QVERIFY2(text.contains(QStringLiteral("\n  %1  ").arg(code)), qPrintable(text));

    // Per-command help, whichever way it is asked for.
    for (const QStringList &a : {args({"record", "new", "--help"}), args({"help", "record", "new"}),
                                 args({"-h", "record", "new"})}) {
        const CliRun r = VigiactlRunner().run(a);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().startsWith(QLatin1String("Usage: vigiactl record new --form ID")),
                 r.describe());
        QVERIFY(r.outText().contains(QLatin1String("--finalize")));
    }
    const CliRun group = VigiactlRunner().run(args({"record", "--help"}));
    QCOMPARE(group.exitCode, 0);
    QVERIFY(group.outText().contains(QLatin1String("record restore")));

    const CliRun version = VigiactlRunner().run(args({"--version"}));
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^vigiactl \\d+\\.\\d+\\.\\d+$"))
                 .match(version.outLine())
                 .hasMatch(),
             version.out);
}

void tst_Vigiactl::initPrintsIdentity()
{
    const VigiactlRunner cli(m_tmp.filePath(QStringLiteral("init-text")));
    const CliRun r = cli.run(args({"init", "--name", "Ana - laptop", "--role", "coordinator"}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY(QFile::exists(m_tmp.filePath(QStringLiteral("init-text/keystore.cbor"))));
    const CliRun show = cli.run(args({"identity", "show", "--json"}));
    QVERIFY2(show.exitCode == 0, show.describe());
    const QJsonObject id = parseJson(show).object();
    QCOMPARE(id.value(QStringLiteral("role")).toString(), QStringLiteral("coordinator"));
    QCOMPARE(id.value(QStringLiteral("name")).toString(), QStringLiteral("Ana - laptop"));
    // init printed the same device id and fingerprint that the workspace has.
    QVERIFY2(r.outText().contains(id.value(QStringLiteral("device_id")).toString()), r.out);
    QVERIFY2(r.outText().contains(id.value(QStringLiteral("fingerprint")).toString()), r.out);
    // The passphrase never appears in the output.
    QVERIFY(!r.out.contains(VigiactlRunner::kPassphrase));
    QVERIFY(!r.err.contains(VigiactlRunner::kPassphrase));

    // A bad role is refused before anything is created.
    const VigiactlRunner other(m_tmp.filePath(QStringLiteral("init-bad-role")));
    const CliRun bad = other.run(args({"init", "--name", "X", "--role", "boss"}));
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(isOneErrorLine(bad), bad.describe());
    QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("init-bad-role/keystore.cbor"))));

    // The app's passphrase rule: long enough is not enough when it is easy to
    // guess; the same words the setup wizard refuses are refused here.
    const VigiactlRunner weak(m_tmp.filePath(QStringLiteral("init-weak")));
    QProcessEnvironment env = VigiactlRunner::baseEnvironment();
    env.insert(QStringLiteral("VIGIA_PASSPHRASE"), QStringLiteral("password1234"));
    const CliRun refused = weak.run(args({"init", "--name", "X"}), env);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.errText().contains(QLatin1String("too easy to guess")), refused.describe());
    QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("init-weak/keystore.cbor"))));
}

void tst_Vigiactl::initOnExistingWorkspaceFails()
{
    const QString keystore = m_tmp.filePath(QStringLiteral("main/keystore.cbor"));
    const QByteArray before = fileBytes(keystore);
    const CliRun r = m_cli.run(args({"init", "--name", "Another"}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(isOneErrorLine(r), r.describe());
    QVERIFY(r.errText().contains(QLatin1String("already exists")));
    QCOMPARE(fileBytes(keystore), before);
}

void tst_Vigiactl::identityShowJson()
{
    const CliRun r = m_cli.run(args({"identity", "show", "--json"}));
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonDocument doc = parseJson(r);
    QVERIFY(doc.isObject());
    const QJsonObject o = doc.object();
    QVERIFY(isUuid(o.value(QStringLiteral("device_id")).toString()));
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Test device"));
    QCOMPARE(o.value(QStringLiteral("role")).toString(), QStringLiteral("researcher"));
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{4}( [0-9a-f]{4}){7}$"))
                 .match(o.value(QStringLiteral("fingerprint")).toString())
                 .hasMatch(),
             r.out);
    QCOMPARE(QDir(o.value(QStringLiteral("workspace")).toString()).canonicalPath(),
             QDir(m_cli.workspace()).canonicalPath());

    // Global options also work before the command, and text mode shows the same.
    const CliRun text = VigiactlRunner().run(
        args({"--workspace"}) + QStringList{m_cli.workspace()} + args({"identity", "show"}));
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY(text.outText().contains(o.value(QStringLiteral("fingerprint")).toString()));
    QVERIFY(text.outText().contains(o.value(QStringLiteral("device_id")).toString()));
}

void tst_Vigiactl::recordNewWithSetAndFinalize()
{
    const QString id = newRecord(m_cli, args({"--form", "interview", "--form-version", "3", "--set",
                                              "country=BR", "--set", "formula=a=b", "--finalize"}));
    QVERIFY(isUuid(id));
    const CliRun show = m_cli.run(args({"record", "show", "--json"}) + QStringList{id});
    QVERIFY2(show.exitCode == 0, show.describe());
    const QJsonObject o = parseJson(show).object();
    QCOMPARE(o.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(o.value(QStringLiteral("form")).toString(), QStringLiteral("interview"));
    QCOMPARE(o.value(QStringLiteral("form_version")).toString(), QStringLiteral("3"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("finalized"));
    QCOMPARE(o.value(QStringLiteral("country")).toString(), QStringLiteral("BR"));
    const QJsonObject values = o.value(QStringLiteral("values")).toObject();
    // field=value splits at the first '='.
    QCOMPARE(values.value(QStringLiteral("formula")).toString(), QStringLiteral("a=b"));

    // Without --finalize the record is a draft.
    const QString draft = newRecord(m_cli, args({"--form", "interview"}));
    const CliRun d = m_cli.run(args({"--json", "record", "show"}) + QStringList{draft});
    QCOMPARE(parseJson(d).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("draft"));
}

void tst_Vigiactl::recordNewJsonPrintsId()
{
    const CliRun r = m_cli.run(args({"record", "new", "--form", "f", "--json"}));
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject o = parseJson(r).object();
    QCOMPARE(o.keys(), QStringList{QStringLiteral("id")});
    QVERIFY(isUuid(o.value(QStringLiteral("id")).toString()));
}

void tst_Vigiactl::editingFinalizedRecordIsValidationError()
{
    const QString id = newRecord(m_cli, args({"--form", "f", "--set", "a=1", "--finalize"}));
    QVERIFY(!id.isEmpty());
    const CliRun r = m_cli.run(args({"record", "set"}) + QStringList{id, QStringLiteral("a=2")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(isOneErrorLine(r), r.describe());
    QVERIFY(r.errText().contains(QLatin1String("Reopen")));
    const CliRun show = m_cli.run(args({"record", "show", "--json"}) + QStringList{id});
    QCOMPARE(parseJson(show)
                 .object()
                 .value(QStringLiteral("values"))
                 .toObject()
                 .value(QStringLiteral("a")),
             QJsonValue(QStringLiteral("1")));

    // A field the form does not have is a validation error too, reported
    // as "field: message".
    const CliRun badField = m_cli.run(args({"record", "new", "--form", "f", "--set", "_x=1"}));
    QCOMPARE(badField.exitCode, 3);
    QVERIFY2(badField.errText().startsWith(QLatin1String("_x: ")), badField.describe());
    QVERIFY2(badField.errText().count(QLatin1Char('\n')) == 1, badField.describe());
}

void tst_Vigiactl::reopenSetFinalize()
{
    const QString id = newRecord(m_cli, args({"--form", "f", "--set", "a=1", "--finalize"}));
    QVERIFY(!id.isEmpty());
    const QStringList ids{id};
    CliRun r = m_cli.run(args({"record", "reopen"}) + ids);
    QVERIFY2(r.exitCode == 0, r.describe());
    // Reopening a draft is refused.
    r = m_cli.run(args({"record", "reopen"}) + ids);
    QCOMPARE(r.exitCode, 3);
    r = m_cli.run(args({"record", "set"}) + ids + args({"a=2", "b=two words", "a=3"}));
    QVERIFY2(r.exitCode == 0, r.describe());
    r = m_cli.run(args({"record", "finalize"}) + ids);
    QVERIFY2(r.exitCode == 0, r.describe());
    r = m_cli.run(args({"record", "finalize"}) + ids);
    QCOMPARE(r.exitCode, 3);

    const QJsonObject o = parseJson(m_cli.run(args({"record", "show", "--json"}) + ids)).object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("finalized"));
    const QJsonObject values = o.value(QStringLiteral("values")).toObject();
    QCOMPARE(values.value(QStringLiteral("a")).toString(), QStringLiteral("3"));
    QCOMPARE(values.value(QStringLiteral("b")).toString(), QStringLiteral("two words"));
}

void tst_Vigiactl::deleteAndRestore()
{
    const QString id = newRecord(m_cli, args({"--form", "deletable"}));
    QVERIFY(!id.isEmpty());
    const QStringList ids{id};
    CliRun r = m_cli.run(args({"record", "delete"}) + ids);
    QVERIFY2(r.exitCode == 0, r.describe());
    r = m_cli.run(args({"record", "delete"}) + ids);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(isOneErrorLine(r), r.describe());

    QJsonObject o = parseJson(m_cli.run(args({"record", "show", "--json"}) + ids)).object();
    QCOMPARE(o.value(QStringLiteral("deleted")).toBool(), true);
    const auto listed = [this](const QStringList &extra) {
        return idsOf(
            parseJson(m_cli.run(args({"record", "list", "--json", "--form", "deletable"}) + extra))
                .array());
    };
    QCOMPARE(listed({}), QStringList{});
    QCOMPARE(listed(args({"--include-deleted"})), ids);
    // A deleted record cannot be edited.
    r = m_cli.run(args({"record", "set"}) + ids + args({"a=1"}));
    QCOMPARE(r.exitCode, 3);

    r = m_cli.run(args({"record", "restore"}) + ids);
    QVERIFY2(r.exitCode == 0, r.describe());
    r = m_cli.run(args({"record", "restore"}) + ids);
    QCOMPARE(r.exitCode, 3);
    o = parseJson(m_cli.run(args({"record", "show", "--json"}) + ids)).object();
    QCOMPARE(o.value(QStringLiteral("deleted")).toBool(), false);
    QCOMPARE(listed({}), ids);
}

void tst_Vigiactl::showJsonHasEveryField()
{
    const QString id = newRecord(m_cli, args({"--form", "f", "--set", "country=AR", "--set",
                                              "date=2024-02-29", "--set", "note=São Paulo ✓"}));
    const CliRun r = m_cli.run(args({"record", "show", "--json"}) + QStringList{id});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject o = parseJson(r).object();
    for (const char *key : {"id", "form", "form_version", "status", "deleted", "country", "date",
                            "values", "conflicts"}) {
        QVERIFY2(o.contains(QLatin1String(key)), key);
    }
    QCOMPARE(o.value(QStringLiteral("date")).toString(), QStringLiteral("2024-02-29"));
    QCOMPARE(o.value(QStringLiteral("country")).toString(), QStringLiteral("AR"));
    QCOMPARE(o.value(QStringLiteral("deleted")), QJsonValue(false));
    QVERIFY(o.value(QStringLiteral("conflicts")).isArray());
    const QJsonObject values = o.value(QStringLiteral("values")).toObject();
    QCOMPARE(values.value(QStringLiteral("note")).toString(), QStringLiteral("São Paulo ✓"));
    QCOMPARE(values.value(QStringLiteral("country")).toString(), QStringLiteral("AR"));

    // Text mode shows every field too, in UTF-8.
    const CliRun text = m_cli.run(args({"record", "show"}) + QStringList{id});
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY(text.outText().contains(QStringLiteral("São Paulo ✓")));
    QVERIFY(text.outText().contains(id));
}

void tst_Vigiactl::listFilters()
{
    const VigiactlRunner cli = freshWorkspace(QStringLiteral("lists"));
    const QString a = newRecord(cli, args({"--form", "street", "--set", "country=BR", "--set",
                                           "notes=Adolescents seen near the river port at night",
                                           "--set", "date=2024-01-10"}));
    const QString b = newRecord(cli, args({"--form", "online", "--set", "country=AR", "--set",
                                           "notes=Advert on a classifieds site", "--set",
                                           "date=2024-03-05", "--finalize"}));
    const QString c = newRecord(
        cli, args({"--form", "street", "--set", "country=AR", "--set", "date=2024-05-20"}));
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());

    const auto ids = [&cli](const QStringList &filter) {
        const CliRun r = cli.run(args({"record", "list", "--json"}) + filter);
        if (r.exitCode != 0)
            qWarning() << r.describe();
        return idsOf(parseJson(r).array());
    };
    const auto sorted = [](QStringList l) {
        l.sort();
        return l;
    };
    QCOMPARE(ids({}), sorted({a, b, c}));
    QCOMPARE(ids(args({"--form", "street"})), sorted({a, c}));
    QCOMPARE(ids(args({"--status", "finalized"})), QStringList{b});
    QCOMPARE(ids(args({"--status", "draft"})), sorted({a, c}));
    QCOMPARE(ids(args({"--search", "river"})), QStringList{a});
    QCOMPARE(ids(args({"--search", "classifieds"})), QStringList{b});
    QCOMPARE(ids(args({"--search", "nothinglikethis"})), QStringList{});
    QCOMPARE(ids(args({"--country", "AR"})), sorted({b, c}));
    QCOMPARE(ids(args({"--country", "AR", "--form", "street"})), QStringList{c});
    QCOMPARE(ids(args({"--from", "2024-03-01"})), sorted({b, c}));
    QCOMPARE(ids(args({"--to", "2024-03-05"})), sorted({a, b}));
    QCOMPARE(ids(args({"--from", "2024-02-01", "--to", "2024-04-01"})), QStringList{b});
    QCOMPARE(ids(args({"--limit", "2"})).size(), 2);
    QCOMPARE(ids(args({"--limit", "2", "--offset", "2"})).size(), 1);
    QCOMPARE(ids(args({"--limit", "0"})).size(), 3);

    // The JSON items describe the record.
    const QJsonArray array =
        parseJson(cli.run(args({"record", "list", "--json", "--status", "finalized"}))).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject item = array.first().toObject();
    QCOMPARE(item.value(QStringLiteral("form")).toString(), QStringLiteral("online"));
    QCOMPARE(item.value(QStringLiteral("country")).toString(), QStringLiteral("AR"));
    QCOMPARE(item.value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-05"));

    // Malformed filters are usage errors.
    for (const QStringList &bad :
         {args({"--status", "done"}), args({"--from", "yesterday"}), args({"--limit", "-3"}),
          args({"--limit", "many"}), args({"--from", "2024-05-01", "--to", "2024-01-01"})}) {
        const CliRun r = cli.run(args({"record", "list"}) + bad);
        QVERIFY2(r.exitCode == 2, r.describe());
        QVERIFY2(isOneErrorLine(r), r.describe());
    }
}

void tst_Vigiactl::listTextTable()
{
    const VigiactlRunner cli = freshWorkspace(QStringLiteral("table"));
    CliRun r = cli.run(args({"record", "list"}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY(r.outText().contains(QLatin1String("No records")));
    const QString a = newRecord(cli, args({"--form", "street", "--set", "country=PY"}));
    const QString b = newRecord(cli, args({"--form", "online"}));
    r = cli.run(args({"record", "list"}));
    QVERIFY2(r.exitCode == 0, r.describe());
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QLatin1String("ID")));
    QVERIFY(lines.at(0).contains(QLatin1String("STATUS")));
    // Newest change first.
    QVERIFY(lines.at(1).startsWith(b));
    QVERIFY(lines.at(2).startsWith(a));
    QVERIFY(lines.at(2).contains(QLatin1String("PY")));
    // The columns line up.
    QCOMPARE(lines.at(1).indexOf(QLatin1String("online")),
             lines.at(0).indexOf(QLatin1String("FORM")));

    r = cli.run(args({"record", "list", "--limit", "1"}));
    QVERIFY(r.outText().contains(QStringLiteral("1–1 of 2")));
}

void tst_Vigiactl::unknownRecordIsNotFound()
{
    const QString random = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const char *command : {"show", "finalize", "reopen", "delete", "restore"}) {
        const CliRun r = m_cli.run(args({"record", command}) + QStringList{random});
        QVERIFY2(r.exitCode == 4, r.describe());
        QVERIFY2(isOneErrorLine(r), r.describe());
    }
    const CliRun set =
        m_cli.run(args({"record", "set"}) + QStringList{random, QStringLiteral("a=1")});
    QCOMPARE(set.exitCode, 4);
}

void tst_Vigiactl::malformedIdIsUsageError()
{
    for (const char *bad : {"not-a-uuid", "1234", "3f2b8c1e-9a4d-4e7b-8f00"}) {
        const CliRun r = m_cli.run(args({"record", "show", bad}));
        QVERIFY2(r.exitCode == 2, r.describe());
        QVERIFY2(isOneErrorLine(r), r.describe());
    }
    const CliRun set = m_cli.run(args({"record", "set", "nope", "a=1"}));
    QCOMPARE(set.exitCode, 2);
    // No passphrase is needed to be told the id is malformed.
    QProcessEnvironment env = VigiactlRunner::baseEnvironment();
    env.remove(QStringLiteral("VIGIA_PASSPHRASE"));
    QCOMPARE(m_cli.run(args({"record", "delete", "nope"}), env).exitCode, 2);
}

void tst_Vigiactl::unknownCommandOrOptionIsUsageError()
{
    for (const QStringList &a :
         {args({"frobnicate"}), args({"record", "frobnicate"}), args({"record"}), args({}),
          args({"--frobnicate", "identity", "show"}), args({"identity", "show", "--form", "x"}),
          args({"record", "new", "--form"}), args({"record", "new", "--form", "f", "--set", "x"}),
          args({"record", "show"}), args({"state-hash", "extra"}), args({"-x"}),
          args({"record", "new", "--form", "a", "--form", "b"})}) {
        const CliRun r = m_cli.run(a);
        QVERIFY2(r.exitCode == 2, qPrintable(a.join(QLatin1Char(' ')) + QLatin1String(": ") +
                                             QString::fromUtf8(r.describe())));
        QVERIFY2(isOneErrorLine(r), r.describe());
        QVERIFY2(r.out.isEmpty(), r.describe());
    }
    const CliRun r = m_cli.run(args({"frobnicate"}));
    QVERIFY2(r.errText().contains(QLatin1String("--help")), r.describe());
}

void tst_Vigiactl::unknownCommandIsUsageErrorEvenWithHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("hint");
    const QString top = QStringLiteral("'vigiactl --help'");
    const QString record = QStringLiteral("'vigiactl record --help'");
    const QString manifest = QStringLiteral("'vigiactl project manifest --help'");
    QTest::newRow("nosuch") << args({"nosuch"}) << QStringLiteral("'nosuch'") << top;
    QTest::newRow("nosuch --help")
        << args({"nosuch", "--help"}) << QStringLiteral("'nosuch'") << top;
    QTest::newRow("--help nosuch")
        << args({"--help", "nosuch"}) << QStringLiteral("'nosuch'") << top;
    QTest::newRow("-h nosuch") << args({"-h", "nosuch"}) << QStringLiteral("'nosuch'") << top;
    QTest::newRow("help nosuch") << args({"help", "nosuch"}) << QStringLiteral("'nosuch'") << top;
    QTest::newRow("nosuch record new --help")
        << args({"nosuch", "record", "new", "--help"}) << QStringLiteral("'nosuch'") << top;
    QTest::newRow("nosuch --version")
        << args({"nosuch", "--version"}) << QStringLiteral("'nosuch'") << top;
    // An earlier usage error does not hide the unknown command from --help.
    QTest::newRow("--frobnicate nosuch --help")
        << args({"--frobnicate", "nosuch", "--help"}) << QStringLiteral("'nosuch'") << top;
    QTest::newRow("record nosuch")
        << args({"record", "nosuch"}) << QStringLiteral("'record nosuch'") << record;
    QTest::newRow("record nosuch --help")
        << args({"record", "nosuch", "--help"}) << QStringLiteral("'record nosuch'") << record;
    QTest::newRow("help record nosuch")
        << args({"help", "record", "nosuch"}) << QStringLiteral("'record nosuch'") << record;
    QTest::newRow("record help --help")
        << args({"record", "help", "--help"}) << QStringLiteral("'record help'") << record;
    // A group two words deep is named whole, and so is its help.
    QTest::newRow("project manifest nosuch")
        << args({"project", "manifest", "nosuch"}) << QStringLiteral("'project manifest nosuch'")
        << manifest;
    QTest::newRow("project manifest nosuch --help")
        << args({"project", "manifest", "nosuch", "--help"})
        << QStringLiteral("'project manifest nosuch'") << manifest;
}

void tst_Vigiactl::unknownCommandIsUsageErrorEvenWithHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QFETCH(QString, hint);
    const CliRun r = m_cli.run(arguments);
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(isOneErrorLine(r), r.describe());
    QVERIFY2(r.out.isEmpty(), r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("Unknown command ") + named), r.describe());
    QVERIFY2(r.errText().contains(hint), r.describe());
}

void tst_Vigiactl::helpForKnownTopicsStillSucceeds()
{
    // What the unknown-command check must not catch: groups, commands with
    // surplus arguments, "help" as the first word, and other usage errors.
    const QList<QPair<QStringList, QString>> cases{
        {args({"help"}), QStringLiteral("Usage: vigiactl [GLOBAL OPTIONS]")},
        {args({"help", "help"}), QStringLiteral("Usage: vigiactl [GLOBAL OPTIONS]")},
        {args({"--help", "help"}), QStringLiteral("Usage: vigiactl [GLOBAL OPTIONS]")},
        {args({"project", "--help"}), QStringLiteral("Usage: vigiactl project COMMAND")},
        {args({"project", "manifest", "--help"}),
         QStringLiteral("Usage: vigiactl project manifest COMMAND")},
        {args({"record", "show", "a", "b", "--help"}),
         QStringLiteral("Usage: vigiactl record show")},
        {args({"--frobnicate", "record", "show", "--help"}),
         QStringLiteral("Usage: vigiactl record show")},
        {args({"record", "list", "--colour", "--help"}),
         QStringLiteral("Usage: vigiactl record list")},
        {args({"forms", "validate", "--version", "--help"}),
         QStringLiteral("Usage: vigiactl forms validate")},
    };
    for (const auto &[a, start] : cases) {
        const CliRun r = m_cli.run(a);
        QVERIFY2(r.exitCode == 0, qPrintable(a.join(QLatin1Char(' ')) + QLatin1String(": ") +
                                             QString::fromUtf8(r.describe())));
        QVERIFY2(r.err.isEmpty(), r.describe());
        QVERIFY2(r.outText().startsWith(start), r.describe());
    }
    const CliRun version = m_cli.run(args({"record", "list", "--version"}));
    QVERIFY2(version.exitCode == 0 && version.outLine().startsWith(QLatin1String("vigiactl ")),
             version.describe());
}

void tst_Vigiactl::everyListedCommandHasItsOwnHelp()
{
    const CliRun overview = VigiactlRunner().run(args({"--help"}));
    QCOMPARE(overview.exitCode, 0);
    const QString text = overview.outText();
    const qsizetype from = text.indexOf(QLatin1String("Commands:\n"));
    const qsizetype to = text.indexOf(QLatin1String("\n\n"), from);
    QVERIFY2(from >= 0 && to > from, overview.out);
    // "  record new   Create a record…": two spaces, the words, two or more spaces.
    static const QRegularExpression row(QStringLiteral("^  (\\S+(?: \\S+)*?)(?:  |$)"),
                                        QRegularExpression::MultilineOption);
    QStringList commands;
    auto it = row.globalMatch(text.mid(from, to - from));
    while (it.hasNext())
        commands.append(it.next().captured(1));
    for (const char *expected : {"init", "record new", "forms validate", "project manifest import",
                                 "devices list", "bundle inspect", "receipt import"}) {
        QVERIFY2(commands.contains(QLatin1String(expected)), qPrintable(commands.join(u'|')));
    }
    QCOMPARE(QSet<QString>(commands.cbegin(), commands.cend()).size(), commands.size());
    for (const QString &command : std::as_const(commands)) {
        const CliRun r = VigiactlRunner().run(command.split(QLatin1Char(' ')) +
                                              QStringList{QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0,
                 qPrintable(command + QLatin1String(": ") + QString::fromUtf8(r.describe())));
        QVERIFY2(r.outText().startsWith(QLatin1String("Usage: vigiactl ") + command),
                 qPrintable(command + QLatin1String(": ") + QString::fromUtf8(r.describe())));
    }
}

void tst_Vigiactl::wrongPassphraseChangesNothing()
{
    // Something in the store first, so there is something to protect.
    QVERIFY(!newRecord(m_cli, args({"--form", "f", "--set", "a=1"})).isEmpty());
    const QDir ws(m_cli.workspace());
    QStringList files = ws.entryList(QDir::Files, QDir::Name);
    QVERIFY(files.contains(QStringLiteral("store.sqlite")));
    QVERIFY(files.contains(QStringLiteral("keystore.cbor")));
    QMap<QString, QByteArray> before;
    for (const QString &f : files)
        before.insert(f, fileBytes(ws.filePath(f)));

    QProcessEnvironment env = VigiactlRunner::baseEnvironment();
    env.insert(QStringLiteral("VIGIA_PASSPHRASE"), QStringLiteral("not the passphrase"));
    for (const QStringList &a :
         {args({"identity", "show"}), args({"record", "new", "--form", "f"}),
          args({"record", "list"}), args({"oplog", "verify"}), args({"state-hash"})}) {
        const CliRun r = m_cli.run(a, env);
        QVERIFY2(r.exitCode == 5, r.describe());
        QVERIFY2(isOneErrorLine(r), r.describe());
        QVERIFY(r.errText().contains(QLatin1String("passphrase")));
        QVERIFY(!r.err.contains("not the passphrase"));
    }
    QCOMPARE(ws.entryList(QDir::Files, QDir::Name), files);
    for (const QString &f : files)
        QVERIFY2(fileBytes(ws.filePath(f)) == before.value(f), qPrintable(f));
}

void tst_Vigiactl::missingPassphrase()
{
    QProcessEnvironment env = VigiactlRunner::baseEnvironment();
    env.remove(QStringLiteral("VIGIA_PASSPHRASE"));
    for (const QStringList &a : {args({"identity", "show"}), args({"record", "list"})}) {
        const CliRun r = m_cli.run(a, env);
        QVERIFY2(r.exitCode == 5, r.describe());
        QVERIFY2(isOneErrorLine(r), r.describe());
        QVERIFY2(r.errText().contains(QLatin1String("--passphrase-file")), r.describe());
        QVERIFY2(r.errText().contains(QLatin1String("VIGIA_PASSPHRASE")), r.describe());
    }
    // An empty variable is no passphrase either.
    env.insert(QStringLiteral("VIGIA_PASSPHRASE"), QString());
    QCOMPARE(m_cli.run(args({"identity", "show"}), env).exitCode, 5);
    // init needs one as well, and creates nothing without it.
    const VigiactlRunner fresh(m_tmp.filePath(QStringLiteral("no-passphrase")));
    env.remove(QStringLiteral("VIGIA_PASSPHRASE"));
    const CliRun init = fresh.run(args({"init", "--name", "X"}), env);
    QCOMPARE(init.exitCode, 5);
    QVERIFY2(isOneErrorLine(init), init.describe());
    QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("no-passphrase/keystore.cbor"))));
}

void tst_Vigiactl::passphraseFile()
{
    QProcessEnvironment env = VigiactlRunner::baseEnvironment();
    env.remove(QStringLiteral("VIGIA_PASSPHRASE"));
    const QString good = m_tmp.filePath(QStringLiteral("pass.txt"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(VigiactlRunner::kPassphrase + "\nsecond line is ignored\n");
    }
    CliRun r = m_cli.run(args({"identity", "show", "--passphrase-file"}) + QStringList{good}, env);
    QVERIFY2(r.exitCode == 0, r.describe());

    // The file wins over the variable.
    QProcessEnvironment both = VigiactlRunner::baseEnvironment();
    both.insert(QStringLiteral("VIGIA_PASSPHRASE"), QStringLiteral("wrong one"));
    r = m_cli.run(args({"--passphrase-file"}) + QStringList{good} + args({"identity", "show"}),
                  both);
    QVERIFY2(r.exitCode == 0, r.describe());

    const QString crlf = m_tmp.filePath(QStringLiteral("pass-crlf.txt"));
    {
        QFile f(crlf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(VigiactlRunner::kPassphrase + "\r\n");
    }
    r = m_cli.run(args({"identity", "show", "--passphrase-file"}) + QStringList{crlf}, env);
    QVERIFY2(r.exitCode == 0, r.describe());

    const QString wrong = m_tmp.filePath(QStringLiteral("wrong.txt"));
    {
        QFile f(wrong);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(VigiactlRunner::kPassphrase + " \n"); // a trailing space is part of it
    }
    r = m_cli.run(args({"identity", "show", "--passphrase-file"}) + QStringList{wrong}, env);
    QCOMPARE(r.exitCode, 5);

    r = m_cli.run(args({"identity", "show", "--passphrase-file"}) +
                      QStringList{m_tmp.filePath(QStringLiteral("absent.txt"))},
                  env);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(isOneErrorLine(r), r.describe());
}

void tst_Vigiactl::missingWorkspaceIsNotFound()
{
    const VigiactlRunner nowhere(m_tmp.filePath(QStringLiteral("does/not/exist")));
    for (const QStringList &a :
         {args({"identity", "show"}), args({"record", "list"}),
          args({"record", "new", "--form", "f"}), args({"oplog", "verify"})}) {
        const CliRun r = nowhere.run(a);
        QVERIFY2(r.exitCode == 4, r.describe());
        QVERIFY2(isOneErrorLine(r), r.describe());
        QVERIFY(r.errText().contains(QLatin1String("init")));
    }
    // Nothing was created on the way.
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("does"))));
}

void tst_Vigiactl::oplogVerifyDetectsTampering()
{
    const VigiactlRunner cli = freshWorkspace(QStringLiteral("tamper"));
    QVERIFY(!newRecord(cli, args({"--form", "f", "--set", "a=1"})).isEmpty());
    CliRun r = cli.run(args({"oplog", "verify"}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.outLine(), QStringLiteral("The change log is intact."));
    r = cli.run(args({"oplog", "verify", "--json"}));
    QCOMPARE(parseJson(r).object().value(QStringLiteral("intact")), QJsonValue(true));

    {
        auto store = cli.openStore();
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
        QSqlQuery q(QSqlDatabase::database(store.value()->connectionName()));
        QVERIFY2(q.exec(QStringLiteral("UPDATE ops SET value = x'1863' WHERE counter = 2 AND "
                                       "origin = (SELECT min(origin) FROM ops WHERE counter = 2)")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
    }

    r = cli.run(args({"oplog", "verify"}));
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), r.describe());
    QVERIFY2(lines.first().contains(QLatin1String("change 2 ")), r.describe());
    QVERIFY2(!r.outText().contains(QLatin1String("intact")), r.describe());
    QVERIFY2(isOneErrorLine(r), r.describe());

    r = cli.run(args({"oplog", "verify", "--json"}));
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = parseJson(r).object();
    QCOMPARE(o.value(QStringLiteral("intact")), QJsonValue(false));
    const QJsonArray issues = o.value(QStringLiteral("issues")).toArray();
    QVERIFY(!issues.isEmpty());
    QCOMPARE(issues.first().toObject().value(QStringLiteral("counter")).toInt(), 2);
    QCOMPARE(issues.first().toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("changed"));
}

void tst_Vigiactl::stateHashIsStable()
{
    const VigiactlRunner cli = freshWorkspace(QStringLiteral("hash"));
    const CliRun first = cli.run(args({"state-hash"}));
    QVERIFY2(first.exitCode == 0, first.describe());
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(first.outLine()).hasMatch(),
             first.out);
    QCOMPARE(cli.run(args({"state-hash"})).outLine(), first.outLine());
    const CliRun json = cli.run(args({"state-hash", "--json"}));
    QCOMPARE(parseJson(json).object().value(QStringLiteral("state_hash")).toString(),
             first.outLine());

    // Reading does not change the state; writing does.
    QCOMPARE(cli.run(args({"record", "list"})).exitCode, 0);
    QCOMPARE(cli.run(args({"state-hash"})).outLine(), first.outLine());
    QVERIFY(!newRecord(cli, args({"--form", "f"})).isEmpty());
    const QString after = cli.run(args({"state-hash"})).outLine();
    QVERIFY(after != first.outLine());
    QCOMPARE(cli.run(args({"state-hash"})).outLine(), after);
}

void tst_Vigiactl::spanish()
{
    // An unknown language is refused in any case.
    const CliRun fr = VigiactlRunner().run(args({"--lang", "fr", "--help"}));
    QCOMPARE(fr.exitCode, 2);
    QVERIFY2(isOneErrorLine(fr), fr.describe());

    // ctest sets VIGIA_TEST_SOURCE_DIR; the Spanish catalogue must cover vigiactl.
    QVERIFY2(
        spanishCliTranslationsExist(),
        "translations/vigia_es.ts has no vigiactl translations (is VIGIA_TEST_SOURCE_DIR set?)");
    const CliRun en = VigiactlRunner().run(args({"--lang", "en", "--help"}));
    const CliRun es = VigiactlRunner().run(args({"--lang", "es", "--help"}));
    QCOMPARE(es.exitCode, 0);
    QVERIFY(es.out != en.out);
    const CliRun enError = m_cli.run(args({"--lang", "en", "frobnicate"}));
    const CliRun esError = m_cli.run(args({"--lang", "es", "frobnicate"}));
    QCOMPARE(esError.exitCode, 2);
    QVERIFY2(isOneErrorLine(esError), esError.describe());
    QVERIFY(esError.err != enError.err);
}

void tst_Vigiactl::errorsAreOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString random = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTest::newRow("unknown command") << args({"nonsense"}) << 2;
    QTest::newRow("unknown option") << args({"record", "list", "--colour"}) << 2;
    QTest::newRow("missing value") << args({"record", "list", "--form"}) << 2;
    QTest::newRow("malformed id") << args({"record", "finalize", "xyz"}) << 2;
    QTest::newRow("not found") << (args({"record", "show"}) << random) << 4;
    QTest::newRow("existing workspace") << args({"init", "--name", "Again"}) << 1;
    QTest::newRow("no name") << args({"init"}) << 2;
    QTest::newRow("bad assignment") << args({"record", "new", "--form", "f", "--set", "=x"}) << 2;
}

void tst_Vigiactl::errorsAreOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const CliRun r = m_cli.run(arguments);
    QVERIFY2(r.exitCode == exitCode, r.describe());
    QVERIFY2(isOneErrorLine(r), r.describe());
    QVERIFY2(r.out.isEmpty(), r.describe());
}

QTEST_GUILESS_MAIN(tst_Vigiactl)
#include "tst_vigiactl.moc"
