#include "forms/FormJson.h"
#include "forms/FormSession.h"
#include "forms/FormValidator.h"

#include <QFile>

#include <QTest>

#include <functional>

using namespace vigia;

namespace {

const QDateTime kNow(QDate(2024, 5, 31), QTime(10, 30), Qt::UTC);

// A form with `survey` and `choices` as JSON arrays, default language Spanish
// so that falling back to it differs from falling back to the first code.
FormSession session(const QByteArray &survey, const QByteArray &choices = "[]")
{
    const QByteArray json = R"J({"format_version": 1,
        "settings": {"form_id": "f", "version": "1", "default_language": "es"},
        "survey": )J" + survey +
                            R"J(, "choices": )J" + choices + "}";
    auto definition = FormJson::read(json, QStringLiteral("inline"));
    if (!definition)
        qFatal("%s", qPrintable(definition.error().message()));
    auto started = FormSession::start(definition.value(), kNow);
    if (!started)
        qFatal("%s", qPrintable(started.error().message()));
    return started.take();
}

const QByteArray kYesNo =
    R"J([{"list_name": "yn", "name": "yes"}, {"list_name": "yn", "name": "no"},
    {"list_name": "ab", "name": "a"}, {"list_name": "ab", "name": "b"}])J";

QStringList fields(const QList<FieldIssue> &issues, FieldIssue::Kind kind)
{
    QStringList out;
    for (const FieldIssue &issue : issues) {
        if (issue.kind() == kind)
            out << issue.field();
    }
    return out;
}

QString messageOf(const QList<FieldIssue> &issues, const QString &field)
{
    for (const FieldIssue &issue : issues) {
        if (issue.field() == field)
            return issue.message();
    }
    return {};
}

void set(FormSession &s, const QString &field, const QString &value)
{
    auto changed = s.setValue(field, value);
    QVERIFY2(changed.ok(), qPrintable(changed.error().message()));
}

} // namespace

