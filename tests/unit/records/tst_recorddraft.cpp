// RecordDraft: the one spelling of every answer (canonical), what
// finalizing writes, and that answers stored before keep their bytes.

#include "forms/FormJson.h"
#include "records/RecordDraft.h"

#include <QTest>

using namespace vigia;

namespace {

const QDateTime kNow(QDate(2024, 5, 31), QTime(10, 30), Qt::UTC);
const QString kDevice = QStringLiteral("5f0c1d2e-0000-4000-8000-000000000001");

const QByteArray kForm = R"json({"format_version": 1,
    "settings": {"form_id": "draft", "version": "1", "default_language": "en",
                 "title": {"en": "Draft"}},
    "survey": [
        {"type": "start", "name": "started"},
        {"type": "today", "name": "day"},
        {"type": "deviceid", "name": "device"},
        {"type": "note", "name": "intro", "label": {"en": "Read this"}},
        {"type": "text", "name": "title", "label": {"en": "Title"}, "required": true},
        {"type": "narrative", "name": "story", "label": {"en": "Story"}},
        {"type": "integer", "name": "count", "label": {"en": "Count"}, "constraint": ". >= 0"},
        {"type": "decimal", "name": "amount", "label": {"en": "Amount"}},
        {"type": "range", "name": "level", "label": {"en": "Level"},
         "parameters": "start=0 end=5 step=0.5"},
        {"type": "select_one", "list_name": "colours", "name": "colour",
         "label": {"en": "Colour"}},
        {"type": "select_multiple", "list_name": "colours", "name": "colours",
         "label": {"en": "Colours"}},
        {"type": "geopoint", "name": "where", "label": {"en": "Where"}},
        {"type": "date", "name": "date", "label": {"en": "Date"}},
        {"type": "datetime", "name": "when", "label": {"en": "When"}},
        {"type": "time", "name": "at", "label": {"en": "At"}},
        {"type": "acknowledge", "name": "ok", "label": {"en": "OK?"}},
        {"type": "hidden", "name": "secret"},
        {"type": "text", "name": "why", "label": {"en": "Why?"}, "relevant": "${count} > 0"},
        {"type": "calculate", "name": "double_amount", "calculation": "${amount} * 2"},
        {"type": "text", "name": "fixed", "label": {"en": "Fixed"}, "read_only": true,
         "default": "F"},
        {"type": "text", "name": "place", "label": {"en": "Place"}, "default": "home"},
        {"type": "repeat", "name": "members", "label": {"en": "Members"}, "children": [
            {"type": "integer", "name": "age", "label": {"en": "Age"}}
        ]}
    ],
    "choices": [
        {"list_name": "colours", "name": "red", "label": {"en": "Red"}},
        {"list_name": "colours", "name": "green", "label": {"en": "Green"}}
    ]})json";

FormDefinition form()
{
    auto definition = FormJson::read(kForm, QStringLiteral("inline"));
    if (!definition)
        qFatal("%s", qPrintable(definition.error().message()));
    return definition.take();
}

RecordDraft draft(const QMap<QString, QCborValue> &stored = {},
                  const QLocale &locale = QLocale::c())
{
    auto started = RecordDraft::start(form(), stored, QStringLiteral("en"), locale, kDevice, kNow);
    if (!started)
        qFatal("%s", qPrintable(started.error().message()));
    return started.take();
}

QCborValue text(const char *t)
{
    return QCborValue(QString::fromUtf8(t));
}

QMap<QString, QCborValue> toMap(const RecordStore::Values &values)
{
    QMap<QString, QCborValue> out;
    for (const auto &[key, value] : values)
        out.insert(key, value);
    return out;
}

QStringList kinds(const QList<RecordDraft::Issue> &issues)
{
    QStringList out;
    for (const RecordDraft::Issue &issue : issues)
        out << issue.field + QLatin1Char(':') + QString::number(int(issue.kind));
    return out;
}

QString kindOf(const QString &field, RecordDraft::IssueKind kind)
{
    return field + QLatin1Char(':') + QString::number(int(kind));
}

} // namespace

