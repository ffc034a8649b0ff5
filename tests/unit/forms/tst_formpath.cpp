#include "forms/FormPath.h"

#include <QTest>

using namespace vigia;

class tst_FormPath : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("steps"); // name:index pairs, or "" when refused
        QTest::newRow("field") << QStringLiteral("age") << QStringLiteral("age:0");
        QTest::newRow("in a repeat")
            << QStringLiteral("members[2]/age") << QStringLiteral("members:2 age:0");
        QTest::newRow("nested") << QStringLiteral("members[2]/children[10]/name")
                                << QStringLiteral("members:2 children:10 name:0");
        QTest::newRow("instance") << QStringLiteral("members[3]") << QStringLiteral("members:3");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("empty step") << QStringLiteral("members[1]//age") << QString();
        QTest::newRow("zero") << QStringLiteral("members[0]/age") << QString();
        QTest::newRow("signed") << QStringLiteral("members[+1]/age") << QString();
        QTest::newRow("not a number") << QStringLiteral("members[x]/age") << QString();
        QTest::newRow("unclosed") << QStringLiteral("members[1/age") << QString();
        QTest::newRow("text after") << QStringLiteral("members[1]x/age") << QString();
        QTest::newRow("no name") << QStringLiteral("[1]/age") << QString();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, steps);
        QStringList got;
        const QList<FormPath::Step> parsed = FormPath::parse(text);
        for (const FormPath::Step &step : parsed)
            got << step.name + u':' + QString::number(step.index);
        QCOMPARE(got.join(u' '), steps);
        if (!parsed.isEmpty())
            QCOMPARE(FormPath::format(parsed), text);
    }
};

QTEST_GUILESS_MAIN(tst_FormPath)
#include "tst_formpath.moc"
