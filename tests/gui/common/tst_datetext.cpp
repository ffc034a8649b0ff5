// DateText: dates read the same everywhere, in the interface locale's short
// format but always with a four-digit year.

#include "ui/common/DateText.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using vigia::DateText;

class tst_DateText : public QObject
{
    Q_OBJECT

private:
    QLocale m_saved;

private slots:
    void initTestCase() { m_saved = QLocale(); }
    void cleanup() { QLocale::setDefault(m_saved); }

    void makesEveryYearFourDigits_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US") << QStringLiteral("M/d/yy") << QStringLiteral("M/d/yyyy");
        QTest::newRow("lone y") << QStringLiteral("dd/MM/y") << QStringLiteral("dd/MM/yyyy");
        QTest::newRow("already four")
            << QStringLiteral("yyyy/MM/dd") << QStringLiteral("yyyy/MM/dd");
        QTest::newRow("first") << QStringLiteral("yy. M. d.") << QStringLiteral("yyyy. M. d.");
        QTest::newRow("with time")
            << QStringLiteral("d/M/yy H:mm") << QStringLiteral("d/M/yyyy H:mm");
        QTest::newRow("quoted text kept")
            << QStringLiteral("d 'yy' M yy") << QStringLiteral("d 'yy' M yyyy");
        QTest::newRow("no year") << QStringLiteral("h:mm AP") << QStringLiteral("h:mm AP");
    }

    void makesEveryYearFourDigits()
    {
        QFETCH(QString, format);
        QFETCH(QString, expected);
        QCOMPARE(DateText::withFourDigitYear(format), expected);
    }

    void showsFourDigitYearsInEachLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("date");
        // Each language's own order: the issue saw "4/12/26" and "1/12/26".
        QTest::newRow("en") << QStringLiteral("en_US") << QStringLiteral("12/4/2026");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("4/12/2026");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("04/12/2026");
        QTest::newRow("es_MX") << QStringLiteral("es_MX") << QStringLiteral("04/12/2026");
    }

    void showsFourDigitYearsInEachLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, date);
        QLocale::setDefault(QLocale(locale));
        const QDate day(2026, 12, 4);
        QCOMPARE(DateText::date(day), date);
        const QString dateTime = DateText::dateTime(QDateTime(day, QTime(9, 5)));
        QVERIFY2(dateTime.startsWith(date + QLatin1Char(' ')), qPrintable(dateTime));
        QVERIFY2(dateTime.contains(QLatin1String("9:05")), qPrintable(dateTime));
        QVERIFY(DateText::time(QTime(9, 5)).contains(QLatin1String("9:05")));
    }

    void invalidIsEmpty()
    {
        QVERIFY(DateText::date(QDate()).isEmpty());
        QVERIFY(DateText::time(QTime()).isEmpty());
        QVERIFY(DateText::dateTime(QDateTime()).isEmpty());
    }
};

QTEST_MAIN(tst_DateText)
#include "tst_datetext.moc"
