#include "common/Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

using namespace vigia;

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::install(QStringLiteral("en")); }

    void resolvesRequests_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("es");
        QTest::newRow("es_AR") << QStringLiteral("es_AR") << QStringLiteral("es");
        QTest::newRow("pt") << QStringLiteral("pt") << QStringLiteral("pt_BR");
        QTest::newRow("pt-BR") << QStringLiteral("pt-BR") << QStringLiteral("pt_BR");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("unknown") << QStringLiteral("fr") << QStringLiteral("en");
        QTest::newRow("pseudo") << QStringLiteral("pseudo") << QStringLiteral("pseudo");
    }

    void resolvesRequests()
    {
        QFETCH(QString, requested);
        QFETCH(QString, resolved);
        QCOMPARE(Language::resolve(requested), resolved);
    }

    void supportedLanguages()
    {
        QVERIFY(Language::isSupported(QString()));
        QVERIFY(Language::isSupported(QStringLiteral("es_MX")));
        QVERIFY(Language::isSupported(QStringLiteral("pseudo")));
        QVERIFY(!Language::isSupported(QStringLiteral("fr")));
    }

    void installingSpanishTranslatesAndSetsTheLocale()
    {
        QCOMPARE(Language::install(QStringLiteral("es")), QStringLiteral("es"));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
        const QString es = QCoreApplication::translate(
            "vigia::Workspace", "The device needs a name, for example \"Ana - laptop\".");
        QVERIFY(!es.isEmpty());
        QVERIFY(es != QStringLiteral("The device needs a name, for example \"Ana - laptop\"."));
        // Qt's own catalogue is loaded too, so standard dialogs follow.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Cancelar"));
        Language::install(QStringLiteral("en"));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral("."));
    }

    void missingTranslationFallsBackToEnglish()
    {
        Language::install(QStringLiteral("pt_BR"));
        QCOMPARE(QCoreApplication::translate("vigia::NoSuchContext", "Unknown text"),
                 QStringLiteral("Unknown text"));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
