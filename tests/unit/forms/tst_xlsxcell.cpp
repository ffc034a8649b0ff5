#include "xlsx/XlsxCell.h"

#include <QTest>

#include <limits>

using namespace vigia;

class TestXlsxCell : public QObject
{
    Q_OBJECT

private slots:
    void numberText_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("integral") << 42.0 << QStringLiteral("42");
        QTest::newRow("negative") << -7.0 << QStringLiteral("-7");
        QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
        QTest::newRow("large integral") << 123456789012.0 << QStringLiteral("123456789012");
        QTest::newRow("2^53 - 1") << 9007199254740991.0 << QStringLiteral("9007199254740991");
        QTest::newRow("half") << 3.5 << QStringLiteral("3.5");
        QTest::newRow("binary noise") << 0.1 + 0.2 << QStringLiteral("0.3");
        QTest::newRow("small") << 0.000125 << QStringLiteral("0.000125");
        QTest::newRow("huge") << 1e20 << QStringLiteral("1e+20");
    }
    void numberText()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(XlsxCell::numberText(value), text);
        const XlsxCell c = XlsxCell::fromNumber(value);
        QCOMPARE(c.kind(), XlsxCell::Kind::Number);
        QCOMPARE(c.text(), text);
        QCOMPARE(c.number(), value);
    }

    void kindsAndTexts()
    {
        QVERIFY(XlsxCell().isEmpty());
        QCOMPARE(XlsxCell().kind(), XlsxCell::Kind::Empty);
        QVERIFY(XlsxCell::fromText(QString()).isEmpty());
        QCOMPARE(XlsxCell::fromText(QStringLiteral(" ")).kind(), XlsxCell::Kind::Text);
        QCOMPARE(XlsxCell::fromBoolean(true).text(), QStringLiteral("TRUE"));
        QCOMPARE(XlsxCell::fromBoolean(false).kind(), XlsxCell::Kind::Boolean);
        QCOMPARE(XlsxCell::fromError(QStringLiteral("#DIV/0!")).kind(), XlsxCell::Kind::Error);
        QCOMPARE(XlsxCell::fromError(QStringLiteral("#DIV/0!")).text(), QStringLiteral("#DIV/0!"));
        QCOMPARE(XlsxCell::fromDate(QDate(2024, 2, 29)).text(), QStringLiteral("2024-02-29"));
        const XlsxCell dt = XlsxCell::fromDateTime(QDate(2024, 3, 31), QTime(2, 30));
        QCOMPARE(dt.text(), QStringLiteral("2024-03-31T02:30:00"));
        // 02:30 does not exist in much of Europe that night; the value must not move.
        QCOMPARE(dt.dateTime().time(), QTime(2, 30));
        QCOMPARE(XlsxCell::fromTime(QTime(9, 5, 7, 250)).text(), QStringLiteral("09:05:07.250"));
        QCOMPARE(XlsxCell::fromTime(QTime(9, 5)).text(), QStringLiteral("09:05:00"));
        QVERIFY(!XlsxCell::fromDate(QDate(2024, 1, 1)).dateTime().isValid());
    }
};

QTEST_GUILESS_MAIN(TestXlsxCell)
#include "tst_xlsxcell.moc"
