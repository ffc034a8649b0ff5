#include "xlsx/XlsxSharedStrings.h"

#include <QTest>

using namespace vigia;

namespace {
Result<QStringList> parse(const QByteArray &items, const XlsxLimits &limits = {})
{
    return XlsxSharedStrings::parse(
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + items +
            "</sst>",
        QStringLiteral("xl/sharedStrings.xml"), QStringLiteral("f.xlsx"), limits);
}
} // namespace

class TestXlsxSharedStrings : public QObject
{
    Q_OBJECT

private slots:
    void plainRichAndPreservedTexts()
    {
        auto s = parse("<si><t>type</t></si>"
                       "<si><r><t>Rich </t></r><r><rPr><b/></rPr><t>text</t></r></si>"
                       "<si><t xml:space=\"preserve\">  two spaces  </t></si>"
                       "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh>"
                       "<phoneticPr fontId=\"1\"/></si>"
                       "<si><t/></si>"
                       "<si><t>a &amp; b &lt; c</t></si>");
        QVERIFY(s.ok());
        QCOMPARE(s.value(), (QStringList{QStringLiteral("type"), QStringLiteral("Rich text"),
                                         QStringLiteral("  two spaces  "), QStringLiteral("漢字"),
                                         QString(), QStringLiteral("a & b < c")}));
    }

    void unescapesExcelCharacterCodes()
    {
        QCOMPARE(XlsxSharedStrings::unescape(QStringLiteral("a_x000D_b")), QStringLiteral("a\rb"));
        QCOMPARE(XlsxSharedStrings::unescape(QStringLiteral("_x005F_x0041_")),
                 QStringLiteral("_x0041_"));
        QCOMPARE(XlsxSharedStrings::unescape(QStringLiteral("my_x_name")),
                 QStringLiteral("my_x_name"));
        QCOMPARE(XlsxSharedStrings::unescape(QStringLiteral("_x00e9_")), QStringLiteral("é"));
        QCOMPARE(XlsxSharedStrings::unescape(QStringLiteral("_x00G9_")), QStringLiteral("_x00G9_"));
    }

    void countLimit()
    {
        XlsxLimits limits;
        limits.maxSharedStrings = 2;
        QVERIFY(parse("<si><t>a</t></si><si><t>b</t></si>", limits).ok());
        auto s = parse("<si><t>a</t></si><si><t>b</t></si><si><t>c</t></si>", limits);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code(), ErrorCode::Validation);
        QVERIFY(s.error().message().contains(QStringLiteral("xl/sharedStrings.xml")));
    }

    void lengthLimit()
    {
        XlsxLimits limits;
        limits.maxCellTextLength = 4;
        QVERIFY(parse("<si><t>abcd</t></si>", limits).ok());
        auto s = parse("<si><r><t>abc</t></r><r><t>de</t></r></si>", limits);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code(), ErrorCode::Validation);
        QVERIFY(s.error().message().contains(QStringLiteral("limit of 4")));
    }

    void malformedXmlNamesPartAndLine()
    {
        auto s = parse("\n<si><t>a</si>");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code(), ErrorCode::Corrupt);
        QVERIFY(s.error().message().contains(QStringLiteral("xl/sharedStrings.xml")));
        QVERIFY(s.error().message().contains(QStringLiteral("line 2")));
    }
};

QTEST_GUILESS_MAIN(TestXlsxSharedStrings)
#include "tst_xlsxsharedstrings.moc"
