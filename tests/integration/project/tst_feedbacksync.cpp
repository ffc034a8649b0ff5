// Review states and comments travel as ordinary ops, and the importer holds
// researchers to their share (FeedbackCheck): a review or comment forged by a
// researcher on another researcher's record, or a researcher approving its
// own, refuses the whole bundle; a researcher sending its own record back as
// "received" after "needs changes", with a comment, is accepted.

#include "FakeProject.h"

#include "db/Transaction.h"
#include "forms/FormJson.h"
#include "oplog/OpLog.h"
#include "records/RecordFinalizer.h"
#include "store/CommentStore.h"
#include "store/FormStore.h"
#include "store/RecordStore.h"
#include "store/ReviewStore.h"

#include <QTest>

using namespace vigia;
using test::FakeProject;

namespace {
const QString kAlice = QStringLiteral("alice");
const QString kBob = QStringLiteral("bob");
const QString &kCoordinator = FakeProject::kCoordinator;
const QByteArray kFormJson = R"json({"format_version": 1,
    "settings": {"form_id": "fin", "version": "1", "default_language": "en",
                 "title": {"en": "Finalize"}},
    "survey": [{"type": "text", "name": "title", "label": {"en": "Title"}}]})json";

QUuid finalizedRecord(Workspace &ws)
{
    return ws.records().create(QStringLiteral("fin"), QStringLiteral("1"), {}, true).value();
}

ReviewStore reviewsOf(Workspace &ws)
{
    return ReviewStore(ws.database(), ws.oplog(), ws.role());
}

// What a device altered to skip its own checks would write.
bool forge(Workspace &ws, const QString &entity, const QByteArray &row,
           const QList<QPair<QString, QCborValue>> &fields)
{
    Transaction txn(ws.database());
    return ws.oplog().append(entity, row, fields).ok() && txn.commit().ok();
}

int opsOf(Workspace &ws, const QByteArray &origin, const QString &entity)
{
    auto ops = ws.oplog().opsOf(origin);
    if (!ops)
        return -1;
    return int(std::count_if(ops.value().cbegin(), ops.value().cend(),
                             [&](const Op &op) { return op.entity == entity; }));
}

bool applied(const QList<Result<ChangeImporter::Outcome>> &outcomes)
{
    if (outcomes.isEmpty())
        return false;
    for (const auto &o : outcomes)
        if (!o)
            return false;
    return true;
}

void expectRefused(const QList<Result<ChangeImporter::Outcome>> &outcomes)
{
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(!outcomes.first());
    QCOMPARE(outcomes.first().error().code(), ErrorCode::Untrusted);
    QVERIFY2(outcomes.first().error().message().contains(kAlice),
             qPrintable(outcomes.first().error().message()));
}
} // namespace

class TestFeedbackSync : public QObject
{
    Q_OBJECT

private slots:
    void aForgedReviewOnAnotherResearchersRecordIsRefused()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        QVERIFY2(p.addDevice(kBob), qPrintable(p.error()));
        const QUuid bobs = finalizedRecord(p.workspace(kBob));
        QVERIFY(applied(p.carry(kBob, kCoordinator)));
        const QUuid own = finalizedRecord(p.workspace(kAlice));
        QVERIFY(forge(p.workspace(kAlice), QString::fromLatin1(ReviewStore::kEntity),
                      bobs.toRfc4122(), {{QStringLiteral("state"), QStringLiteral("rejected")}}));

