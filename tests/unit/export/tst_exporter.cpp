// The export as a whole: records read a page at a time (every record once,
// in the order stored), progress up to the total, a cancelled export leaves
// no file and no folder behind, an unknown form is refused, the page cache
// is enlarged while the export runs and set back after it.

#include "common/CsvRecords.h"
#include "db/CacheSizeScope.h"
#include "db/Database.h"
#include "export/Exporter.h"
#include "export/RecordPages.h"
#include "ExportTestKit.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

class TestExporter : public QObject
{
    Q_OBJECT

private:
    TestWorkspace m_ws;
    QList<QUuid> m_ids;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ws.isValid(), qPrintable(m_ws.error()));
        QVERIFY(importExportForm(*m_ws));
        QVERIFY(importExportForm(*m_ws, QStringLiteral("2")));
        for (int i = 0; i < 5; ++i) {
            auto id = m_ws->records().create(QStringLiteral("finding"), QStringLiteral("1"),
                                             values({{"age", QString::number(i)}}), true);
            QVERIFY(id);
            m_ids.append(id.value());
        }
        QVERIFY(m_ws->records().create(QStringLiteral("finding"), QStringLiteral("2"),
                                       values({{"age", QStringLiteral("99")}}), true));
    }

    void pagesReadEveryRecordOnce()
    {
        RecordPages pages(m_ws->database(), QStringLiteral("finding"), QStringLiteral("1"), false,
                          2);
        auto count = pages.count();
        QVERIFY(count);
        QCOMPARE(count.value(), qint64(5));
        QList<QUuid> seen;
        QList<ExportRecord> page;
        int pagesRead = 0;
        while (true) {
            auto more = pages.next(page);
            QVERIFY(more);
            if (!more.value())
                break;
            QVERIFY(page.size() <= 2);
            ++pagesRead;
            for (const ExportRecord &r : std::as_const(page)) {
                seen.append(r.id);
                QCOMPARE(r.value(QStringLiteral("age")), QString::number(m_ids.indexOf(r.id)));
            }
        }
        QCOMPARE(pagesRead, 3);
        QCOMPARE(seen, m_ids);
    }

    void everyVersionHasItsFile()
    {
        QTemporaryDir out;
        ExportOptions options;
        options.pageSize = 2;
        QList<qint64> progress;
        Exporter exporter(m_ws->database(), m_ws->forms());
        auto outcome = exporter.run(out.path(), options, [&](qint64 done, qint64 total) {
            if (total != 6)
                qFatal("total %lld", total);
            progress.append(done);
            return true;
        });
        QVERIFY2(outcome, qPrintable(outcome.error().message()));
        QCOMPARE(outcome.value().records, qint64(6));
        QVERIFY(outcome.value().files.contains(QStringLiteral("finding_1.csv")));
        QVERIFY(outcome.value().files.contains(QStringLiteral("finding_2.csv")));
        QCOMPARE(progress.first(), qint64(0));
        QCOMPARE(progress.last(), qint64(6));
        QFile f(out.filePath(QStringLiteral("finding_1.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(CsvRecords::parse(QString::fromUtf8(f.readAll())).size(), 6);
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("cancelAt"); // the progress call that says stop
        QTest::newRow("csv, first page") << int(ExportOptions::Format::Csv) << 2;
        QTest::newRow("xlsx, first page") << int(ExportOptions::Format::Xlsx) << 2;
        QTest::newRow("xlsx, at the end") << int(ExportOptions::Format::Xlsx) << 6;
        QTest::newRow("spss, before") << int(ExportOptions::Format::Spss) << 1;
    }

    void cancelLeavesNothing()
    {
        QFETCH(int, format);
        QFETCH(int, cancelAt);
        QTemporaryDir parent;
        const QString fresh = parent.filePath(QStringLiteral("new"));
        const QString existing = parent.filePath(QStringLiteral("old"));
        QVERIFY(QDir().mkpath(existing));
        for (const QString &dir : {fresh, existing}) {
            ExportOptions options;
            options.format = ExportOptions::Format(format);
            options.pageSize = 2;
            int calls = 0;
            Exporter exporter(m_ws->database(), m_ws->forms());
            auto outcome =
                exporter.run(dir, options, [&](qint64, qint64) { return ++calls < cancelAt; });
            QVERIFY2(outcome, qPrintable(outcome.error().message()));
            QVERIFY(outcome.value().cancelled);
            QVERIFY(outcome.value().files.isEmpty());
            QCOMPARE(calls, cancelAt);
        }
        // The folder the export made is gone; the one that was there is empty.
        QVERIFY(!QFileInfo::exists(fresh));
        QVERIFY(QDir(existing)
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
    }

    void cacheIsLargerOnlyWhileExporting()
    {
        Database &db = m_ws->database();
        const int before = CacheSizeScope::kibibytes(db);
        QVERIFY(before > 0);
        QVERIFY(before < Exporter::kCacheKiB);
        QTemporaryDir out;
        ExportOptions options;
        options.format = ExportOptions::Format::Xlsx;
        QList<int> during;
        Exporter exporter(db, m_ws->forms());
        auto outcome = exporter.run(out.path(), options, [&](qint64, qint64) {
            during.append(CacheSizeScope::kibibytes(db));
            return true;
        });
        QVERIFY2(outcome, qPrintable(outcome.error().message()));
        QVERIFY(!during.isEmpty());
        for (int kib : std::as_const(during))
            QCOMPARE(kib, Exporter::kCacheKiB);
        QCOMPARE(CacheSizeScope::kibibytes(db), before);

        // Set back after a failed export as well.
        options.formId = QStringLiteral("nope");
        QVERIFY(!exporter.run(out.path(), options));
        QCOMPARE(CacheSizeScope::kibibytes(db), before);
    }

    void unknownFormIsRefused()
    {
        QTemporaryDir out;
        ExportOptions options;
        options.formId = QStringLiteral("nope");
        Exporter exporter(m_ws->database(), m_ws->forms());
        auto outcome = exporter.run(out.path(), options);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code(), ErrorCode::NotFound);
    }

    void pagesReadEveryKindOfAnswer()
    {
        // Its own version, so the other tests' counts stay as they are.
        QVERIFY(importExportForm(*m_ws, QStringLiteral("3")));
        const QString longText = QString(300, QLatin1Char('x')) + QStringLiteral("ñ");
        const QString mid = QStringLiteral("acción de treinta bytes o más, sí");
        const RecordStore::Values answers{
            {QStringLiteral("name"), QCborValue(QStringLiteral("Ana"))},
            {QStringLiteral("account"), QCborValue(mid)},
            {QStringLiteral("date"), QCborValue(longText)},
            {QStringLiteral("age"), QCborValue(42)},
            {QStringLiteral("score"), QCborValue(2.5)},
            {QStringLiteral("people[1]/nickname"), QCborValue(QString())},
            {QStringLiteral("manifestation"), QCborValue(QCborValue::Null)},
        };
        auto mine =
            m_ws->records().create(QStringLiteral("finding"), QStringLiteral("3"), answers, true);
        QVERIFY(mine);
        // Another version's record between two of this one's: in the page's
        // range of row ids, never in its answers.
        QVERIFY(m_ws->records().create(QStringLiteral("finding"), QStringLiteral("2"),
                                       values({{"age", QStringLiteral("7")}}), true));
        auto second = m_ws->records().create(QStringLiteral("finding"), QStringLiteral("3"),
                                             values({{"age", QStringLiteral("8")}}), true);
        QVERIFY(second);

        RecordPages pages(m_ws->database(), QStringLiteral("finding"), QStringLiteral("3"), false);
        QList<ExportRecord> page;
        auto more = pages.next(page);
        QVERIFY(more);
        QVERIFY(more.value());
        QCOMPARE(page.size(), 2);
        const ExportRecord &r = page.first();
        QCOMPARE(r.id, mine.value());
        QCOMPARE(r.value(QStringLiteral("name")), QStringLiteral("Ana"));
        QCOMPARE(r.value(QStringLiteral("account")), mid);
        QCOMPARE(r.value(QStringLiteral("date")), longText);
        QCOMPARE(r.value(QStringLiteral("age")), QStringLiteral("42"));
        QCOMPARE(r.value(QStringLiteral("score")), QStringLiteral("2.5"));
        // An empty answer is an answer (it names its repeat instance); a
        // cleared one is none.
        QStringList keys;
        for (const ExportRecord::Answer &answer : r.values)
            keys.append(answer.address);
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("account"), QStringLiteral("age"),
                              QStringLiteral("date"), QStringLiteral("name"),
                              QStringLiteral("people[1]/nickname"), QStringLiteral("score")}));
        QCOMPARE(page.last().id, second.value());
        QCOMPARE(page.last().values.size(), 1);
        QCOMPARE(page.last().value(QStringLiteral("age")), QStringLiteral("8"));
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
