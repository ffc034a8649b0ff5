#include "xlsx/XlsxWorkbook.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

// vigia_xlsx links QuaZip privately, so its include folder does not reach
// the tests; the versioned folder under /usr/include does.
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace vigia;

namespace {

using Parts = QMap<QString, QByteArray>;

bool writeZip(const QString &path, const Parts &parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())))
            return false;
        if (file.write(it.value()) != it.value().size())
            return false;
        file.close();
        if (file.getZipError() != UNZ_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Styles the fixtures refer to by index (the s="…" of a cell).
enum Style
{
    General = 0,
    BuiltInDate = 1,     // numFmtId 14
    BuiltInDateTime = 2, // numFmtId 22
    BuiltInTime = 3,     // numFmtId 21
    CustomDate = 4,      // dd/mm/yyyy
    CustomDecimal = 5,   // 0.00
    QuotedD = 6,         // "d"0: the d is literal text
    Bracketed = 7,       // [Red]0: a colour, no date
};

const QByteArray kStyles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\n"
    "<numFmts count=\"4\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/><numFmt "
    "numFmtId=\"165\" formatCode=\"0.00\"/>\n"
    "<numFmt numFmtId=\"166\" formatCode=\"&quot;d&quot;0\"/><numFmt numFmtId=\"167\" "
    "formatCode=\"[Red]0\"/></numFmts>\n"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>\n"
    "<cellXfs count=\"8\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf "
    "numFmtId=\"22\"/><xf numFmtId=\"21\"/>\n"
    "<xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf "
    "numFmtId=\"167\"/></cellXfs>\n"
    "</styleSheet>";

// A workbook written part by part, so each test can damage exactly one thing.
struct Book
{
    QList<QPair<QString, QByteArray>> sheets; // name, the XML inside <sheetData>
    QList<QByteArray> shared;                 // the XML inside each <si>
    QByteArray date1904;                      // the attribute's value, if any
    Parts overrides;                          // replace or add parts
    QStringList removed;

    Parts parts() const
    {
        Parts p;
        QByteArray overridesXml;
        QByteArray workbookSheets;
        QByteArray rels;
        for (int i = 0; i < sheets.size(); ++i) {
            const QByteArray n = QByteArray::number(i + 1);
            overridesXml += "<Override PartName=\"/xl/worksheets/sheet" + n +
                            ".xml\" ContentType=\"application/"
                            "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
            workbookSheets += "<sheet name=\"" + sheets.at(i).first.toUtf8() + "\" sheetId=\"" + n +
                              "\" r:id=\"rId" + n + "\"/>";
            rels += "<Relationship Id=\"rId" + n +
                    "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    "relationships/worksheet\" Target=\"worksheets/sheet" +
                    n + ".xml\"/>";
            p.insert(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                     "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                     "main\"><dimension ref=\"A1\"/><sheetData>" +
                         sheets.at(i).second + "</sheetData></worksheet>");
        }
        p.insert(QStringLiteral("[Content_Types].xml"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                 "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                 "<Default Extension=\"rels\" "
                 "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                 "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                 "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                 "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                     overridesXml + "</Types>");
        p.insert(QStringLiteral("_rels/.rels"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                 "<Relationships "
                 "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                 "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                 "officeDocument/2006/relationships/officeDocument\" "
                 "Target=\"xl/workbook.xml\"/></Relationships>");
        const QByteArray pr =
            date1904.isNull() ? QByteArray() : "<workbookPr date1904=\"" + date1904 + "\"/>";
        p.insert(QStringLiteral("xl/workbook.xml"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                 "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                 "relationships\">" +
                     pr + "<sheets>" + workbookSheets + "</sheets></workbook>");
        p.insert(QStringLiteral("xl/_rels/workbook.xml.rels"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                 "<Relationships "
                 "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                     rels +
                     "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/"
                     "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                     "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/"
                     "officeDocument/2006/relationships/sharedStrings\" "
                     "Target=\"sharedStrings.xml\"/></Relationships>");
        QByteArray sst;
        for (const QByteArray &si : shared)
            sst += "<si>" + si + "</si>";
        p.insert(QStringLiteral("xl/sharedStrings.xml"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                     sst + "</sst>");
        p.insert(QStringLiteral("xl/styles.xml"), kStyles);
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
            p.insert(it.key(), it.value());
        for (const QString &r : removed)
            p.remove(r);
        return p;
    }
};

QByteArray v(const char *ref, const char *value, const char *attrs = "")
{
    return QByteArray("<c r=\"") + ref + "\" " + attrs + "><v>" + value + "</v></c>";
}

QByteArray row(int r, const QByteArray &cells)
{
    return "<row r=\"" + QByteArray::number(r) + "\">" + cells + "</row>";
}

// The sheet every value test reads.
Book typedBook()
{
    Book b;
    b.shared = {
        "<t>type</t>",
        "<t>name</t>",
        "<r><t>Rich </t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">text </t></r>"
        "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh>",
        "<t xml:space=\"preserve\">  padded  </t>",
        "<t>line_x000D_break</t>",
        "<t></t>",
        "<t>q1</t>",
    };
    QByteArray data;
    data += row(1, v("A1", "0", "t=\"s\"") + v("B1", "1", "t=\"s\"") +
                       "<c r=\"C1\" t=\"inlineStr\"><is><t>label</t></is></c>" +
                       v("D1", "2", "t=\"s\"") + v("E1", "3", "t=\"s\""));
    data += row(2, "<c r=\"A2\" t=\"str\"><f>LOWER(\"TEXT\")</f><v>text</v></c>" +
                       v("B2", "1", "t=\"b\"") + v("C2", "0", "t=\"b\"") +
                       v("D2", "#N/A", "t=\"e\"") + v("E2", "42") + v("F2", "3.5", "t=\"n\"") +
                       v("G2", "2.0") + v("H2", "0.1") + v("I2", "-7") +
                       "<c r=\"J2\" t=\"inlineStr\"><is><r><t>in</t></r><r><rPr><b/></rPr>"
                       "<t>line</t></r></is></c>");
    // Row 3 is missing; row 4's cells have no r attribute.
    data += "<row r=\"4\"><c t=\"s\"><v>6</v></c><c/><c><v>7</v></c></row>";
    data +=
        row(5, v("A5", "45292", "s=\"1\"") + v("B5", "45292.5", "s=\"2\"") +
                   v("C5", "0.75", "s=\"3\"") + v("D5", "1", "s=\"4\"") + v("E5", "59", "s=\"1\"") +
                   v("F5", "61", "s=\"1\"") + v("G5", "60", "s=\"1\"") + v("H5", "5", "s=\"6\"") +
                   v("I5", "2", "s=\"5\"") + v("J5", "3", "s=\"7\""));
    // Formatting only: no value, so no row.
    data += "<row r=\"6\"><c r=\"A6\" s=\"1\"/><c r=\"B6\" t=\"s\"/>" + v("C6", "5", "t=\"s\"") +
            "</row>";
    data += row(7, v("A7", "1") + v("E7", "5"));
    data += row(10, v("B10", "4", "t=\"s\""));
    data += "<row>" + v("A11", "11") + "</row>";
    b.sheets = {{QStringLiteral("Survey"), data},
                {QStringLiteral("CHOICES"), row(1, v("A1", "6", "t=\"s\""))}};
    return b;
}

QString writeBook(const QTemporaryDir &dir, const Book &book,
                  const QString &name = QStringLiteral("form.xlsx"))
{
    const QString path = dir.filePath(name);
    return writeZip(path, book.parts()) ? path : QString();
}

XlsxSheet openSurvey(const Book &book, const XlsxLimits &limits = {})
{
    QTemporaryDir dir;
    auto wb = XlsxWorkbook::open(writeBook(dir, book), limits);
    if (!wb.ok()) {
        qWarning("%s", qPrintable(wb.error().message()));
        return {};
    }
    auto sheet = wb.value().sheet(QStringLiteral("survey"));
    return sheet.ok() ? sheet.value() : XlsxSheet();
}

Error openError(const Book &book, const XlsxLimits &limits = {})
{
    QTemporaryDir dir;
    auto wb = XlsxWorkbook::open(writeBook(dir, book), limits);
    return wb.ok() ? Error() : wb.error();
}

QString corpusDir()
{
    const QByteArray env = qgetenv("VIGIA_XLSFORM_CORPUS");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QString::fromLocal8Bit(qgetenv("VIGIA_TEST_SOURCE_DIR")) +
           QStringLiteral("/../shared/xlsform-corpus");
}

int columnOf(const XlsxSheet &sheet, int row, const QString &header)
{
    const QStringList texts = sheet.rowTexts(row);
    for (int c = 0; c < texts.size(); ++c) {
        if (texts.at(c).trimmed().compare(header, Qt::CaseInsensitive) == 0)
            return c;
    }
    return -1;
}

} // namespace

class TestXlsxWorkbook : public QObject
{
    Q_OBJECT

private slots:
    void readsSharedInlineAndFormulaStrings()
    {
        const XlsxSheet s = openSurvey(typedBook());
        QCOMPARE(s.rowTexts(0), (QStringList{QStringLiteral("type"), QStringLiteral("name"),
                                             QStringLiteral("label"), QStringLiteral("Rich text "),
                                             QStringLiteral("  padded  ")}));
        QCOMPARE(s.cell(0, 0).kind(), XlsxCell::Kind::Text);
        QCOMPARE(s.cell(1, 0).text(), QStringLiteral("text")); // t="str"
        QCOMPARE(s.cell(1, 0).kind(), XlsxCell::Kind::Text);
        QCOMPARE(s.cell(1, 9).text(), QStringLiteral("inline")); // inline rich text runs
    }

    void decodesEscapedCharactersInSharedStrings()
    {
        QTemporaryDir dir;
        Book b = typedBook();
        b.sheets[0].second = row(1, v("A1", "4", "t=\"s\""));
        const XlsxSheet s = openSurvey(b);
        QCOMPARE(s.cell(0, 0).text(), QStringLiteral("line\rbreak"));
    }

    void readsBooleansErrorsAndNumbers()
    {
        const XlsxSheet s = openSurvey(typedBook());
        QCOMPARE(s.cell(1, 1).kind(), XlsxCell::Kind::Boolean);
        QCOMPARE(s.cell(1, 1).boolean(), true);
        QCOMPARE(s.cell(1, 1).text(), QStringLiteral("TRUE"));
        QCOMPARE(s.cell(1, 2).boolean(), false);
        QCOMPARE(s.cell(1, 2).text(), QStringLiteral("FALSE"));
        QCOMPARE(s.cell(1, 3).kind(), XlsxCell::Kind::Error);
        QCOMPARE(s.cell(1, 3).text(), QStringLiteral("#N/A"));
        QCOMPARE(s.cell(1, 4).kind(), XlsxCell::Kind::Number);
        QCOMPARE(s.cell(1, 4).number(), 42.0);
        QCOMPARE(s.cell(1, 4).text(), QStringLiteral("42"));
        QCOMPARE(s.cell(1, 5).text(), QStringLiteral("3.5"));
        QCOMPARE(s.cell(1, 6).text(), QStringLiteral("2")); // no trailing ".0"
        QCOMPARE(s.cell(1, 7).text(), QStringLiteral("0.1"));
        QCOMPARE(s.cell(1, 8).text(), QStringLiteral("-7"));
    }

    void emptyStringsAndStyledCellsAreEmpty()
    {
        const XlsxSheet s = openSurvey(typedBook());
        // Row 6 held only a styled cell, a valueless t="s" and the empty string.
        for (int r = 0; r < s.rowCount(); ++r)
            QVERIFY(s.rowNumber(r) != 6);
        QVERIFY(s.cell(2, 1).isEmpty());
        QCOMPARE(s.cell(2, 1).text(), QString());
        QVERIFY(s.cell(99, 99).isEmpty());
    }

    void keepsSpreadsheetRowNumbersAcrossGaps()
    {
        const XlsxSheet s = openSurvey(typedBook());
        QCOMPARE(s.rowCount(), 7);
        const QList<int> numbers{1, 2, 4, 5, 7, 10, 11};
        for (int r = 0; r < numbers.size(); ++r)
            QCOMPARE(s.rowNumber(r), numbers.at(r));
        QCOMPARE(s.rowTexts(5), (QStringList{QString(), QStringLiteral("line\rbreak")}));
        QCOMPARE(s.cell(6, 0).text(), QStringLiteral("11")); // <row> without r follows row 10
    }

    void placesCellsByReferenceOrByPosition()
    {
        const XlsxSheet s = openSurvey(typedBook());
        // Row 7: A and E, with B to D absent.
        QCOMPARE(s.rowTexts(4), (QStringList{QStringLiteral("1"), QString(), QString(), QString(),
                                             QStringLiteral("5")}));
        // Row 4: no r attributes, so by position; <c/> is an empty B.
        QCOMPARE(s.rowTexts(2),
                 (QStringList{QStringLiteral("q1"), QString(), QStringLiteral("7")}));
        QCOMPARE(s.columnCount(), 10);
        QCOMPARE(s.rows().size(), 7);
        QCOMPARE(s.rows().at(2), s.rowTexts(2));
    }

    void readsDatesAndTimesWhereTheStyleSaysSo()
    {
        const XlsxSheet s = openSurvey(typedBook());
        QCOMPARE(s.rowNumber(3), 5);
        QCOMPARE(s.cell(3, 0).kind(), XlsxCell::Kind::Date);
        QCOMPARE(s.cell(3, 0).date(), QDate(2024, 1, 1));
        QCOMPARE(s.cell(3, 0).text(), QStringLiteral("2024-01-01"));
        QCOMPARE(s.cell(3, 1).kind(), XlsxCell::Kind::DateTime);
        QCOMPARE(s.cell(3, 1).text(), QStringLiteral("2024-01-01T12:00:00"));
        QCOMPARE(s.cell(3, 1).dateTime(), QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(s.cell(3, 2).kind(), XlsxCell::Kind::Time);
        QCOMPARE(s.cell(3, 2).text(), QStringLiteral("18:00:00"));
        QCOMPARE(s.cell(3, 3).text(), QStringLiteral("1900-01-01")); // custom dd/mm/yyyy
        // Excel's phantom 1900-02-29 (serial 60) sits between 59 and 61.
        QCOMPARE(s.cell(3, 4).text(), QStringLiteral("1900-02-28"));
        QCOMPARE(s.cell(3, 5).text(), QStringLiteral("1900-03-01"));
        QCOMPARE(s.cell(3, 6).kind(), XlsxCell::Kind::Number);
        QCOMPARE(s.cell(3, 6).text(), QStringLiteral("60"));
        // A quoted "d", a decimal format and a [colour] are no dates.
        QCOMPARE(s.cell(3, 7).kind(), XlsxCell::Kind::Number);
        QCOMPARE(s.cell(3, 8).kind(), XlsxCell::Kind::Number);
        QCOMPARE(s.cell(3, 9).kind(), XlsxCell::Kind::Number);
    }

    void dates1904CountFrom1904()
    {
        Book b;
        b.date1904 = "1";
        b.sheets = {{QStringLiteral("survey"),
                     row(1, v("A1", "0", "s=\"1\"") + v("B1", "45292", "s=\"1\""))}};
        const XlsxSheet s = openSurvey(b);
        QCOMPARE(s.cell(0, 0).text(), QStringLiteral("1904-01-01"));
        QCOMPARE(s.cell(0, 1).text(), QStringLiteral("2028-01-02"));
        QTemporaryDir dir;
        auto wb = XlsxWorkbook::open(writeBook(dir, b));
        QVERIFY(wb.ok());
        QVERIFY(wb.value().isDate1904());
    }

    void date1904FalseMeans1900()
    {
        Book b;
        b.date1904 = "false";
        b.sheets = {{QStringLiteral("survey"), row(1, v("A1", "45292", "s=\"1\""))}};
        QCOMPARE(openSurvey(b).cell(0, 0).text(), QStringLiteral("2024-01-01"));
    }

    void sheetNamesAreCaseInsensitive()
    {
        QTemporaryDir dir;
        auto wb = XlsxWorkbook::open(writeBook(dir, typedBook()));
        QVERIFY2(wb.ok(), qPrintable(wb.error().message()));
        const XlsxWorkbook &w = wb.value();
        QCOMPARE(w.sheetNames(),
                 (QStringList{QStringLiteral("Survey"), QStringLiteral("CHOICES")}));
        QVERIFY(w.hasSheet(QStringLiteral("SURVEY")));
        QVERIFY(w.hasSheet(QStringLiteral("choices ")));
        auto choices = w.sheet(QStringLiteral("Choices"));
        QVERIFY(choices.ok());
        QCOMPARE(choices.value().name(), QStringLiteral("CHOICES"));
        QCOMPARE(choices.value().cell(0, 0).text(), QStringLiteral("q1"));
        auto missing = w.sheet(QStringLiteral("settings"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        QVERIFY(missing.error().message().contains(QStringLiteral("settings")));
        QVERIFY(missing.error().message().contains(QStringLiteral("Survey, CHOICES")));
    }

    void resolvesAbsoluteTargetsAndPartNamesInAnyCase()
    {
        Book b;
        b.sheets = {{QStringLiteral("survey"), row(1, v("A1", "1"))}};
        Parts p = b.parts();
        QByteArray rels = p.value(QStringLiteral("xl/_rels/workbook.xml.rels"));
        rels.replace("Target=\"worksheets/sheet1.xml\"", "Target=\"/XL/Worksheets/Sheet1.xml\"");
        b.overrides.insert(QStringLiteral("xl/_rels/workbook.xml.rels"), rels);
        QCOMPARE(openSurvey(b).cell(0, 0).text(), QStringLiteral("1"));
    }

    void worksWithoutSharedStringsStylesOrContentTypes()
    {
        Book b;
        b.sheets = {{QStringLiteral("survey"),
                     row(1, "<c r=\"A1\" t=\"inlineStr\"><is><t>type</t></is></c>" +
                                v("B1", "45292", "s=\"1\""))}};
        b.removed = {QStringLiteral("xl/sharedStrings.xml"), QStringLiteral("xl/styles.xml"),
                     QStringLiteral("[Content_Types].xml")};
        const XlsxSheet s = openSurvey(b);
        QCOMPARE(s.cell(0, 0).text(), QStringLiteral("type"));
        QCOMPARE(s.cell(0, 1).text(), QStringLiteral("45292")); // no styles: a number
    }

    void skipsChartSheets()
    {
        Book b;
        b.sheets = {{QStringLiteral("survey"), row(1, v("A1", "1"))},
                    {QStringLiteral("chart"), QByteArray()}};
        QByteArray rels = b.parts().value(QStringLiteral("xl/_rels/workbook.xml.rels"));
        rels.replace("relationships/worksheet\" Target=\"worksheets/sheet2.xml",
                     "relationships/chartsheet\" Target=\"chartsheets/sheet1.xml");
        b.overrides.insert(QStringLiteral("xl/_rels/workbook.xml.rels"), rels);
        QTemporaryDir dir;
        auto wb = XlsxWorkbook::open(writeBook(dir, b));
        QVERIFY2(wb.ok(), qPrintable(wb.error().message()));
        QCOMPARE(wb.value().sheetNames(), QStringList{QStringLiteral("survey")});
    }

    // --- damaged and foreign files -------------------------------------------------

    void missingFileIsNotFound()
    {
        QTemporaryDir dir;
        auto wb = XlsxWorkbook::open(dir.filePath(QStringLiteral("nothing.xlsx")));
        QVERIFY(!wb.ok());
        QCOMPARE(wb.error().code(), ErrorCode::NotFound);
    }

    void randomGarbageIsCorrupt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.xlsx"));
        QByteArray junk;
        quint32 x = 12345;
        for (int i = 0; i < 8192; ++i) {
            x = x * 1103515245u + 12345u;
            junk.append(char(x >> 24));
        }
        QVERIFY(writeFile(path, junk));
        auto wb = XlsxWorkbook::open(path);
        QVERIFY(!wb.ok());
        QCOMPARE(wb.error().code(), ErrorCode::Corrupt);
        QVERIFY(wb.error().message().contains(QStringLiteral("garbage.xlsx")));
        QVERIFY(wb.error().message().contains(QStringLiteral("zip archive")));
    }

    void emptyFileIsCorrupt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.xlsx"));
        QVERIFY(writeFile(path, QByteArray()));
        auto wb = XlsxWorkbook::open(path);
        QVERIFY(!wb.ok());
        QCOMPARE(wb.error().code(), ErrorCode::Corrupt);
    }

    void truncatedZipIsCorrupt()
    {
        QTemporaryDir dir;
        const QString path = writeBook(dir, typedBook());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        auto wb = XlsxWorkbook::open(path);
        QVERIFY(!wb.ok());
        QCOMPARE(wb.error().code(), ErrorCode::Corrupt);
        QVERIFY(wb.error().message().contains(QStringLiteral("damaged")));
    }

    void oldXlsFileAsksToSaveAsXlsx()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("form.xls"));
        QByteArray ole2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        ole2.append(QByteArray(4096, '\0'));
        QVERIFY(writeFile(path, ole2));
        auto wb = XlsxWorkbook::open(path);
        QVERIFY(!wb.ok());
        QCOMPARE(wb.error().code(), ErrorCode::Usage);
        QCOMPARE(wb.error().message(),
                 QStringLiteral("form.xls is an Excel 97–2003 (.xls) workbook. Open it in a "
                                "spreadsheet program and save it as .xlsx, then import again."));
    }

    void passwordProtectedWorkbookSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secret.xlsx"));
        QByteArray ole2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        ole2.append(QByteArray(1000, '\0'));
        for (char c : QByteArrayLiteral("EncryptionInfo")) {
            if (c != '\0')
                ole2.append(c).append('\0');
        }
        QVERIFY(writeFile(path, ole2));
        auto wb = XlsxWorkbook::open(path);
        QVERIFY(!wb.ok());
        QCOMPARE(wb.error().code(), ErrorCode::Usage);
        QVERIFY(wb.error().message().contains(QStringLiteral("password")));
    }

    void binaryXlsbAsksToSaveAsXlsx()
    {
        Book b = typedBook();
        QByteArray types = b.parts().value(QStringLiteral("[Content_Types].xml"));
        types.replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.binary.macroEnabled.main");
        b.overrides.insert(QStringLiteral("[Content_Types].xml"), types);
        const Error e = openError(b);
        QCOMPARE(e.code(), ErrorCode::Usage);
        QVERIFY(e.message().contains(QStringLiteral(".xlsb")));
    }

    void zipWithoutWorkbookIsCorrupt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("photos.xlsx"));
        QVERIFY(writeZip(path, {{QStringLiteral("hello.txt"), QByteArray("hello")}}));
        auto wb = XlsxWorkbook::open(path);
        QVERIFY(!wb.ok());
        QCOMPARE(wb.error().code(), ErrorCode::Corrupt);
        QVERIFY(wb.error().message().contains(QStringLiteral("xl/workbook.xml")));
    }

    void missingWorkbookPartIsCorrupt()
    {
        Book b = typedBook();
        b.removed = {QStringLiteral("xl/workbook.xml")};
        const Error e = openError(b);
        QCOMPARE(e.code(), ErrorCode::Corrupt);
        QVERIFY(e.message().contains(QStringLiteral("no workbook part (xl/workbook.xml)")));
    }

    void missingWorkbookRelationshipsIsCorrupt()
    {
        Book b = typedBook();
        b.removed = {QStringLiteral("xl/_rels/workbook.xml.rels")};
        const Error e = openError(b);
        QCOMPARE(e.code(), ErrorCode::Corrupt);
        QVERIFY(e.message().contains(QStringLiteral("xl/_rels/workbook.xml.rels")));
    }

    void missingSheetTargetIsCorrupt()
    {
        Book b = typedBook();
        b.removed = {QStringLiteral("xl/worksheets/sheet2.xml")};
        const Error e = openError(b);
        QCOMPARE(e.code(), ErrorCode::Corrupt);
        QVERIFY(e.message().contains(QStringLiteral("\"CHOICES\"")));
        QVERIFY(e.message().contains(QStringLiteral("xl/worksheets/sheet2.xml")));
    }

    void unknownSheetRelationshipIsCorrupt()
    {
        Book b = typedBook();
        QByteArray workbook = b.parts().value(QStringLiteral("xl/workbook.xml"));
        workbook.replace("r:id=\"rId2\"", "r:id=\"rId9\"");
        b.overrides.insert(QStringLiteral("xl/workbook.xml"), workbook);
        const Error e = openError(b);
        QCOMPARE(e.code(), ErrorCode::Corrupt);
        QVERIFY(e.message().contains(QStringLiteral("rId9")));
    }

    void malformedSheetNamesPartAndLine()
    {
        Book b;
        b.sheets = {{QStringLiteral("survey"), "\n\n<row r=\"1\"><c r=\"A1\"><v>1</v></row>"}};
        const Error e = openError(b);
        QCOMPARE(e.code(), ErrorCode::Corrupt);
        QVERIFY2(e.message().contains(QStringLiteral("xl/worksheets/sheet1.xml")),
                 qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("line 4")), qPrintable(e.message()));
    }

    void malformedSharedStringsNamesThePart()
    {
        Book b = typedBook();
        b.overrides.insert(QStringLiteral("xl/sharedStrings.xml"), "<sst><si><t>x</si></sst>");
        const Error e = openError(b);
        QCOMPARE(e.code(), ErrorCode::Corrupt);
        QVERIFY(e.message().contains(QStringLiteral("xl/sharedStrings.xml")));
        QVERIFY(e.message().contains(QStringLiteral("line 1")));
    }

    void truncatedWorkbookXmlIsCorrupt()
    {
        Book b = typedBook();
        QByteArray workbook = b.parts().value(QStringLiteral("xl/workbook.xml"));
        workbook.chop(20);
        b.overrides.insert(QStringLiteral("xl/workbook.xml"), workbook);
        const Error e = openError(b);
        QCOMPARE(e.code(), ErrorCode::Corrupt);
        QVERIFY(e.message().contains(QStringLiteral("xl/workbook.xml")));
    }

    void documentTypeDeclarationsAreRefused()
    {
        Book b = typedBook();
        b.overrides.insert(QStringLiteral("xl/sharedStrings.xml"),
                           "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaa\">]>"
                           "<sst><si><t>&a;</t></si></sst>");
        const Error e = openError(b);
        QCOMPARE(e.code(), ErrorCode::Corrupt);
        QVERIFY(e.message().contains(QStringLiteral("xl/sharedStrings.xml")));
    }

    void sharedStringIndexOutOfRangeIsCorrupt()
    {
        Book b = typedBook();
        b.sheets[0].second = row(3, v("B3", "17", "t=\"s\""));
        const Error e = openError(b);
        QCOMPARE(e.code(), ErrorCode::Corrupt);
        QVERIFY(e.message().contains(QStringLiteral("B3")));
        QVERIFY(e.message().contains(QStringLiteral("17")));
    }

    void unreadableNumberIsCorrupt()
    {
        Book b = typedBook();
        b.sheets[0].second = row(1, v("C1", "twelve"));
        const Error e = openError(b);
        QCOMPARE(e.code(), ErrorCode::Corrupt);
        QVERIFY(e.message().contains(QStringLiteral("C1")));
    }

    void invalidCellReferenceIsCorrupt()
    {
        Book b = typedBook();
        b.sheets[0].second = row(1, v("1A", "1"));
        QCOMPARE(openError(b).code(), ErrorCode::Corrupt);
    }

    // --- limits -------------------------------------------------------------------

    void zipBombStopsAtTheCompressionRatio()
    {
        Book b = typedBook();
        // 8 MiB of zeros compress about 1000:1.
        b.sheets[0].second =
            row(1, "<c r=\"A1\" t=\"str\"><v>" + QByteArray(8 << 20, '0') + "</v></c>");
        const Error e = openError(b);
        QCOMPARE(e.code(), ErrorCode::Validation);
        QVERIFY2(e.message().contains(QStringLiteral("xl/worksheets/sheet1.xml")),
                 qPrintable(e.message()));
        QVERIFY(e.message().contains(QStringLiteral("200:1")));
    }

    void partSizeLimit()
    {
        Book b = typedBook();
        XlsxLimits limits;
        limits.maxPartBytes = 4096;
        QByteArray cells;
        for (int i = 1; i <= 200; ++i)
            cells += v(QByteArray("A" + QByteArray::number(i)).constData(), "1");
        b.sheets[0].second = cells;
        const Error e = openError(b, limits);
        QCOMPARE(e.code(), ErrorCode::Validation);
        QVERIFY(e.message().contains(QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(e.message().contains(QStringLiteral("limit for one part")));
    }

    void totalSizeLimit()
    {
        XlsxLimits limits;
        limits.maxTotalBytes = 2000;
        const Error e = openError(typedBook(), limits);
        QCOMPARE(e.code(), ErrorCode::Validation);
        QVERIFY(e.message().contains(QStringLiteral("together")));
    }

    void fileSizeLimit()
    {
        XlsxLimits limits;
        limits.maxFileBytes = 500;
        const Error e = openError(typedBook(), limits);
        QCOMPARE(e.code(), ErrorCode::Validation);
        QVERIFY(e.message().contains(QStringLiteral("limit for a workbook")));
    }

    void partCountLimit()
    {
        XlsxLimits limits;
        limits.maxParts = 3;
        const Error e = openError(typedBook(), limits);
        QCOMPARE(e.code(), ErrorCode::Validation);
        QVERIFY(e.message().contains(QStringLiteral("limit of 3")));
    }

    void rowLimitCountsRowsWithValues()
    {
        Book b;
        b.sheets = {{QStringLiteral("survey"),
                     row(1, v("A1", "1")) + row(2, v("A2", "2")) + row(3, v("A3", "3")) +
                         "<row r=\"1048576\"><c r=\"A1048576\" s=\"1\"/></row>"}};
        XlsxLimits limits;
        limits.maxRows = 3;
        QCOMPARE(openSurvey(b, limits).rowCount(), 3); // the formatted last row is no row
        b.sheets[0].second += row(1048576, v("B1048576", "4"));
        const Error e = openError(b, limits);
        QCOMPARE(e.code(), ErrorCode::Validation);
        QVERIFY(e.message().contains(QStringLiteral("more than 3 rows")));
        QVERIFY(e.message().contains(QStringLiteral("\"survey\" (xl/worksheets/sheet1.xml)")));
    }

    void columnLimitCountsColumnsWithValues()
    {
        Book b;
        b.sheets = {{QStringLiteral("survey"), row(1, v("A1", "1") + "<c r=\"XFD1\" s=\"1\"/>")}};
        XlsxLimits limits;
        limits.maxColumns = 5;
        QCOMPARE(openSurvey(b, limits).columnCount(), 1);
        b.sheets[0].second = row(1, v("A1", "1") + v("F1", "6"));
        const Error e = openError(b, limits);
        QCOMPARE(e.code(), ErrorCode::Validation);
        QVERIFY(e.message().contains(QStringLiteral("F1")));
        QVERIFY(e.message().contains(QStringLiteral("limit of 5 columns")));
    }

    void sharedStringCountLimit()
    {
        XlsxLimits limits;
        limits.maxSharedStrings = 3;
        const Error e = openError(typedBook(), limits);
        QCOMPARE(e.code(), ErrorCode::Validation);
        QVERIFY(e.message().contains(QStringLiteral("xl/sharedStrings.xml")));
        QVERIFY(e.message().contains(QStringLiteral("more than 3")));
    }

    void cellTextLengthLimit()
    {
        XlsxLimits limits;
        limits.maxCellTextLength = 8;
        Book b;
        b.shared = {"<t>123456789</t>"};
        b.sheets = {{QStringLiteral("survey"), row(1, v("A1", "0", "t=\"s\""))}};
        Error e = openError(b, limits);
        QCOMPARE(e.code(), ErrorCode::Validation);
        QVERIFY(e.message().contains(QStringLiteral("limit of 8")));
        b.shared.clear();
        b.sheets[0].second = row(1, "<c r=\"A1\" t=\"inlineStr\"><is><t>123456789</t></is></c>");
        e = openError(b, limits);
        QCOMPARE(e.code(), ErrorCode::Validation);
        QVERIFY(e.message().contains(QStringLiteral("A1")));
    }

    // --- the shared XLSForm corpus ------------------------------------------------

    void corpusWorkbooksHaveASurveyWithTypeAndName()
    {
        const QDir dir(corpusDir());
        if (!dir.exists())
            QFAIL(qPrintable(QStringLiteral("No XLSForm corpus at %1; set VIGIA_XLSFORM_CORPUS "
                                            "to its folder.")
                                 .arg(dir.path())));
        const QStringList files = dir.entryList({QStringLiteral("*.xlsx")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            auto wb = XlsxWorkbook::open(dir.filePath(file));
            QVERIFY2(wb.ok(), qPrintable(file + QStringLiteral(": ") + wb.error().message()));
            auto survey = wb.value().sheet(QStringLiteral("survey"));
            QVERIFY2(survey.ok(), qPrintable(file));
            const XlsxSheet &s = survey.value();
            QVERIFY2(s.rowCount() > 0, qPrintable(file));
            QCOMPARE(s.rowNumber(0), 1);
            QVERIFY2(columnOf(s, 0, QStringLiteral("type")) >= 0, qPrintable(file));
            QVERIFY2(columnOf(s, 0, QStringLiteral("name")) >= 0, qPrintable(file));
        }
    }

    void corpusCellsReadAsTheirAuthorsWroteThem()
    {
        const QDir dir(corpusDir());
        if (!dir.exists())
            QFAIL("No XLSForm corpus; set VIGIA_XLSFORM_CORPUS to its folder.");
        const auto open = [&](const char *name, const char *sheet) {
            auto wb = XlsxWorkbook::open(dir.filePath(QString::fromLatin1(name)));
            if (!wb.ok())
                qWarning("%s", qPrintable(wb.error().message()));
            return wb.ok() ? wb.value().sheet(QString::fromLatin1(sheet)).value() : XlsxSheet();
        };

        const XlsxSheet text = open("text_and_integer.xlsx", "survey");
        QCOMPARE(text.rowTexts(0), (QStringList{QStringLiteral("type"), QStringLiteral("name"),
                                                QStringLiteral("label:english")}));
        QCOMPARE(text.rowTexts(2),
                 (QStringList{QStringLiteral("integer"), QStringLiteral("your_age"),
                              QStringLiteral("How many years old are you?")}));

        const XlsxSheet upper = open("case_insensitivity.xlsx", "Survey");
        QCOMPARE(upper.name(), QStringLiteral("SURVEY"));
        QCOMPARE(upper.cell(0, 0).text(), QStringLiteral("TYPE"));
        QCOMPARE(upper.cell(2, 3).text(), QStringLiteral("YES_NO=${q1}"));

        // LibreOffice: a formatted row 1048576 with no values, numbers in
        // choices, a NOW() date-time in settings, and a trailing space kept.
        const XlsxSheet ucl = open("UCL_Biomass_Plot_Form.xlsx", "survey");
        QVERIFY(ucl.rowNumber(ucl.rowCount() - 1) < 1000);
        QCOMPARE(ucl.cell(0, 2).text(), QStringLiteral("label::Swahili (sw)"));
        const XlsxSheet choices = open("UCL_Biomass_Plot_Form.xlsx", "choices");
        QCOMPARE(choices.cell(0, 1).text(), QStringLiteral("name "));
        QCOMPARE(choices.rowNumber(6), 7);
        QCOMPARE(choices.cell(6, 1).kind(), XlsxCell::Kind::Number);
        QCOMPARE(choices.cell(6, 1).text(), QStringLiteral("2022"));
        const XlsxSheet settings = open("UCL_Biomass_Plot_Form.xlsx", "settings");
        QCOMPARE(settings.cell(1, 1).kind(), XlsxCell::Kind::DateTime);
        QCOMPARE(settings.cell(1, 1).text(), QStringLiteral("2022-04-11T16:26:28.971"));

        // Formula booleans, as Excel writes them.
        const XlsxSheet dup = open("duplicate_columns.xlsx", "settings");
        QCOMPARE(dup.cell(1, 5).kind(), XlsxCell::Kind::Boolean);
        QCOMPARE(dup.cell(1, 7).text(), QStringLiteral("TRUE"));
        // ... and as a formula string result.
        const XlsxSheet attr = open("attribute_columns_test.xlsx", "settings");
        QCOMPARE(attr.cell(1, 7).kind(), XlsxCell::Kind::Text);
        QCOMPARE(attr.cell(1, 7).text(), QStringLiteral("TRUE"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxWorkbook)
#include "tst_xlsxworkbook.moc"
