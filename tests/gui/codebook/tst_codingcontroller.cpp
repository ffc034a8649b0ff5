#include "forms/BuiltinForms.h"
#include "ModalHelper.h"
#include "store/Codebook.h"
#include "store/CodingStore.h"
#include "store/FormStore.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"
#include "ui/codebook/CodebookPickerDialog.h"
#include "ui/codebook/CodingController.h"
#include "ui/codebook/CodingsPanel.h"
#include "ui/records/RecordEditor.h"

#include <QAction>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace vigia;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString kField = QStringLiteral("narrative");
// A wait on a condition ends as soon as it holds: only a broken build waits
// this long, and a loaded machine never fails it.
constexpr int kPatienceMs = 60'000;
const QString kText = QStringLiteral(
    "We met at the bus terminal. The children cross the border alone at night. Nobody "
    "records them.");

// Answers the code picker with "Lack of consistent data", typed as a person would.
void pickConsistentData(QWidget *w)
{
    auto *picker = qobject_cast<CodebookPickerDialog *>(w);
    QVERIFY(picker);
    QTest::keyClicks(picker->filterEdit(), s("consistent"));
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
}

struct Fixture
{
    test::TestWorkspace ws;
    QUuid record;
    QUuid migration;
    QUuid data;
    QPlainTextEdit editor;

    Fixture()
    {
        Code a;
        a.nameEn = s("Unsafe migration");
        a.color = s("#2ca02c");
        Code b;
        b.nameEn = s("Lack of consistent data");
        b.color = s("#1f77b4");
        Codebook book(ws->database(), ws->oplog());
        migration = book.create(a).value();
        data = book.create(b).value();
        record = ws->records().create(s("finding"), s("1"), {{kField, kText}}).value();
        editor.setPlainText(kText);
        editor.resize(500, 300);
    }

    void select(const QString &quote)
    {
        const int start = int(editor.toPlainText().indexOf(quote));
        QVERIFY(start >= 0);
        QTextCursor c = editor.textCursor();
        c.setPosition(start);
        c.setPosition(start + int(quote.size()), QTextCursor::KeepAnchor);
        editor.setTextCursor(c);
    }

    QList<Coding> stored()
    {
        CodingStore store(ws->database(), ws->oplog());
        return store.forRecord(record, kField).value();
    }

    int ownHighlights()
    {
        int n = 0;
        for (const auto &sel : editor.extraSelections()) {
            if (sel.cursor.hasSelection())
                ++n;
        }
        return n;
    }
};
} // namespace

