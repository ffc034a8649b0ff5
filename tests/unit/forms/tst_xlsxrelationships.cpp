#include "xlsx/XlsxRelationships.h"

#include <QTest>

using namespace vigia;

class TestXlsxRelationships : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("part");
        QTest::newRow("relative") << QStringLiteral("xl/workbook.xml")
                                  << QStringLiteral("worksheets/sheet1.xml")
                                  << QStringLiteral("xl/worksheets/sheet1.xml");
        QTest::newRow("absolute") << QStringLiteral("xl/workbook.xml")
                                  << QStringLiteral("/xl/worksheets/sheet1.xml")
                                  << QStringLiteral("xl/worksheets/sheet1.xml");
        QTest::newRow("parent") << QStringLiteral("xl/worksheets/sheet1.xml")
                                << QStringLiteral("../drawings/d.xml")
                                << QStringLiteral("xl/drawings/d.xml");
        QTest::newRow("dot") << QStringLiteral("xl/workbook.xml") << QStringLiteral("./styles.xml")
                             << QStringLiteral("xl/styles.xml");
        QTest::newRow("package root")
            << QString() << QStringLiteral("xl/workbook.xml") << QStringLiteral("xl/workbook.xml");
        QTest::newRow("backslashes")
            << QStringLiteral("xl/workbook.xml") << QStringLiteral("worksheets\\sheet2.xml")
            << QStringLiteral("xl/worksheets/sheet2.xml");
        QTest::newRow("too many parents")
            << QStringLiteral("xl/workbook.xml") << QStringLiteral("../../../s.xml")
            << QStringLiteral("s.xml");
    }
    void resolve()
    {
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(QString, part);
        QCOMPARE(XlsxRelationships::resolve(source, target), part);
    }

    void relsPartOf()
    {
        QCOMPARE(XlsxRelationships::relsPartOf(QStringLiteral("xl/workbook.xml")),
                 QStringLiteral("xl/_rels/workbook.xml.rels"));
        QCOMPARE(XlsxRelationships::relsPartOf(QString()), QStringLiteral("_rels/.rels"));
    }

    void parsesIdsTypesAndTargets()
    {
        const QByteArray xml =
            "<?xml version=\"1.0\"?>\n"
            "<Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\n"
            "<Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "worksheet\" Target=\"worksheets/sheet1.xml\"/>\n"
            "<Relationship Id=\"rId2\" "
            "Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/sharedStrings\" "
            "Target=\"/xl/sst.xml\"/>\n"
            "<Relationship Id=\"rId3\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "hyperlink\" Target=\"https://example.org\" TargetMode=\"External\"/>\n"
            "</Relationships>";
        auto rels = XlsxRelationships::parse(xml, QStringLiteral("xl/workbook.xml"),
                                             QStringLiteral("xl/_rels/workbook.xml.rels"),
                                             QStringLiteral("f.xlsx"));
        QVERIFY(rels.ok());
        const auto *sheet = rels.value().byId(QStringLiteral("rId1"));
        QVERIFY(sheet);
        QCOMPARE(sheet->type, QStringLiteral("worksheet"));
        QCOMPARE(sheet->target, QStringLiteral("xl/worksheets/sheet1.xml"));
        const auto *sst = rels.value().byType(QStringLiteral("sharedStrings"));
        QVERIFY(sst);
        QCOMPARE(sst->target, QStringLiteral("xl/sst.xml"));
        QVERIFY(!rels.value().byId(QStringLiteral("rId3"))); // external links are no parts
        QVERIFY(!rels.value().byType(QStringLiteral("styles")));
    }

    void malformedXmlNamesThePart()
    {
        auto rels = XlsxRelationships::parse(
            "<Relationships><Relationship Id=\"x\">", QStringLiteral("xl/workbook.xml"),
            QStringLiteral("xl/_rels/workbook.xml.rels"), QStringLiteral("f.xlsx"));
        QVERIFY(!rels.ok());
        QCOMPARE(rels.error().code(), ErrorCode::Corrupt);
        QVERIFY(rels.error().message().contains(QStringLiteral("xl/_rels/workbook.xml.rels")));
        QVERIFY(rels.error().message().contains(QStringLiteral("f.xlsx")));
    }
};

QTEST_GUILESS_MAIN(TestXlsxRelationships)
#include "tst_xlsxrelationships.moc"
