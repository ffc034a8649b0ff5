// Review states as synced ops (entity "review"): a finalized record reads as
// received until a coordinator judges it, only coordinators judge, a
// researcher may only send its own record back as received, and finalizing a
// record that needs changes again does that in the finalizing transaction.
#include "TestWorkspace.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "forms/FormJson.h"
#include "oplog/OpLog.h"
#include "records/RecordFinalizer.h"
#include "store/FormStore.h"
#include "store/RecordStore.h"
#include "store/ReviewStore.h"

#include <QTest>

#include <sqlite3.h>

using namespace vigia;

namespace {
const QString kForm = QStringLiteral("fin");
const QByteArray kFormJson = R"json({"format_version": 1,
    "settings": {"form_id": "fin", "version": "1", "default_language": "en",
                 "title": {"en": "Finalize"}},
    "survey": [{"type": "text", "name": "title", "label": {"en": "Title"}}]})json";

int reviewOps(Workspace &ws)
{
    Statement st(ws.database().handle(), "SELECT count(*) FROM ops WHERE entity = 'review'");
    return st.step() == SQLITE_ROW ? int(st.columnInt64(0)) : -1;
}

// Sends every shared op of `from` to `to`, as a bundle would.
// Every shared chain of `from` (its records stream and, for a coordinator,
// its derived streams), never its private one.
bool sync(Workspace &from, Workspace &to)
{
    auto origins = from.oplog().origins();
    if (!origins)
        return false;
    for (const QByteArray &origin : origins.value()) {
        if (origin == from.oplog().privateOrigin())
            continue;
        auto ops = from.oplog().opsOf(origin);
        if (!ops || !to.oplog().apply(ops.value()).ok())
            return false;
    }
    return true;
}
} // namespace

class TestReviewStore : public QObject
{
    Q_OBJECT

private slots:
    void statesHaveTheirTextForm()
    {
        QCOMPARE(reviewStateName(ReviewState::NeedsChanges), QStringLiteral("needs_changes"));
        QCOMPARE(reviewStateFromName(QStringLiteral("needs-changes")), ReviewState::NeedsChanges);
        QCOMPARE(reviewStateFromName(QStringLiteral("approved")), ReviewState::Approved);
        QVERIFY(!reviewStateFromName(QStringLiteral("done")));
    }

    void aFinalizedRecordIsReceivedUntilACoordinatorJudgesIt()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto draft = ws->records().create(kForm, QStringLiteral("1"));
        auto done = ws->records().create(kForm, QStringLiteral("1"), {}, true);
        QVERIFY(draft && done);
        ReviewStore reviews(ws->database(), ws->oplog(), Role::Coordinator);
        QCOMPARE(reviews.state(done.value()).value(), ReviewState::Received);
        QCOMPARE(reviews.state(draft.value()).error().code(), ErrorCode::Validation);
        QCOMPARE(reviews.set(draft.value(), ReviewState::Approved).error().code(),
                 ErrorCode::Validation);
        QCOMPARE(reviewOps(*ws), 0);

