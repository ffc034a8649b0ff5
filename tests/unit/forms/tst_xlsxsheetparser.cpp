#include "xlsx/XlsxSheetParser.h"
#include "xlsx/XlsxStyles.h"

#include <QTest>

using namespace vigia;

namespace {
Result<XlsxSheet> parse(const QByteArray &sheetData, const XlsxLimits &limits = {},
                        bool date1904 = false)
{
    static const QStringList shared{QStringLiteral("type"), QStringLiteral("name")};
    static const XlsxStyles styles =
        XlsxStyles::parse("<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                          "</cellXfs></styleSheet>",
                          QStringLiteral("xl/styles.xml"), QStringLiteral("f.xlsx"))
            .value();
    XlsxSheetParser parser(QStringLiteral("f.xlsx"), limits, shared, styles, date1904);
    return parser.parse(QStringLiteral("survey"), QStringLiteral("xl/worksheets/sheet1.xml"),
                        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                        "main\"><sheetPr/><sheetData>" +
                            sheetData + "</sheetData><mergeCells/></worksheet>");
}
} // namespace

class TestXlsxSheetParser : public QObject
{
    Q_OBJECT

private slots:
    void references_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("row");
        QTest::newRow("A1") << QStringLiteral("A1") << true << 0 << 1;
        QTest::newRow("AB12") << QStringLiteral("AB12") << true << 27 << 12;
        QTest::newRow("XFD1048576") << QStringLiteral("XFD1048576") << true << 16383 << 1048576;
        QTest::newRow("lower case") << QStringLiteral("c3") << true << 2 << 3;
        QTest::newRow("no row") << QStringLiteral("A") << false << 0 << 0;
        QTest::newRow("no column") << QStringLiteral("12") << false << 0 << 0;
        QTest::newRow("row 0") << QStringLiteral("A0") << false << 0 << 0;
        QTest::newRow("reversed") << QStringLiteral("1A") << false << 0 << 0;
        QTest::newRow("beyond XFD") << QStringLiteral("XFE1") << false << 0 << 0;
        QTest::newRow("absolute") << QStringLiteral("$A$1") << false << 0 << 0;
        QTest::newRow("huge row") << QStringLiteral("A99999999999") << false << 0 << 0;
        QTest::newRow("sign") << QStringLiteral("A-1") << false << 0 << 0;
    }
    void references()
    {
        QFETCH(QString, ref);
        QFETCH(bool, ok);
        QFETCH(int, column);
        QFETCH(int, row);
        int c = -1;
        int r = -1;
        QCOMPARE(XlsxSheetParser::parseReference(ref, &c, &r), ok);
        if (ok) {
            QCOMPARE(c, column);
            QCOMPARE(r, row);
        }
    }

    void readsEveryCellType()
    {
        auto sheet = parse("<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c>"
                           "<c r=\"B3\" t=\"inlineStr\"><is><t>x</t></is></c>"
                           "<c r=\"C3\" t=\"str\"><f>A1</f><v>y</v></c>"
                           "<c r=\"D3\" t=\"b\"><v>1</v></c>"
                           "<c r=\"E3\" t=\"e\"><v>#REF!</v></c>"
                           "<c r=\"F3\"><v>1.25</v></c>"
                           "<c r=\"G3\" s=\"1\"><v>45292</v></c>"
                           "<c r=\"H3\" t=\"d\"><v>2024-05-06T07:08:09</v></c>"
                           "<c r=\"I3\" t=\"d\"><v>2024-05-06</v></c></row>");
        QVERIFY2(sheet.ok(), qPrintable(sheet.error().message()));
        const XlsxSheet &s = sheet.value();
        QCOMPARE(s.rowNumber(0), 3);
        QCOMPARE(
            s.rowTexts(0),
            (QStringList{QStringLiteral("name"), QStringLiteral("x"), QStringLiteral("y"),
                         QStringLiteral("TRUE"), QStringLiteral("#REF!"), QStringLiteral("1.25"),
                         QStringLiteral("2024-01-01"), QStringLiteral("2024-05-06T07:08:09"),
                         QStringLiteral("2024-05-06")}));
        QCOMPARE(s.cell(0, 6).kind(), XlsxCell::Kind::Date);
        QCOMPARE(s.cell(0, 7).kind(), XlsxCell::Kind::DateTime);
    }

    void date1904ShiftsDates()
    {
        auto sheet = parse("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c></row>", {}, true);
        QVERIFY(sheet.ok());
        QCOMPARE(sheet.value().cell(0, 0).date(), QDate(1904, 1, 1));
    }

    void repeatedRowsMerge()
    {
        auto sheet = parse("<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"
                           "<row r=\"2\"><c r=\"C2\"><v>3</v></c></row>"
                           "<row r=\"1\"><c r=\"A1\"><v>0</v></c></row>");
        QVERIFY(sheet.ok());
        QCOMPARE(sheet.value().rowCount(), 2);
        QCOMPARE(sheet.value().rowNumber(0), 1); // in sheet order, not file order
        QCOMPARE(sheet.value().rowTexts(1),
                 (QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")}));
    }

    void damagedCellsNameSheetCellAndPart()
    {
        const QList<QByteArray> bad{
            "<row r=\"1\"><c r=\"B1\" t=\"s\"><v>2</v></c></row>",
            "<row r=\"1\"><c r=\"B1\" t=\"s\"><v>x</v></c></row>",
            "<row r=\"1\"><c r=\"B1\" t=\"b\"><v>2</v></c></row>",
            "<row r=\"1\"><c r=\"B1\"><v>1,5</v></c></row>",
            "<row r=\"1\"><c r=\"B1\"><v>inf</v></c></row>",
        };
        for (const QByteArray &data : bad) {
            auto sheet = parse(data);
            QVERIFY2(!sheet.ok(), data.constData());
            QCOMPARE(sheet.error().code(), ErrorCode::Corrupt);
            QVERIFY(sheet.error().message().contains(QStringLiteral("B1")));
            QVERIFY(sheet.error().message().contains(QStringLiteral("\"survey\"")));
            QVERIFY(sheet.error().message().contains(QStringLiteral("xl/worksheets/sheet1.xml")));
        }
        auto badRow = parse("<row r=\"0\"><c><v>1</v></c></row>");
        QVERIFY(!badRow.ok());
        QCOMPARE(badRow.error().code(), ErrorCode::Corrupt);
    }

    void limitsStopParsing()
    {
        XlsxLimits limits;
        limits.maxRows = 1;
        limits.maxColumns = 2;
        QVERIFY(parse("<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"C1\"/></row>", limits).ok());
        auto columns = parse("<row r=\"1\"><c r=\"C1\"><v>1</v></c></row>", limits);
        QCOMPARE(columns.error().code(), ErrorCode::Validation);
        auto rows = parse("<row r=\"1\"><c><v>1</v></c></row><row><c><v>2</v></c></row>", limits);
        QCOMPARE(rows.error().code(), ErrorCode::Validation);
        QVERIFY(rows.error().message().contains(QStringLiteral("more than 1 rows")));
    }

    // Issue 14: rows used to keep every cell from column A to their last
    // value, so one value at the far right of many rows cost columns × rows
    // cells from a file of a few kilobytes. Rows are sparse now: the sheet
    // costs the cells present, and maxCells counts only those.
    void farRightValuesCostOnlyTheCellsPresent()
    {
        const auto farRight = [](int rows) {
            QByteArray data;
            for (int r = 1; r <= rows; ++r) {
                const QByteArray n = QByteArray::number(r);
                data += "<row r=\"" + n + "\"><c r=\"ALL" + n + "\"><v>1</v></c></row>";
            }
            return data;
        };
        const XlsxLimits defaults;
        QCOMPARE(defaults.maxColumns, 1000); // ALL is the last column allowed
        // The fuzz seed far_right_cells.xlsx: refused before, as the dense
        // rows would have held 1 001 000 cells.
        const int rows = int(defaults.maxCells / defaults.maxColumns) + 1;
        auto sheet = parse(farRight(rows));
        QVERIFY2(sheet.ok(), qPrintable(sheet.error().message()));
        const XlsxSheet &s = sheet.value();
        QCOMPARE(s.rowCount(), rows);
        QCOMPARE(s.cellCount(), rows); // one stored cell per value
        qint64 stored = 0;
        for (int r = 0; r < s.rowCount(); ++r)
            stored += s.rowCells(r).size();
        QCOMPARE(stored, qint64(rows));
        QCOMPARE(s.columnCount(), 1000);
        QCOMPARE(s.cell(rows - 1, 999).text(), QStringLiteral("1"));
        QVERIFY(s.cell(rows - 1, 998).isEmpty());

        // maxCells stays as a safety net, counting cells with a value.
        XlsxLimits limits;
        limits.maxCells = 3;
        QVERIFY(parse(farRight(3), limits).ok());
        auto refused = parse(farRight(4), limits);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Validation);
        const QString message = refused.error().message();
        QVERIFY2(message.contains(QStringLiteral("more than 3 cells")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("ALL4")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("\"survey\"")));

        // A row repeated further right adds its new cell, not the gap.
        limits.maxCells = 2;
        auto merged = parse("<row r=\"1\"><c r=\"B1\"><v>1</v></c></row>"
                            "<row r=\"1\"><c r=\"E1\"><v>2</v></c></row>",
                            limits);
        QVERIFY2(merged.ok(), qPrintable(merged.error().message()));
        QCOMPARE(merged.value().cellCount(), 2);
        QCOMPARE(merged.value().rowTexts(0), (QStringList{QString(), QStringLiteral("1"), QString(),
                                                          QString(), QStringLiteral("2")}));
    }

    // r="" may name a row's cells out of order or twice; the last value wins.
    void cellsOutOfOrderAreSortedAndDeduplicated()
    {
        auto sheet = parse("<row r=\"1\"><c r=\"C1\"><v>3</v></c><c r=\"A1\"><v>1</v></c>"
                           "<c r=\"C1\"><v>4</v></c></row>"
                           "<row r=\"1\"><c r=\"B1\"><v>2</v></c><c r=\"A1\"><v>0</v></c></row>");
        QVERIFY2(sheet.ok(), qPrintable(sheet.error().message()));
        QCOMPARE(sheet.value().cellCount(), 3);
        QCOMPARE(sheet.value().rowTexts(0),
                 (QStringList{QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("4")}));
    }

    void malformedXmlNamesPartAndLine()
    {
        auto sheet = parse("<row r=\"1\">\n<c r=\"A1\"><v>1</v></row>");
        QVERIFY(!sheet.ok());
        QCOMPARE(sheet.error().code(), ErrorCode::Corrupt);
        QVERIFY(sheet.error().message().contains(QStringLiteral("line 2")));
    }
};

QTEST_GUILESS_MAIN(TestXlsxSheetParser)
#include "tst_xlsxsheetparser.moc"
