// The CSV export read back: RFC 4180 quoting (commas, quotes, line breaks),
// UTF-8 with and without a byte order mark, one file per form version and
// per repeat with the parent keys, the dictionary with every language, and
// only the finalized, not deleted, not rejected records.

#include "common/CsvRecords.h"
#include "export/CsvExporter.h"
#include "export/Exporter.h"
#include "ExportTestKit.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

namespace {
QList<QStringList> readCsv(const QString &path, bool expectBom = false)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QByteArray bytes = f.readAll();
    const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    if (bytes.startsWith(bom) != expectBom)
        qFatal("byte order mark %s in %s", expectBom ? "missing" : "unexpected", qPrintable(path));
    if (expectBom)
        bytes.remove(0, bom.size());
    return CsvRecords::parse(QString::fromUtf8(bytes));
}

int column(const QStringList &header, const char *name)
{
    return int(header.indexOf(QString::fromLatin1(name)));
}
} // namespace

class TestCsvExporter : public QObject
{
    Q_OBJECT

private:
    TestWorkspace m_ws{{}, Role::Coordinator};
    QUuid m_first;
    const QString m_story = QStringLiteral("He said \"go, now\",\r\nthen left — ñandú ✓");

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ws.isValid(), qPrintable(m_ws.error()));
        QVERIFY(importExportForm(*m_ws));
        RecordStore &records = m_ws->records();
        auto first = records.create(QStringLiteral("finding"), QStringLiteral("1"),
                                    values({{"name", QStringLiteral("Ana")},
                                            {"age", QStringLiteral("34")},
                                            {"score", QStringLiteral("2.5")},
                                            {"date", QStringLiteral("2026-03-14")},
                                            {"country", QStringLiteral("BR")},
                                            {"manifestation", QStringLiteral("labour")},
                                            {"account", m_story},
                                            {"people", QStringLiteral("2")},
                                            {"people[1]/nickname", QStringLiteral("Pepe")},
                                            {"people[1]/years", QStringLiteral("40")},
                                            {"people[1]/kids", QStringLiteral("1")},
                                            {"people[1]/kids[1]/kid_age", QStringLiteral("7")},
                                            {"people[2]/years", QStringLiteral("12")}}),
                                    true);
        QVERIFY(first);
        m_first = first.value();
        // A draft, a deleted record and a rejected one are not exported.
        QVERIFY(records.create(QStringLiteral("finding"), QStringLiteral("1"),
                               values({{"name", QStringLiteral("Draft")}}), false));
        auto deleted = records.create(QStringLiteral("finding"), QStringLiteral("1"),
                                      values({{"name", QStringLiteral("Deleted")}}), true);
        QVERIFY(deleted);
        QVERIFY(records.remove(deleted.value()));
        auto rejected = records.create(QStringLiteral("finding"), QStringLiteral("1"),
                                       values({{"name", QStringLiteral("Rejected")}}), true);
        QVERIFY(rejected);
        ReviewStore reviews(m_ws->database(), m_ws->oplog(), Role::Coordinator);
        QVERIFY(reviews.set(rejected.value(), ReviewState::Rejected));
    }

    void quotingRoundTrips()
    {
        QCOMPARE(CsvExporter::quoted(QStringLiteral("plain")), QByteArray("plain"));
        QCOMPARE(CsvExporter::quoted(QStringLiteral("a,b")), QByteArray("\"a,b\""));
        QCOMPARE(CsvExporter::quoted(QStringLiteral("say \"hi\"")),
                 QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvExporter::quoted(QStringLiteral("two\nlines")), QByteArray("\"two\nlines\""));
        QCOMPARE(CsvExporter::line({QStringLiteral("a"), QString(), QStringLiteral("c")}),
                 QByteArray("a,,c\r\n"));
    }

    void recordsAndRepeatsReadBack()
    {
        QTemporaryDir out;
        ExportOptions options;
        options.formId = QStringLiteral("finding");
        Exporter exporter(m_ws->database(), m_ws->forms());
        auto outcome = exporter.run(out.path(), options);
        QVERIFY2(outcome, qPrintable(outcome.error().message()));
        QCOMPARE(outcome.value().records, qint64(1));
        QVERIFY(outcome.value().files.contains(QStringLiteral("finding_1.csv")));
        QVERIFY(outcome.value().files.contains(QStringLiteral("finding_1__people.csv")));
        QVERIFY(outcome.value().files.contains(QStringLiteral("finding_1__kids.csv")));
        QVERIFY(outcome.value().files.contains(QStringLiteral("dictionary.csv")));
        // Nothing else was left in the folder (no temporary folder).
        QCOMPARE(QDir(out.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                     .size(),
                 outcome.value().files.size());

        const QList<QStringList> main = readCsv(out.filePath(QStringLiteral("finding_1.csv")));
        QCOMPARE(main.size(), 2); // header + the one finalized, kept record
        const QStringList &h = main[0];
        const QStringList &r = main[1];
        QCOMPARE(r[column(h, "_id")], m_first.toString(QUuid::WithoutBraces));
        QCOMPARE(r[column(h, "_country")], QStringLiteral("BR"));
        QCOMPARE(r[column(h, "_date")], QStringLiteral("2026-03-14"));
        QCOMPARE(r[column(h, "_review")], QStringLiteral("received"));
        QCOMPARE(r[column(h, "name")], QStringLiteral("Ana"));
        QCOMPARE(r[column(h, "age")], QStringLiteral("34"));
        QCOMPARE(r[column(h, "score")], QStringLiteral("2.5"));
        QCOMPARE(r[column(h, "manifestation")], QStringLiteral("labour"));
        QCOMPARE(r[column(h, "account")], m_story);
        QCOMPARE(column(h, "nickname"), -1); // repeats go to their own tables

        const QList<QStringList> people =
            readCsv(out.filePath(QStringLiteral("finding_1__people.csv")));
        QCOMPARE(people.size(), 3);
        QCOMPARE(people[0], (QStringList{QStringLiteral("_record_id"), QStringLiteral("_parent"),
                                         QStringLiteral("_index"), QStringLiteral("nickname"),
                                         QStringLiteral("years")}));
        const QString id = m_first.toString(QUuid::WithoutBraces);
        QCOMPARE(people[1], (QStringList{id, QString(), QStringLiteral("1"), QStringLiteral("Pepe"),
                                         QStringLiteral("40")}));
        QCOMPARE(people[2], (QStringList{id, QString(), QStringLiteral("2"), QString(),
                                         QStringLiteral("12")}));
        const QList<QStringList> kids =
            readCsv(out.filePath(QStringLiteral("finding_1__kids.csv")));
        QCOMPARE(kids.size(), 2);
        QCOMPARE(kids[1], (QStringList{id, QStringLiteral("people[1]"), QStringLiteral("1"),
                                       QStringLiteral("7")}));

        const QList<QStringList> dict = readCsv(out.filePath(QStringLiteral("dictionary.csv")));
        const QStringList &dh = dict[0];
        QVERIFY(dh.contains(QStringLiteral("label_en")));
        QVERIFY(dh.contains(QStringLiteral("label_es")));
        bool sawField = false;
        bool sawChoice = false;
        bool sawReviewNote = false;
        for (const QStringList &line : dict) {
            if (line[column(dh, "field")] == QLatin1String("manifestation") &&
                line[column(dh, "type")] == QLatin1String("select_one")) {
                sawField = true;
                QCOMPARE(line[column(dh, "label_es")], QStringLiteral("Manifestación"));
            }
            if (line[column(dh, "choice")] == QLatin1String("online")) {
                sawChoice = true;
                QCOMPARE(line[column(dh, "label_es")], QStringLiteral("En línea"));
            }
            if (line[column(dh, "field")] == QLatin1String("review_states")) {
                sawReviewNote = true;
                QVERIFY(line[column(dh, "note")].contains(QLatin1String("rejected left out")));
            }
        }
        QVERIFY(sawField);
        QVERIFY(sawChoice);
        QVERIFY(sawReviewNote);
    }

    // A name used in a repeat and again outside it (pyxform allows it): each
    // answer goes to its own table.
    void nameReusedInARepeatGoesToItsTable()
    {
        auto form = FormJson::read(R"({"format_version": 1,
            "settings": {"form_id": "roster", "version": "1"},
            "survey": [
                {"name": "members", "type": "repeat", "children": [
                    {"name": "age", "type": "integer"}
                ]},
                {"name": "age", "type": "integer"},
                {"name": "house", "type": "group", "children": [
                    {"name": "age", "type": "integer"}
                ]}
            ]})",
                                   QStringLiteral("roster.json"));
        QVERIFY(form);
        // A workspace of its own: the other tests count the records.
        TestWorkspace ws{{}, Role::Coordinator};
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(ws->forms().importDefinition(form.value()));
        auto id = ws->records().create(QStringLiteral("roster"), QStringLiteral("1"),
                                       values({{"age", QStringLiteral("40")},
                                               {"members[1]/age", QStringLiteral("12")},
                                               {"house/age", QStringLiteral("80")},
                                               {"members[2]/age", QStringLiteral("9")}}),
                                       true);
        QVERIFY(id);
        QTemporaryDir out;
        ExportOptions options;
        options.formId = QStringLiteral("roster");
        Exporter exporter(ws->database(), ws->forms());
        auto outcome = exporter.run(out.path(), options);
        QVERIFY2(outcome, qPrintable(outcome.error().message()));
        const QList<QStringList> main = readCsv(out.filePath(QStringLiteral("roster_1.csv")));
        QCOMPARE(main.size(), 2);
        QCOMPARE(main[1][column(main[0], "age")], QStringLiteral("40"));
        QCOMPARE(main[1][column(main[0], "house/age")], QStringLiteral("80"));
        const QList<QStringList> members =
            readCsv(out.filePath(QStringLiteral("roster_1__members.csv")));
        QCOMPARE(members.size(), 3);
        const int age = column(members[0], "age");
        QCOMPARE(members[1][age], QStringLiteral("12"));
        QCOMPARE(members[2][age], QStringLiteral("9"));
    }

    void bomAndRejectedOnRequest()
    {
        QTemporaryDir out;
        ExportOptions options;
        options.bom = true;
        options.includeRejected = true;
        Exporter exporter(m_ws->database(), m_ws->forms());
        auto outcome = exporter.run(out.path(), options);
        QVERIFY2(outcome, qPrintable(outcome.error().message()));
        QCOMPARE(outcome.value().records, qint64(2));
        const QList<QStringList> main =
            readCsv(out.filePath(QStringLiteral("finding_1.csv")), true);
        QCOMPARE(main.size(), 3);
        QStringList names;
        for (const QStringList &line : main.mid(1))
            names << line[column(main[0], "name")];
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Ana"), QStringLiteral("Rejected")}));
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
