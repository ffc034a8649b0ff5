// Review in the Records view: the review column, its filter and sort, bulk
// approval of a selection on a coordinator's device, the comment thread
// beside the form, and a researcher's "needs changes" flag.
#include "common/Language.h"
#include "oplog/OpLog.h"
#include "RecordsTestSupport.h"
#include "store/CommentStore.h"
#include "store/RecordStore.h"
#include "store/ReviewStore.h"
#include "TestWorkspace.h"
#include "ui/records/CommentThread.h"
#include "ui/records/NeedsChangesLabel.h"
#include "ui/records/RecordEditor.h"
#include "ui/records/RecordListModel.h"
#include "ui/records/RecordsPage.h"
#include "ui/records/ReviewBar.h"

#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace vigia;

namespace {
const QString kCrossing = QStringLiteral("crossing");
const QByteArray kCrossingForm = R"json({
  "format_version": 1,
  "settings": {"form_id": "crossing", "version": "1", "default_language": "en",
               "title": {"en": "Crossing"}},
  "survey": [
    {"type": "text", "name": "country", "label": {"en": "Country"}},
    {"type": "narrative", "name": "narrative", "label": {"en": "Narrative"}}
  ]
})json";

QStringList reviewColumn(const RecordListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, RecordListModel::ReviewColumn).data().toString();
    return out;
}

void selectRows(RecordsPage &page, const QList<int> &rows)
{
    QTableView *view = page.view();
    view->clearSelection();
    for (int row : rows)
        view->selectionModel()->select(page.model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
}
} // namespace

