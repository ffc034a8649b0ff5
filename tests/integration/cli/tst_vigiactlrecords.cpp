// vigiactl record new | set | finalize check values against the record's form
// version (issue 3, item 9): one "field: message" line per failing field on
// stderr and exit code 3; required fields only on finalize.

#include "VigiactlRunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using vigia::test::CliRun;
using vigia::test::VigiactlRunner;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

// A form with one field per rule: types, a constraint with its message in
// three languages, relevance, a calculation, a read-only field, a note and
// metadata. `version` 2 swaps `country` for `region`.
QByteArray checksForm(const char *version)
{
    const bool second = qstrcmp(version, "2") == 0;
    QByteArray json = R"json({"format_version": 1,
    "settings": {"form_id": "checks", "version": "VERSION", "default_language": "en",
                 "title": {"en": "Checks", "es": "Comprobaciones", "pt": "Verificações"}},
    "survey": [
        {"type": "start", "name": "started"},
        {"type": "note", "name": "intro", "label": {"en": "Read this first"}},
        {"type": "text", "name": "title", "label": {"en": "Title"}, "required": true},
        {"type": "integer", "name": "count", "label": {"en": "Count"}, "constraint": ". >= 0",
         "constraint_message": {"en": "Counts are zero or more.",
                                "es": "Los conteos son cero o más.",
                                "pt": "As contagens são zero ou mais."}},
        {"type": "decimal", "name": "amount", "label": {"en": "Amount"}},
        {"type": "date", "name": "date", "label": {"en": "Date"}},
        {"type": "select_one", "list_name": "colours", "name": "colour", "label": {"en": "Colour"}},
        {"type": "select_multiple", "list_name": "colours", "name": "colours",
         "label": {"en": "Colours"}},
        {"type": "text", "name": "why", "label": {"en": "Why?"}, "relevant": "${count} > 0"},
        {"type": "calculate", "name": "double_count", "calculation": "${count} * 2"},
        {"type": "text", "name": "fixed", "label": {"en": "Fixed"}, "read_only": true,
         "default": "F"},
        {"type": "text", "name": "PLACE", "label": {"en": "Place"}}
    ],
    "choices": [
        {"list_name": "colours", "name": "red", "label": {"en": "Red"}},
        {"list_name": "colours", "name": "green", "label": {"en": "Green"}}
    ]})json";
    json.replace("VERSION", version);
    json.replace("PLACE", second ? "region" : "country");
    return json;
}

// Zones filtered by the country chosen before them.
const QByteArray kFilteredForm = R"json({"format_version": 1,
    "settings": {"form_id": "filtered", "version": "1", "default_language": "en",
                 "title": {"en": "Filtered"}},
    "survey": [
        {"type": "select_one", "list_name": "countries", "name": "country",
         "label": {"en": "Country"}},
        {"type": "select_one", "list_name": "zones", "name": "zone", "label": {"en": "Zone"},
         "choice_filter": "country = ${country}"}
    ],
    "choices": [
        {"list_name": "countries", "name": "AR", "label": {"en": "Argentina"}},
        {"list_name": "countries", "name": "BR", "label": {"en": "Brazil"}},
        {"list_name": "zones", "name": "iguazu", "label": {"en": "Iguazú"},
         "attributes": {"country": "AR"}},
        {"list_name": "zones", "name": "foz", "label": {"en": "Foz do Iguaçu"},
         "attributes": {"country": "BR"}}
    ]})json";

// A repeat: answers inside it are addressed as members[n]/field.
const QByteArray kRepeatForm = R"json({"format_version": 1,
    "settings": {"form_id": "household", "version": "1", "default_language": "en",
                 "title": {"en": "Household"}},
    "survey": [
        {"type": "repeat", "name": "members", "label": {"en": "Members"}, "children": [
            {"type": "integer", "name": "age", "label": {"en": "Age"}, "required": true,
             "constraint": ". >= 0", "constraint_message": {"en": "Ages are zero or more."}}
        ]},
        {"type": "calculate", "name": "total_age", "calculation": "sum(${age})"}
    ]})json";

