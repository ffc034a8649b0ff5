// De-identified exports: every sensitive field and every free-text answer is
// gone (a canary string written into them appears in no output byte, in
// CSV, SPSS or inside the workbook), pseudonyms are stable within one export
// and differ across two, record ids are pseudonyms, and the dictionary says
// what was removed and how.

#include "common/CsvRecords.h"
#include "export/Deidentifier.h"
#include "export/Exporter.h"
#include "ExportTestKit.h"
#include "xlsx/XlsxWorkbook.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

namespace {
QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return CsvRecords::parse(QString::fromUtf8(f.readAll()));
}

int column(const QStringList &header, const char *name)
{
    return int(header.indexOf(QString::fromLatin1(name)));
}

// Every text of every sheet, for the canary search inside a workbook (its
// parts are compressed, so its bytes cannot be searched as they are).
QString workbookText(const QString &path)
{
    auto book = XlsxWorkbook::open(path);
    if (!book)
        qFatal("cannot reopen: %s", qPrintable(book.error().message()));
    QString all;
    for (const QString &name : book.value().sheetNames()) {
        auto sheet = book.value().sheet(name);
        if (!sheet)
            qFatal("cannot read sheet %s", qPrintable(name));
        for (const QStringList &row : sheet.value().rows())
            all += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return all;
}
} // namespace

class TestDeidentifier : public QObject
{
    Q_OBJECT

private:
    TestWorkspace m_ws;
    QList<QUuid> m_ids;

    Exporter::Outcome exportTo(const QTemporaryDir &out, ExportOptions options)
    {
        options.deidentify = true;
        options.formId = QStringLiteral("finding");
        Exporter exporter(m_ws->database(), m_ws->forms());
        auto outcome = exporter.run(out.path(), options);
        if (!outcome)
            qFatal("export failed: %s", qPrintable(outcome.error().message()));
        return outcome.take();
    }

