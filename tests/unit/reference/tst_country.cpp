#include "reference/Country.h"

#include <QtTest>

using namespace vigia;

class TestCountry : public QObject
{
    Q_OBJECT

private:
    static Country brazil()
    {
        return Country{QStringLiteral("BR"),
                       QStringLiteral("south_america"),
                       {QStringLiteral("mercosur")},
                       {{QStringLiteral("en"), QStringLiteral("Brazil")},
                        {QStringLiteral("es"), QStringLiteral("Brasil (es)")},
                        {QStringLiteral("pt"), QStringLiteral("Brasil (pt)")}}};
    }

private slots:
    void nameByLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("Brasil (pt)");
        QTest::newRow("pt") << QStringLiteral("pt") << QStringLiteral("Brasil (pt)");
        QTest::newRow("pt-BR") << QStringLiteral("pt-BR") << QStringLiteral("Brasil (pt)");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Brasil (es)");
        QTest::newRow("es_MX") << QStringLiteral("es_MX") << QStringLiteral("Brasil (es)");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Brazil");
        QTest::newRow("fr falls back to English")
            << QStringLiteral("fr") << QStringLiteral("Brazil");
        QTest::newRow("empty means English") << QString() << QStringLiteral("Brazil");
    }

    void nameByLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QCOMPARE(brazil().name(lang), expected);
    }

    void missingTranslationFallsBackToEnglish()
    {
        Country c = brazil();
        c.names.remove(QStringLiteral("pt"));
        QCOMPARE(c.name(QStringLiteral("pt_BR")), QStringLiteral("Brazil"));
        c.names.insert(QStringLiteral("es"), QString());
        QCOMPARE(c.name(QStringLiteral("es")), QStringLiteral("Brazil"));
    }

    void neverEmpty()
    {
        Country c = brazil();
        c.names.remove(QStringLiteral("en"));
        c.names.remove(QStringLiteral("pt"));
        QCOMPARE(c.name(QStringLiteral("pt_BR")), QStringLiteral("Brasil (es)"));
        c.names.clear();
        QCOMPARE(c.name(QStringLiteral("pt_BR")), QStringLiteral("BR"));
    }
};

QTEST_GUILESS_MAIN(TestCountry)
#include "tst_country.moc"