class tst_FormSession : public QObject
{
    Q_OBJECT

private slots:
    void requiredMessages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("custom");
        QTest::newRow("english") << QStringLiteral("en") << QStringLiteral("Name, please.");
        QTest::newRow("spanish") << QStringLiteral("es") << QStringLiteral("El nombre, por favor.");
        // No Portuguese text: the form's default language (es), not the
        // first language by code (en).
        QTest::newRow("fallback") << QStringLiteral("pt_BR")
                                  << QStringLiteral("El nombre, por favor.");
    }

    void requiredMessages()
    {
        QFETCH(QString, language);
        QFETCH(QString, custom);
        FormSession s = session(R"J([
            {"type": "text", "name": "name", "required": true,
             "required_message": {"en": "Name, please.", "es": "El nombre, por favor."}},
            {"type": "text", "name": "place", "required": true},
            {"type": "text", "name": "optional"}])J");
        s.setLanguage(language);
        const QList<FieldIssue> issues = s.validateAll();
        QCOMPARE(fields(issues, FieldIssue::Kind::Required),
                 QStringList({QStringLiteral("name"), QStringLiteral("place")}));
        QCOMPARE(messageOf(issues, QStringLiteral("name")), custom);
        QCOMPARE(messageOf(issues, QStringLiteral("place")),
                 QStringLiteral("This field is required."));

        set(s, QStringLiteral("name"), QStringLiteral("Ana"));
        set(s, QStringLiteral("place"), QStringLiteral("Leticia"));
        QVERIFY(s.validateAll().isEmpty());
    }

    void requiredByExpression()
    {
        FormSession s = session(R"J([
            {"type": "select_one", "list_name": "yn", "name": "interview"},
            {"type": "select_one", "list_name": "yn", "name": "consent",
             "required": "${interview} = 'yes'"}])J",
                                kYesNo);
        QVERIFY(!s.isRequired(QStringLiteral("consent")));
        QVERIFY(s.validateAll().isEmpty());
        auto changed = s.setValue(QStringLiteral("interview"), QStringLiteral("yes"));
        QVERIFY(changed.ok());
        QCOMPARE(changed.value(), QStringList{QStringLiteral("consent")});
        QVERIFY(s.isRequired(QStringLiteral("consent")));
        QCOMPARE(fields(s.validateAll(), FieldIssue::Kind::Required),
                 QStringList{QStringLiteral("consent")});
    }

    void constraints_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message"); // empty: no issue
        const QString custom = QStringLiteral("Entre 0 y 120.");
        const QString fallback =
            QStringLiteral("This answer is not allowed here; check it against the question.");
        QTest::newRow("inside") << QStringLiteral("age") << QStringLiteral("30") << QString();
        QTest::newRow("below") << QStringLiteral("age") << QStringLiteral("-1") << custom;
        QTest::newRow("above") << QStringLiteral("age") << QStringLiteral("121") << custom;
        QTest::newRow("edge") << QStringLiteral("age") << QStringLiteral("120") << QString();
        QTest::newRow("default message")
            << QStringLiteral("code") << QStringLiteral("x1") << fallback;
        QTest::newRow("regex holds")
            << QStringLiteral("code") << QStringLiteral("AB12") << QString();
        // Another field takes part: the constraint reads ${age}.
        QTest::newRow("older than") << QStringLiteral("years_known") << QStringLiteral("40")
                                    << QStringLiteral("No more than the age.");
    }

    void constraints()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        FormSession s = session(R"J([
            {"type": "integer", "name": "age", "constraint": ". >= 0 and . <= 120",
             "constraint_message": {"es": "Entre 0 y 120."}},
            {"type": "text", "name": "code", "constraint": "regex(., '^[A-Z]{2}[0-9]+$')"
    },
            {"type": "integer", "name": "years_known", "constraint": ". <= ${age}",
             "constraint_message": {"en": "No more than the age."}}])J");
        s.setLanguage(QStringLiteral("en"));
        if (field != u"age")
            set(s, QStringLiteral("age"), QStringLiteral("30"));
        set(s, field, value);
        const QList<FieldIssue> issues = s.validateAll();
        if (message.isEmpty()) {
            QVERIFY(issues.isEmpty());
        } else {
            QCOMPARE(fields(issues, FieldIssue::Kind::Constraint), QStringList{field});
            QCOMPARE(messageOf(issues, field), message);
        }
    }

    void emptyAnswerSkipsConstraint()
    {
        FormSession s = session(R"J([{"type": "integer", "name": "n", "constraint": ". > 5"}])J");
        QVERIFY(s.validateAll().isEmpty());
        set(s, QStringLiteral("n"), QStringLiteral("1"));
        QCOMPARE(s.validateAll().size(), 1);
    }

    void relevanceHidesAndDrops()
    {
        FormSession s = session(R"J([
            {"type": "select_one", "list_name": "yn", "name": "consent"},
            {"type": "narrative", "name": "story", "required": true,
             "relevant": "${consent} = 'yes'"},
            {"type": "integer", "name": "age", "constraint": ". > 0",
             "relevant": "${consent} = 'yes'"}])J",
                                kYesNo);
        QVERIFY(!s.isRelevant(QStringLiteral("story")));
        QVERIFY(s.validateAll().isEmpty());

        auto changed = s.setValue(QStringLiteral("consent"), QStringLiteral("yes"));
        QVERIFY(changed.ok());
        QCOMPARE(changed.value(), QStringList({QStringLiteral("story"), QStringLiteral("age")}));
        QCOMPARE(fields(s.validateAll(), FieldIssue::Kind::Required),
                 QStringList{QStringLiteral("story")});
        set(s, QStringLiteral("story"), QStringLiteral("A long story."));
        set(s, QStringLiteral("age"), QStringLiteral("-3"));
        QCOMPARE(fields(s.validateAll(), FieldIssue::Kind::Constraint),
                 QStringList{QStringLiteral("age")});
        QCOMPARE(s.finalizedValues().value(QStringLiteral("story")),
                 QStringLiteral("A long story."));

        set(s, QStringLiteral("consent"), QStringLiteral("no"));
        QVERIFY(!s.isRelevant(QStringLiteral("story")));
        QVERIFY(s.validateAll().isEmpty()); // the bad age is ignored
        const QMap<QString, QString> kept = s.finalizedValues();
        QCOMPARE(kept, (QMap<QString, QString>{{QStringLiteral("consent"), QStringLiteral("no")}}));
        // The answers stay in the session, in case consent changes back.
        QCOMPARE(s.text(QStringLiteral("story")), QStringLiteral("A long story."));
    }

    void calculationChainEvaluatesOnlyDependents()
    {
        FormSession s = session(R"J([
            {"type": "integer", "name": "a"},
            {"type": "calculate", "name": "b", "calculation": "${a} * 2"},
            {"type": "calculate", "name": "c", "calculation": "${b} + 1"},
            {"type": "integer", "name": "d", "constraint": ". < ${c}"},
            {"type": "integer", "name": "x"},
            {"type": "calculate", "name": "y", "calculation": "${x} + 5"},
            {"type": "text", "name": "z", "relevant": "${x} > 3"},
            {"type": "text", "name": "w", "constraint": ". != 'bad'"}])J");
        QCOMPARE(s.expressionCount(), 6);
        QCOMPARE(s.evaluationCount(), 0);

        auto changed = s.setValue(QStringLiteral("a"), QStringLiteral("3"));
        QVERIFY(changed.ok());
        QCOMPARE(s.text(QStringLiteral("b")), QStringLiteral("6"));
        QCOMPARE(s.text(QStringLiteral("c")), QStringLiteral("7"));
        QCOMPARE(changed.value(), QStringList({QStringLiteral("b"), QStringLiteral("c")}));
        // b, c and d's constraint: not y, z or w.
        QCOMPARE(s.dependentExpressions(QStringLiteral("a")), 3);
        QCOMPARE(s.evaluationCount(), 3);

        s.resetEvaluationCount();
        set(s, QStringLiteral("x"), QStringLiteral("4"));
        QCOMPARE(s.evaluationCount(), s.dependentExpressions(QStringLiteral("x")));
        QCOMPARE(s.evaluationCount(), 2);
        QCOMPARE(s.text(QStringLiteral("y")), QStringLiteral("9"));
        QVERIFY(s.isRelevant(QStringLiteral("z")));

        s.resetEvaluationCount();
        set(s, QStringLiteral("x"), QStringLiteral("4")); // unchanged: nothing to do
        QCOMPARE(s.evaluationCount(), 0);

        set(s, QStringLiteral("d"), QStringLiteral("7"));
        QCOMPARE(fields(s.validateAll(), FieldIssue::Kind::Constraint),
                 QStringList{QStringLiteral("d")});
        set(s, QStringLiteral("a"), QStringLiteral("4")); // c becomes 9 and d fits
        QVERIFY(s.validateAll().isEmpty());
        QCOMPARE(s.finalizedValues().value(QStringLiteral("c")), QStringLiteral("9"));
    }

    void groupRelevance()
    {
        FormSession s = session(R"J([
            {"type": "select_one", "list_name": "yn", "name": "show"},
            {"type": "group", "name": "g", "relevant": "${show} = 'yes'", "children": [
                {"type": "text", "name": "inner", "required": true},
                {"type": "group", "name": "g2", "children": [
                    {"type": "integer", "name": "deep", "required": true}]}]},
            {"type": "calculate", "name": "len", "calculation": "string-length(${inner})"}])J",
                                kYesNo);
        QVERIFY(!s.isRelevant(QStringLiteral("deep")));
        QVERIFY(s.validateAll().isEmpty());
        set(s, QStringLiteral("show"), QStringLiteral("yes"));
        QVERIFY(s.isRelevant(QStringLiteral("deep")));
        QCOMPARE(fields(s.validateAll(), FieldIssue::Kind::Required),
                 QStringList({QStringLiteral("inner"), QStringLiteral("deep")}));
        set(s, QStringLiteral("inner"), QStringLiteral("hello"));
        set(s, QStringLiteral("deep"), QStringLiteral("2"));
        QCOMPARE(s.text(QStringLiteral("len")), QStringLiteral("5"));

        s.resetEvaluationCount();
        auto changed = s.setValue(QStringLiteral("show"), QStringLiteral("no"));
        QVERIFY(changed.ok());
        QCOMPARE(changed.value(),
                 QStringList({QStringLiteral("g"), QStringLiteral("inner"), QStringLiteral("g2"),
                              QStringLiteral("deep"), QStringLiteral("len")}));
        // The group's relevance, then len, which reads a field inside it.
        QCOMPARE(s.evaluationCount(), 2);
        QCOMPARE(s.dependentExpressions(QStringLiteral("show")), 2);
        QCOMPARE(s.text(QStringLiteral("len")), QStringLiteral("0"));
        QVERIFY(!s.isRelevant(QStringLiteral("deep")));
        const QMap<QString, QString> kept = s.finalizedValues();
        QVERIFY(!kept.contains(QStringLiteral("inner")));
        QVERIFY(!kept.contains(QStringLiteral("deep")));
        QCOMPARE(kept.value(QStringLiteral("len")), QStringLiteral("0"));
    }

    void defaults()
    {
        FormSession s = session(R"J([
            {"type": "start", "name": "started"},
            {"type": "integer", "name": "count", "default": "3"},
            {"type": "date", "name": "visit", "default": "2024-01-15"},
            {"type": "date", "name": "seen", "default": "today()"},
            {"type": "calculate", "name": "next", "calculation": "${count} + 1"},
            {"type": "select_one", "list_name": "yn", "name": "ok", "default": "yes"}])J",
                                kYesNo);
        QCOMPARE(s.text(QStringLiteral("count")), QStringLiteral("3"));
        QCOMPARE(s.text(QStringLiteral("visit")), QStringLiteral("2024-01-15"));
        QCOMPARE(s.text(QStringLiteral("seen")), QStringLiteral("2024-05-31"));
        QCOMPARE(s.text(QStringLiteral("next")), QStringLiteral("4"));
        QCOMPARE(s.text(QStringLiteral("ok")), QStringLiteral("yes"));
        QCOMPARE(s.text(QStringLiteral("started")), kNow.toString(Qt::ISODateWithMs));
        QVERIFY(s.validateAll().isEmpty());
    }

    void typeErrors_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("valid");
        const QString c = QStringLiteral("C");
        const QString br = QStringLiteral("pt_BR");
        QTest::newRow("integer") << QStringLiteral("integer") << QStringLiteral("-12") << c << true;
        QTest::newRow("integer fraction")
            << QStringLiteral("integer") << QStringLiteral("1.5") << c << false;
        QTest::newRow("integer text")
            << QStringLiteral("integer") << QStringLiteral("ten") << c << false;
        QTest::newRow("decimal point")
            << QStringLiteral("decimal") << QStringLiteral("3.5") << br << true;
        QTest::newRow("decimal comma")
            << QStringLiteral("decimal") << QStringLiteral("3,5") << br << true;
        QTest::newRow("comma without locale")
            << QStringLiteral("decimal") << QStringLiteral("3,5") << c << false;
        QTest::newRow("decimal exponent")
            << QStringLiteral("decimal") << QStringLiteral("1e3") << c << false;
        QTest::newRow("date") << QStringLiteral("date") << QStringLiteral("2024-02-29") << c
                              << true;
        QTest::newRow("no such date")
            << QStringLiteral("date") << QStringLiteral("2023-02-29") << c << false;
        QTest::newRow("date not ISO")
            << QStringLiteral("date") << QStringLiteral("29/02/2024") << c << false;
        QTest::newRow("choice") << QStringLiteral("select_one yn") << QStringLiteral("no") << c
                                << true;
        QTest::newRow("not a choice")
            << QStringLiteral("select_one yn") << QStringLiteral("maybe") << c << false;
        QTest::newRow("choice of another list")
            << QStringLiteral("select_one yn") << QStringLiteral("a") << c << false;
        QTest::newRow("choices") << QStringLiteral("select_multiple ab") << QStringLiteral("a b")
                                 << c << true;
        QTest::newRow("one not a choice")
            << QStringLiteral("select_multiple ab") << QStringLiteral("a z") << c << false;
        QTest::newRow("acknowledged")
            << QStringLiteral("acknowledge") << QStringLiteral("OK") << c << true;
        QTest::newRow("acknowledge yes")
            << QStringLiteral("acknowledge") << QStringLiteral("yes") << c << false;
        QTest::newRow("geopoint") << QStringLiteral("geopoint") << QStringLiteral("4.61 -74.08")
                                  << c << true;
        QTest::newRow("geopoint altitude accuracy")
            << QStringLiteral("geopoint") << QStringLiteral("4.61 -74.08 2600 5") << c << true;
        QTest::newRow("geopoint latitude 95")
            << QStringLiteral("geopoint") << QStringLiteral("95 0") << c << false;
        QTest::newRow("geopoint one number")
            << QStringLiteral("geopoint") << QStringLiteral("4.61") << c << false;
    }

    void typeErrors()
    {
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(QString, locale);
        QFETCH(bool, valid);
        const QStringList parts = type.split(u' ');
        const QByteArray list =
            parts.size() > 1 ? ", \"list_name\": \"" + parts[1].toUtf8() + '"' : QByteArray();
        FormSession s = session(
            "[{\"type\": \"" + parts[0].toUtf8() + "\", \"name\": \"f\"" + list + "}]", kYesNo);
        s.setLocale(QLocale(locale));
        set(s, QStringLiteral("f"), value);
        const QList<FieldIssue> issues = s.validateAll();
        QCOMPARE(fields(issues, FieldIssue::Kind::Type),
                 valid ? QStringList() : QStringList{QStringLiteral("f")});
        if (!valid)
            QVERIFY(!issues.first().message().isEmpty());
    }

    void decimalCommaReadsAsNumber()
    {
        FormSession s = session(R"J([
            {"type": "decimal", "name": "v"},
            {"type": "calculate", "name": "twice", "calculation": "${v} * 2"}])J");
        s.setLocale(QLocale(QStringLiteral("pt_BR")));
        set(s, QStringLiteral("v"), QStringLiteral("1,25"));
        QCOMPARE(s.text(QStringLiteral("twice")), QStringLiteral("2.5"));
    }

    void refusedChanges()
    {
        FormSession s = session(R"J([
            {"type": "note", "name": "intro"},
            {"type": "text", "name": "fixed", "read_only": true, "default": "kept"},
            {"type": "integer", "name": "n"},
            {"type": "text", "name": "locked", "read_only": "${n} > 1"},
            {"type": "calculate", "name": "calc", "calculation": "1"}])J");
        QCOMPARE(s.setValue(QStringLiteral("nope"), QStringLiteral("1")).error().code(),
                 ErrorCode::NotFound);
        QVERIFY(!s.setValue(QStringLiteral("intro"), QStringLiteral("1")).ok());
        QVERIFY(!s.setValue(QStringLiteral("fixed"), QStringLiteral("other")).ok());
        QCOMPARE(s.text(QStringLiteral("fixed")), QStringLiteral("kept"));
        QVERIFY(!s.setValue(QStringLiteral("calc"), QStringLiteral("2")).ok());
        QVERIFY(s.setValue(QStringLiteral("locked"), QStringLiteral("a")).ok());
        auto changed = s.setValue(QStringLiteral("n"), QStringLiteral("2"));
        QCOMPARE(changed.value(), QStringList{QStringLiteral("locked")});
        QVERIFY(s.isReadOnly(QStringLiteral("locked")));
        QCOMPARE(s.setValue(QStringLiteral("locked"), QStringLiteral("b")).error().code(),
                 ErrorCode::Validation);
    }

    void evaluationErrorsAreReported()
    {
        FormSession s =
            session(R"J([{"type": "text", "name": "t", "constraint": "regex(., '(')"}])J");
        set(s, QStringLiteral("t"), QStringLiteral("x"));
        const QList<FieldIssue> issues = s.validateAll();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().kind(), FieldIssue::Kind::Evaluation);
        QVERIFY(issues.first().message().contains(QStringLiteral("constraint")));
    }

    void repeatsGrowShrinkAndAggregate()
    {
        FormSession s = session(R"J([
            {"type": "repeat", "name": "members", "children": [
                {"type": "text", "name": "name"},
                {"type": "integer", "name": "age", "required": true},
                {"type": "calculate", "name": "tag",
                 "calculation": "concat(position(..), ':', ${name})"}]},
            {"type": "calculate", "name": "total", "calculation": "sum(${age})"},
            {"type": "calculate", "name": "people", "calculation": "count(${members})"},
            {"type": "calculate", "name": "oldest", "calculation": "max(${age})"},
            {"type": "calculate", "name": "youngest", "calculation": "min(${age})"}])J");
        QCOMPARE(s.instanceCount(QStringLiteral("members")), 0);
        QCOMPARE(s.text(QStringLiteral("people")), QStringLiteral("0"));
        QCOMPARE(s.addInstance(QStringLiteral("members")).value(), QStringLiteral("members[1]"));
        QCOMPARE(s.addInstance(QStringLiteral("members")).value(), QStringLiteral("members[2]"));
        set(s, QStringLiteral("members[1]/age"), QStringLiteral("40"));
        set(s, QStringLiteral("members[2]/age"), QStringLiteral("12"));
        set(s, QStringLiteral("members[2]/name"), QStringLiteral("Ana"));
        QCOMPARE(s.text(QStringLiteral("total")), QStringLiteral("52"));
        QCOMPARE(s.text(QStringLiteral("people")), QStringLiteral("2"));
        QCOMPARE(s.text(QStringLiteral("oldest")), QStringLiteral("40"));
        QCOMPARE(s.text(QStringLiteral("youngest")), QStringLiteral("12"));
        // ${name} inside the repeat is the same instance's name.
        QCOMPARE(s.text(QStringLiteral("members[2]/tag")), QStringLiteral("2:Ana"));
        QCOMPARE(s.text(QStringLiteral("members[1]/tag")), QStringLiteral("1:"));

        // Issues name the instance.
        QVERIFY(s.addInstance(QStringLiteral("members")).ok());
        QCOMPARE(fields(s.validateAll(), FieldIssue::Kind::Required),
                 QStringList{QStringLiteral("members[3]/age")});

        // As in ODK, an empty age makes the sum NaN until it is answered.
        QCOMPARE(s.text(QStringLiteral("total")), QStringLiteral("NaN"));
        QVERIFY(s.removeInstance(QStringLiteral("members[3]")).ok());
        QCOMPARE(s.text(QStringLiteral("total")), QStringLiteral("52"));
        QVERIFY(s.removeInstance(QStringLiteral("members[1]")).ok());
        QCOMPARE(s.instanceCount(QStringLiteral("members")), 1);
        QCOMPARE(s.text(QStringLiteral("members[1]/age")), QStringLiteral("12"));
        QCOMPARE(s.text(QStringLiteral("members[1]/tag")), QStringLiteral("1:Ana"));
        QCOMPARE(s.text(QStringLiteral("total")), QStringLiteral("12"));
        QCOMPARE(s.text(QStringLiteral("people")), QStringLiteral("1"));

        const QMap<QString, QString> kept = s.finalizedValues();
        QCOMPARE(kept.value(QStringLiteral("members")), QStringLiteral("1"));
        QCOMPARE(kept.value(QStringLiteral("members[1]/age")), QStringLiteral("12"));
        QCOMPARE(kept.value(QStringLiteral("members[1]/tag")), QStringLiteral("1:Ana"));
        QVERIFY(!kept.contains(QStringLiteral("members[2]/age")));
        QCOMPARE(s.fieldPaths().mid(0, 3),
                 (QStringList{QStringLiteral("members[1]/name"), QStringLiteral("members[1]/age"),
                              QStringLiteral("members[1]/tag")}));
    }

    void repeatAddressesAreChecked()
    {
        FormSession s = session(R"J([
            {"type": "integer", "name": "n"},
            {"type": "repeat", "name": "members", "children": [
                {"type": "integer", "name": "age"}]}])J");
        auto bare = s.setValue(QStringLiteral("age"), QStringLiteral("3"));
        QCOMPARE(bare.error().code(), ErrorCode::NotFound);
        QVERIFY(bare.error().message().contains(QStringLiteral("members[1]/age")));
        QVERIFY(!s.setValue(QStringLiteral("members[0]/age"), QStringLiteral("3")).ok());
        QVERIFY(!s.setValue(QStringLiteral("members[1]/n"), QStringLiteral("3")).ok());
        QVERIFY(!s.setValue(QStringLiteral("n[1]"), QStringLiteral("3")).ok());
        QVERIFY(!s.setValue(QStringLiteral("members[2000]/age"), QStringLiteral("3")).ok());
        QVERIFY(!s.removeInstance(QStringLiteral("members[1]")).ok());
        QVERIFY(!s.addInstance(QStringLiteral("n")).ok());
        // Stored values load in any order: instances are added as named.
        auto loaded = s.setValue(QStringLiteral("members[3]/age"), QStringLiteral("7"));
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value().contains(QStringLiteral("members")));
        QCOMPARE(s.instanceCount(QStringLiteral("members")), 3);
        QCOMPARE(s.text(QStringLiteral("members[3]/age")), QStringLiteral("7"));
    }

    void nestedRepeats()
    {
        FormSession s = session(R"J([
            {"type": "repeat", "name": "households", "children": [
                {"type": "text", "name": "town"},
                {"type": "repeat", "name": "children", "children": [
                    {"type": "integer", "name": "age"},
                    {"type": "calculate", "name": "where",
                     "calculation": "concat(${town}, '/', position(..))"}]},
                {"type": "calculate", "name": "kids", "calculation": "count(${age})"}]},
            {"type": "calculate", "name": "all_kids", "calculation": "count(${age})"}])J");
        set(s, QStringLiteral("households[2]/children[3]/age"), QStringLiteral("4"));
        set(s, QStringLiteral("households[1]/children[1]/age"), QStringLiteral("9"));
        set(s, QStringLiteral("households[2]/town"), QStringLiteral("Leticia"));
        QCOMPARE(s.instanceCount(QStringLiteral("households")), 2);
        QCOMPARE(s.instanceCount(QStringLiteral("households[1]/children")), 1);
        QCOMPARE(s.instanceCount(QStringLiteral("households[2]/children")), 3);
        QCOMPARE(s.text(QStringLiteral("households[1]/kids")), QStringLiteral("1"));
        QCOMPARE(s.text(QStringLiteral("households[2]/kids")), QStringLiteral("3"));
        QCOMPARE(s.text(QStringLiteral("all_kids")), QStringLiteral("4"));
        // The parent instance's town, seen from each nested instance.
        QCOMPARE(s.text(QStringLiteral("households[2]/children[3]/where")),
                 QStringLiteral("Leticia/3"));
        QCOMPARE(s.text(QStringLiteral("households[1]/children[1]/where")), QStringLiteral("/1"));
        QVERIFY(s.removeInstance(QStringLiteral("households[2]/children[1]")).ok());
        QCOMPARE(s.text(QStringLiteral("households[2]/kids")), QStringLiteral("2"));
        QCOMPARE(s.text(QStringLiteral("households[2]/children[2]/where")),
                 QStringLiteral("Leticia/2"));
        QCOMPARE(s.finalizedValues().value(QStringLiteral("households[2]/children")),
                 QStringLiteral("2"));
    }

    void repeatCount()
    {
        FormSession s = session(R"J([
            {"type": "integer", "name": "n"},
            {"type": "repeat", "name": "visits", "repeat_count": "${n}", "children": [
                {"type": "text", "name": "place", "default": "home"}]},
            {"type": "repeat", "name": "fixed", "repeat_count": "2", "children": [
                {"type": "text", "name": "x"}]},
            {"type": "calculate", "name": "places", "calculation": "count(${place})"}])J");
        QCOMPARE(s.instanceCount(QStringLiteral("visits")), 0);
        QCOMPARE(s.instanceCount(QStringLiteral("fixed")), 2);
        auto changed = s.setValue(QStringLiteral("n"), QStringLiteral("3"));
        QVERIFY(changed.ok());
        QVERIFY(changed.value().contains(QStringLiteral("visits")));
        QVERIFY(changed.value().contains(QStringLiteral("places")));
        QCOMPARE(s.instanceCount(QStringLiteral("visits")), 3);
        QCOMPARE(s.text(QStringLiteral("visits[3]/place")), QStringLiteral("home"));
        QCOMPARE(s.text(QStringLiteral("places")), QStringLiteral("3"));
        set(s, QStringLiteral("n"), QStringLiteral("1"));
        QCOMPARE(s.instanceCount(QStringLiteral("visits")), 1);
        QCOMPARE(s.text(QStringLiteral("places")), QStringLiteral("1"));
        QCOMPARE(s.addInstance(QStringLiteral("visits")).error().code(), ErrorCode::Validation);
        QVERIFY(!s.removeInstance(QStringLiteral("fixed[1]")).ok());
        QCOMPARE(s.setValue(QStringLiteral("visits[2]/place"), QStringLiteral("x")).error().code(),
                 ErrorCode::NotFound);
        set(s, QStringLiteral("fixed[2]/x"), QStringLiteral("ok"));
        QCOMPARE(s.instanceCount(QStringLiteral("fixed")), 2);
    }

    void retypingARepeatCountKeepsTheAnswers()
    {
        FormSession s = session(R"J([
            {"type": "integer", "name": "n"},
            {"type": "repeat", "name": "visits", "repeat_count": "${n}", "children": [
                {"type": "text", "name": "place", "default": "home"}]}])J");
        set(s, QStringLiteral("n"), QStringLiteral("3"));
        for (int i = 1; i <= 3; ++i)
            set(s, QStringLiteral("visits[%1]/place").arg(i), QStringLiteral("p%1").arg(i));
        // "3", backspace, "2": the count is empty for a moment.
        set(s, QStringLiteral("n"), QString());
        QCOMPARE(s.instanceCount(QStringLiteral("visits")), 0);
        set(s, QStringLiteral("n"), QStringLiteral("2"));
        QCOMPARE(s.text(QStringLiteral("visits[1]/place")), QStringLiteral("p1"));
        QCOMPARE(s.text(QStringLiteral("visits[2]/place")), QStringLiteral("p2"));
        QVERIFY(!s.finalizedValues().contains(QStringLiteral("visits[3]/place")));
        set(s, QStringLiteral("n"), QStringLiteral("4"));
        QCOMPARE(s.text(QStringLiteral("visits[3]/place")), QStringLiteral("p3"));
        // Beyond what was ever there: a new instance with its default.
        QCOMPARE(s.text(QStringLiteral("visits[4]/place")), QStringLiteral("home"));
    }

    void relevanceInsideRepeats()
    {
        FormSession s = session(R"J([
            {"type": "repeat", "name": "members", "relevant": "position(..) != 2", "children": [
                {"type": "integer", "name": "age"},
                {"type": "group", "name": "under_18", "relevant": "${age} < 18", "children": [
                    {"type": "text", "name": "guardian", "required": true}]}]},
            {"type": "calculate", "name": "total", "calculation": "sum(${age})"}])J");
        for (int i = 1; i <= 3; ++i) {
            set(s, QStringLiteral("members[%1]/age").arg(i), QString::number(i == 3 ? 10 : 30 + i));
        }
        // Instance 2 is not relevant: left out of sum() and validation.
        QCOMPARE(s.text(QStringLiteral("total")), QStringLiteral("41"));
        QVERIFY(!s.isRelevant(QStringLiteral("members[2]/age")));
        QVERIFY(!s.isRelevant(QStringLiteral("members[1]/guardian")));
        QVERIFY(s.isRelevant(QStringLiteral("members[3]/guardian")));
        QCOMPARE(fields(s.validateAll(), FieldIssue::Kind::Required),
                 QStringList{QStringLiteral("members[3]/guardian")});
        set(s, QStringLiteral("members[3]/age"), QStringLiteral("20"));
        QVERIFY(s.validateAll().isEmpty());
        QVERIFY(!s.finalizedValues().contains(QStringLiteral("members[2]/age")));
    }

    void changeInOneInstanceEvaluatesOnlyThatInstance()
    {
        FormSession s = session(R"J([
            {"type": "repeat", "name": "members", "children": [
                {"type": "integer", "name": "age"},
                {"type": "calculate", "name": "twice", "calculation": "${age} * 2"},
                {"type": "integer", "name": "other", "constraint": ". > 0"}]},
            {"type": "calculate", "name": "total", "calculation": "sum(${twice})"}])J");
        for (int i = 1; i <= 3; ++i)
            set(s, QStringLiteral("members[%1]/age").arg(i), QString::number(i));
        s.resetEvaluationCount();
        auto changed = s.setValue(QStringLiteral("members[2]/age"), QStringLiteral("5"));
        QVERIFY(changed.ok());
        QCOMPARE(s.dependentExpressions(QStringLiteral("age")), 2);
        QCOMPARE(s.evaluationCount(), 2); // twice in members[2], then total
        QCOMPARE(changed.value(),
                 (QStringList{QStringLiteral("members[2]/twice"), QStringLiteral("total")}));
        QCOMPARE(s.text(QStringLiteral("total")), QStringLiteral("18"));
        QCOMPARE(s.text(QStringLiteral("members[1]/twice")), QStringLiteral("2"));
    }

    void choiceFilters()
    {
        const QByteArray choices = R"J([
            {"list_name": "country", "name": "co", "label": {"en": "Colombia", "es": "Colombia"}},
            {"list_name": "country", "name": "br", "label": {"en": "Brazil", "es": "Brasil"}},
            {"list_name": "zone", "name": "z1", "label": {"en": "Leticia"},
             "attributes": {"filter": "co"}},
            {"list_name": "zone", "name": "z2", "label": {"en": "Tabatinga"},
             "attributes": {"filter": "br"}},
            {"list_name": "zone", "name": "z3", "label": {"en": "Tres Fronteras"},
             "attributes": {"filter": "co"}}])J";
        FormSession s = session(R"J([
            {"type": "select_one", "name": "country", "list_name": "country"},
            {"type": "select_one", "name": "zone", "list_name": "zone",
             "choice_filter": "filter = ${country} and name != 'z3'"},
            {"type": "select_one", "name": "any", "list_name": "country", "or_other": true}])J",
                                choices);
        QVERIFY(s.availableChoices(QStringLiteral("zone")).isEmpty());
        auto changed = s.setValue(QStringLiteral("country"), QStringLiteral("co"));
        QVERIFY(changed.value().contains(QStringLiteral("zone")));
        QCOMPARE(s.availableChoices(QStringLiteral("zone")),
                 (QList<FormSession::Choice>{{QStringLiteral("z1"), QStringLiteral("Leticia")}}));
        set(s, QStringLiteral("zone"), QStringLiteral("z1"));
        QVERIFY(s.validateAll().isEmpty());
        set(s, QStringLiteral("country"), QStringLiteral("br"));
        const QList<FieldIssue> issues = s.validateAll();
        QCOMPARE(fields(issues, FieldIssue::Kind::Type), QStringList{QStringLiteral("zone")});
        QVERIFY(messageOf(issues, QStringLiteral("zone")).contains(QStringLiteral("z1")));

        // Labels in the session's language; or_other adds "other".
        s.setLanguage(QStringLiteral("es"));
        const QList<FormSession::Choice> any = s.availableChoices(QStringLiteral("any"));
        QCOMPARE(any.size(), 3);
        QCOMPARE(any[1].label, QStringLiteral("Brasil"));
        QCOMPARE(any[2].name, QStringLiteral("other"));
        set(s, QStringLiteral("any"), QStringLiteral("other"));
        set(s, QStringLiteral("zone"), QStringLiteral("z2"));
        QVERIFY(s.validateAll().isEmpty());
    }

    void packBorderZonesFilterByCountry()
    {
        QFile file(qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR") +
                   QStringLiteral("/resources/forms/qualitative_finding.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto definition = FormJson::read(file.readAll(), file.fileName());
        QVERIFY2(definition.ok(), qPrintable(definition.error().message()));
        // The pack's border zones carry their countries; the filter an
        // XLSForm author would write for them.
        std::function<bool(QList<FormRow> &)> addFilter = [&](QList<FormRow> &rows) {
            for (FormRow &row : rows) {
                if (row.name() == u"border_zone") {
                    if (row.choiceFilter().isEmpty())
                        row.setProperty(QStringLiteral("choice_filter"),
                                        QStringLiteral("selected(countries, ${country})"));
                    return true;
                }
                if (addFilter(row.children()))
                    return true;
            }
            return false;
        };
        QVERIFY(addFilter(definition.value().rows()));
        QVERIFY(FormValidator::validate(definition.value()).ok());
        auto started = FormSession::start(definition.value(), kNow);
        QVERIFY2(started.ok(), qPrintable(started.error().message()));
        FormSession &s = started.value();
        set(s, QStringLiteral("country"), QStringLiteral("CO"));
        QStringList zones;
        for (const FormSession::Choice &c : s.availableChoices(QStringLiteral("border_zone")))
            zones << c.name;
        QVERIFY(zones.contains(QStringLiteral("border_co_ve")));
        QVERIFY(zones.contains(QStringLiteral("border_pa_co_darien")));
        QVERIFY(!zones.contains(QStringLiteral("border_mx_gt")));
        set(s, QStringLiteral("country"), QStringLiteral("MX"));
        zones.clear();
        for (const FormSession::Choice &c : s.availableChoices(QStringLiteral("border_zone")))
            zones << c.name;
        QCOMPARE(zones,
                 (QStringList{QStringLiteral("border_mx_gt"), QStringLiteral("border_mx_us")}));
    }

    void deviceId()
    {
        FormSession s = session(R"J([
            {"type": "deviceid", "name": "device"},
            {"type": "calculate", "name": "tag", "calculation": "concat('d-', ${device})"}])J");
        QCOMPARE(s.text(QStringLiteral("device")), QString());
        s.setDeviceId(QStringLiteral("3f9a"));
        QCOMPARE(s.text(QStringLiteral("device")), QStringLiteral("3f9a"));
        QCOMPARE(s.text(QStringLiteral("tag")), QStringLiteral("d-3f9a"));
        QCOMPARE(s.finalizedValues().value(QStringLiteral("device")), QStringLiteral("3f9a"));
    }

    void rangeParameters_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("start") << QStringLiteral("0") << true;
        QTest::newRow("on step") << QStringLiteral("2.5") << true;
        QTest::newRow("end") << QStringLiteral("5") << true;
        QTest::newRow("off step") << QStringLiteral("1.2") << false;
        QTest::newRow("above end") << QStringLiteral("5.5") << false;
        QTest::newRow("below start") << QStringLiteral("-0.5") << false;
        QTest::newRow("not a number") << QStringLiteral("five") << false;
    }

    void rangeParameters()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        FormSession s = session(R"J([{"type": "range", "name": "r",
            "parameters": "start=0 end=5 step=0.5"}])J");
        set(s, QStringLiteral("r"), value);
        QCOMPARE(fields(s.validateAll(), FieldIssue::Kind::Type),
                 valid ? QStringList() : QStringList{QStringLiteral("r")});
    }
};

QTEST_GUILESS_MAIN(tst_FormSession)
#include "tst_formsession.moc"