QJsonObject parse(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

// The "field: message" lines of a failed run, by field.
QMap<QString, QString> fieldLines(const CliRun &r)
{
    QMap<QString, QString> out;
    for (const QString &line : r.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        out.insert(line.left(colon), line.mid(colon + 2));
    }
    return out;
}

} // namespace

class tst_VigiactlRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownFormIsNotFound();
    void draftMayBeIncomplete();
    void refusedValues_data();
    void refusedValues();
    void oneLinePerFailingFieldAndJson();
    void constraintMessageInTheChosenLanguage_data();
    void constraintMessageInTheChosenLanguage();
    void setValidates();
    void finalizeChecksEverything();
    void newWithFinalizeChecksRequired();
    void decimalSeparatorFollowsTheLanguage();
    void recordKeepsItsFormVersion();
    void choiceFilteredOutIsRefused();
    void builtinFormIsThere();
    void recordOfAMissingFormIsNotFound();
    void repeatAnswersUseAddresses();

private:
    [[nodiscard]] QString newRecord(const QStringList &extra) const;
    [[nodiscard]] QJsonObject show(const QString &id) const;
    [[nodiscard]] int recordCount() const;

    QTemporaryDir m_tmp;
    VigiactlRunner m_cli;
};

QString tst_VigiactlRecords::newRecord(const QStringList &extra) const
{
    const CliRun r = m_cli.run(args({"record", "new", "--form", "checks"}) + extra);
    if (r.exitCode != 0)
        qWarning() << "record new failed:" << r.describe();
    return r.outLine();
}

QJsonObject tst_VigiactlRecords::show(const QString &id) const
{
    return parse(m_cli.run(args({"record", "show", "--json"}) + QStringList{id}));
}

int tst_VigiactlRecords::recordCount() const
{
    const CliRun r = m_cli.run(args({"record", "list", "--json", "--limit", "0"}));
    return int(QJsonDocument::fromJson(r.out).array().size());
}

void tst_VigiactlRecords::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_cli = VigiactlRunner(m_tmp.filePath(s("main")));
    const CliRun init = m_cli.run(args({"init", "--name", "Test device"}));
    QVERIFY2(init.exitCode == 0, init.describe());
    const CliRun imported = m_cli.importForm(checksForm("1"));
    QVERIFY2(imported.exitCode == 0, imported.describe());
}

void tst_VigiactlRecords::unknownFormIsNotFound()
{
    const int before = recordCount();
    for (const QStringList &a :
         {args({"record", "new", "--form", "nope", "--set", "a=1"}),
          args({"record", "new", "--form", "checks", "--form-version", "9"})}) {
        const CliRun r = m_cli.run(a);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.errText().startsWith(QLatin1String("vigiactl: ")), r.describe());
        QCOMPARE(r.errText().count(QLatin1Char('\n')), 1);
        QVERIFY2(r.errText().contains(QLatin1String("vigiactl forms import")), r.describe());
    }
    QCOMPARE(recordCount(), before);
}

void tst_VigiactlRecords::draftMayBeIncomplete()
{
    // The required title is missing: fine for a draft.
    const QString id = newRecord(args({"--set", "count=3"}));
    QVERIFY(!id.isEmpty());
    const QJsonObject record = show(id);
    QCOMPARE(record.value(s("status")).toString(), s("draft"));
    QCOMPARE(record.value(s("form_version")).toString(), s("1"));
    const QJsonObject values = record.value(s("values")).toObject();
    // Stored as text, as typed.
    QCOMPARE(values.value(s("count")), QJsonValue(s("3")));
    // What the form fills in when a record starts is kept with it.
    QCOMPARE(values.value(s("fixed")), QJsonValue(s("F")));
    QVERIFY2(QRegularExpression(s("^\\d{4}-\\d\\d-\\d\\dT"))
                 .match(values.value(s("started")).toString())
                 .hasMatch(),
             QJsonDocument(values).toJson());
    // Calculations are stored when the record is finalized, not before.
    QVERIFY(!values.contains(s("double_count")));
    QVERIFY(!values.contains(s("title")));
}