        QVERIFY(reviews.set(done.value(), ReviewState::NeedsChanges));
        QCOMPARE(reviews.state(done.value()).value(), ReviewState::NeedsChanges);
        QCOMPARE(reviewOps(*ws), 1);
        QCOMPARE(reviews.list(ReviewState::NeedsChanges).value().size(), 1);
        QCOMPARE(reviews.list(ReviewState::Received).value().size(), 0);
        QCOMPARE(reviews.list().value().size(), 1);
        const auto states = reviews.states({draft.value(), done.value()}).value();
        QCOMPARE(states.size(), 1);
        QCOMPARE(states.value(done.value()), ReviewState::NeedsChanges);
    }

    void bulkApprovalIsAllOrNone()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto ids = ws->records().createMany(kForm, QStringLiteral("1"), {{}, {}, {}}, true);
        QVERIFY(ids);
        ReviewStore reviews(ws->database(), ws->oplog(), Role::Coordinator);
        QList<QUuid> withUnknown = ids.value();
        withUnknown.append(QUuid::createUuid());
        QCOMPARE(reviews.setAll(withUnknown, ReviewState::Approved).error().code(),
                 ErrorCode::NotFound);
        QCOMPARE(reviewOps(*ws), 0);
        QCOMPARE(reviews.setAll(ids.value(), ReviewState::Approved).value(), 3);
        QCOMPARE(reviews.list(ReviewState::Approved).value().size(), 3);
    }

    void forEachInReadsTheChosenStatesWithTheirAnswersPageByPage()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QList<RecordStore::Values> values;
        for (int i = 0; i < 9; ++i) {
            values.append({{QStringLiteral("title"), QStringLiteral("t%1").arg(i)}});
            if (i == 0 || i == 5 || i == 6)
                values.last().append({QStringLiteral("country"), QStringLiteral("PY")});
        }
        auto ids = ws->records().createMany(kForm, QStringLiteral("1"), values, true);
        QVERIFY(ids);
        const QList<QUuid> &id = ids.value();
        auto draft = ws->records().create(kForm, QStringLiteral("1"),
                                          {{QStringLiteral("title"), QStringLiteral("draft")}});
        QVERIFY(draft);
        QVERIFY(ws->records().remove(id[1]));
        ReviewStore reviews(ws->database(), ws->oplog(), Role::Coordinator);
        QVERIFY(reviews.set(id[2], ReviewState::Rejected));
        QVERIFY(reviews.set(id[3], ReviewState::NeedsChanges));
        QVERIFY(reviews.set(id[4], ReviewState::Approved));
        QVERIFY(reviews.set(id[7], ReviewState::Rejected));

        // Pages of 2 rows: pages where every record is left out must not end
        // the walk, and each record's answers are its own.
        QStringList titles;
        const Status walked = reviews.forEachIn(
            kForm, {ReviewState::Approved, ReviewState::Received},
            [&](const Record &r) {
                titles.append(r.values.value(QStringLiteral("title")).toString());
                if (r.status != RecordStatus::Finalized || r.formId != kForm)
                    return Status(Error(ErrorCode::Validation, QStringLiteral("wrong record")));
                return Status();
            },
            {}, 2);
        QVERIFY2(walked.ok(), qPrintable(walked.error().message()));
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("t0"), QStringLiteral("t4"), QStringLiteral("t5"),
                              QStringLiteral("t6"), QStringLiteral("t8")}));

        titles.clear();
        QVERIFY(reviews
                    .forEachIn(kForm, {ReviewState::Rejected},
                               [&](const Record &r) {
                                   titles.append(
                                       r.values.value(QStringLiteral("title")).toString());
                                   return Status();
                               })
                    .ok());
        QCOMPARE(titles, (QStringList{QStringLiteral("t2"), QStringLiteral("t7")}));

        // One country's records, and the countries there are.
        titles.clear();
        QVERIFY(reviews
                    .forEachIn(
                        kForm, {ReviewState::Approved, ReviewState::Received},
                        [&](const Record &r) {
                            titles.append(r.values.value(QStringLiteral("title")).toString());
                            return Status();
                        },
                        QStringLiteral("PY"), 1)
                    .ok());
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("t0"), QStringLiteral("t5"), QStringLiteral("t6")}));
        // Only the records whose answer is a given text, over pages of one.
        titles.clear();
        QVERIFY(reviews
                    .forEachIn(
                        kForm, {ReviewState::Approved, ReviewState::Received},
                        [&](const Record &r) {
                            titles.append(r.values.value(QStringLiteral("title")).toString());
                            return Status();
                        },
                        {}, 1, QStringLiteral("title"), QStringLiteral("t5"))
                    .ok());
        QCOMPARE(titles, QStringList{QStringLiteral("t5")});
        QCOMPARE(reviews.countriesIn(kForm, {ReviewState::Received}).value(),
                 QStringList{QStringLiteral("PY")});
        QVERIFY(reviews.countriesIn(kForm, {ReviewState::Rejected}).value().isEmpty());

        // A visit's error ends the walk and comes back.
        int visited = 0;
        const Status stopped =
            reviews.forEachIn(kForm, {ReviewState::Received}, [&](const Record &) {
                ++visited;
                return Status(Error(ErrorCode::Failure, QStringLiteral("stop")));
            });
        QCOMPARE(stopped.error().code(), ErrorCode::Failure);
        QCOMPARE(visited, 1);
    }

    void aResearcherOnlySendsItsOwnRecordBackAsReceived()
    {
        test::TestWorkspace mine;
        test::TestWorkspace other;
        QVERIFY(mine.isValid() && other.isValid());
        auto own = mine->records().create(kForm, QStringLiteral("1"), {}, true);
        auto foreign = other->records().create(kForm, QStringLiteral("1"), {}, true);
        QVERIFY(own && foreign);
        QVERIFY(sync(*other, *mine));
        ReviewStore reviews(mine->database(), mine->oplog(), Role::Researcher);
        const Error selfApproval = reviews.set(own.value(), ReviewState::Approved).error();
        QCOMPARE(selfApproval.code(), ErrorCode::Validation);
        QVERIFY(selfApproval.message().contains(QStringLiteral("coordinator")));
        QCOMPARE(reviews.set(foreign.value(), ReviewState::Received).error().code(),
                 ErrorCode::Validation);
        QCOMPARE(reviewOps(*mine), 0);
    }

    void finalizingAgainSendsARecordThatNeedsChangesBack()
    {
        test::TestWorkspace researcher;
        test::TestWorkspace coordinator({}, Role::Coordinator);
        QVERIFY(researcher.isValid() && coordinator.isValid());
        auto form = FormJson::read(kFormJson, QStringLiteral("inline"));
        QVERIFY(form);
        QVERIFY(researcher->forms().importDefinition(form.value()));
        auto id = researcher->records().create(kForm, QStringLiteral("1"), {}, true);
        QVERIFY(id);
        QVERIFY(sync(*researcher, *coordinator));
        ReviewStore judge(coordinator->database(), coordinator->oplog(), Role::Coordinator);
        QVERIFY(judge.set(id.value(), ReviewState::NeedsChanges));
        QVERIFY(sync(*coordinator, *researcher));

        ReviewStore mineReviews(researcher->database(), researcher->oplog(), Role::Researcher);
        QCOMPARE(mineReviews.state(id.value()).value(), ReviewState::NeedsChanges);
        QCOMPARE(mineReviews.countMine(ReviewState::NeedsChanges).value(), 1);
        QVERIFY(researcher->records().reopen(id.value()));
        // Still flagged while the researcher works on it.
        QCOMPARE(mineReviews.countMine(ReviewState::NeedsChanges).value(), 1);
        RecordFinalizer finalizer(*researcher, QStringLiteral("en"), QLocale::c());
        const Status done = finalizer.finalize(id.value());
        QVERIFY2(done, qPrintable(done.error().message()));
        QCOMPARE(mineReviews.state(id.value()).value(), ReviewState::Received);
        QCOMPARE(mineReviews.countMine(ReviewState::NeedsChanges).value(), 0);

        QVERIFY(sync(*researcher, *coordinator));
        QCOMPARE(judge.state(id.value()).value(), ReviewState::Received);
        // A record that needed nothing is not touched by finalizing again.
        QVERIFY(judge.set(id.value(), ReviewState::Approved));
        QVERIFY(sync(*coordinator, *researcher));
        QVERIFY(researcher->records().reopen(id.value()));
        QVERIFY(finalizer.finalize(id.value()));
        QCOMPARE(mineReviews.state(id.value()).value(), ReviewState::Approved);
    }
};

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
