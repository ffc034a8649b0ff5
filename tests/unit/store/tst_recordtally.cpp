// RecordTally: the counts kept by schema 15's triggers equal a count of the
// records themselves after every kind of change a device makes, for every
// filter the tally serves, and the store counts from it.
#include "db/Database.h"
#include "db/Statement.h"
#include "store/RecordStore.h"
#include "store/RecordTally.h"
#include "store/ReviewStore.h"
#include "TestWorkspace.h"

#include <QRandomGenerator>
#include <QTest>

#include <sqlite3.h>

using namespace vigia;

namespace {
const QStringList kForms = {QStringLiteral("qualitative_finding"),
                            QStringLiteral("indicator_report")};
const QStringList kCountries = {QStringLiteral("CO"), QStringLiteral("BR"), QString()};

// The records `filter` matches, counted from the rows as before schema 15.
int scanCount(Database &db, const RecordFilter &filter)
{
    QByteArray sql = "SELECT count(*) FROM records WHERE form_id IS NOT NULL AND deleted = 0";
    QStringList params;
    const auto add = [&](const char *column, const QString &value) {
        params.append(value);
        sql += QByteArray(" AND ") + column + " = ?" + QByteArray::number(params.size());
    };
    if (!filter.formId.isEmpty())
        add("form_id", filter.formId);
    if (filter.status)
        add("status", statusName(*filter.status));
    if (!filter.country.isEmpty())
        add("country", filter.country);
    if (filter.review)
        add("review", reviewStateName(*filter.review));
    Statement st(db.handle(), sql);
    for (int i = 0; i < params.size(); ++i)
        st.bindText(i + 1, params[i]);
    if (st.step() != SQLITE_ROW)
        qFatal("scan count failed");
    return int(st.columnInt64(0));
}

// Every combination of the filters the tally serves.
QList<RecordFilter> everyFilter()
{
    QList<RecordFilter> out;
    const QList<std::optional<RecordStatus>> statuses = {std::nullopt, RecordStatus::Draft,
                                                         RecordStatus::Finalized};
    const QList<std::optional<ReviewState>> reviews = {
        std::nullopt, ReviewState::Received, ReviewState::Approved, ReviewState::NeedsChanges};
    for (const QString &form : QStringList{QString()} + kForms) {
        for (const auto &status : statuses) {
            for (const QString &country : kCountries) {
                for (const auto &review : reviews) {
                    RecordFilter f;
                    f.formId = form;
                    f.status = status;
                    f.country = country;
                    f.review = review;
                    out.append(f);
                }
            }
        }
    }
    return out;
}

// Empty when every filter's tally count equals its scan, else the first
// difference.
QString differences(Database &db, RecordStore &records)
{
    for (const RecordFilter &f : everyFilter()) {
        auto tallied = records.count(f);
        auto capped = records.summaryCount(f, 3);
        const int scanned = scanCount(db, f);
        if (!tallied || tallied.value() != scanned || !capped ||
            capped.value() != std::min(scanned, 4)) {
            return QStringLiteral("form %1 status %2 country %3 review %4: tally %5, scan %6")
                .arg(f.formId)
                .arg(f.status ? statusName(*f.status) : QStringLiteral("-"))
                .arg(f.country)
                .arg(f.review ? reviewStateName(*f.review) : QStringLiteral("-"))
                .arg(tallied ? tallied.value() : -1)
                .arg(scanned);
        }
    }
    return {};
}
} // namespace

class TestRecordTally : public QObject
{
    Q_OBJECT

private slots:
    // Random creations, edits of the country, finalizations, reopenings,
    // deletions, restorations and review states, checked after each step.
    void countsFollowEveryChange()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        RecordStore &records = ws->records();
        ReviewStore reviews(ws->database(), ws->oplog(), Role::Coordinator);
        QRandomGenerator rng(20261207);
        QList<QUuid> ids;
        int nonEmpty = 0;
        for (int step = 0; step < 160; ++step) {
            const bool grow = ids.size() < 40 && rng.bounded(2) == 0;
            const int action = ids.isEmpty() || grow ? 0 : 1 + int(rng.bounded(6));
            const QUuid id = ids.isEmpty() ? QUuid() : ids[int(rng.bounded(ids.size()))];
            const QString country = kCountries[int(rng.bounded(kCountries.size()))];
            RecordStore::Values values;
            if (!country.isEmpty())
                values.append({QStringLiteral("country"), country});
            Status done;
            switch (action) {
            case 0: {
                auto created = records.create(kForms[int(rng.bounded(kForms.size()))],
                                              QStringLiteral("1"), values, rng.bounded(2) == 0);
                QVERIFY2(created.ok(), qPrintable(created.error().message()));
                ids.append(created.value());
                break;
            }
            case 1:
                done = records.setValues(id, {{QStringLiteral("country"), country}});
                break;
            case 2:
                done = records.finalize(id);
                break;
            case 3:
                done = records.reopen(id);
                break;
            case 4:
                done = rng.bounded(2) ? records.remove(id) : records.restore(id);
                break;
            default:
                done = reviews.set(id, rng.bounded(2) ? ReviewState::Approved
                                                      : ReviewState::NeedsChanges);
                break;
            }
            Q_UNUSED(done); // refusals (finalizing a finalized record) change nothing
            const QString diff = differences(ws->database(), records);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(diff)));
            auto all = records.count({});
            QVERIFY(all.ok());
            nonEmpty = std::max(nonEmpty, all.value());
        }
        // The walk reached states worth checking.
        QVERIFY(nonEmpty > 20);
        RecordFilter approved;
        approved.review = ReviewState::Approved;
        QVERIFY(scanCount(ws->database(), approved) > 0);
        RecordFilter deleted;
        deleted.includeDeleted = true;
        QVERIFY(records.count(deleted).value() > records.count({}).value());
    }

    // A filter on dates, words or deleted records is counted from the
    // records: the tally does not hold them.
    void filtersTheTallyDoesNotHoldAreScanned()
    {
        RecordFilter f;
        QVERIFY(RecordTally::serves(f));
        f.search = QStringLiteral("  ");
        QVERIFY(RecordTally::serves(f));
        f.search = QStringLiteral("tunel");
        QVERIFY(!RecordTally::serves(f));
        RecordFilter dated;
        dated.from = QDate(2026, 1, 1);
        QVERIFY(!RecordTally::serves(dated));
        RecordFilter deleted;
        deleted.includeDeleted = true;
        QVERIFY(!RecordTally::serves(deleted));
    }

    // The count a view shows comes from the tally: a tally row changed
    // behind the triggers' back shows in it.
    void theStoreCountsFromTheTally()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        RecordStore &records = ws->records();
        QVERIFY(records.create(kForms[0], QStringLiteral("1")).ok());
        QCOMPARE(records.count({}).value(), 1);
        QVERIFY(ws->database().exec("UPDATE record_tally SET n = n + 41 WHERE n > 0"));
        QCOMPARE(records.count({}).value(), 42);
        QCOMPARE(records.summaryCount({}, 0).value(), 42);
        QCOMPARE(records.summaryCount({}, 10).value(), 11);
    }
};

QTEST_GUILESS_MAIN(TestRecordTally)
#include "tst_recordtally.moc"