void tst_VigiactlRecords::refusedValues_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("kind");
    QTest::newRow("integer, letters") << s("count=abc") << s("type");
    QTest::newRow("integer, fraction") << s("count=1.5") << s("type");
    QTest::newRow("decimal") << s("amount=lots") << s("type");
    QTest::newRow("date, no such day") << s("date=2024-13-01") << s("type");
    QTest::newRow("date, day first") << s("date=31/12/2024") << s("type");
    QTest::newRow("not a choice") << s("colour=blue") << s("type");
    QTest::newRow("one bad choice of two") << s("colours=red purple") << s("type");
    QTest::newRow("constraint") << s("count=-2") << s("constraint");
    QTest::newRow("unknown field") << s("nosuch=1") << s("unknown");
    QTest::newRow("calculated") << s("double_count=4") << s("calculated");
    QTest::newRow("read-only") << s("fixed=G") << s("read_only");
    QTest::newRow("note") << s("intro=hello") << s("not_a_question");
    QTest::newRow("metadata") << s("started=2024-01-01T00:00:00") << s("automatic");
}

void tst_VigiactlRecords::refusedValues()
{
    QFETCH(QString, assignment);
    QFETCH(QString, kind);
    const QString field = assignment.section(QLatin1Char('='), 0, 0);
    const int before = recordCount();
    const CliRun r =
        m_cli.run(args({"record", "new", "--form", "checks", "--set"}) + QStringList{assignment});
    QCOMPARE(r.exitCode, 3);
    // Exactly one line, "field: message", and nothing on stdout.
    QCOMPARE(r.errText().count(QLatin1Char('\n')), 1);
    QVERIFY2(r.errText().startsWith(field + QStringLiteral(": ")), r.describe());
    QVERIFY2(r.errText().size() > field.size() + 4, r.describe());
    QVERIFY2(r.out.isEmpty(), r.describe());
    QCOMPARE(recordCount(), before);

    const CliRun json = m_cli.run(args({"record", "new", "--form", "checks", "--json", "--set"}) +
                                  QStringList{assignment});
    QCOMPARE(json.exitCode, 3);
    const QJsonArray issues = parse(json).value(s("issues")).toArray();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().toObject().value(s("field")).toString(), field);
    QCOMPARE(issues.first().toObject().value(s("kind")).toString(), kind);
}

void tst_VigiactlRecords::oneLinePerFailingFieldAndJson()
{
    const QStringList bad = args({"--set", "count=-1", "--set", "colour=blue", "--set", "nosuch=1",
                                  "--set", "title=Fine", "--set", "amount=x"});
    const CliRun r = m_cli.run(args({"record", "new", "--form", "checks"}) + bad);
    QCOMPARE(r.exitCode, 3);
    const QMap<QString, QString> lines = fieldLines(r);
    QCOMPARE(r.errText().count(QLatin1Char('\n')), 4);
    QCOMPARE(QSet<QString>(lines.keyBegin(), lines.keyEnd()),
             QSet<QString>({s("count"), s("colour"), s("nosuch"), s("amount")}));
    QCOMPARE(lines.value(s("count")), s("Counts are zero or more."));

    // --json carries the same issues.
    const CliRun json = m_cli.run(args({"record", "new", "--form", "checks", "--json"}) + bad);
    QCOMPARE(json.exitCode, 3);
    QCOMPARE(json.err, r.err);
    const QJsonObject o = parse(json);
    QCOMPARE(o.value(s("valid")), QJsonValue(false));
    const QJsonArray issues = o.value(s("issues")).toArray();
    QCOMPARE(issues.size(), 4);
    for (const QJsonValue &v : issues) {
        const QJsonObject issue = v.toObject();
        QCOMPARE(issue.value(s("message")).toString(),
                 lines.value(issue.value(s("field")).toString()));
    }
}

