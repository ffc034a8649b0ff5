// The NPA status matrix (docs/monitoring.md): yes / partial / no / no data
// per country, item and year from hand-built assessments; the assessment
// finalized last wins whole; then through real records, where rejected and
// sent-back assessments do not count.

#include "monitoring/NpaMatrix.h"
#include "store/RecordStore.h"
#include "store/ReviewStore.h"
#include "TestWorkspace.h"

#include <QTest>

using namespace vigia;

namespace {
Record assessment(const QString &country, int year, quint64 hlc,
                  const QMap<QString, QString> &answers)
{
    Record r;
    r.id = QUuid::createUuid();
    r.formId = NpaMatrix::kFormId;
    r.status = RecordStatus::Finalized;
    r.updatedHlc = hlc;
    r.values.insert(QStringLiteral("country"), country);
    r.values.insert(QStringLiteral("year"), year);
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        r.values.insert(it.key(), it.value());
    return r;
}

const QString kPlan = QStringLiteral("npa_current");
const QString kPolice = QStringLiteral("police_unit");
const QString kShelters = QStringLiteral("specialised_shelters");
} // namespace

class TestNpaMatrix : public QObject
{
    Q_OBJECT

private slots:
    void itemsComeFromTheForm()
    {
        const QStringList items = NpaMatrix::items();
        QCOMPARE(items.size(), 18);
        QCOMPARE(items.first(), kPlan);
        QVERIFY(!items.contains(QStringLiteral("npa_current_evidence")));
        QCOMPARE(NpaMatrix::itemLabel(kPolice, QStringLiteral("en")),
                 QStringLiteral("A specialised police unit exists"));
        QVERIFY(NpaMatrix::itemLabel(kPolice, QStringLiteral("es")) !=
                NpaMatrix::itemLabel(kPolice, QStringLiteral("en")));
        QVERIFY(NpaMatrix::itemLabel(kPolice, QStringLiteral("pt_BR")) !=
                NpaMatrix::itemLabel(kPolice, QStringLiteral("en")));
    }

    void everyStatus()
    {
        const NpaMatrix m =
            NpaMatrix::fromRecords({assessment(QStringLiteral("GT"), 2024, 1,
                                               {{kPlan, QStringLiteral("yes")},
                                                {kPolice, QStringLiteral("partial")},
                                                {kShelters, QStringLiteral("no")}})});
        QCOMPARE(m.status(QStringLiteral("GT"), kPlan, 2024), NpaStatus::Yes);
        QCOMPARE(m.status(QStringLiteral("GT"), kPolice, 2024), NpaStatus::Partial);
        QCOMPARE(m.status(QStringLiteral("GT"), kShelters, 2024), NpaStatus::No);
        // Unanswered item, another year, another country.
        QCOMPARE(m.status(QStringLiteral("GT"), QStringLiteral("media_code"), 2024),
                 NpaStatus::NoData);
        QCOMPARE(m.status(QStringLiteral("GT"), kPlan, 2023), NpaStatus::NoData);
        QCOMPARE(m.status(QStringLiteral("HN"), kPlan, 2024), NpaStatus::NoData);
        QCOMPARE(m.count(QStringLiteral("GT"), 2024, NpaStatus::Yes), 1);
        QCOMPARE(m.count(QStringLiteral("GT"), 2024, NpaStatus::NoData), 15);
    }

    void latestAssessmentWinsWhole()
    {
        const Record older =
            assessment(QStringLiteral("GT"), 2024, 5,
                       {{kPlan, QStringLiteral("no")}, {kPolice, QStringLiteral("yes")}});
        const Record newer =
            assessment(QStringLiteral("GT"), 2024, 9, {{kPlan, QStringLiteral("yes")}});
        // Order of the input does not matter.
        for (const QList<Record> &input :
             {QList<Record>{older, newer}, QList<Record>{newer, older}}) {
            const NpaMatrix m = NpaMatrix::fromRecords(input);
            QCOMPARE(m.status(QStringLiteral("GT"), kPlan, 2024), NpaStatus::Yes);
            // The newer assessment does not answer it: no data, not the old answer.
            QCOMPARE(m.status(QStringLiteral("GT"), kPolice, 2024), NpaStatus::NoData);
            QCOMPARE(m.source(QStringLiteral("GT"), 2024), newer.id);
        }
    }

    void countriesAndYears()
    {
        const NpaMatrix m = NpaMatrix::fromRecords(
            {assessment(QStringLiteral("HN"), 2022, 1, {{kPlan, QStringLiteral("yes")}}),
             assessment(QStringLiteral("gt"), 2024, 1, {{kPlan, QStringLiteral("no")}}),
             assessment(QStringLiteral("GT"), 2021, 1, {{kPlan, QStringLiteral("partial")}}),
             assessment(QString(), 2020, 1, {{kPlan, QStringLiteral("yes")}})});
        QCOMPARE(m.countries(), (QStringList{QStringLiteral("GT"), QStringLiteral("HN")}));
        QCOMPARE(m.years(), (QList<int>{2021, 2022, 2024}));
        QCOMPARE(m.years(QStringLiteral("GT")), (QList<int>{2021, 2024}));
    }

    void onlyApprovedOrReceivedRecordsCount()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        RecordStore &records = ws->records();
        ReviewStore reviews(ws->database(), ws->oplog(), Role::Coordinator);
        const auto create = [&](const char *answer) {
            auto id = records.create(NpaMatrix::kFormId, QStringLiteral("1"),
                                     {{QStringLiteral("country"), QStringLiteral("GT")},
                                      {QStringLiteral("year"), 2024},
                                      {kPlan, QString::fromLatin1(answer)}},
                                     true);
            if (!id)
                qFatal("create failed: %s", qPrintable(id.error().message()));
            return id.value();
        };
        const QUuid received = create("partial");
        const QUuid rejected = create("yes");
        const QUuid sentBack = create("no");
        QVERIFY(reviews.set(rejected, ReviewState::Rejected).ok());
        QVERIFY(reviews.set(sentBack, ReviewState::NeedsChanges).ok());
        // A draft is not an assessment yet.
        QVERIFY(records
                    .create(NpaMatrix::kFormId, QStringLiteral("1"),
                            {{QStringLiteral("country"), QStringLiteral("GT")},
                             {QStringLiteral("year"), 2024},
                             {kPlan, QStringLiteral("yes")}})
                    .ok());
        auto m = NpaMatrix::load(reviews);
        QVERIFY2(m.ok(), qPrintable(m.error().message()));
        QCOMPARE(m.value().status(QStringLiteral("GT"), kPlan, 2024), NpaStatus::Partial);
        QCOMPARE(m.value().source(QStringLiteral("GT"), 2024), received);
        QVERIFY(reviews.set(rejected, ReviewState::Approved).ok());
        m = NpaMatrix::load(reviews);
        QCOMPARE(m.value().status(QStringLiteral("GT"), kPlan, 2024), NpaStatus::Yes);
    }
};

QTEST_GUILESS_MAIN(TestNpaMatrix)
#include "tst_npamatrix.moc"
