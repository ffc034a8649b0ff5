#include "xlsx/XlsxSerialDate.h"

#include <QTest>

using namespace vigia;

class TestXlsxSerialDate : public QObject
{
    Q_OBJECT

private slots:
    void dates1900_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<QDate>("date");
        QTest::newRow("1") << 1.0 << QDate(1900, 1, 1);
        QTest::newRow("31") << 31.0 << QDate(1900, 1, 31);
        QTest::newRow("59") << 59.0 << QDate(1900, 2, 28);
        QTest::newRow("60 phantom 1900-02-29") << 60.0 << QDate();
        QTest::newRow("61") << 61.0 << QDate(1900, 3, 1);
        QTest::newRow("25569 unix epoch") << 25569.0 << QDate(1970, 1, 1);
        QTest::newRow("45292") << 45292.0 << QDate(2024, 1, 1);
        QTest::newRow("45351 leap day") << 45351.0 << QDate(2024, 2, 29);
        QTest::newRow("fraction") << 45292.75 << QDate(2024, 1, 1);
        QTest::newRow("rounds up to midnight") << 45292.9999999999 << QDate(2024, 1, 2);
        QTest::newRow("2958465 last day") << 2958465.0 << QDate(9999, 12, 31);
        QTest::newRow("beyond 9999") << 2958466.0 << QDate();
        QTest::newRow("0") << 0.0 << QDate();
        QTest::newRow("negative") << -1.0 << QDate();
    }
    void dates1900()
    {
        QFETCH(double, serial);
        QFETCH(QDate, date);
        QCOMPARE(XlsxSerialDate::date(serial, false), date);
    }

    void dates1904_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<QDate>("date");
        QTest::newRow("0") << 0.0 << QDate(1904, 1, 1);
        QTest::newRow("1") << 1.0 << QDate(1904, 1, 2);
        QTest::newRow("59") << 59.0 << QDate(1904, 2, 29); // 1904 was a real leap year
        QTest::newRow("43830") << 43830.0 << QDate(2024, 1, 1);
        QTest::newRow("negative") << -1.0 << QDate();
    }
    void dates1904()
    {
        QFETCH(double, serial);
        QFETCH(QDate, date);
        QCOMPARE(XlsxSerialDate::date(serial, true), date);
    }

    void times_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<QTime>("time");
        QTest::newRow("midnight") << 0.0 << QTime(0, 0);
        QTest::newRow("noon") << 0.5 << QTime(12, 0);
        QTest::newRow("18:00") << 45292.75 << QTime(18, 0);
        QTest::newRow("one second") << 1.0 / 86400 << QTime(0, 0, 1);
        QTest::newRow("rounded to ms") << 0.00001157407407 << QTime(0, 0, 1);
        QTest::newRow("almost midnight wraps") << 0.9999999999 << QTime(0, 0);
        QTest::newRow("negative") << -0.5 << QTime();
    }
    void times()
    {
        QFETCH(double, serial);
        QFETCH(QTime, time);
        QCOMPARE(XlsxSerialDate::time(serial), time);
    }
};

QTEST_GUILESS_MAIN(TestXlsxSerialDate)
#include "tst_xlsxserialdate.moc"
