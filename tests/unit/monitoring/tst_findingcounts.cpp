// Qualitative findings counted for the country report (docs/monitoring.md,
// "Country report"): by manifestation and by code, one country and year,
// only approved or received findings, and small cells shown as "<5".

#include "monitoring/FindingCounts.h"
#include "store/Codebook.h"
#include "store/CodingStore.h"
#include "store/RecordStore.h"
#include "store/ReviewStore.h"
#include "TestWorkspace.h"

#include <QTest>

using namespace vigia;

class TestFindingCounts : public QObject
{
    Q_OBJECT

private slots:
    void smallCells()
    {
        QCOMPARE(FindingCounts::cell(0), QStringLiteral("0"));
        QCOMPARE(FindingCounts::cell(1), QStringLiteral("<5"));
        QCOMPARE(FindingCounts::cell(4), QStringLiteral("<5"));
        QCOMPARE(FindingCounts::cell(5), QStringLiteral("5"));
        QCOMPARE(FindingCounts::cell(12), QStringLiteral("12"));
    }

    void countsByManifestationAndCode()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        RecordStore &records = ws->records();
        ReviewStore reviews(ws->database(), ws->oplog(), Role::Coordinator);
        Codebook codebook(ws->database(), ws->oplog());
        Code border;
        border.nameEn = QStringLiteral("Border crossing");
        border.nameEs = QStringLiteral("Cruce de frontera");
        auto code = codebook.create(border);
        QVERIFY(code.ok());
        CodingStore codings(ws->database(), ws->oplog());
        const QString narrative = QStringLiteral("They crossed the river at night.");
        const auto finding = [&](const char *country, const char *date,
                                 const char *manifestations) {
            auto id = records.create(
                FindingCounts::kFormId, QStringLiteral("3"),
                {{QStringLiteral("country"), QString::fromLatin1(country)},
                 {QStringLiteral("date"), QString::fromLatin1(date)},
                 {QStringLiteral("manifestations"), QString::fromLatin1(manifestations)},
                 {QStringLiteral("narrative"), narrative}},
                true);
            if (!id)
                qFatal("finding: %s", qPrintable(id.error().message()));
            return id.value();
        };
        QList<QUuid> counted;
        for (int i = 0; i < 6; ++i)
            counted.append(finding("GT", "2025-03-01", "trafficking online"));
        counted.append(finding("GT", "2025-07-01", "csam"));
        finding("GT", "2024-07-01", "csam"); // another year
        finding("HN", "2025-07-01", "csam"); // another country
        const QUuid rejected = finding("GT", "2025-08-01", "csam");
        QVERIFY(reviews.set(rejected, ReviewState::Rejected).ok());
        // Two passages of one finding carry the code: it counts once.
        for (int i = 0; i < 2; ++i) {
            Coding c;
            c.recordId = counted.first();
            c.field = QStringLiteral("narrative");
            c.codeId = code.value();
            c.start = 0;
            c.end = 4;
            c.quote = narrative.left(4);
            QVERIFY(codings.apply(c).ok());
        }

        auto counts = FindingCounts::count(ws->database(), ws->oplog(), reviews,
                                           QStringLiteral("GT"), 2025, QStringLiteral("es"));
        QVERIFY2(counts.ok(), qPrintable(counts.error().message()));
        QCOMPARE(counts.value().total, 7);
        const auto &m = counts.value().byManifestation;
        QCOMPARE(m.size(), 3);
        QCOMPARE(m.at(0).second, 6);
        QCOMPARE(m.at(2).second, 1);
        QCOMPARE(FindingCounts::cell(m.at(2).second), QStringLiteral("<5"));
        QVERIFY2(m.at(2).first.contains(QStringLiteral("abuso sexual")), qPrintable(m.at(2).first));
        QCOMPARE(counts.value().byCode.size(), 1);
        QCOMPARE(counts.value().byCode.first().first, QStringLiteral("Cruce de frontera"));
        QCOMPARE(counts.value().byCode.first().second, 1);
    }
};

QTEST_GUILESS_MAIN(TestFindingCounts)
#include "tst_findingcounts.moc"
