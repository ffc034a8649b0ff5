#include "forms/FormJson.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

namespace {

QString fixture(const QString &name)
{
    return qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR") + QStringLiteral("/tests/data/forms/") +
           name;
}

FormRow row(const QString &type, const QString &name)
{
    return FormRow(FormType::fromName(type), name);
}

// Everything the format can hold, once.
FormDefinition sample()
{
    FormDefinition d;
    d.setFormId(QStringLiteral("finding"));
    d.setVersion(QStringLiteral("2024-05-01"));
    d.setDefaultLanguage(QStringLiteral("en"));
    d.setTitle(QStringLiteral("en"), QStringLiteral("Finding"));
    d.setTitle(QStringLiteral("es"), QStringLiteral("Hallazgo"));
    d.setAttribute(QStringLiteral("instance_name"), QStringLiteral("concat('F-', ${country})"));

    FormRow country = row(QStringLiteral("select_one"), QStringLiteral("country"));
    country.setListName(QStringLiteral("countries"));
    country.setOrOther(true);
    country.setText(QStringLiteral("label"), QStringLiteral("en"), QStringLiteral("Country"));
    country.setText(QStringLiteral("label"), QStringLiteral("es"), QStringLiteral("País"));
    country.setProperty(QStringLiteral("required"), QStringLiteral("yes"));
    country.setAttribute(QStringLiteral("bind::odk:note"), QStringLiteral("kept"));
    d.appendRow(country);

    FormRow people = row(QStringLiteral("repeat"), QStringLiteral("people"));
    people.setProperty(QStringLiteral("repeat_count"), QStringLiteral("2"));
    FormRow age = row(QStringLiteral("integer"), QStringLiteral("age"));
    age.setText(QStringLiteral("label"), QStringLiteral("en"), QStringLiteral("Age"));
    age.setText(QStringLiteral("hint"), QStringLiteral("en"), QStringLiteral("In years"));
    age.setText(QStringLiteral("constraint_message"), QStringLiteral("en"),
                QStringLiteral("0 to 120"));
    age.setProperty(QStringLiteral("constraint"), QStringLiteral(". >= 0 and . <= 120"));
    age.setProperty(QStringLiteral("required"), QStringLiteral("${country} = 'co'"));
    age.setProperty(QStringLiteral("read_only"), QStringLiteral("yes"));
    age.setSensitive(true);
    people.appendChild(age);
    d.appendRow(people);

    FormRow story = row(QStringLiteral("narrative"), QStringLiteral("story"));
    story.setCoding(true);
    story.setProperty(QStringLiteral("relevant"), QStringLiteral("count(${age}) > 0"));
    story.setMedia(QStringLiteral("image"), QStringLiteral("en"), QStringLiteral("map.png"));
    d.appendRow(story);

    FormRow value = row(QStringLiteral("decimal"), QStringLiteral("value"));
    value.setProperty(QStringLiteral("indicator"), QStringLiteral("IND-3"));
    value.setProperty(QStringLiteral("calculation"), QStringLiteral("sum(${age})"));
    d.appendRow(value);

    FormChoice co(QStringLiteral("countries"), QStringLiteral("co"));
    co.setLabel(QStringLiteral("en"), QStringLiteral("Colombia"));
    co.setAttribute(QStringLiteral("region"), QStringLiteral("andes"));
    d.appendChoice(co);
    FormChoice br(QStringLiteral("countries"), QStringLiteral("br"));
    br.setLabel(QStringLiteral("pt"), QStringLiteral("Brasil"));
    d.appendChoice(br);
    return d;
}

} // namespace

class tst_FormJson : public QObject
{
    Q_OBJECT

private slots:
    void golden()
    {
        QFile file(fixture(QStringLiteral("golden_form.json")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray expected = file.readAll();
        const QByteArray written = FormJson::write(sample());
        if (written != expected) {
            QFile out(QDir::temp().filePath(QStringLiteral("golden_form.actual.json")));
            if (out.open(QIODevice::WriteOnly))
                out.write(written);
        }
        QCOMPARE(written, expected);

        auto read = FormJson::read(expected, QStringLiteral("golden_form.json"));
        QVERIFY2(read.ok(), qPrintable(read.error().message()));
        QVERIFY(read.value() == sample());
    }

    void roundTripIsByteIdentical()
    {
        const QByteArray once = FormJson::write(sample());
        auto read = FormJson::read(once, QStringLiteral("x.json"));
        QVERIFY2(read.ok(), qPrintable(read.error().message()));
        QCOMPARE(FormJson::write(read.value()), once);
    }

    void readFileAndWriteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.json"));
        QVERIFY(FormJson::writeFile(sample(), path).ok());
        auto read = FormJson::readFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error().message()));
        QVERIFY(read.value() == sample());

