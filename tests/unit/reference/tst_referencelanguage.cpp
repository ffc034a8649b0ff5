#include "reference/ReferenceLanguage.h"

#include <QtTest>

using namespace vigia;

class TestReferenceLanguage : public QObject
{
    Q_OBJECT

private slots:
    void requiredKeys()
    {
        QCOMPARE(ReferenceLanguage::required(),
                 QStringList({QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt")}));
    }

    void key_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("pt");
        QTest::newRow("pt-BR") << QStringLiteral("pt-BR") << QStringLiteral("pt");
        QTest::newRow("pt") << QStringLiteral("pt") << QStringLiteral("pt");
        QTest::newRow("PT_br") << QStringLiteral("PT_br") << QStringLiteral("pt");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("es");
        QTest::newRow("es_AR") << QStringLiteral("es_AR") << QStringLiteral("es");
        QTest::newRow("es-419") << QStringLiteral("es-419") << QStringLiteral("es");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("en");
        QTest::newRow("empty") << QString() << QStringLiteral("en");
        QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("en");
        QTest::newRow("esperanto") << QStringLiteral("eo") << QStringLiteral("en");
    }

    void key()
    {
        QFETCH(QString, requested);
        QFETCH(QString, expected);
        QCOMPARE(ReferenceLanguage::key(requested), expected);
    }

    void pickFallsBackToEnglishThenAnythingThenLast()
    {
        const QHash<QString, QString> all{{QStringLiteral("en"), QStringLiteral("E")},
                                          {QStringLiteral("es"), QStringLiteral("S")},
                                          {QStringLiteral("pt"), QStringLiteral("P")}};
        QCOMPARE(ReferenceLanguage::pick(all, QStringLiteral("pt_BR"), QStringLiteral("id")),
                 QStringLiteral("P"));
        QCOMPARE(ReferenceLanguage::pick(all, QStringLiteral("es_CL"), QStringLiteral("id")),
                 QStringLiteral("S"));
        QCOMPARE(ReferenceLanguage::pick(all, QStringLiteral("fr"), QStringLiteral("id")),
                 QStringLiteral("E"));

        const QHash<QString, QString> blankPt{{QStringLiteral("en"), QStringLiteral("E")},
                                              {QStringLiteral("pt"), QStringLiteral("  ")}};
        QCOMPARE(ReferenceLanguage::pick(blankPt, QStringLiteral("pt"), QStringLiteral("id")),
                 QStringLiteral("E"));

        const QHash<QString, QString> onlySpanish{{QStringLiteral("es"), QStringLiteral("S")}};
        QCOMPARE(ReferenceLanguage::pick(onlySpanish, QStringLiteral("pt"), QStringLiteral("id")),
                 QStringLiteral("S"));

        QCOMPARE(ReferenceLanguage::pick({}, QStringLiteral("pt"), QStringLiteral("id")),
                 QStringLiteral("id"));
    }
};

QTEST_GUILESS_MAIN(TestReferenceLanguage)
#include "tst_referencelanguage.moc"