class tst_RecordDraft : public QObject
{
    Q_OBJECT

private slots:
    void canonical_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        const QString c = QStringLiteral("C");
        const QString es = QStringLiteral("es");
        const auto row = [](const char *name, const QString &locale, const char *typed,
                            const char *stored) {
            QTest::addRow("%s %s '%s'", name, qPrintable(locale), typed)
                << QString::fromUtf8(name) << locale << QString::fromUtf8(typed)
                << QString::fromUtf8(stored);
        };
        // Free text is kept exactly.
        row("title", c, "  two  spaces \n", "  two  spaces \n");
        row("story", c, " line\n\nline ", " line\n\nline ");
        // Whole numbers: plain decimal.
        row("count", c, "007", "7");
        row("count", c, "+5", "5");
        row("count", c, " 12 ", "12");
        row("count", c, "-0", "0");
        row("count", es, "1.234", "1.234"); // no group separators: not a number
        row("count", c, "1.5", "1.5");      // not whole: the engine says so
        row("count", c, "abc", "abc");
        row("count", c, "-", "-");
        // Decimals: the shortest text of the value, with '.'.
        row("amount", c, "1.50", "1.5");
        row("amount", c, "0.1", "0.1");
        row("amount", c, "0.10000000000000001", "0.1");
        row("amount", c, "+2.0", "2");
        row("amount", c, ".5", "0.5");
        row("amount", c, "1.", "1");
        row("amount", c, "-0.0", "0");
        row("amount", c, " 3 ", "3");
        row("amount", es, "3,50", "3.5");
        row("amount", es, "1.5", "1.5");
        row("amount", c, "3,5", "3,5"); // not a number in English: kept
        row("amount", c, "3,", "3,");
        row("amount", c, "-", "-");
        row("amount", c, "1e3", "1e3");
        row("amount", c, "lots", "lots");
        row("level", c, "2.50", "2.5");
        row("level", es, " 1,0 ", "1");
        // Choices and points: trimmed, one space apart.
        row("colour", c, " red ", "red");
        row("colours", c, "  green   red ", "green red");
        row("where", c, " 4.61   -74.08 ", "4.61 -74.08");
        // Dates and times: ISO 8601.
        row("date", c, " 2024-05-31 ", "2024-05-31");
        row("date", c, "31/05/2024", "31/05/2024");
        row("when", c, "2024-05-31T14:30", "2024-05-31T14:30:00");
        row("when", c, "2024-05-31T14:30:00.250", "2024-05-31T14:30:00.250");
        row("when", c, "2024-05-31T14:30:00Z", "2024-05-31T14:30:00Z");
        row("at", c, "14:30", "14:30:00");
        row("at", c, "noon", "noon");
        // Everything else: trimmed.
        row("ok", c, " OK ", "OK");
        row("secret", c, " s ", "s");
    }

    void canonical()
    {
        QFETCH(QString, field);
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        const FormDefinition definition = form();
        const FormRow *row = definition.findRow(field);
        QVERIFY(row);
        const QLocale l = locale == u"C" ? QLocale::c() : QLocale(locale);
        QCOMPARE(RecordDraft::canonical(*row, typed, l), stored);
        // Canonical text is its own canonical spelling.
        QCOMPARE(RecordDraft::canonical(*row, stored, l), stored);
    }

    void textOfStoredValues()
    {
        QCOMPARE(RecordDraft::textOf(QCborValue(0.1)), QStringLiteral("0.1"));
        QCOMPARE(RecordDraft::textOf(QCborValue(1.5)), QStringLiteral("1.5"));
        QCOMPARE(RecordDraft::textOf(QCborValue(1e21)), QStringLiteral("1000000000000000000000"));
        QCOMPARE(RecordDraft::textOf(QCborValue(qint64(7))), QStringLiteral("7"));
        QCOMPARE(RecordDraft::textOf(text("1.50")), QStringLiteral("1.50"));
        QCOMPARE(RecordDraft::textOf(QCborValue(true)), QStringLiteral("true"));
        QCOMPARE(RecordDraft::textOf(QCborValue(QCborValue::Null)), QString());
        QCOMPARE(RecordDraft::storedValue({}), QCborValue(QCborValue::Null));
        QCOMPARE(RecordDraft::storedValue(QStringLiteral("x")), text("x"));
    }

    void assignStoresTheCanonicalSpelling()
    {
        RecordDraft d = draft({}, QLocale(QStringLiteral("es")));
        const QList<RecordDraft::Issue> issues =
            d.assign({{QStringLiteral("amount"), text("1,50")},
                      {QStringLiteral("count"), text("007")},
                      {QStringLiteral("colours"), text(" red   green ")},
                      {QStringLiteral("title"), text(" Kept ")},
                      {QStringLiteral("count"), text("008")}});
        QVERIFY2(issues.isEmpty(), qPrintable(kinds(issues).join(u' ')));
        const QMap<QString, QCborValue> assigned = toMap(d.assigned());
        QCOMPARE(d.assigned().size(), 4); // count once, with its last value
        QCOMPARE(assigned.value(QStringLiteral("amount")), text("1.5"));
        QCOMPARE(assigned.value(QStringLiteral("count")), text("8"));
        QCOMPARE(assigned.value(QStringLiteral("colours")), text("red green"));
        QCOMPARE(assigned.value(QStringLiteral("title")), text(" Kept "));
        QCOMPARE(d.session().text(QStringLiteral("amount")), QStringLiteral("1.5"));
        QVERIFY(d.isAssigned(QStringLiteral("amount")));
        // An emptied answer is stored as null.
        QVERIFY(d.assign(QStringLiteral("title"), QString()).isEmpty());
        QCOMPARE(toMap(d.assigned()).value(QStringLiteral("title")), QCborValue(QCborValue::Null));
        // One answer at a time: the addresses that followed.
        auto changed = d.set(QStringLiteral("amount"), QStringLiteral("2,0"));
        QVERIFY(changed);
        QVERIFY(changed.value().contains(QStringLiteral("double_amount")));
        QCOMPARE(d.session().text(QStringLiteral("double_amount")), QStringLiteral("4"));
    }

    void refusalsAndIssues()
    {
        using K = RecordDraft::IssueKind;
        RecordDraft d = draft();
        const QList<RecordDraft::Issue> issues = d.assign({
            {QStringLiteral("nosuch"), text("1")},
            {QStringLiteral("intro"), text("hello")},
            {QStringLiteral("started"), text("2024-01-01T00:00:00")},
            {QStringLiteral("double_amount"), text("3")},
            {QStringLiteral("fixed"), text("G")},
            {QStringLiteral("age"), text("4")},
            {QStringLiteral("count"), text("-2")},
            {QStringLiteral("amount"), text("3,")},
        });
        // (What the half-typed amount does to the calculation may follow.)
        QCOMPARE(kinds(issues).mid(0, 8),
                 QStringList({kindOf(QStringLiteral("nosuch"), K::Unknown),
                              kindOf(QStringLiteral("intro"), K::NotAQuestion),
                              kindOf(QStringLiteral("started"), K::Automatic),
                              kindOf(QStringLiteral("double_amount"), K::Calculated),
                              kindOf(QStringLiteral("fixed"), K::ReadOnly),
                              kindOf(QStringLiteral("age"), K::Invalid),
                              kindOf(QStringLiteral("count"), K::Constraint),
                              kindOf(QStringLiteral("amount"), K::Type)}));
        for (const RecordDraft::Issue &issue : issues.mid(0, 8)) {
            QVERIFY2(!issue.message.isEmpty(), qPrintable(issue.field));
            QCOMPARE(RecordDraft::isRefusal(issue.kind),
                     issue.kind != K::Constraint && issue.kind != K::Type);
        }
        // Missing required answers only count when finalizing.
        QVERIFY(!kinds(d.issues(false)).contains(kindOf(QStringLiteral("title"), K::Required)));
        QVERIFY(kinds(d.issues(true)).contains(kindOf(QStringLiteral("title"), K::Required)));
        QVERIFY(!d.set(QStringLiteral("double_amount"), QStringLiteral("1")));
    }

    void automaticFields()
    {
        RecordDraft d = draft();
        QVERIFY(d.assign(QStringLiteral("place"), QStringLiteral("office")).isEmpty());
        const QMap<QString, QCborValue> automatic = toMap(d.automatic());
        QCOMPARE(automatic.value(QStringLiteral("device")), QCborValue(kDevice));
        QCOMPARE(automatic.value(QStringLiteral("day")), text("2024-05-31"));
        QVERIFY(automatic.value(QStringLiteral("started")).toString().startsWith(u"2024-05-31T"));
        QCOMPARE(automatic.value(QStringLiteral("fixed")), text("F"));
        // Assigned, not automatic; calculations wait for finalizing.
        QVERIFY(!automatic.contains(QStringLiteral("place")));
        QVERIFY(!automatic.contains(QStringLiteral("double_amount")));
        QVERIFY(!automatic.contains(QStringLiteral("title")));

        // What the store holds is not filled in again.
        RecordDraft stored = draft(
            {{QStringLiteral("day"), text("2024-01-02")}, {QStringLiteral("fixed"), text("F")}});
        const QMap<QString, QCborValue> again = toMap(stored.automatic());
        QVERIFY(!again.contains(QStringLiteral("day")));
        QVERIFY(!again.contains(QStringLiteral("fixed")));
        QVERIFY(again.contains(QStringLiteral("started")));
        QCOMPARE(stored.session().text(QStringLiteral("day")), QStringLiteral("2024-01-02"));
    }

    void finalizeWrites()
    {
        const QMap<QString, QCborValue> stored{
            {QStringLiteral("title"), text("T")},
            {QStringLiteral("count"), text("0")},
            {QStringLiteral("why"), text("because")},
            {QStringLiteral("amount"), text("1.5")},
            {QStringLiteral("members"), text("2")},
            {QStringLiteral("members[1]/age"), text("30")},
        };
        RecordDraft d = draft(stored);
        // The stored count brings back the instance that holds no answer.
        QCOMPARE(d.session().instanceCount(QStringLiteral("members")), 2);
        const QMap<QString, QCborValue> writes = toMap(d.finalized(stored));
        // Not relevant any more (count is 0): cleared.
        QCOMPARE(writes.value(QStringLiteral("why")), QCborValue(QCborValue::Null));
        QVERIFY(writes.contains(QStringLiteral("why")));
        // Calculated values and `end`-like metadata the form fills in are written.
        QCOMPARE(writes.value(QStringLiteral("double_amount")), text("3"));
        QCOMPARE(writes.value(QStringLiteral("day")), text("2024-05-31"));
        QCOMPARE(writes.value(QStringLiteral("fixed")), text("F"));
        // What the store holds already is not written again.
        for (const char *same : {"title", "count", "amount", "members", "members[1]/age"})
            QVERIFY2(!writes.contains(QString::fromUtf8(same)), same);
    }

    void untouchedStoredAnswersKeepTheirBytes()
    {
        // Spellings an earlier Vigia, vigiactl or another tool stored.
        const QMap<QString, QCborValue> stored{
            {QStringLiteral("title"), text("T")},
            {QStringLiteral("amount"), text("1.50")},
            {QStringLiteral("count"), text("007")},
            {QStringLiteral("level"), QCborValue(0.5)},
            {QStringLiteral("colours"), text("red  green")},
            {QStringLiteral("at"), text("14:30")},
            {QStringLiteral("members"), QCborValue(qint64(1))},
            {QStringLiteral("members[1]/age"), QCborValue(qint64(30))},
        };
        RecordDraft d = draft(stored);
        QCOMPARE(d.session().text(QStringLiteral("level")), QStringLiteral("0.5"));
        const QMap<QString, QCborValue> writes = toMap(d.finalized(stored));
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            QVERIFY2(!writes.contains(it.key()), qPrintable(it.key()));

        // An answer assigned now is written in its canonical spelling.
        QVERIFY(d.assign(QStringLiteral("count"), QStringLiteral("0008")).isEmpty());
        const QMap<QString, QCborValue> after = toMap(d.finalized(stored));
        QCOMPARE(after.value(QStringLiteral("count")), text("8"));
        QVERIFY(!after.contains(QStringLiteral("amount")));
        // Restoring (undo) puts the stored spelling back, not a respelling.
        QVERIFY(d.restore(QStringLiteral("amount"), QStringLiteral("1.50")));
        QCOMPARE(d.session().text(QStringLiteral("amount")), QStringLiteral("1.50"));
        QVERIFY(!d.isAssigned(QStringLiteral("amount")));
    }

    void instanceCounts()
    {
        RecordDraft d = draft();
        QVERIFY(d.addInstance(QStringLiteral("members")));
        QVERIFY(d.addInstance(QStringLiteral("members")));
        QCOMPARE(d.instanceCounts(), (QMap<QString, int>{{QStringLiteral("members"), 2}}));
        QCOMPARE(d.instanceCounts(QStringLiteral("members")),
                 (QMap<QString, int>{{QStringLiteral("members"), 2}}));
        QVERIFY(d.removeInstance(QStringLiteral("members[1]")));
        QCOMPARE(d.session().instanceCount(QStringLiteral("members")), 1);
        QVERIFY(d.isRepeatAddress(QStringLiteral("members")));
        QVERIFY(!d.isRepeatAddress(QStringLiteral("members[1]/age")));
        QVERIFY(d.rowOf(QStringLiteral("members[1]/age")));
        QVERIFY(!d.rowOf(QStringLiteral("members[1]")));
    }
};

QTEST_GUILESS_MAIN(tst_RecordDraft)
#include "tst_recorddraft.moc"
