// The SPSS syntax beside each CSV: GET DATA for the file with every
// variable's type, VARIABLE LABELS and VALUE LABELS in the form's default
// language, names SPSS accepts, quotes doubled.

#include "export/Deidentifier.h"
#include "export/Exporter.h"
#include "export/ExportLayout.h"
#include "export/SpssSyntaxWriter.h"
#include "ExportTestKit.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

class TestSpssSyntaxWriter : public QObject
{
    Q_OBJECT

private slots:
    void namesAndQuotes()
    {
        QCOMPARE(SpssSyntaxWriter::variableName(QStringLiteral("_id")), QStringLiteral("v_id"));
        QCOMPARE(SpssSyntaxWriter::variableName(QStringLiteral("age")), QStringLiteral("age"));
        QCOMPARE(SpssSyntaxWriter::variableName(QStringLiteral("a-b")), QStringLiteral("a_b"));
        QCOMPARE(SpssSyntaxWriter::variableName(QStringLiteral("9lives")),
                 QStringLiteral("v9lives"));
        QCOMPARE(SpssSyntaxWriter::quoted(QStringLiteral("it's")), QStringLiteral("'it''s'"));
    }

    void syntaxHasTypesAndLabels()
    {
        auto form = FormJson::read(exportFormJson(), QStringLiteral("finding.json"));
        QVERIFY(form);
        const ExportOptions options;
        const Deidentifier deidentifier(options);
        const ExportLayout layout(form.value(), deidentifier);
        const QString sps = SpssSyntaxWriter::syntax(layout.tables().first(), form.value(),
                                                     QStringLiteral("finding_1.csv"));
        QVERIFY2(sps.contains(QLatin1String("GET DATA")), qPrintable(sps));
        QVERIFY(sps.contains(QLatin1String("/FILE='finding_1.csv'")));
        QVERIFY(sps.contains(QLatin1String("/ENCODING='UTF8'")));
        QVERIFY(sps.contains(QLatin1String("/FIRSTCASE=2")));
        QVERIFY(sps.contains(QLatin1String("    v_id A2048\n")));
        QVERIFY(sps.contains(QLatin1String("    age F12.0\n")));
        QVERIFY(sps.contains(QLatin1String("    score F16.4\n")));
        QVERIFY(sps.contains(QLatin1String("    date SDATE10\n")));
        QVERIFY(sps.contains(QLatin1String("    account A32767\n")));
        QVERIFY(sps.contains(QLatin1String("VARIABLE LABELS")));
        QVERIFY(sps.contains(QLatin1String("/age 'Age'")));
        QVERIFY(sps.contains(QLatin1String("/manifestation 'Manifestation'")));
        QVERIFY(sps.contains(QLatin1String("VALUE LABELS")));
        QVERIFY(sps.contains(QLatin1String("'labour' 'Labour'")));
        QVERIFY(sps.contains(QLatin1String("'online' 'Online'")));
        QVERIFY(sps.contains(QLatin1String("'GT' 'Guatemala'")));
        QVERIFY(sps.trimmed().endsWith(QLatin1String("EXECUTE.")));
    }

    void coarsenedDatesAreStrings()
    {
        auto form = FormJson::read(exportFormJson(), QStringLiteral("finding.json"));
        QVERIFY(form);
        ExportOptions options;
        options.coarsenDates = true;
        const Deidentifier deidentifier(options);
        const ExportLayout layout(form.value(), deidentifier);
        const QString sps = SpssSyntaxWriter::syntax(layout.tables().first(), form.value(),
                                                     QStringLiteral("finding_1.csv"));
        QVERIFY2(sps.contains(QLatin1String("    date A7\n")), qPrintable(sps));
        QVERIFY(sps.contains(QLatin1String("    v_date A7\n")));
    }

    void spssExportPutsSyntaxBesideEachCsv()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(importExportForm(*ws));
        QVERIFY(ws->records().create(QStringLiteral("finding"), QStringLiteral("1"),
                                     values({{"age", QStringLiteral("3")}}), true));
        QTemporaryDir out;
        ExportOptions options;
        options.format = ExportOptions::Format::Spss;
        Exporter exporter(ws->database(), ws->forms());
        auto outcome = exporter.run(out.path(), options);
        QVERIFY2(outcome, qPrintable(outcome.error().message()));
        for (const char *name : {"finding_1.csv", "finding_1.sps", "finding_1__people.csv",
                                 "finding_1__people.sps", "dictionary.csv"})
            QVERIFY2(outcome.value().files.contains(QString::fromLatin1(name)), name);
        QFile sps(out.filePath(QStringLiteral("finding_1__people.sps")));
        QVERIFY(sps.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(sps.readAll());
        QVERIFY(text.contains(QLatin1String("/FILE='finding_1__people.csv'")));
        QVERIFY(text.contains(QLatin1String("/years 'Years'")));
    }
};

QTEST_GUILESS_MAIN(TestSpssSyntaxWriter)
#include "tst_spsssyntaxwriter.moc"
