#include "common/Language.h"
#include "db/Database.h"
#include "RecordsTestSupport.h"
#include "store/Codebook.h"
#include "store/CodingStore.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"
#include "ui/codebook/CodingController.h"
#include "ui/codebook/CodingsPanel.h"
#include "ui/common/DateInput.h"
#include "ui/common/MessageBox.h"
#include "ui/fields/DateField.h"
#include "ui/records/RecordEditor.h"
#include "ui/records/RecordListModel.h"
#include "ui/records/RecordMatchDelegate.h"
#include "ui/records/RecordPreview.h"
#include "ui/records/RecordsPage.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QSplitterHandle>
#include <QTableView>
#include <QTest>

#include <memory>

#include <sqlite3.h>

using namespace vigia;

namespace {
// Refuses count(): the store fails to count as a locked or damaged one would,
// while every other read still works.
int refuseCount(void *, int action, const char *, const char *name, const char *, const char *)
{
    // count() over the records, sum() over the tally (schema 15): either
    // way the count fails.
    const bool counting = name && (qstricmp(name, "count") == 0 || qstricmp(name, "sum") == 0);
    return action == SQLITE_FUNCTION && counting ? SQLITE_DENY : SQLITE_OK;
}

constexpr int kRecords = 100000;
constexpr int kBatch = 10000;
const QString kFinding = QStringLiteral("qualitative_finding");
// The listed records: a finding's narrative is sensitive, so neither listed
// nor searched (docs/form-format.md); this form's is neither.
const QString kCrossing = QStringLiteral("crossing");
const QByteArray kCrossingForm = R"json({
  "format_version": 1,
  "settings": {"form_id": "crossing", "version": "1", "default_language": "en",
               "title": {"en": "Crossing"}},
  "survey": [
    {"type": "date", "name": "date", "label": {"en": "Date"}},
    {"type": "text", "name": "country", "label": {"en": "Country"}},
    {"type": "narrative", "name": "narrative", "label": {"en": "Narrative"}}
  ]
})json";
const QStringList kCountries{QStringLiteral("AR"), QStringLiteral("BR"), QStringLiteral("PY"),
                             QStringLiteral("CO")};
} // namespace

// The Records view over 100 000 records: it opens with one page, scrolls by
// fetching more, filters and searches in the store.
class TestRecordsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestWorkspace> m_ws;