void tst_VigiactlRecords::constraintMessageInTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("message");
    QTest::newRow("en") << s("en") << s("Counts are zero or more.");
    QTest::newRow("es") << s("es") << s("Los conteos son cero o más.");
    QTest::newRow("pt_BR") << s("pt_BR") << s("As contagens são zero ou mais.");
}

void tst_VigiactlRecords::constraintMessageInTheChosenLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, message);
    const CliRun r = m_cli.run(QStringList{s("--lang"), language} +
                               args({"record", "new", "--form", "checks", "--set", "count=-5"}));
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.errText(), s("count: ") + message + QLatin1Char('\n'));

    // The same for record set.
    const QString id = newRecord({});
    const CliRun set =
        m_cli.run(QStringList{s("--lang"), language, s("record"), s("set"), id, s("count=-5")});
    QCOMPARE(set.exitCode, 3);
    QCOMPARE(set.errText(), s("count: ") + message + QLatin1Char('\n'));
}

void tst_VigiactlRecords::setValidates()
{
    const QString id = newRecord(args({"--set", "count=1", "--set", "colour=red"}));
    QVERIFY(!id.isEmpty());
    const QStringList ids{id};
    CliRun r = m_cli.run(args({"record", "set"}) + ids + args({"count=abc", "colours=red green"}));
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(fieldLines(r).keys(), QStringList{s("count")});
    // Nothing of a refused change is stored, not even its valid part.
    QJsonObject values = show(id).value(s("values")).toObject();
    QCOMPARE(values.value(s("count")), QJsonValue(s("1")));
    QVERIFY(!values.contains(s("colours")));

    r = m_cli.run(args({"record", "set"}) + ids +
                  args({"count=2", "colours=  green   red ", "why=because", "colour="}));
    QVERIFY2(r.exitCode == 0, r.describe());
    values = show(id).value(s("values")).toObject();
    QCOMPARE(values.value(s("count")), QJsonValue(s("2")));
    // Choices are stored one space apart; an empty value clears the field.
    QCOMPARE(values.value(s("colours")), QJsonValue(s("green red")));
    QCOMPARE(values.value(s("why")), QJsonValue(s("because")));
    QVERIFY(!values.contains(s("colour")));

    // Not a field of the form, and calculated: refused with record set too.
    r = m_cli.run(args({"record", "set"}) + ids + args({"nosuch=1", "double_count=3"}));
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(fieldLines(r).keys(), QStringList({s("double_count"), s("nosuch")}));
}