    void verifyNoCanary(const QTemporaryDir &out)
    {
        const QByteArray canary = kCanary.toUtf8();
        const QMap<QString, QByteArray> files = filesUnder(out.path());
        QVERIFY(!files.isEmpty());
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QVERIFY2(!it.value().contains(canary), qPrintable(it.key()));
            QVERIFY2(!it.value().contains("Pepe"), qPrintable(it.key()));
            if (it.key().endsWith(QLatin1String(".xlsx")))
                QVERIFY2(!workbookText(out.filePath(it.key())).contains(kCanary),
                         qPrintable(it.key()));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ws.isValid(), qPrintable(m_ws.error()));
        QVERIFY(importExportForm(*m_ws));
        for (int i = 0; i < 2; ++i) {
            auto id = m_ws->records().create(
                QStringLiteral("finding"), QStringLiteral("1"),
                values({{"name", kCanary},
                        {"age", QStringLiteral("30")},
                        {"date", QStringLiteral("2026-05-20")},
                        {"country", QStringLiteral("BR")},
                        {"manifestation", QStringLiteral("online")},
                        {"account", QStringLiteral("She told us ") + kCanary},
                        {"people", QStringLiteral("1")},
                        {"people[1]/nickname", QStringLiteral("Pepe")},
                        {"people[1]/years", QStringLiteral("9")}}),
                true);
            QVERIFY(id);
            m_ids.append(id.value());
        }
    }

    void treatments()
    {
        ExportOptions o;
        o.deidentify = true;
        const Deidentifier d(o);
        const FormRow text(FormType::fromName(QStringLiteral("text")), QStringLiteral("t"));
        const FormRow narrative(FormType::fromName(QStringLiteral("narrative")),
                                QStringLiteral("n"));
        const FormRow number(FormType::fromName(QStringLiteral("integer")), QStringLiteral("i"));
        const FormRow date(FormType::fromName(QStringLiteral("date")), QStringLiteral("d"));
        QCOMPARE(d.treatment(number, true), FieldTreatment::RemovedSensitive);
        QCOMPARE(d.treatment(text, false), FieldTreatment::RemovedFreeText);
        QCOMPARE(d.treatment(narrative, false), FieldTreatment::RemovedFreeText);
        QCOMPARE(d.treatment(number, false), FieldTreatment::Kept);
        QCOMPARE(d.treatment(date, false), FieldTreatment::Kept);
        o.includeText = true;
        o.coarsenDates = true;
        o.sensitive = ExportOptions::Sensitive::Pseudonymize;
        const Deidentifier d2(o);
        QCOMPARE(d2.treatment(text, false), FieldTreatment::Kept);
        QCOMPARE(d2.treatment(text, true), FieldTreatment::Pseudonymized);
        QCOMPARE(d2.treatment(date, false), FieldTreatment::CoarsenedToMonth);
        // Without de-identification nothing is removed.
        QCOMPARE(Deidentifier(ExportOptions()).treatment(text, true), FieldTreatment::Kept);
    }

    void pseudonymsAreKeyed()
    {
        const ExportOptions o;
        const Deidentifier a(o, QByteArray(32, 'a'));
        const Deidentifier b(o, QByteArray(32, 'b'));
        QCOMPARE(a.pseudonym(QStringLiteral("x")), a.pseudonym(QStringLiteral("x")));
        QVERIFY(a.pseudonym(QStringLiteral("x")) != a.pseudonym(QStringLiteral("y")));
        QVERIFY(a.pseudonym(QStringLiteral("x")) != b.pseudonym(QStringLiteral("x")));
        QCOMPARE(a.pseudonym(QStringLiteral("x")).size(), 26);
        QVERIFY(a.pseudonym(QStringLiteral("x")).startsWith(QLatin1String("p-")));
        // Two objects without a given key draw different keys.
        QVERIFY(Deidentifier(o).pseudonym(QStringLiteral("x")) !=
                Deidentifier(o).pseudonym(QStringLiteral("x")));
    }

    void sensitiveAndFreeTextLeaveNoByte_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("pseudonymize");
        QTest::newRow("csv, dropped") << int(ExportOptions::Format::Csv) << false;
        QTest::newRow("csv, pseudonyms") << int(ExportOptions::Format::Csv) << true;
        QTest::newRow("spss") << int(ExportOptions::Format::Spss) << false;
        QTest::newRow("xlsx, dropped") << int(ExportOptions::Format::Xlsx) << false;
        QTest::newRow("xlsx, pseudonyms") << int(ExportOptions::Format::Xlsx) << true;
    }

    void sensitiveAndFreeTextLeaveNoByte()
    {
        QFETCH(int, format);
        QFETCH(bool, pseudonymize);
        QTemporaryDir out;
        ExportOptions o;
        o.format = ExportOptions::Format(format);
        o.sensitive =
            pseudonymize ? ExportOptions::Sensitive::Pseudonymize : ExportOptions::Sensitive::Drop;
        exportTo(out, o);
        verifyNoCanary(out);
        // The record ids are not in the export either.
        const QMap<QString, QByteArray> files = filesUnder(out.path());
        for (const QUuid &id : std::as_const(m_ids))
            for (const QByteArray &bytes : files)
                QVERIFY(!bytes.contains(id.toString(QUuid::WithoutBraces).toLatin1()));
    }

    void withTextTheNarrativeStays()
    {
        // The check above would pass on an export that wrote nothing.
        QTemporaryDir out;
        ExportOptions o;
        o.includeText = true;
        exportTo(out, o);
        const QList<QStringList> main = readCsv(out.filePath(QStringLiteral("finding_1.csv")));
        QCOMPARE(main[1][column(main[0], "account")], QStringLiteral("She told us ") + kCanary);
        QCOMPARE(column(main[0], "name"), -1);
    }

    void pseudonymsStableWithinAndNotAcross()
    {
        ExportOptions o;
        o.sensitive = ExportOptions::Sensitive::Pseudonymize;
        QTemporaryDir first;
        QTemporaryDir second;
        exportTo(first, o);
        exportTo(second, o);
        const QList<QStringList> a = readCsv(first.filePath(QStringLiteral("finding_1.csv")));
        const QList<QStringList> b = readCsv(second.filePath(QStringLiteral("finding_1.csv")));
        const int name = column(a[0], "name");
        QVERIFY(name >= 0);
        QCOMPARE(a.size(), 3);
        // The same name in two records: one pseudonym within the export.
        QCOMPARE(a[1][name], a[2][name]);
        QVERIFY(a[1][name].startsWith(QLatin1String("p-")));
        // Another export: another key, nothing to link the two by.
        QVERIFY(a[1][name] != b[1][name]);
        const int id = column(a[0], "_id");
        QVERIFY(a[1][id] != b[1][id] && a[1][id] != a[2][id]);
        // The repeat's parent key is the same pseudonym as the record's id.
        const QList<QStringList> people =
            readCsv(first.filePath(QStringLiteral("finding_1__people.csv")));
        QStringList parents{people[1][0], people[2][0]};
        QStringList ids{a[1][id], a[2][id]};
        parents.sort();
        ids.sort();
        QCOMPARE(parents, ids);
    }

    // Record ids carry the time they were made to the millisecond
    // (TimeOrderedUuid): an export that keeps only the month of dates, even
    // one not de-identified, does not keep that time in its ids either.
    void keepingOnlyTheMonthAlsoHidesTheTimeInIds()
    {
        const auto idsOf = [this](bool coarsen) {
            ExportOptions o;
            o.formId = QStringLiteral("finding");
            o.coarsenDates = coarsen;
            QTemporaryDir out;
            Exporter exporter(m_ws->database(), m_ws->forms());
            if (!exporter.run(out.path(), o))
                qFatal("export failed");
            const QList<QStringList> main = readCsv(out.filePath(QStringLiteral("finding_1.csv")));
            QStringList ids;
            for (const QStringList &row : main.mid(1))
                ids << row[column(main[0], "_id")];
            ids.sort();
            return ids;
        };
        QStringList own;
        for (const QUuid &id : std::as_const(m_ids))
            own << id.toString(QUuid::WithoutBraces);
        own.sort();
        QCOMPARE(idsOf(false), own);
        const QStringList coarse = idsOf(true);
        QCOMPARE(coarse.size(), own.size());
        for (const QString &id : coarse)
            QVERIFY2(id.startsWith(QLatin1String("p-")) && !own.contains(id), qPrintable(id));
    }

    void dictionarySaysWhatWasRemoved()
    {
        QTemporaryDir out;
        exportTo(out, ExportOptions());
        const QList<QStringList> dict = readCsv(out.filePath(QStringLiteral("dictionary.csv")));
        QMap<QString, QString> treatment;
        QStringList notes;
        for (const QStringList &line : dict.mid(1)) {
            if (line[column(dict[0], "type")] == QLatin1String("note"))
                notes << line[column(dict[0], "field")];
            else if (line[column(dict[0], "type")] != QLatin1String("choice"))
                treatment.insert(line[column(dict[0], "field")],
                                 line[column(dict[0], "treatment")]);
        }
        QCOMPARE(treatment.value(QStringLiteral("name")), QStringLiteral("removed: sensitive"));
        QCOMPARE(treatment.value(QStringLiteral("nickname")), QStringLiteral("removed: sensitive"));
        QCOMPARE(treatment.value(QStringLiteral("account")), QStringLiteral("removed: free text"));
        QCOMPARE(treatment.value(QStringLiteral("age")), QStringLiteral("kept"));
        QVERIFY(notes.contains(QStringLiteral("record_ids")));
        QVERIFY(notes.contains(QStringLiteral("suppression")));
        QVERIFY(notes.contains(QStringLiteral("review_states")));
        // The default aggregate table: records by country × manifestation.
        const QList<QStringList> counts =
            readCsv(out.filePath(QStringLiteral("aggregate_finding_1__manifestation.csv")));
        QCOMPARE(counts[0], (QStringList{QStringLiteral("country"), QStringLiteral("labour"),
                                         QStringLiteral("sexual"), QStringLiteral("online"),
                                         QStringLiteral("total")}));
        QCOMPARE(counts[1],
                 (QStringList{QStringLiteral("BR"), QStringLiteral("0"), QStringLiteral("0"),
                              QStringLiteral("<5"), QStringLiteral("<5")}));
    }
};

QTEST_GUILESS_MAIN(TestDeidentifier)
#include "tst_deidentifier.moc"
