// Comment threads as synced ops (entity "comment"): one append per comment
// with its record, field and text; the thread reads back oldest first with
// author and time; only coordinators and a record's author comment on it.
#include "TestWorkspace.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "oplog/OpLog.h"
#include "store/CommentStore.h"
#include "store/RecordStore.h"

#include <QTest>

#include <sqlite3.h>

using namespace vigia;

namespace {
const QString kForm = QStringLiteral("finding");

int commentOps(Workspace &ws)
{
    Statement st(ws.database().handle(), "SELECT count(*) FROM ops WHERE entity = 'comment'");
    return st.step() == SQLITE_ROW ? int(st.columnInt64(0)) : -1;
}

bool sync(Workspace &from, Workspace &to)
{
    auto ops = from.oplog().opsOf(from.deviceId().toRfc4122());
    return ops && to.oplog().apply(ops.value()).ok();
}
} // namespace

class TestCommentStore : public QObject
{
    Q_OBJECT

private slots:
    void aCommentIsOneAppendOfItsThreeFields()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto id = ws->records().create(kForm, QStringLiteral("1"), {}, true);
        QVERIFY(id);
        CommentStore comments(ws->database(), ws->oplog(), Role::Coordinator);
        comments.setDeviceNames({{ws->deviceId().toRfc4122(), QStringLiteral("Coord")}});
        auto first = comments.add(id.value(), QString(), QStringLiteral("  Check the date. "));
        QVERIFY2(first, qPrintable(first.error().message()));
        QCOMPARE(commentOps(*ws), 3);
        Statement st(ws->database().handle(),
                     "SELECT group_concat(field) FROM (SELECT field FROM ops WHERE entity = "
                     "'comment' ORDER BY field)");
        QCOMPARE(st.step(), SQLITE_ROW);
        QCOMPARE(st.columnText(0), QStringLiteral("field,record,text"));
        auto second = comments.add(id.value(), QStringLiteral("narrative"),
                                   QStringLiteral("Whose words are these?"));
        QVERIFY(second);

        const QList<Comment> thread = comments.list(id.value()).value();
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread.at(0).id, first.value());
        QCOMPARE(thread.at(0).text, QStringLiteral("Check the date."));
        QCOMPARE(thread.at(0).field, QString());
        QCOMPARE(thread.at(1).field, QStringLiteral("narrative"));
        QCOMPARE(thread.at(1).author, ws->deviceId().toRfc4122());
        QCOMPARE(thread.at(1).authorName, QStringLiteral("Coord"));
        QVERIFY(thread.at(0).hlc < thread.at(1).hlc);
        QVERIFY(qAbs(thread.at(1).time().secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(comments.counts().value().value(id.value()), 2);
    }

    // A comment's id is time-ordered (TimeOrderedUuid), version 7.
    void aNewCommentHasATimeOrderedId()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto record = ws->records().create(kForm, QStringLiteral("1"), {}, true);
        QVERIFY(record);
        CommentStore comments(ws->database(), ws->oplog(), Role::Coordinator);
        auto id = comments.add(record.value(), QString(), QStringLiteral("Check the date."));
        QVERIFY2(id, qPrintable(id.error().message()));
        QCOMPARE(id.value().data3 >> 12, 7);
    }

    void emptyTextsBadFieldsAndUnknownRecordsAreRefused()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY(ws.isValid());
        auto id = ws->records().create(kForm, QStringLiteral("1"), {}, true);
        auto draft = ws->records().create(kForm, QStringLiteral("1"));
        QVERIFY(id && draft);
        CommentStore comments(ws->database(), ws->oplog(), Role::Coordinator);
        QCOMPARE(comments.add(id.value(), {}, QStringLiteral("  ")).error().code(),
                 ErrorCode::Usage);
        QCOMPARE(
            comments.add(id.value(), QStringLiteral("_status"), QStringLiteral("x")).error().code(),
            ErrorCode::Usage);
        QCOMPARE(comments.add(QUuid::createUuid(), {}, QStringLiteral("x")).error().code(),
                 ErrorCode::NotFound);
        QCOMPARE(comments.add(draft.value(), {}, QStringLiteral("x")).error().code(),
                 ErrorCode::Validation);
        QCOMPARE(commentOps(*ws), 0);
    }

    void aResearcherCommentsOnlyOnItsOwnRecords()
    {
        test::TestWorkspace mine;
        test::TestWorkspace other;
        QVERIFY(mine.isValid() && other.isValid());
        auto own = mine->records().create(kForm, QStringLiteral("1"), {}, true);
        auto foreign = other->records().create(kForm, QStringLiteral("1"), {}, true);
        QVERIFY(own && foreign);
        QVERIFY(sync(*other, *mine));
        CommentStore comments(mine->database(), mine->oplog(), Role::Researcher);
        QCOMPARE(comments.add(foreign.value(), {}, QStringLiteral("x")).error().code(),
                 ErrorCode::Validation);
        QCOMPARE(commentOps(*mine), 0);
        QVERIFY(comments.add(own.value(), {}, QStringLiteral("Fixed the date.")));

        // The thread travels: the other device reads it with this author.
        test::TestWorkspace coordinator({}, Role::Coordinator);
        QVERIFY(coordinator.isValid());
        QVERIFY(sync(*mine, *coordinator));
        CommentStore there(coordinator->database(), coordinator->oplog(), Role::Coordinator);
        const QList<Comment> thread = there.list(own.value()).value();
        QCOMPARE(thread.size(), 1);
        QCOMPARE(thread.first().author, mine->deviceId().toRfc4122());
        QCOMPARE(thread.first().authorName,
                 mine->deviceId().toString(QUuid::WithoutBraces).left(8));
    }
};

QTEST_GUILESS_MAIN(TestCommentStore)
#include "tst_commentstore.moc"
