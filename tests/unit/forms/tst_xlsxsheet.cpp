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
            {{{0, XlsxCell::fromText(QStringLiteral("type"))}}, {{1, XlsxCell::fromNumber(3)}}});
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
        QCOMPARE(sheet.cellCount(), 2);
        QCOMPARE(sheet.rowCells(1).size(), 1);
        QVERIFY(sheet.rowCells(2).isEmpty());
        QVERIFY(sheet.rowCells(-1).isEmpty());
    }

    // Issue 14: a row holds only its cells with a value, however far right.
    void rowsAreSparse()
    {
        const XlsxSheet sheet(QStringLiteral("survey"), {1},
                              {{{2, XlsxCell::fromText(QStringLiteral("c"))},
                                {16383, XlsxCell::fromText(QStringLiteral("xfd"))}}});
        QCOMPARE(sheet.cellCount(), 2);
        QCOMPARE(sheet.columnCount(), 16384);
        QCOMPARE(sheet.cell(0, 2).text(), QStringLiteral("c"));
        QCOMPARE(sheet.cell(0, 16383).text(), QStringLiteral("xfd"));
        QVERIFY(sheet.cell(0, 3).isEmpty());
        QVERIFY(sheet.cell(0, 16384).isEmpty());
        const QStringList texts = sheet.rowTexts(0);
        QCOMPARE(texts.size(), 16384);
        QCOMPARE(texts.at(2), QStringLiteral("c"));
        QVERIFY(texts.at(0).isEmpty());
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
