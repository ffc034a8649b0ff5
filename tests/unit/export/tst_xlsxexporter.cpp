// The XLSX export reopened with the project's own reader: one sheet per
// table and the dictionary, numbers as numbers, dates as dates (and a
// coarsened date as its month), text with line breaks and UTF-8 intact.

#include "export/Exporter.h"
#include "ExportTestKit.h"
#include "xlsx/XlsxWorkbook.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

namespace {
int column(const XlsxSheet &sheet, const char *name)
{
    return int(sheet.rowTexts(0).indexOf(QString::fromLatin1(name)));
}
} // namespace

class TestXlsxExporter : public QObject
{
    Q_OBJECT

private:
    TestWorkspace m_ws;
    const QString m_story = QStringLiteral("Línea uno, \"dos\"\nlínea tres ✓");

    XlsxWorkbook exportWith(const ExportOptions &options, const QTemporaryDir &out)
    {
        Exporter exporter(m_ws->database(), m_ws->forms());
        auto outcome = exporter.run(out.path(), options);
        if (!outcome)
            qFatal("export failed: %s", qPrintable(outcome.error().message()));
        if (outcome.value().files != QStringList{QStringLiteral("finding.xlsx")})
            qFatal("unexpected files: %s", qPrintable(outcome.value().files.join(u',')));
        auto book = XlsxWorkbook::open(out.filePath(QStringLiteral("finding.xlsx")));
        if (!book)
            qFatal("cannot reopen: %s", qPrintable(book.error().message()));
        return book.take();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ws.isValid(), qPrintable(m_ws.error()));
        QVERIFY(importExportForm(*m_ws));
        QVERIFY(m_ws->records().create(QStringLiteral("finding"), QStringLiteral("1"),
                                       values({{"name", QStringLiteral("Ana")},
                                               {"age", QStringLiteral("34")},
                                               {"score", QStringLiteral("2.5")},
                                               {"date", QStringLiteral("2026-03-14")},
                                               {"country", QStringLiteral("GT")},
                                               {"manifestation", QStringLiteral("sexual")},
                                               {"account", m_story},
                                               {"people", QStringLiteral("1")},
                                               {"people[1]/years", QStringLiteral("40")}}),
                                       true));
    }

    void typedCellsReadBack()
    {
        QTemporaryDir out;
        ExportOptions options;
        options.format = ExportOptions::Format::Xlsx;
        options.formId = QStringLiteral("finding");
        const XlsxWorkbook book = exportWith(options, out);
        QCOMPARE(book.sheetNames(),
                 (QStringList{QStringLiteral("finding_1"), QStringLiteral("finding_1__people"),
                              QStringLiteral("finding_1__kids"), QStringLiteral("dictionary")}));
        auto sheet = book.sheet(QStringLiteral("finding_1"));
        QVERIFY(sheet);
        const XlsxSheet &s = sheet.value();
        QCOMPARE(s.rowCount(), 2);
        const XlsxCell age = s.cell(1, column(s, "age"));
        QCOMPARE(age.kind(), XlsxCell::Kind::Number);
        QCOMPARE(age.number(), 34.0);
        QCOMPARE(s.cell(1, column(s, "score")).number(), 2.5);
        const XlsxCell date = s.cell(1, column(s, "date"));
        QCOMPARE(date.kind(), XlsxCell::Kind::Date);
        QCOMPARE(date.date(), QDate(2026, 3, 14));
        QCOMPARE(s.cell(1, column(s, "_date")).kind(), XlsxCell::Kind::Date);
        const XlsxCell name = s.cell(1, column(s, "name"));
        QCOMPARE(name.kind(), XlsxCell::Kind::Text);
        QCOMPARE(name.text(), QStringLiteral("Ana"));
        QCOMPARE(s.cell(1, column(s, "account")).text(), m_story);
        QCOMPARE(s.cell(1, column(s, "_country")).text(), QStringLiteral("GT"));

        auto people = book.sheet(QStringLiteral("finding_1__people"));
        QVERIFY(people);
        QCOMPARE(people.value().rowCount(), 2);
        QCOMPARE(people.value().cell(1, column(people.value(), "_index")).number(), 1.0);
        QCOMPARE(people.value().cell(1, column(people.value(), "years")).number(), 40.0);

        auto dictionary = book.sheet(QStringLiteral("dictionary"));
        QVERIFY(dictionary);
        bool sawAge = false;
        for (int r = 1; r < dictionary.value().rowCount(); ++r) {
            const QStringList line = dictionary.value().rowTexts(r);
            if (line.value(2) == QLatin1String("age") && line.value(3) == QLatin1String("integer"))
                sawAge = line.contains(QStringLiteral("Edad"));
        }
        QVERIFY(sawAge);
    }

    void coarsenedDatesKeepTheirMonth()
    {
        QTemporaryDir out;
        ExportOptions options;
        options.format = ExportOptions::Format::Xlsx;
        options.formId = QStringLiteral("finding");
        options.coarsenDates = true;
        const XlsxWorkbook book = exportWith(options, out);
        auto sheet = book.sheet(QStringLiteral("finding_1"));
        QVERIFY(sheet);
        const XlsxCell date = sheet.value().cell(1, column(sheet.value(), "date"));
        QCOMPARE(date.kind(), XlsxCell::Kind::Date);
        QCOMPARE(date.date(), QDate(2026, 3, 1));
        QCOMPARE(sheet.value().cell(1, column(sheet.value(), "_date")).date(), QDate(2026, 3, 1));
    }
};

QTEST_GUILESS_MAIN(TestXlsxExporter)
#include "tst_xlsxexporter.moc"