void tst_VigiactlRecords::finalizeChecksEverything()
{
    const QString id = newRecord(args({"--set", "count=2", "--set", "why=because"}));
    QVERIFY(!id.isEmpty());
    const QStringList ids{id};
    CliRun r = m_cli.run(args({"record", "finalize"}) + ids);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(fieldLines(r).keys(), QStringList{s("title")});
    QCOMPARE(show(id).value(s("status")).toString(), s("draft"));
    r = m_cli.run(args({"record", "finalize", "--json"}) + ids);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(parse(r).value(s("issues")).toArray().first().toObject().value(s("kind")).toString(),
             s("required"));

    // `why` stops applying when the count is 0: finalize drops it, and stores
    // the calculated value.
    r = m_cli.run(args({"record", "set"}) + ids + args({"title=Done", "count=0"}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY(show(id).value(s("values")).toObject().contains(s("why")));
    r = m_cli.run(args({"record", "finalize"}) + ids);
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject record = show(id);
    QCOMPARE(record.value(s("status")).toString(), s("finalized"));
    const QJsonObject values = record.value(s("values")).toObject();
    QVERIFY2(!values.contains(s("why")), QJsonDocument(values).toJson());
    QCOMPARE(values.value(s("double_count")), QJsonValue(s("0")));
    QCOMPARE(values.value(s("title")), QJsonValue(s("Done")));
    QCOMPARE(values.value(s("fixed")), QJsonValue(s("F")));
}

void tst_VigiactlRecords::newWithFinalizeChecksRequired()
{
    const int before = recordCount();
    CliRun r =
        m_cli.run(args({"record", "new", "--form", "checks", "--set", "count=1", "--finalize"}));
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(fieldLines(r).keys(), QStringList{s("title")});
    QCOMPARE(recordCount(), before);

    const QString id = newRecord(args({"--set", "count=4", "--set", "title=T", "--finalize"}));
    QVERIFY(!id.isEmpty());
    const QJsonObject record = show(id);
    QCOMPARE(record.value(s("status")).toString(), s("finalized"));
    QCOMPARE(record.value(s("values")).toObject().value(s("double_count")), QJsonValue(s("8")));
}

void tst_VigiactlRecords::decimalSeparatorFollowsTheLanguage()
{
    // Typed as a Spanish speaker writes it, stored with '.'.
    CliRun r = m_cli.run(
        args({"--lang", "es", "record", "new", "--form", "checks", "--set", "amount=3,5"}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(show(r.outLine()).value(s("values")).toObject().value(s("amount")),
             QJsonValue(s("3.5")));
    r = m_cli.run(
        args({"--lang", "en", "record", "new", "--form", "checks", "--set", "amount=3,5"}));
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(fieldLines(r).keys(), QStringList{s("amount")});
}

void tst_VigiactlRecords::recordKeepsItsFormVersion()
{
    const QString old = newRecord(args({"--set", "country=BR"}));
    QVERIFY(!old.isEmpty());
    const CliRun imported = m_cli.importForm(checksForm("2"));
    QVERIFY2(imported.exitCode == 0, imported.describe());

    // The old record still follows version 1: country, not region.
    CliRun r = m_cli.run(args({"record", "set"}) + QStringList{old, s("country=AR")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = m_cli.run(args({"record", "set"}) + QStringList{old, s("region=South")});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(fieldLines(r).keys(), QStringList{s("region")});
    QCOMPARE(show(old).value(s("form_version")).toString(), s("1"));

    // A new record takes the latest version unless told otherwise.
    const QString latest = newRecord(args({"--set", "region=South"}));
    QVERIFY(!latest.isEmpty());
    QCOMPARE(show(latest).value(s("form_version")).toString(), s("2"));
    r = m_cli.run(args({"record", "set"}) + QStringList{latest, s("country=AR")});
    QCOMPARE(r.exitCode, 3);
    const QString pinned = newRecord(args({"--form-version", "1", "--set", "country=CL"}));
    QVERIFY(!pinned.isEmpty());
    QCOMPARE(show(pinned).value(s("form_version")).toString(), s("1"));
}

void tst_VigiactlRecords::choiceFilteredOutIsRefused()
{
    const CliRun imported = m_cli.importForm(kFilteredForm);
    QVERIFY2(imported.exitCode == 0, imported.describe());
    // A zone of the list, but not of the country chosen.
    CliRun r = m_cli.run(args({"record", "new", "--form", "filtered", "--json", "--set",
                               "country=BR", "--set", "zone=iguazu"}));
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(fieldLines(r).keys(), QStringList{s("zone")});
    QCOMPARE(parse(r).value(s("issues")).toArray().first().toObject().value(s("kind")).toString(),
             s("type"));
    r = m_cli.run(
        args({"record", "new", "--form", "filtered", "--set", "country=BR", "--set", "zone=foz"}));
    QVERIFY2(r.exitCode == 0, r.describe());
    const QString id = r.outLine();
    // Changing the country alone leaves a zone of another country: refused,
    // with the line for the zone. Both together are fine.
    const QStringList ids{id};
    r = m_cli.run(args({"record", "set"}) + ids + args({"country=AR"}));
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(fieldLines(r).keys(), QStringList{s("zone")});
    r = m_cli.run(args({"record", "set"}) + ids + args({"country=AR", "zone=iguazu"}));
    QVERIFY2(r.exitCode == 0, r.describe());
    r = m_cli.run(args({"record", "finalize"}) + ids);
    QVERIFY2(r.exitCode == 0, r.describe());
}

void tst_VigiactlRecords::builtinFormIsThere()
{
    // A new workspace can take records of the Observatory's forms at once.
    CliRun r =
        m_cli.run(args({"record", "new", "--form", "qualitative_finding", "--set", "country=XX"}));
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(fieldLines(r).keys(), QStringList{s("country")});
    r = m_cli.run(args({"record", "new", "--form", "qualitative_finding", "--set", "country=BR",
                        "--set", "date=2024-01-05"}));
    QVERIFY2(r.exitCode == 0, r.describe());
    // Stored as text, the projection lists the record by country and date.
    const QJsonObject record = show(r.outLine());
    QCOMPARE(record.value(s("country")).toString(), s("BR"));
    QCOMPARE(record.value(s("date")).toString(), s("2024-01-05"));
    const CliRun list =
        m_cli.run(args({"record", "list", "--json", "--country", "BR", "--from", "2024-01-01"}));
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
}

void tst_VigiactlRecords::recordOfAMissingFormIsNotFound()
{
    const VigiactlRunner cli(m_tmp.filePath(s("missing-form")));
    QCOMPARE(cli.run(args({"init", "--name", "Other"})).exitCode, 0);
    QCOMPARE(cli.importForm(VigiactlRunner::textForm(s("temporary"), {s("a")})).exitCode, 0);
    const CliRun created = cli.run(args({"record", "new", "--form", "temporary", "--set", "a=1"}));
    QVERIFY2(created.exitCode == 0, created.describe());
    // The form disappears from the store (as on a device that never had it).
    {
        auto store = cli.openStore();
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
        QSqlQuery q(QSqlDatabase::database(store.value()->connectionName()));
        QVERIFY(q.exec(s("DELETE FROM forms WHERE form_id = 'temporary'")));
        q.finish();
    }
    for (const QStringList &a : {args({"record", "set"}) + QStringList{created.outLine(), s("a=2")},
                                 args({"record", "finalize"}) + QStringList{created.outLine()}}) {
        const CliRun r = cli.run(a);
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.errText().count(QLatin1Char('\n')), 1);
        QVERIFY2(r.errText().contains(QLatin1String("vigiactl forms import")), r.describe());
    }
}

void tst_VigiactlRecords::repeatAnswersUseAddresses()
{
    const CliRun imported = m_cli.importForm(kRepeatForm);
    QVERIFY2(imported.exitCode == 0, imported.describe());
    CliRun r = m_cli.run(args({"record", "new", "--form", "household", "--set", "members[1]/age=30",
                               "--set", "members[2]/age=-1", "--set", "age=4"}));
    QCOMPARE(r.exitCode, 3);
    const QMap<QString, QString> lines = fieldLines(r);
    QCOMPARE(lines.keys(), QStringList({s("age"), s("members[2]/age")}));
    QCOMPARE(lines.value(s("members[2]/age")), s("Ages are zero or more."));

    r = m_cli.run(args({"record", "new", "--form", "household", "--set", "members[1]/age=30",
                        "--set", "members[2]/age=4", "--finalize"}));
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject values = show(r.outLine()).value(s("values")).toObject();
    QCOMPARE(values.value(s("members[1]/age")), QJsonValue(s("30")));
    QCOMPARE(values.value(s("members[2]/age")), QJsonValue(s("4")));
    QCOMPARE(values.value(s("total_age")), QJsonValue(s("34")));
}

QTEST_GUILESS_MAIN(tst_VigiactlRecords)
#include "tst_vigiactlrecords.moc"
