#include "forms/FormValidator.h"

#include <QTest>

using namespace vigia;

namespace {

FormRow row(const QString &type, const QString &name, int sourceRow = 0)
{
    FormRow r(FormType::fromName(type), name);
    r.setSourceRow(sourceRow);
    return r;
}

FormDefinition base()
{
    FormDefinition d;
    d.setFormId(QStringLiteral("f"));
    d.setVersion(QStringLiteral("1"));
    FormChoice yes(QStringLiteral("yn"), QStringLiteral("yes"));
    FormChoice no(QStringLiteral("yn"), QStringLiteral("no"));
    d.appendChoice(yes);
    d.appendChoice(no);
    return d;
}

} // namespace

class tst_FormValidator : public QObject
{
    Q_OBJECT

private slots:
    void soundFormHasNoProblems()
    {
        FormDefinition d = base();
        FormRow consent = row(QStringLiteral("select_one"), QStringLiteral("consent"));
        consent.setListName(QStringLiteral("yn"));
        consent.setProperty(QStringLiteral("required"), QStringLiteral("yes"));
        d.appendRow(consent);
        FormRow group = row(QStringLiteral("repeat"), QStringLiteral("people"));
        group.setProperty(QStringLiteral("relevant"), QStringLiteral("${consent} = 'yes'"));
        FormRow age = row(QStringLiteral("integer"), QStringLiteral("age"));
        age.setProperty(QStringLiteral("constraint"), QStringLiteral(". >= 0"));
        age.setProperty(QStringLiteral("required"), QStringLiteral("selected(${consent}, 'yes')"));
        group.appendChild(age);
        d.appendRow(group);
        FormRow total = row(QStringLiteral("calculate"), QStringLiteral("total"));
        total.setProperty(QStringLiteral("calculation"), QStringLiteral("sum(${age})"));
        d.appendRow(total);
        QCOMPARE(FormValidator::problems(d), QStringList());
        QVERIFY(FormValidator::validate(d).ok());
    }