class TestReviewView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::install(QStringLiteral("en")); }

    void aCoordinatorFiltersSortsAndApprovesASelection()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(test::importJson(*ws, kCrossingForm));
        QVERIFY(ws->records().createMany(kCrossing, QStringLiteral("1"), {{}, {}, {}, {}}, true));
        QVERIFY(ws->records().create(kCrossing, QStringLiteral("1")));
        RecordsPage page(*ws);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        RecordListModel *model = page.model();
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->headerData(RecordListModel::ReviewColumn, Qt::Horizontal, Qt::DisplayRole),
                 QVariant(QStringLiteral("Review")));
        QCOMPARE(reviewColumn(*model).count(QStringLiteral("Received")), 4);
        QCOMPARE(reviewColumn(*model).count(QString()), 1); // the draft

        ReviewBar *bar = page.reviewBar();
        QVERIFY(bar->approveButton()->isVisible());
        QVERIFY(!bar->approveButton()->isEnabled());
        // The draft is newest: rows 1 and 2 are finalized.
        const QUuid first = model->idAt(1);
        const QUuid second = model->idAt(2);
        selectRows(page, {1, 2});
        QCOMPARE(page.selectedIds().size(), 2);
        QVERIFY(bar->approveButton()->isEnabled());
        bar->approveButton()->click();
        ReviewStore reviews(ws->database(), ws->oplog(), Role::Coordinator);
        QCOMPARE(reviews.state(first).value(), ReviewState::Approved);
        QCOMPARE(reviews.state(second).value(), ReviewState::Approved);
        QCOMPARE(reviewColumn(*model).count(QStringLiteral("Approved")), 2);

        // Another state for a selection.
        selectRows(page, {model->rowOf(model->idAt(3))});
        const QUuid third = model->idAt(3);
        QVERIFY(bar->setSelectedState(ReviewState::NeedsChanges));
        QCOMPARE(reviews.state(third).value(), ReviewState::NeedsChanges);

        // Filter by state.
        QComboBox *filter = bar->filterBox();
        filter->setCurrentIndex(filter->findData(int(ReviewState::Approved)));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(reviewColumn(*model), QStringList(2, QStringLiteral("Approved")));
        filter->setCurrentIndex(filter->findData(int(ReviewState::Received)));
        QCOMPARE(model->rowCount(), 1);
        filter->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), 5);

        // Sort by state: records without one first, then by the state's name.
        page.view()->sortByColumn(RecordListModel::ReviewColumn, Qt::AscendingOrder);
        QCOMPARE(reviewColumn(*model),
                 (QStringList{QString(), QStringLiteral("Approved"), QStringLiteral("Approved"),
                              QStringLiteral("Needs changes"), QStringLiteral("Received")}));
        page.view()->sortByColumn(RecordListModel::ReviewColumn, Qt::DescendingOrder);
        QCOMPARE(reviewColumn(*model).first(), QStringLiteral("Received"));
    }

    void theEditorShowsTheThreadAndAddsToIt()
    {
        test::TestWorkspace ws({}, Role::Coordinator);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(test::importJson(*ws, kCrossingForm));
        auto id = ws->records().create(kCrossing, QStringLiteral("1"), {}, true);
        QVERIFY(id);
        CommentStore store(ws->database(), ws->oplog(), Role::Coordinator);
        QVERIFY(store.add(id.value(), {}, QStringLiteral("First look: fine.")));

        RecordsPage page(*ws);
        page.resize(1100, 700);
        page.show();
        RecordEditor *editor = page.openRecord(id.value());
        QVERIFY(editor);
        CommentThread *thread = editor->comments();
        QVERIFY(thread->isVisible());
        QCOMPARE(thread->list()->count(), 1);
        QVERIFY(thread->list()->item(0)->text().contains(QStringLiteral("First look: fine.")));
        QVERIFY(thread->list()->item(0)->text().contains(ws->deviceName()));

        QComboBox *about = thread->fieldChoice();
        const int narrative = about->findData(QStringLiteral("narrative"));
        QVERIFY(narrative > 0);
        QCOMPARE(about->itemText(narrative), QStringLiteral("Narrative"));
        about->setCurrentIndex(narrative);
        QTest::keyClicks(thread->box(), QStringLiteral("Whose words?"));
        thread->findChild<QPushButton *>(QStringLiteral("addComment"))->click();
        QVERIFY(thread->box()->toPlainText().isEmpty());
        QCOMPARE(thread->list()->count(), 2);
        // Newest last, with the field it is about.
        const QString last = thread->list()->item(1)->text();
        QVERIFY2(last.contains(QStringLiteral("Whose words?")) &&
                     last.contains(QStringLiteral("Narrative")),
                 qPrintable(last));
        auto *toggle = editor->findChild<QPushButton *>(QStringLiteral("commentsButton"));
        QVERIFY(toggle->text().contains(QStringLiteral("(2)")));
        const QList<Comment> stored = store.list(id.value()).value();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.last().field, QStringLiteral("narrative"));

        // An empty comment is refused with the store's reason.
        thread->findChild<QPushButton *>(QStringLiteral("addComment"))->click();
        QVERIFY(thread->findChild<QLabel *>(QStringLiteral("commentError"))->isVisibleTo(thread));
        QCOMPARE(store.list(id.value()).value().size(), 2);

        // Without comments the thread waits behind its button.
        auto other = ws->records().create(kCrossing, QStringLiteral("1"), {}, true);
        QVERIFY(other && page.closeEditor());
        RecordEditor *plain = page.openRecord(other.value());
        QVERIFY(plain && !plain->comments()->isVisibleTo(plain));
        plain->findChild<QPushButton *>(QStringLiteral("commentsButton"))->click();
        QVERIFY(plain->comments()->isVisibleTo(plain));
    }

    void aResearcherSeesWhatNeedsChanges()
    {
        test::TestWorkspace researcher;
        test::TestWorkspace coordinator({}, Role::Coordinator);
        QVERIFY(researcher.isValid() && coordinator.isValid());
        QVERIFY(test::importJson(*researcher, kCrossingForm));
        auto id = researcher->records().create(kCrossing, QStringLiteral("1"), {}, true);
        QVERIFY(id);
        auto mine = researcher->oplog().opsOf(researcher->deviceId().toRfc4122());
        QVERIFY(mine && coordinator->oplog().apply(mine.value()));
        QVERIFY(ReviewStore(coordinator->database(), coordinator->oplog(), Role::Coordinator)
                    .set(id.value(), ReviewState::NeedsChanges));
        // The coordinator's review is on its feedback stream for this researcher.
        auto origins = coordinator->oplog().origins();
        QVERIFY(origins);
        for (const QByteArray &origin : origins.value()) {
            if (origin == coordinator->oplog().privateOrigin() ||
                origin == researcher->deviceId().toRfc4122())
                continue;
            auto feedback = coordinator->oplog().opsOf(origin);
            QVERIFY(feedback && researcher->oplog().apply(feedback.value()));
        }

        NeedsChangesLabel flag;
        flag.refresh(*researcher);
        QCOMPARE(flag.count(), 1);
        QVERIFY(!flag.isHidden());
        QVERIFY2(flag.text().contains(QStringLiteral("1 of your records needs changes")),
                 qPrintable(flag.text()));

        RecordsPage page(*researcher);
        QVERIFY(!page.reviewBar()->approveButton()->isVisibleTo(&page));
        const QModelIndex cell = page.model()->index(0, RecordListModel::ReviewColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("Needs changes"));
        QVERIFY(!cell.data(Qt::DecorationRole).isNull());

        // Finalized again, it goes back as received and the flag goes away.
        RecordEditor *editor = page.openRecord(id.value());
        QVERIFY(editor && editor->reopenRecord());
        QVERIFY(editor->finalizeRecord());
        flag.refresh(*researcher);
        QCOMPARE(flag.count(), 0);
        QVERIFY(flag.isHidden());
    }
};

QTEST_MAIN(TestReviewView)
#include "tst_reviewview.moc"
