#include "forms/expr/ExprValue.h"

#include <QTest>

#include <cmath>
#include <limits>

Q_DECLARE_METATYPE(vigia::ExprValue)

using namespace vigia;

class TestExprValue : public QObject
{
    Q_OBJECT

private slots:
    void emptyStringIsTheEmptyValue()
    {
        QVERIFY(ExprValue::string(QString()).isEmpty());
        QVERIFY(ExprValue::string(QStringLiteral("")).isEmpty());
        QVERIFY(!ExprValue::string(QStringLiteral(" ")).isEmpty());
        QVERIFY(ExprValue::date(QDate()).isEmpty());
        QVERIFY(ExprValue().isEmpty());
    }

    void formatsNumbers_data()
    {
        QTest::addColumn<double>("number");
        QTest::addColumn<QString>("text");
        QTest::newRow("integer without .0") << 12.0 << QStringLiteral("12");
        QTest::newRow("negative integer") << -3.0 << QStringLiteral("-3");
        QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
        QTest::newRow("fraction") << 2.5 << QStringLiteral("2.5");
        QTest::newRow("shortest round trip") << 0.1 << QStringLiteral("0.1");
        QTest::newRow("binary noise kept") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
        QTest::newRow("large integer") << 1e15 << QStringLiteral("1000000000000000");
        QTest::newRow("small fraction, no exponent") << 0.00001 << QStringLiteral("0.00001");
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("NaN");
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity()
                                  << QStringLiteral("Infinity");
        QTest::newRow("minus infinity")
            << -std::numeric_limits<double>::infinity() << QStringLiteral("-Infinity");
    }
    void formatsNumbers()
    {
        QFETCH(double, number);
        QFETCH(QString, text);
        QCOMPARE(ExprValue::formatNumber(number), text);
        QCOMPARE(ExprValue::number(number).toString(), text);
    }

    void convertsToNumber_data()
    {
        QTest::addColumn<ExprValue>("value");
        QTest::addColumn<double>("number"); // NaN compares by isnan
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("empty is NaN") << ExprValue() << nan;
        QTest::newRow("digits") << ExprValue::string(QStringLiteral(" 12.5 ")) << 12.5;
        QTest::newRow("negative") << ExprValue::string(QStringLiteral("-3")) << -3.0;
        QTest::newRow("leading dot") << ExprValue::string(QStringLiteral(".5")) << 0.5;
        QTest::newRow("exponent is not XPath") << ExprValue::string(QStringLiteral("1e3")) << nan;
        QTest::newRow("hex is not XPath") << ExprValue::string(QStringLiteral("0x10")) << nan;
        QTest::newRow("units are not numbers") << ExprValue::string(QStringLiteral("12 kg")) << nan;
        QTest::newRow("words") << ExprValue::string(QStringLiteral("abc")) << nan;
        QTest::newRow("date text counts days")
            << ExprValue::string(QStringLiteral("1970-01-11")) << 10.0;
        QTest::newRow("datetime text counts fractional days")
            << ExprValue::string(QStringLiteral("1970-01-02T12:00:00")) << 1.5;
        QTest::newRow("true") << ExprValue::boolean(true) << 1.0;
        QTest::newRow("false") << ExprValue::boolean(false) << 0.0;
        QTest::newRow("date") << ExprValue::date(QDate(2000, 1, 15)) << 10971.0;
        QTest::newRow("date before 1970") << ExprValue::date(QDate(1969, 12, 31)) << -1.0;
        QTest::newRow("datetime on its own wall clock")
            << ExprValue::dateTime(
                   QDateTime(QDate(1970, 1, 3), QTime(6, 0), Qt::OffsetFromUTC, 3600))
            << 2.25;
        QTest::newRow("node-set uses its first node")
            << ExprValue::nodeSet({ExprValue::number(4), ExprValue::number(5)}) << 4.0;
        QTest::newRow("empty node-set") << ExprValue::nodeSet({}) << nan;
    }
    void convertsToNumber()
    {
        QFETCH(ExprValue, value);
        QFETCH(double, number);
        if (std::isnan(number))
            QVERIFY(std::isnan(value.toNumber()));
        else
            QCOMPARE(value.toNumber(), number);
    }

    void convertsToBoolean_data()
    {
        QTest::addColumn<ExprValue>("value");
        QTest::addColumn<bool>("boolean");
        QTest::newRow("empty") << ExprValue() << false;
        QTest::newRow("any text") << ExprValue::string(QStringLiteral("false")) << true;
        QTest::newRow("text zero") << ExprValue::string(QStringLiteral("0")) << true;
        QTest::newRow("zero") << ExprValue::number(0) << false;
        QTest::newRow("NaN") << ExprValue::number(std::nan("")) << false;
        QTest::newRow("negative") << ExprValue::number(-1) << true;
        QTest::newRow("date") << ExprValue::date(QDate(2020, 1, 1)) << true;
        QTest::newRow("empty node-set") << ExprValue::nodeSet({}) << false;
        QTest::newRow("node-set of a blank") << ExprValue::nodeSet({ExprValue()}) << true;
    }
    void convertsToBoolean()
    {
        QFETCH(ExprValue, value);
        QFETCH(bool, boolean);
        QCOMPARE(value.toBoolean(), boolean);
    }

    void convertsToString_data()
    {
        QTest::addColumn<ExprValue>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << ExprValue() << QString();
        QTest::newRow("true") << ExprValue::boolean(true) << QStringLiteral("true");
        QTest::newRow("date") << ExprValue::date(QDate(2024, 2, 29))
                              << QStringLiteral("2024-02-29");
        QTest::newRow("datetime with offset")
            << ExprValue::dateTime(
                   QDateTime(QDate(2024, 2, 29), QTime(9, 5, 7, 12), Qt::OffsetFromUTC, -3 * 3600))
            << QStringLiteral("2024-02-29T09:05:07.012-03:00");
        QTest::newRow("node-set") << ExprValue::nodeSet({ExprValue::string(QStringLiteral("a")),
                                                         ExprValue::string(QStringLiteral("b"))})
                                  << QStringLiteral("a");
    }
    void convertsToString()
    {
        QFETCH(ExprValue, value);
        QFETCH(QString, text);
        QCOMPARE(value.toString(), text);
    }

    void convertsToDate_data()
    {
        QTest::addColumn<ExprValue>("value");
        QTest::addColumn<QDate>("date");
        QTest::newRow("days") << ExprValue::number(10971.9) << QDate(2000, 1, 15);
        QTest::newRow("negative days") << ExprValue::number(-0.5) << QDate(1969, 12, 31);
        QTest::newRow("text") << ExprValue::string(QStringLiteral("2024-02-29"))
                              << QDate(2024, 2, 29);
        QTest::newRow("datetime text")
            << ExprValue::string(QStringLiteral("2024-02-29T23:59:00+05:00")) << QDate(2024, 2, 29);
        QTest::newRow("impossible date")
            << ExprValue::string(QStringLiteral("2023-02-29")) << QDate();
        QTest::newRow("words") << ExprValue::string(QStringLiteral("soon")) << QDate();
        QTest::newRow("absurd number") << ExprValue::number(1e300) << QDate();
    }
    void convertsToDate()
    {
        QFETCH(ExprValue, value);
        QFETCH(QDate, date);
        QCOMPARE(value.toDate(), date);
    }
};

QTEST_GUILESS_MAIN(TestExprValue)
#include "tst_exprvalue.moc"