    void problems_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("parse error with row")
            << 0
            << QStringList{QStringLiteral(
                   "survey row 14, column constraint: unexpected ')' at position 12")};
        QTest::newRow("parse error without row")
            << 1
            << QStringList{QStringLiteral(
                   "field age, column relevant: unexpected end of the expression at position 6")};
        QTest::newRow("unknown reference")
            << 2
            << QStringList{QStringLiteral("survey row 3, column calculation: ${nope} refers to a "
                                          "field that does not exist; check the name.")};
        QTest::newRow("siblings without rows")
            << 3
            << QStringList{QStringLiteral("field age, column name: the name age is used twice in "
                                          "the same group or repeat; rename one of them.")};
        QTest::newRow("siblings share a name")
            << 12
            << QStringList{QStringLiteral("survey row 6, column name: the name age is already "
                                          "used in row 5 of the same group or repeat; rename one "
                                          "of them.")};
        QTest::newRow("ambiguous reference")
            << 13
            << QStringList{
                   QStringLiteral("survey row 6, column label: ${name} is ambiguous: the name "
                                  "name is used by survey row 2, survey row 4. A ${…} reference "
                                  "needs a name used only once in the form; rename all but one "
                                  "of them."),
                   QStringLiteral("survey row 5, column relevant: ${name} is ambiguous: the name "
                                  "name is used by survey row 2, survey row 4. A ${…} reference "
                                  "needs a name used only once in the form; rename all but one "
                                  "of them.")};
        QTest::newRow("ambiguous reference without rows")
            << 14
            << QStringList{QStringLiteral(
                   "field c, column calculation: ${name} is ambiguous: the name name is used by "
                   "field name, field members/name. A ${…} reference needs a name used only once "
                   "in the form; rename all but one of them.")};
        QTest::newRow("repeat name used again")
            << 15
            << QStringList{QStringLiteral(
                   "survey row 5, column name: the name members is already used in row 2, and "
                   "one of them is a repeat; a repeat's name must be unique in the whole form, "
                   "so rename one of them.")};
        QTest::newRow("unknown type")
            << 4
            << QStringList{QStringLiteral("survey row 2, column type: unknown type 'photo'; see "
                                          "docs/form-format.md for the types Vigia knows.")};
        QTest::newRow("missing list")
            << 5
            << QStringList{QStringLiteral("survey row 2, column type: the choice list 'colors' "
                                          "does not exist; add it to the choices.")};
        QTest::newRow("select without list")
            << 6
            << QStringList{QStringLiteral("survey row 2, column type: select_multiple needs a "
                                          "choice list, as in 'select_multiple yes_no'.")};
        QTest::newRow("cycle") << 7
                               << QStringList{QStringLiteral(
                                      "survey: these fields depend on each other in a circle: "
                                      "a → b → a; a calculation or relevance condition "
                                      "cannot read, even indirectly, the field it decides.")};
        QTest::newRow("no name and a bad name")
            << 8
            << QStringList{QStringLiteral("survey row 2, column name: the row has no name; give "
                                          "it one."),
                           QStringLiteral("survey row 3, column name: '1st' is not a valid name; "
                                          "start with a letter or '_' and use only letters, "
                                          "digits, '_', '-' and '.'.")};
        QTest::newRow("settings")
            << 9
            << QStringList{QStringLiteral("settings: the form has no form_id; give it one."),
                           QStringLiteral("settings: the form has no version; give it one, such "
                                          "as 1.")};
        QTest::newRow("unknown reference in a label")
            << 11
            << QStringList{QStringLiteral("survey row 2, column label: ${nme} refers to a field "
                                          "that does not exist; check the name.")};
        QTest::newRow("duplicate choice")
            << 10
            << QStringList{QStringLiteral("choices: the list 'yn' has the choice 'yes' twice; "
                                          "rename one.")};
    }

    void problems()
    {
        QFETCH(int, which);
        QFETCH(QStringList, expected);
        FormDefinition d = base();
        switch (which) {
        case 0: {
            FormRow r = row(QStringLiteral("integer"), QStringLiteral("age"), 14);
            r.setProperty(QStringLiteral("constraint"), QStringLiteral(". >= 0 and )"));
            d.appendRow(r);
            break;
        }
        case 1: {
            FormRow r = row(QStringLiteral("integer"), QStringLiteral("age"));
            r.setProperty(QStringLiteral("relevant"), QStringLiteral(". >= "));
            d.appendRow(r);
            break;
        }
        case 2: {
            d.appendRow(row(QStringLiteral("integer"), QStringLiteral("age"), 2));
            FormRow r = row(QStringLiteral("calculate"), QStringLiteral("c"), 3);
            r.setProperty(QStringLiteral("calculation"), QStringLiteral("${age} + ${nope}"));
            d.appendRow(r);
            break;
        }
        case 3: {
            FormRow g = row(QStringLiteral("group"), QStringLiteral("g"));
            g.appendChild(row(QStringLiteral("text"), QStringLiteral("age")));
            g.appendChild(row(QStringLiteral("integer"), QStringLiteral("age")));
            d.appendRow(g);
            break;
        }
        case 4:
            d.appendRow(row(QStringLiteral("photo"), QStringLiteral("p"), 2));
            break;
        case 12: {
            d.appendRow(row(QStringLiteral("integer"), QStringLiteral("years"), 2));
            FormRow g = row(QStringLiteral("group"), QStringLiteral("g"), 4);
            g.appendChild(row(QStringLiteral("text"), QStringLiteral("age"), 5));
            g.appendChild(row(QStringLiteral("integer"), QStringLiteral("age"), 6));
            d.appendRow(g);
            break;
        }
        case 13:
        case 14: {
            const int n = which == 13 ? 1 : 0;
            d.appendRow(row(QStringLiteral("text"), QStringLiteral("name"), 2 * n));
            FormRow members = row(QStringLiteral("repeat"), QStringLiteral("members"), 3 * n);
            members.appendChild(row(QStringLiteral("text"), QStringLiteral("name"), 4 * n));
            d.appendRow(members);
            if (which == 13) {
                FormRow r = row(QStringLiteral("integer"), QStringLiteral("age"), 5);
                r.setProperty(QStringLiteral("relevant"), QStringLiteral("${name} != ''"));
                d.appendRow(r);
                FormRow note = row(QStringLiteral("note"), QStringLiteral("hello"), 6);
                note.setText(QStringLiteral("label"), QStringLiteral("en"),
                             QStringLiteral("Hello ${name}"));
                d.appendRow(note);
            } else {
                FormRow c = row(QStringLiteral("calculate"), QStringLiteral("c"));
                c.setProperty(QStringLiteral("calculation"), QStringLiteral("${name}"));
                d.appendRow(c);
            }
            break;
        }
        case 15: {
            FormRow members = row(QStringLiteral("repeat"), QStringLiteral("members"), 2);
            members.appendChild(row(QStringLiteral("text"), QStringLiteral("name"), 3));
            d.appendRow(members);
            FormRow visits = row(QStringLiteral("repeat"), QStringLiteral("visits"), 4);
            visits.appendChild(row(QStringLiteral("integer"), QStringLiteral("members"), 5));
            d.appendRow(visits);
            break;
        }
        case 5: {
            FormRow r = row(QStringLiteral("select_one"), QStringLiteral("color"), 2);
            r.setListName(QStringLiteral("colors"));
            d.appendRow(r);
            break;
        }
        case 6:
            d.appendRow(row(QStringLiteral("select_multiple"), QStringLiteral("s"), 2));
            break;
        case 7: {
            FormRow a = row(QStringLiteral("calculate"), QStringLiteral("a"));
            a.setProperty(QStringLiteral("calculation"), QStringLiteral("${b} + 1"));
            FormRow b = row(QStringLiteral("integer"), QStringLiteral("b"));
            b.setProperty(QStringLiteral("relevant"), QStringLiteral("${a} > 1"));
            d.appendRow(a);
            d.appendRow(b);
            break;
        }
        case 8:
            d.appendRow(row(QStringLiteral("text"), QString(), 2));
            d.appendRow(row(QStringLiteral("text"), QStringLiteral("1st"), 3));
            break;
        case 9:
            d.setFormId(QString());
            d.setVersion(QString());
            break;
        case 11: {
            FormRow r = row(QStringLiteral("note"), QStringLiteral("hello"), 2);
            r.setText(QStringLiteral("label"), QStringLiteral("en"), QStringLiteral("Hi ${nme}"));
            r.setText(QStringLiteral("label"), QStringLiteral("es"),
                      QStringLiteral("Hola ${nme}, ${hello}"));
            d.appendRow(r);
            break;
        }
        case 10:
            d.appendChoice(FormChoice(QStringLiteral("yn"), QStringLiteral("yes")));
            break;
        }
        QCOMPARE(FormValidator::problems(d), expected);
        const Status status = FormValidator::validate(d);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Validation);
        QCOMPARE(status.error().message(), expected.join(u'\n'));
    }

    // pyxform's rule: a name used again in another group or repeat is no
    // problem while no ${…} reads it.
    void nameReusedInAnotherGroupOrRepeat()
    {
        FormDefinition d = base();
        d.appendRow(row(QStringLiteral("text"), QStringLiteral("name"), 2));
        FormRow household = row(QStringLiteral("group"), QStringLiteral("household"), 10);
        household.appendChild(row(QStringLiteral("text"), QStringLiteral("name"), 11));
        d.appendRow(household);
        FormRow members = row(QStringLiteral("repeat"), QStringLiteral("members"), 3);
        FormRow details = row(QStringLiteral("group"), QStringLiteral("details"), 4);
        details.appendChild(row(QStringLiteral("text"), QStringLiteral("name"), 5));
        members.appendChild(details);
        FormRow visits = row(QStringLiteral("repeat"), QStringLiteral("visits"), 7);
        visits.appendChild(row(QStringLiteral("text"), QStringLiteral("name"), 8));
        members.appendChild(visits);
        d.appendRow(members);
        QCOMPARE(FormValidator::problems(d), QStringList());
    }

    void duplicateChoicesAllowedBySetting()
    {
        FormDefinition d = base();
        d.appendChoice(FormChoice(QStringLiteral("yn"), QStringLiteral("yes")));
        d.setAttribute(QStringLiteral("allow_choice_duplicates"), QStringLiteral("yes"));
        QCOMPARE(FormValidator::problems(d), QStringList());
    }

    void constantRequiredIsNotAnExpression()
    {
        FormDefinition d = base();
        FormRow r = row(QStringLiteral("text"), QStringLiteral("t"), 2);
        r.setProperty(QStringLiteral("required"), QStringLiteral("yes"));
        r.setProperty(QStringLiteral("read_only"), QStringLiteral("yes"));
        d.appendRow(r);
        QCOMPARE(FormValidator::problems(d), QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_FormValidator)
#include "tst_formvalidator.moc"