private slots:
    void initTestCase()
    {
        Language::install(QStringLiteral("en"));
        m_ws = std::make_unique<test::TestWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        QVERIFY(test::ensurePack(**m_ws));
        QVERIFY(test::importJson(**m_ws, kCrossingForm));
        QElapsedTimer timer;
        timer.start();
        for (int start = 0; start < kRecords; start += kBatch) {
            QList<RecordStore::Values> batch;
            for (int i = start; i < start + kBatch; ++i) {
                // One record in 1000 mentions a "tunnel"; every one a crossing.
                const QString narrative =
                    i % 1000 == 7 ? QStringLiteral("Group %1 used a túnel near the river").arg(i)
                                  : QStringLiteral("Crossing number %1 at the bridge").arg(i);
                batch.append(
                    {{QStringLiteral("country"), kCountries[i % kCountries.size()]},
                     {QStringLiteral("date"),
                      QStringLiteral("2026-03-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'))},
                     {QStringLiteral("narrative"), narrative}});
            }
            QVERIFY((*m_ws)->records().createMany(kCrossing, QStringLiteral("1"), batch,
                                                  (start / kBatch) % 2 == 0));
        }
        qInfo("generated %d records in %lld ms", kRecords, timer.elapsed());
    }

    void cleanupTestCase() { m_ws.reset(); }

    // An answer left in the queue would answer the next test's question.
    void cleanup()
    {
        const int left = MessageBox::pendingAnswers();
        MessageBox::clearAnswers();
        QCOMPARE(left, 0);
    }

    void opensWithOnePageAndScrolls()
    {
        QElapsedTimer timer;
        timer.start();
        RecordsPage page(**m_ws);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        qInfo("opened in %lld ms", timer.elapsed());
        RecordListModel *model = page.model();
        QCOMPARE(model->rowCount(), RecordListModel::kPageSize);
        QCOMPARE(model->matchingCount().value(), kRecords);
        QTRY_VERIFY(page.findChild<QLabel *>(QStringLiteral("recordCount"))
                        ->text()
                        .contains(QLocale().toString(kRecords)));

        // Scrolling to the end fetches the next pages, never everything.
        QTableView *view = page.view();
        for (int i = 0; i < 3; ++i) {
            view->scrollToBottom();
            QCoreApplication::processEvents();
        }
        QVERIFY(model->rowCount() > RecordListModel::kPageSize);
        QVERIFY(model->rowCount() < kRecords);

        // Keyboard: Down moves the selection and the preview follows.
        view->setFocus();
        view->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 1);
        QCOMPARE(page.preview()->recordId(), model->idAt(1));
        QVERIFY(page.preview()->plainText().contains(QStringLiteral("at the bridge")));
        // Enter opens the editor on that record.
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(page.editor());
        QCOMPARE(page.editor()->recordId(), model->idAt(1));
    }

    void filtersAndSorts()
    {
        RecordsPage page(**m_ws);
        auto *country = page.findChild<QComboBox *>(QStringLiteral("countryFilter"));
        country->setCurrentIndex(country->findData(QStringLiteral("PY")));
        QCOMPARE(page.model()->matchingCount().value(), kRecords / 4);
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QCOMPARE(page.model()->index(row, RecordListModel::CountryColumn).data().toString(),
                     QStringLiteral("PY"));
        auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(int(RecordStatus::Finalized)));
        QVERIFY(page.model()->matchingCount().value() > 0);
        QVERIFY(page.model()->matchingCount().value() < kRecords / 4);

        country->setCurrentIndex(0);
        status->setCurrentIndex(0);
        page.view()->sortByColumn(RecordListModel::CountryColumn, Qt::AscendingOrder);
        QCOMPARE(page.model()->index(0, RecordListModel::CountryColumn).data().toString(),
                 QStringLiteral("AR"));
        page.view()->sortByColumn(RecordListModel::CountryColumn, Qt::DescendingOrder);
        QCOMPARE(page.model()->index(0, RecordListModel::CountryColumn).data().toString(),
                 QStringLiteral("PY"));
    }

    void searchesTheTextAndHighlightsMatches()
    {
        RecordsPage page(**m_ws);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.focusSearch();
        QVERIFY(page.searchBox()->hasFocus());
        // Accents do not matter, and a word matches as a prefix.
        QTest::keyClicks(page.searchBox(), QStringLiteral("tunel"));
        QTest::keyClick(page.searchBox(), Qt::Key_Return);
        QCOMPARE(page.model()->matchingCount().value(), kRecords / 1000);
        QCOMPARE(page.model()->rowCount(), kRecords / 1000);
        const QModelIndex first = page.model()->index(0, RecordListModel::SummaryColumn);
        const QString summary = first.data().toString();
        QVERIFY(summary.contains(QStringLiteral("túnel")));
        const auto spans = RecordMatchDelegate::matches(
            summary, first.data(RecordListModel::SearchWordsRole).toStringList());
        QCOMPARE(spans.size(), 1);
        QCOMPARE(summary.mid(spans[0].first, spans[0].second), QStringLiteral("túnel"));
        QCOMPARE(
            RecordMatchDelegate::matches(QStringLiteral("a tune, untuned"), {QStringLiteral("tun")})
                .size(),
            1);
        auto *count = page.findChild<QLabel *>(QStringLiteral("recordCount"));
        QTRY_VERIFY(count->text().startsWith(QStringLiteral("100 record")));

        // A word in every record: counted only up to the cap.
        page.searchBox()->clear();
        QTest::keyClicks(page.searchBox(), QStringLiteral("bridge"));
        QTest::keyClick(page.searchBox(), Qt::Key_Return);
        QCOMPARE(page.model()->matchingCount(RecordsPage::kSearchCountCap).value(),
                 RecordsPage::kSearchCountCap + 1);
        QTRY_COMPARE(count->text(), QStringLiteral("More than %1 records")
                                        .arg(QLocale().toString(RecordsPage::kSearchCountCap)));
    }

    void cellsFollowTheInterfaceLanguage()
    {
        // The list formats each cell once and keeps it; a language switch
        // must drop those texts.
        RecordsPage page(**m_ws);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QModelIndex status = page.model()->index(0, RecordListModel::StatusColumn);
        const QString english = status.data().toString();
        QVERIFY(english == QStringLiteral("Finalized") || english == QStringLiteral("Draft"));
        Language::install(QStringLiteral("es"));
        QCoreApplication::processEvents();
        const QString spanish = status.data().toString();
        Language::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(spanish, english == QStringLiteral("Draft") ? QStringLiteral("Borrador")
                                                             : QStringLiteral("Finalizado"));
        QCOMPARE(status.data().toString(), english);
    }

    void deletesWithUndo()
    {
        RecordsPage page(**m_ws);
        const QUuid id = page.model()->idAt(0);
        QVERIFY(page.deleteRecord(id));
        QVERIFY((*m_ws)->records().get(id).value().deleted);
        QCOMPARE(page.model()->matchingCount().value(), kRecords - 1);
        QVERIFY(page.model()->rowOf(id) < 0);
        page.undoDelete();
        QVERIFY(!(*m_ws)->records().get(id).value().deleted);
        QCOMPARE(page.model()->matchingCount().value(), kRecords);
    }

    void deleteAsksFirst()
    {
        RecordsPage page(**m_ws);
        const QUuid id = page.model()->idAt(0);
        page.view()->setCurrentIndex(page.model()->index(0, 0));
        MessageBox::setNextAnswer(QMessageBox::No);
        page.deleteSelected();
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QVERIFY(MessageBox::lastAnswered().startsWith(QStringLiteral("Delete the selected")));
        QVERIFY(!(*m_ws)->records().get(id).value().deleted);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        page.deleteSelected();
        QVERIFY((*m_ws)->records().get(id).value().deleted);
        page.undoDelete();
        QVERIFY(!(*m_ws)->records().get(id).value().deleted);
    }

    void newRecordOpensAnEditor()
    {
        RecordsPage page(**m_ws);
        RecordEditor *editor = page.createRecord(kFinding);
        QVERIFY(editor);
        QVERIFY(editor->narrativeEditor(QStringLiteral("narrative")));
        QTest::keyClicks(editor->narrativeEditor(QStringLiteral("narrative")),
                         QStringLiteral("zebra crossing"));
        const QUuid id = editor->recordId();
        page.closeEditor();
        QVERIFY(!page.editor());
        QCOMPARE((*m_ws)->records().get(id).value().values.value(QStringLiteral("narrative")),
                 QCborValue(QStringLiteral("zebra crossing")));
        QCOMPARE(page.model()->idAt(0), id);
    }

    void aRecordThatCannotBeSavedStaysOpen()
    {
        RecordsPage page(**m_ws);
        RecordEditor *editor = page.createRecord(kFinding);
        QVERIFY(editor);
        QVERIFY(editor->saveNow());
        QTest::keyClicks(editor->narrativeEditor(QStringLiteral("narrative")),
                         QStringLiteral("walrus"));
        const QUuid id = editor->recordId();
        // A store that refuses writes, as a full disk does.
        QVERIFY((*m_ws)->database().exec("PRAGMA query_only = ON"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        const bool closed = page.closeEditor();
        const Status saved = page.saveOpenWork();
        QVERIFY((*m_ws)->database().exec("PRAGMA query_only = OFF"));
        QVERIFY(!closed);
        QCOMPARE(MessageBox::pendingAnswers(), 0); // the warning was shown
        QCOMPARE(page.editor(), editor);
        QVERIFY(editor->document()->hasUnsavedChanges());
        QVERIFY(!saved);
        QVERIFY(!saved.error().message().isEmpty());

        // Once the store writes again, closing saves what was typed.
        QVERIFY(page.closeEditor());
        QVERIFY(!page.editor());
        QCOMPARE((*m_ws)->records().get(id).value().values.value(QStringLiteral("narrative")),
                 QCborValue(QStringLiteral("walrus")));
    }

    void codingsThatCannotBeSavedKeepTheRecordOpen()
    {
        Code code;
        code.nameEn = QStringLiteral("Unsafe migration");
        code.color = QStringLiteral("#2ca02c");
        auto codeId = Codebook((*m_ws)->database(), (*m_ws)->oplog()).create(code);
        QVERIFY(codeId);
        RecordsPage page(**m_ws);
        RecordEditor *editor = page.createRecord(kFinding);
        QVERIFY(editor);
        QPlainTextEdit *narrative = editor->narrativeEditor(QStringLiteral("narrative"));
        const QString text = QStringLiteral("We met at the bus terminal at night.");
        QTest::keyClicks(narrative, text);
        QVERIFY(editor->saveNow());
        auto *controller =
            narrative->findChild<CodingController *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(controller);
        QTextCursor c = narrative->textCursor();
        c.setPosition(int(text.indexOf(QStringLiteral("bus"))));
        c.setPosition(int(text.indexOf(QStringLiteral("bus"))) + 3, QTextCursor::KeepAnchor);
        narrative->setTextCursor(c);
        QVERIFY(controller->applyCode(codeId.value()).ok());
        QVERIFY(controller->flush().ok());
        c.setPosition(0);
        narrative->setTextCursor(c);
        QTest::keyClicks(narrative, QStringLiteral("Note: ")); // moves the coding
        const QUuid id = editor->recordId();

        // The record's answers save; only the coding's new place cannot.
        QVERIFY((*m_ws)->database().exec(
            "CREATE TEMP TRIGGER refuse_coding BEFORE INSERT ON ops WHEN NEW.entity = 'coding' "
            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        const bool closed = page.closeEditor();
        QVERIFY((*m_ws)->database().exec("DROP TRIGGER refuse_coding"));
        QVERIFY(!closed);
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QCOMPARE(page.editor(), editor);

        QVERIFY(page.closeEditor());
        auto stored = CodingStore((*m_ws)->database(), (*m_ws)->oplog())
                          .forRecord(id, QStringLiteral("narrative"));
        QVERIFY(stored && stored.value().size() == 1);
        QCOMPARE(stored.value().first().start, int(text.indexOf(QStringLiteral("bus"))) + 6);
    }

    void aCountThatFailsIsNotShownAsZero()
    {
        sqlite3 *db = (*m_ws)->database().handle();
        sqlite3_set_authorizer(db, refuseCount, nullptr);
        auto *page = new RecordsPage(**m_ws);
        auto *label = page->findChild<QLabel *>(QStringLiteral("recordCount"));
        QVERIFY(label);
        page->show();
        QTRY_VERIFY_WITH_TIMEOUT(!label->text().isEmpty(), 10000);
        const QString shown = label->text();
        delete page;
        sqlite3_set_authorizer(db, nullptr, nullptr);
        QVERIFY2(shown.startsWith(QStringLiteral("The records could not be counted")),
                 qPrintable(shown));

        // The same page counts once the store does.
        RecordsPage again(**m_ws);
        again.show();
        auto *count = again.findChild<QLabel *>(QStringLiteral("recordCount"));
        QTRY_VERIFY_WITH_TIMEOUT(count->text().endsWith(QStringLiteral("records")), 10000);
    }

    // Dragged to either edge, the handle stops where the list (and the
    // preview) keep their minimum: the list used to vanish and leave "Select
    // a record" with nothing to select.
    void theListCannotBeDraggedAway()
    {
        RecordsPage page(**m_ws);
        page.resize(1024, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *splitter = page.findChild<QSplitter *>(QStringLiteral("recordSplitter"));
        auto *list = page.findChild<QTableView *>(QStringLiteral("recordList"));
        QVERIFY(splitter && list);
        QSplitterHandle *handle = splitter->handle(1);
        const auto drag = [handle](int dx) {
            const QPoint start = handle->rect().center();
            const QPoint global = handle->mapToGlobal(start);
            QMouseEvent press(QEvent::MouseButtonPress, start, global, Qt::LeftButton,
                              Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(handle, &press);
            QMouseEvent move(QEvent::MouseMove, start + QPoint(dx, 0), global + QPoint(dx, 0),
                             Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(handle, &move);
            QMouseEvent release(QEvent::MouseButtonRelease, start + QPoint(dx, 0),
                                global + QPoint(dx, 0), Qt::LeftButton, Qt::NoButton,
                                Qt::NoModifier);
            QCoreApplication::sendEvent(handle, &release);
            QCoreApplication::processEvents();
        };
        drag(-2000);
        QVERIFY2(list->width() >= 200, qPrintable(QString::number(list->width())));
        QCOMPARE(list->width(), list->minimumWidth());
        QVERIFY(list->isVisible());
        QVERIFY(list->columnWidth(RecordListModel::SummaryColumn) >= 150);
        drag(4000);
        QVERIFY(page.findChild<RecordPreview *>()->width() >= 150);
        QVERIFY(list->width() > list->minimumWidth());
    }

    // The editor takes the whole page and its Back button returns to the list.
    void theEditorTakesThePageAndGoesBack()
    {
        RecordsPage page(**m_ws);
        page.resize(1024, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *list = page.findChild<QTableView *>(QStringLiteral("recordList"));
        RecordEditor *editor = page.createRecord(kFinding);
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        QVERIFY(!list->isVisible());
        QCOMPARE(editor->width(), page.width());
        auto *back = editor->findChild<QPushButton *>(QStringLiteral("closeButton"));
        QVERIFY(back && back->isVisible());
        QCOMPARE(back->text(), QStringLiteral("&Back to the list"));
        back->click();
        QTRY_VERIFY(list->isVisible());
        QVERIFY(!page.editor());
        // The empty draft the page created is still there to come back to.
        QVERIFY((*m_ws)->records().count({}).value() > kRecords);
    }

    // A search that finds nothing says so, and Esc clears it.
    void escapeClearsASearchThatFindsNothing()
    {
        RecordsPage page(**m_ws);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *count = page.findChild<QLabel *>(QStringLiteral("recordCount"));
        auto *empty = page.findChild<QLabel *>(QStringLiteral("recordListEmpty"));
        QVERIFY(count && empty);
        QTRY_VERIFY(count->text().endsWith(QStringLiteral(" records")));
        const QString all = count->text();
        page.focusSearch();
        QTest::keyClicks(page.searchBox(), QStringLiteral("zyxwvq"));
        QTest::keyClick(page.searchBox(), Qt::Key_Return);
        QTRY_COMPARE(count->text(), QStringLiteral("No records match"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Esc")));
        QTest::keyClick(page.searchBox(), Qt::Key_Escape);
        QVERIFY(page.searchBox()->text().isEmpty());
        QTRY_COMPARE(count->text(), all);
        QVERIFY(!empty->isVisible());
        QVERIFY(page.model()->rowCount() > 0);
    }

    // Finalizing in the editor updates the list's count at once, not after
    // the editor is left.
    void theCountFollowsAFinalize()
    {
        RecordsPage page(**m_ws);
        page.resize(1024, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        auto *count = page.findChild<QLabel *>(QStringLiteral("recordCount"));
        QVERIFY(status && count);
        status->setCurrentIndex(status->findData(int(RecordStatus::Finalized)));
        RecordFilter finalized;
        finalized.status = RecordStatus::Finalized;
        const int before = (*m_ws)->records().count(finalized).value();
        const auto shown = [](int n) {
            return QStringLiteral("%1 records").arg(QLocale().toString(n));
        };
        QTRY_COMPARE(count->text(), shown(before));

        RecordEditor *editor = page.createRecord(kFinding);
        QVERIFY(editor);
        auto *date = qobject_cast<DateField *>(editor->field(QStringLiteral("date")));
        QVERIFY(date);
        date->picker()->setDate(QDate::currentDate().addDays(-1));
        QVERIFY(test::choose(editor->field(QStringLiteral("country")), QStringLiteral("BR")));
        QVERIFY(test::choose(editor->field(QStringLiteral("source_type")),
                             QStringLiteral("field_observation")));
        QVERIFY(test::choose(editor->field(QStringLiteral("confidentiality")),
                             QStringLiteral("restricted")));
        QPlainTextEdit *narrative = editor->narrativeEditor(QStringLiteral("narrative"));
        narrative->setFocus();
        QTest::keyClicks(narrative, QStringLiteral("Seen at the market"));
        QVERIFY(editor->finalizeRecord());
        QVERIFY(page.editor());
        QTRY_COMPARE(count->text(), shown(before + 1));
    }

    // The codings panel stays out of the form's way until something is
    // coded; the first coding brings it into view.
    void theCodingsPanelAppearsWithTheFirstCoding()
    {
        Code code;
        code.nameEn = QStringLiteral("Night crossing");
        code.color = QStringLiteral("#1f77b4");
        auto codeId = Codebook((*m_ws)->database(), (*m_ws)->oplog()).create(code);
        QVERIFY(codeId);
        RecordsPage page(**m_ws);
        page.resize(1024, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        RecordEditor *editor = page.createRecord(kFinding);
        QVERIFY(editor);
        auto *side = editor->findChild<QWidget *>(QStringLiteral("editorSidePanel"));
        QVERIFY(side);
        QVERIFY(!editor->isPanelShown());
        QVERIFY(!side->isVisible());
        QPlainTextEdit *narrative = editor->narrativeEditor(QStringLiteral("narrative"));
        narrative->setFocus();
        const QString text = QStringLiteral("They crossed the river at night.");
        QTest::keyClicks(narrative, text);
        auto *controller =
            narrative->findChild<CodingController *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(controller);
        QTextCursor c = narrative->textCursor();
        c.setPosition(int(text.indexOf(QStringLiteral("river"))));
        c.setPosition(int(text.indexOf(QStringLiteral("river"))) + 5, QTextCursor::KeepAnchor);
        narrative->setTextCursor(c);
        QVERIFY(controller->applyCode(codeId.value()).ok());
        QTRY_VERIFY(editor->isPanelShown());
        QVERIFY(side->isVisible());
        // Hidden by hand, it stays hidden while the person codes on.
        editor->findChild<QPushButton *>(QStringLiteral("sidePanelButton"))->click();
        QVERIFY(!side->isVisible());
        c.setPosition(0);
        c.setPosition(4, QTextCursor::KeepAnchor);
        narrative->setTextCursor(c);
        QVERIFY(controller->applyCode(codeId.value()).ok());
        QCoreApplication::processEvents();
        QVERIFY(!side->isVisible());
        QVERIFY(page.closeEditor());
    }

    // The form-language box starts at the interface language and names it
    // as Settings does, without "de España".
    void theFormLanguageFollowsTheInterface()
    {
        Language::install(QStringLiteral("es"));
        RecordsPage page(**m_ws);
        RecordEditor *editor = page.createRecord(kFinding);
        QVERIFY(editor);
        auto *box = editor->findChild<QComboBox *>(QStringLiteral("formLanguage"));
        QVERIFY(box);
        QCOMPARE(box->currentText(), QStringLiteral("Español"));
        QCOMPARE(box->currentData().toString(), QStringLiteral("es"));
        QVERIFY(box->findText(QStringLiteral("English")) >= 0);
        for (int i = 0; i < box->count(); ++i)
            QVERIFY2(!box->itemText(i).contains(QStringLiteral("España")),
                     qPrintable(box->itemText(i)));
        QVERIFY(page.closeEditor());
        Language::install(QStringLiteral("en"));
    }

    void editorsOfThePageCanCodeNarratives()
    {
        RecordsPage page(**m_ws);
        RecordEditor *editor = page.createRecord(kFinding);
        QVERIFY(editor);
        QPlainTextEdit *narrative = editor->narrativeEditor(QStringLiteral("narrative"));
        QVERIFY(narrative);
        auto *controller =
            narrative->findChild<CodingController *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY2(controller, "the page attaches coding to the narrative");
        QCOMPARE(controller->field(), QStringLiteral("narrative"));
        auto *panel = editor->findChild<CodingsPanel *>(QStringLiteral("codingsPanel"));
        QVERIFY(panel);
        QCOMPARE(panel->controller(), controller);
    }
};

QTEST_MAIN(TestRecordsPage)
#include "tst_recordspage.moc"
