#include "forms/FormDefinition.h"
#include "forms/FormText.h"

#include <QTest>

using namespace vigia;

class tst_FormText : public QObject
{
    Q_OBJECT

private slots:
    void fallback_data()
    {
        QTest::addColumn<QStringList>("texts"); // lang=text pairs
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("defaultLanguage");
        QTest::addColumn<QString>("expected");

        const QStringList three = {QStringLiteral("en=Age"), QStringLiteral("es=Edad"),
                                   QStringLiteral("pt=Idade")};
        QTest::newRow("exact") << three << QStringLiteral("es") << QStringLiteral("en")
                               << QStringLiteral("Edad");
        QTest::newRow("default language")
            << three << QStringLiteral("fr") << QStringLiteral("pt") << QStringLiteral("Idade");
        QTest::newRow("any language, first by code")
            << QStringList{QStringLiteral("pt=Idade"), QStringLiteral("es=Edad")}
            << QStringLiteral("fr") << QStringLiteral("en") << QStringLiteral("Edad");
        QTest::newRow("no default given")
            << QStringList{QStringLiteral("default=Age")} << QStringLiteral("es") << QString()
            << QStringLiteral("Age");
        QTest::newRow("nothing") << QStringList() << QStringLiteral("en") << QStringLiteral("en")
                                 << QString();
        QTest::newRow("empty text is not stored")
            << QStringList{QStringLiteral("en="), QStringLiteral("es=Edad")} << QStringLiteral("en")
            << QStringLiteral("en") << QStringLiteral("Edad");
    }

    void fallback()
    {
        QFETCH(QStringList, texts);
        QFETCH(QString, language);
        QFETCH(QString, defaultLanguage);
        QFETCH(QString, expected);
        FormText text;
        for (const QString &pair : texts)
            text.set(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        QCOMPARE(text.text(language, defaultLanguage), expected);
    }

    void emptyTextRemovesLanguage()
    {
        FormText text;
        text.set(QStringLiteral("en"), QStringLiteral("Age"));
        text.set(QStringLiteral("en"), QString());
        QVERIFY(text.isEmpty());
        QCOMPARE(text.value(QStringLiteral("en")), QString());
    }

    void definitionLanguagesAndLookup()
    {
        FormDefinition definition;
        definition.setTitle(QStringLiteral("pt"), QStringLiteral("Achado"));
        FormRow group(FormType::fromName(QStringLiteral("group")), QStringLiteral("g"));
        FormRow age(FormType::fromName(QStringLiteral("integer")), QStringLiteral("age"));
        age.setText(QStringLiteral("label"), QStringLiteral("es"), QStringLiteral("Edad"));
        group.appendChild(age);
        definition.appendRow(group);
        FormChoice yes(QStringLiteral("yn"), QStringLiteral("yes"));
        yes.setLabel(QStringLiteral("en"), QStringLiteral("Yes"));
        definition.appendChoice(yes);

        QCOMPARE(definition.languages(),
                 (QStringList{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt")}));
        QVERIFY(definition.findRow(QStringLiteral("age")));
        QCOMPARE(definition.findRow(QStringLiteral("age"))->label().text(QStringLiteral("en")),
                 QStringLiteral("Edad"));
        QVERIFY(!definition.findRow(QStringLiteral("nope")));
        QVERIFY(definition.hasList(QStringLiteral("yn")));
        QVERIFY(!definition.hasList(QStringLiteral("no_such_list")));
        QStringList order;
        definition.forEachRow([&](const FormRow &row) { order << row.name(); });
        QCOMPARE(order, (QStringList{QStringLiteral("g"), QStringLiteral("age")}));
    }

    void types_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("collected");

        using K = FormType::Kind;
        QTest::newRow("text") << QStringLiteral("text") << int(K::Text) << true;
        QTest::newRow("narrative") << QStringLiteral("narrative") << int(K::Narrative) << true;
        QTest::newRow("select_multiple")
            << QStringLiteral("select_multiple") << int(K::SelectMultiple) << true;
        QTest::newRow("geopoint") << QStringLiteral("geopoint") << int(K::Geopoint) << true;
        QTest::newRow("start") << QStringLiteral("start") << int(K::Start) << true;
        QTest::newRow("deviceid") << QStringLiteral("deviceid") << int(K::DeviceId) << true;
        QTest::newRow("note") << QStringLiteral("note") << int(K::Note) << false;
        QTest::newRow("repeat") << QStringLiteral("repeat") << int(K::Repeat) << false;
        QTest::newRow("image") << QStringLiteral("image") << int(K::NotCollected) << false;
        QTest::newRow("geoshape") << QStringLiteral("geoshape") << int(K::NotCollected) << false;
        QTest::newRow("background-audio")
            << QStringLiteral("background-audio") << int(K::NotCollected) << false;
        QTest::newRow("unknown") << QStringLiteral("photo") << int(K::Unknown) << false;
    }

    void types()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(bool, collected);
        const FormType type = FormType::fromName(name);
        QCOMPARE(int(type.kind()), kind);
        QCOMPARE(type.name(), name);
        QCOMPARE(type.isCollected(), collected);
    }
};

QTEST_GUILESS_MAIN(tst_FormText)
#include "tst_formtext.moc"