class TestCodingController : public QObject
{
    Q_OBJECT

private slots:
    void codingASelectionHighlightsIt()
    {
        Fixture f;
        CodingController controller(&f.editor, *f.ws, f.record, kField);
        f.select(s(" children cross the border alone ")); // spaces trimmed
        QSignalSpy changed(&controller, &CodingController::codingsChanged);
        auto id = controller.applyCode(f.migration, s("at night"));
        QVERIFY2(id.ok(), qPrintable(id.error().message()));
        QCOMPARE(changed.count(), 1);
        const QList<Coding> stored = f.stored();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().quote, s("children cross the border alone"));
        QCOMPARE(stored.first().memo, s("at night"));
        QCOMPARE(f.ownHighlights(), 1);
        const auto sel = f.editor.extraSelections().first();
        QCOMPARE(sel.cursor.selectedText(), s("children cross the border alone"));
        QCOMPARE(sel.format.background().color().rgb(), QColor(s("#2ca02c")).rgb());
    }

    void emptySelectionIsRefused()
    {
        Fixture f;
        CodingController controller(&f.editor, *f.ws, f.record, kField);
        QTextCursor c = f.editor.textCursor();
        c.setPosition(3);
        f.editor.setTextCursor(c);
        QCOMPARE(controller.applyCode(f.migration).error().code(), ErrorCode::Usage);
        CodingController unsaved(&f.editor, *f.ws, QUuid(), kField);
        f.select(s("bus"));
        QCOMPARE(unsaved.applyCode(f.migration).error().code(), ErrorCode::Validation);
    }

    void reanchorsAfterTypingAndSaves()
    {
        Fixture f;
        CodingController controller(&f.editor, *f.ws, f.record, kField);
        f.select(s("children cross the border alone"));
        QVERIFY(controller.applyCode(f.migration).ok());
        f.select(s("Nobody records them"));
        QVERIFY(controller.applyCode(f.data).ok());

        // Type at the start, as a person would.
        QTextCursor c(f.editor.document());
        c.setPosition(0);
        f.editor.setTextCursor(c);
        QTest::keyClicks(&f.editor, s("Tapachula, May. "));
        const QString text = f.editor.toPlainText();
        for (const Coding &coding : controller.codings())
            QCOMPARE(text.mid(coding.start, coding.end - coding.start), coding.quote);
        QCOMPARE(controller.codings().first().start,
                 int(text.indexOf(s("children cross the border alone"))));

        // Edit inside the coded text: the coding takes in the new words.
        c.setPosition(int(text.indexOf(s("cross the border"))));
        f.editor.setTextCursor(c);
        QTest::keyClicks(&f.editor, s("quietly "));
        QCOMPARE(controller.codings().first().quote, s("children quietly cross the border alone"));

        // Delete the second passage: it becomes detached, and is listed last.
        const QString now = f.editor.toPlainText();
        c.setPosition(int(now.indexOf(s(" Nobody"))));
        c.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        f.editor.setTextCursor(c);
        QTest::keyClick(&f.editor, Qt::Key_Delete);
        // Saved after a pause in typing: waited for, however slow the machine.
        QTRY_VERIFY_WITH_TIMEOUT(f.stored().size() == 2 && f.stored().last().isDetached(),
                                 kPatienceMs);
        QCOMPARE(f.stored().first().quote, s("children quietly cross the border alone"));
        QCOMPARE(f.stored().first().start,
                 int(f.editor.toPlainText().indexOf(s("children quietly"))));
        QCOMPARE(f.ownHighlights(), 1);

        // Undo brings the passage back; the detached coding re-attaches.
        f.editor.undo();
        QVERIFY(controller.flush().ok());
        QVERIFY(!f.stored().last().isDetached());
        QCOMPARE(f.ownHighlights(), 2);
    }

    void loadingTheTextKeepsTheRightOccurrence()
    {
        Fixture f;
        const QString repeated = s("alone. alone. alone.");
        QVERIFY(f.ws->records().setValues(f.record, {{kField, repeated}}).ok());
        f.editor.setPlainText(repeated);
        {
            CodingController controller(&f.editor, *f.ws, f.record, kField);
            QTextCursor c(f.editor.document());
            c.setPosition(14);
            c.setPosition(19, QTextCursor::KeepAnchor);
            f.editor.setTextCursor(c);
            QVERIFY(controller.applyCode(f.migration).ok());
        }
        // The record editor reloads the value into a fresh editor.
        QPlainTextEdit editor;
        CodingController controller(&editor, *f.ws, f.record, kField);
        editor.setPlainText(repeated);
        QCOMPARE(controller.codings().first().start, 14);
        QCOMPARE(f.stored().first().start, 14);
    }

    void closingTheEditorSavesMovedCodings()
    {
        Fixture f;
        auto *editor = new QPlainTextEdit;
        editor->setPlainText(kText);
        new CodingController(editor, *f.ws, f.record, kField);
        auto *controller = editor->findChild<CodingController *>();
        QTextCursor c(editor->document());
        c.setPosition(int(kText.indexOf(s("bus"))));
        c.setPosition(int(kText.indexOf(s("bus"))) + 3, QTextCursor::KeepAnchor);
        editor->setTextCursor(c);
        QVERIFY(controller->applyCode(f.migration).ok());
        c.setPosition(0);
        c.insertText(s("Note: "));
        delete editor; // before the pause in typing is over
        QCOMPARE(f.stored().first().start, int(kText.indexOf(s("bus"))) + 6);
    }

    void ctrlKPicksACodeByTyping()
    {
        Fixture f;
        CodingController controller(&f.editor, *f.ws, f.record, kField);
        f.editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.editor));
        f.select(s("bus terminal"));
        QCOMPARE(
            test::answerModal([&f] { QTest::keyClick(&f.editor, Qt::Key_K, Qt::ControlModifier); },
                              pickConsistentData),
            QString());
        QTRY_COMPARE_WITH_TIMEOUT(f.stored().size(), 1, kPatienceMs);
        QCOMPARE(f.stored().first().codeId, f.data);
        QCOMPARE(f.stored().first().quote, s("bus terminal"));
    }

    void applyMenuListsCodes()
    {
        Fixture f;
        CodingController controller(&f.editor, *f.ws, f.record, kField);
        f.select(s("bus terminal"));
        std::unique_ptr<QMenu> menu(controller.createApplyMenu(nullptr));
        QVERIFY(menu->isEnabled());
        QAction *target = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->data().toUuid() == f.migration)
                target = a;
        }
        QVERIFY(target);
        QCOMPARE(target->text(), s("Unsafe migration"));
        target->trigger();
        QCOMPARE(f.stored().size(), 1);
        QCOMPARE(f.stored().first().codeId, f.migration);
    }

    // The real record editor: type a narrative, code part of it, type
    // before it; both the text and the moved coding reach the store.
    void codingInTheRecordEditor()
    {
        test::TestWorkspace ws;
        if (!ws->forms().get(s("qualitative_finding"))) {
            auto pack = BuiltinForms::load();
            QVERIFY(pack.ok());
            for (const FormDefinition &form : pack.value())
                QVERIFY(ws->forms().importDefinition(form).ok());
        }
        const auto form = ws->forms().get(s("qualitative_finding"));
        QVERIFY(form.ok());
        const QUuid id =
            ws->records().create(s("qualitative_finding"), form.value().version()).value();
        Code code;
        code.nameEn = s("Demand");
        const QUuid demand = Codebook(ws->database(), ws->oplog()).create(code).value();

        RecordEditor editor(*ws, id);
        QVERIFY(editor.isLoaded());
        const QList<CodingController *> controllers = CodingController::attach(&editor, *ws);
        QCOMPARE(controllers.size(), editor.narrativePaths().size());
        QVERIFY(!controllers.isEmpty());
        CodingController *controller = controllers.first();
        QPlainTextEdit *text = controller->editor();
        text->setFocus();
        QTest::keyClicks(text, s("Tourists ask drivers for girls."));
        QVERIFY(editor.saveNow());
        QTextCursor c = text->textCursor();
        c.setPosition(0);
        c.setPosition(8, QTextCursor::KeepAnchor);
        text->setTextCursor(c);
        QVERIFY(controller->applyCode(demand).ok());
        c.setPosition(0);
        text->setTextCursor(c);
        QTest::keyClicks(text, s("At the port: "));
        QVERIFY(editor.saveNow());
        QVERIFY(controller->flush().ok());

        CodingStore store(ws->database(), ws->oplog());
        const QList<Coding> stored = store.forRecord(id, controller->field()).value();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().start, 13);
        QCOMPARE(stored.first().quote, s("Tourists"));
        const QString saved =
            ws->records().get(id).value().values.value(controller->field()).toString();
        QCOMPARE(saved.mid(stored.first().start, 8), s("Tourists"));
    }

    void panelListsMemosAndRemoves()
    {
        Fixture f;
        CodingController controller(&f.editor, *f.ws, f.record, kField);
        f.select(s("bus terminal"));
        QVERIFY(controller.applyCode(f.data, s("first memo")).ok());
        f.select(s("children cross"));
        QVERIFY(controller.applyCode(f.migration).ok());
        CodingsPanel panel;
        panel.setController(&controller);
        QCOMPARE(panel.list()->count(), 2);
        QVERIFY(panel.list()->item(0)->text().contains(s("Lack of consistent data")));
        QVERIFY(panel.list()->item(0)->text().contains(s("first memo")));

        panel.list()->setCurrentRow(1);
        QCOMPARE(f.editor.textCursor().selectedText(), s("children cross"));
        auto *memo = panel.findChild<QPlainTextEdit *>(s("codingMemo"));
        memo->setPlainText(s("ask the shelter"));
        panel.findChild<QPushButton *>(s("saveMemo"))->click();
        QCOMPARE(f.stored().last().memo, s("ask the shelter"));

        QCOMPARE(test::answerModal(
                     [&panel] { panel.findChild<QPushButton *>(s("changeCode"))->click(); },
                     pickConsistentData),
                 QString());
        QCOMPARE(f.stored().last().codeId, f.data);
        QVERIFY(panel.list()->item(1)->text().contains(s("Lack of consistent data")));

        panel.findChild<QPushButton *>(s("removeCoding"))->click();
        QCOMPARE(panel.list()->count(), 1);
        QCOMPARE(f.stored().size(), 1);
        QCOMPARE(f.ownHighlights(), 1);
    }
};

QTEST_MAIN(TestCodingController)
#include "tst_codingcontroller.moc"
