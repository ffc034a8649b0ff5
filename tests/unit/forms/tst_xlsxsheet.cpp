#include "xlsx/XlsxSheet.h"

#include <QTest>

using namespace vigia;

class TestXlsxSheet : public QObject
{
    Q_OBJECT

private slots:
    void columnNames_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("name");
        QTest::newRow("A") << 0 << QStringLiteral("A");
        QTest::newRow("Z") << 25 << QStringLiteral("Z");
        QTest::newRow("AA") << 26 << QStringLiteral("AA");
        QTest::newRow("AZ") << 51 << QStringLiteral("AZ");
        QTest::newRow("BA") << 52 << QStringLiteral("BA");
        QTest::newRow("ZZ") << 701 << QStringLiteral("ZZ");
        QTest::newRow("AAA") << 702 << QStringLiteral("AAA");
        QTest::newRow("ALL") << 999 << QStringLiteral("ALL");
        QTest::newRow("XFD") << 16383 << QStringLiteral("XFD");
    }
    void columnNames()
    {
        QFETCH(int, column);
        QFETCH(QString, name);
        QCOMPARE(XlsxSheet::columnName(column), name);
        QCOMPARE(XlsxSheet::columnIndex(name), column);
        QCOMPARE(XlsxSheet::columnIndex(name.toLower()), column);
    }

    void invalidColumnNames()
    {
        QCOMPARE(XlsxSheet::columnName(-1), QString());
        QCOMPARE(XlsxSheet::columnIndex(u""), -1);
        QCOMPARE(XlsxSheet::columnIndex(u"XFE"), -1); // one past the last column
        QCOMPARE(XlsxSheet::columnIndex(u"AAAA"), -1);
        QCOMPARE(XlsxSheet::columnIndex(u"A1"), -1);
        QCOMPARE(XlsxSheet::columnIndex(u"Ä"), -1);
    }

    void accessorsAreSafeOutOfRange()
    {
        const XlsxSheet sheet(
            QStringLiteral("survey"), {1, 14},
            {{XlsxCell::fromText(QStringLiteral("type"))}, {XlsxCell(), XlsxCell::fromNumber(3)}});
        QCOMPARE(sheet.name(), QStringLiteral("survey"));
        QCOMPARE(sheet.rowCount(), 2);
        QCOMPARE(sheet.columnCount(), 2);
        QCOMPARE(sheet.rowNumber(1), 14);
        QCOMPARE(sheet.rowNumber(2), 0);
        QCOMPARE(sheet.rowNumber(-1), 0);
        QCOMPARE(sheet.cell(1, 1).text(), QStringLiteral("3"));
        QVERIFY(sheet.cell(0, 1).isEmpty());
        QVERIFY(sheet.cell(-1, 0).isEmpty());
        QVERIFY(sheet.cell(0, -1).isEmpty());
        QVERIFY(sheet.cell(5, 0).isEmpty());
        QCOMPARE(sheet.rowTexts(0), QStringList{QStringLiteral("type")});
        QCOMPARE(sheet.rowTexts(1), (QStringList{QString(), QStringLiteral("3")}));
        QCOMPARE(sheet.rowTexts(7), QStringList());
        QCOMPARE(sheet.rows(), (QList<QStringList>{sheet.rowTexts(0), sheet.rowTexts(1)}));
    }

    void emptySheet()
    {
        const XlsxSheet sheet;
        QCOMPARE(sheet.rowCount(), 0);
        QCOMPARE(sheet.columnCount(), 0);
        QVERIFY(sheet.rows().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestXlsxSheet)
#include "tst_xlsxsheet.moc"