        expectRefused(p.carry(kAlice, kCoordinator));
        Workspace &coordinator = p.workspace(kCoordinator);
        QCOMPARE(reviewsOf(coordinator).state(bobs).value(), ReviewState::Received);
        // Nothing of the bundle was applied, not even Alice's own record.
        QCOMPARE(opsOf(coordinator, p.deviceId(kAlice), QStringLiteral("record")), 0);
        QCOMPARE(opsOf(coordinator, p.deviceId(kAlice), QStringLiteral("review")), 0);
        QVERIFY(!coordinator.records().get(own).ok());
    }

    void aForgedCommentOnAnotherResearchersRecordIsRefused()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        QVERIFY2(p.addDevice(kBob), qPrintable(p.error()));
        const QUuid bobs = finalizedRecord(p.workspace(kBob));
        QVERIFY(applied(p.carry(kBob, kCoordinator)));
        QVERIFY(forge(p.workspace(kAlice), QString::fromLatin1(CommentStore::kEntity),
                      QUuid::createUuid().toRfc4122(),
                      {{QStringLiteral("record"), bobs.toRfc4122()},
                       {QStringLiteral("field"), QString()},
                       {QStringLiteral("text"), QStringLiteral("Bob made this up")}}));
        expectRefused(p.carry(kAlice, kCoordinator));
        Workspace &coordinator = p.workspace(kCoordinator);
        QVERIFY(CommentStore(coordinator.database(), coordinator.oplog(), coordinator.role())
                    .list(bobs)
                    .value()
                    .isEmpty());
    }

    void aResearcherApprovingItsOwnRecordIsRefused()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        const QUuid own = finalizedRecord(p.workspace(kAlice));
        QVERIFY(forge(p.workspace(kAlice), QString::fromLatin1(ReviewStore::kEntity),
                      own.toRfc4122(), {{QStringLiteral("state"), QStringLiteral("approved")}}));
        expectRefused(p.carry(kAlice, kCoordinator));
        QCOMPARE(opsOf(p.workspace(kCoordinator), p.deviceId(kAlice), QStringLiteral("review")), 0);
    }

    void aRecordThatNeedsChangesComesBackAsReceived()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        Workspace &alice = p.workspace(kAlice);
        Workspace &coordinator = p.workspace(kCoordinator);
        auto form = FormJson::read(kFormJson, QStringLiteral("inline"));
        QVERIFY(form && alice.forms().importDefinition(form.value()));
        const QUuid id = finalizedRecord(alice);
        QVERIFY(applied(p.carry(kAlice, kCoordinator)));

        QVERIFY(reviewsOf(coordinator).set(id, ReviewState::NeedsChanges));
        QVERIFY(CommentStore(coordinator.database(), coordinator.oplog(), coordinator.role())
                    .add(id, QStringLiteral("title"), QStringLiteral("Add a title.")));
        // The coordinator's feedback reaches Alice on its feedback stream.
        QVERIFY(applied(p.carry(kCoordinator, kAlice)));
        QCOMPARE(reviewsOf(alice).state(id).value(), ReviewState::NeedsChanges);

        QVERIFY(alice.records().reopen(id));
        QVERIFY(alice.records().setValues(id, {{QStringLiteral("title"), QStringLiteral("T")}}));
        RecordFinalizer finalizer(alice, QStringLiteral("en"), QLocale::c());
        const Status done = finalizer.finalize(id);
        QVERIFY2(done, qPrintable(done.error().message()));
        QVERIFY(CommentStore(alice.database(), alice.oplog(), alice.role())
                    .add(id, QStringLiteral("title"), QStringLiteral("Done.")));

        const auto outcomes = p.carry(kAlice, kCoordinator);
        QVERIFY(!outcomes.isEmpty());
        for (const auto &o : outcomes)
            QVERIFY2(o, qPrintable(o.error().message()));
        QCOMPARE(reviewsOf(coordinator).state(id).value(), ReviewState::Received);
        const QList<Comment> thread =
            CommentStore(coordinator.database(), coordinator.oplog(), coordinator.role())
                .list(id)
                .value();
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread.last().text, QStringLiteral("Done."));
        QCOMPARE(thread.last().author, p.deviceId(kAlice));
    }
};

QTEST_GUILESS_MAIN(TestFeedbackSync)
#include "tst_feedbacksync.moc"