        auto missing = FormJson::readFile(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    }

    void differentDefinitionsDiffer()
    {
        FormDefinition changed = sample();
        changed.rows()[1].children()[0].setProperty(QStringLiteral("constraint"),
                                                    QStringLiteral(". >= 1"));
        QVERIFY(!(changed == sample()));
        QVERIFY(FormJson::write(changed) != FormJson::write(sample()));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QString tail = QStringLiteral(". See docs/form-format.md for the form definition "
                                            "format.");
        const QByteArray head = "{\"format_version\":1,\"settings\":{\"form_id\":\"f\","
                                "\"version\":\"1\"},";

        QTest::newRow("not json") << QByteArray("{") << QString();
        QTest::newRow("array") << QByteArray("[]")
                               << QStringLiteral("t.json: /: expected an object") + tail;
        QTest::newRow("format version")
            << QByteArray("{\"format_version\":\"1\",\"settings\":{},\"survey\":[]}")
            << QStringLiteral("t.json: /format_version: expected the number 1") + tail;
        QTest::newRow("survey missing")
            << QByteArray(head + "\"choices\":[]}")
            << QStringLiteral("t.json: /survey: expected a list of rows") + tail;
        QTest::newRow("bad label")
            << QByteArray(head + "\"survey\":[{\"type\":\"text\",\"name\":\"a\"},"
                                 "{\"type\":\"text\",\"name\":\"b\",\"label\":\"B\"}]}")
            << QStringLiteral("t.json: /survey/1/label: expected an object of texts per "
                              "language, such as {\"en\": \"Age\"}") +
                   tail;
        QTest::newRow("misspelt member")
            << QByteArray(head + "\"survey\":[{\"type\":\"group\",\"name\":\"g\",\"children\":"
                                 "[{\"type\":\"text\",\"name\":\"a\",\"relevent\":\"1\"}]}]}")
            << QStringLiteral("t.json: /survey/0/children/0/relevent: unknown member") + tail;
        QTest::newRow("flag not bool")
            << QByteArray(head + "\"survey\":[{\"type\":\"text\",\"name\":\"a\","
                                 "\"sensitive\":\"yes\"}]}")
            << QStringLiteral("t.json: /survey/0/sensitive: expected true or false") + tail;
        QTest::newRow("children on a question")
            << QByteArray(head + "\"survey\":[{\"type\":\"text\",\"name\":\"a\","
                                 "\"children\":[]}]}")
            << QStringLiteral("t.json: /survey/0/children: only a group or a repeat has "
                              "children") +
                   tail;
        QTest::newRow("no type") << QByteArray(head + "\"survey\":[{\"name\":\"a\"}]}")
                                 << QStringLiteral(
                                        "t.json: /survey/0/type: every row needs a type") +
                                        tail;
        QTest::newRow("choice without name")
            << QByteArray(head + "\"survey\":[],\"choices\":[{\"list_name\":\"l\"}]}")
            << QStringLiteral("t.json: /choices/0: every choice needs a list_name and a name") +
                   tail;
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto read = FormJson::read(json, QStringLiteral("t.json"));
        QVERIFY(!read.ok());
        if (message.isEmpty()) {
            QCOMPARE(read.error().code(), ErrorCode::Corrupt);
            QVERIFY2(read.error().message().startsWith(QStringLiteral("t.json is not valid JSON")),
                     qPrintable(read.error().message()));
        } else {
            QCOMPARE(read.error().message(), message);
        }
    }

    void tooNew()
    {
        auto read = FormJson::read("{\"format_version\":2}", QStringLiteral("t.json"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code(), ErrorCode::TooNew);
    }

    void nestingLimit()
    {
        QByteArray rows = "{\"type\":\"text\",\"name\":\"x\"}";
        for (int i = 0; i < 40; ++i)
            rows = "{\"type\":\"group\",\"name\":\"g\",\"children\":[" + rows + "]}";
        auto read =
            FormJson::read("{\"format_version\":1,\"settings\":{},\"survey\":[" + rows + "]}",
                           QStringLiteral("t.json"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message().contains(QStringLiteral("nest more than 32 levels")),
                 qPrintable(read.error().message()));
    }
};

QTEST_GUILESS_MAIN(tst_FormJson)
#include "tst_formjson.moc"
